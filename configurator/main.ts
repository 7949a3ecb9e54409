/**
 * The setup page: a form for a studio owner, a live preview in two frames
 * (phone and desktop width) that load the built kit, and the code to paste.
 * Rendered with lit-html into the light DOM; the page's CSS is a file of its
 * own, no style is set from a string, and nothing is requested from a network.
 */
import { html, nothing, render, svg, type TemplateResult } from 'lit';
import { contrastChecks, toHex, schemeColours, DEFAULT_ACCENT } from '../src/core/colour.js';
import { addDays, localDate, parseDate, toISODate } from '../src/core/dates.js';
import { builtInProcedures } from '../src/core/procedures.js';
import { noteText, procedureName } from '../src/core/text.js';
import type { Procedure, Span } from '../src/data/types.js';
import '../src/lang/it.js';
import { CATALOGS, type UiKey } from './messages.js';
import {
  check,
  defaultDraft,
  deepLink,
  emptyProcedure,
  LANG_NAMES,
  LANGS,
  problemsAt,
  PROCEDURE_IDS,
  qrLink,
  readDraft,
  scriptFile,
  snippets,
  TARGETS,
  UNITS,
  usedProcedures,
  WIDGETS,
  type AddedCare,
  type AddedNote,
  type AddedPrep,
  type Checked,
  type Draft,
  type FieldProblem,
  type ProcedureDraft,
  type SpanDraft,
  type Target,
  type Widget,
} from './model.js';
import { qrMatrix, qrPng, qrSvgText } from './qr.js';

const STORE_KEY = 'lip-widgets-setup:draft';
const UI_KEY = 'lip-widgets-setup:ui-lang';

type UiLang = 'en' | 'it';
interface UiState {
  lang: UiLang;
  target: Target;
  previewScheme: 'light' | 'dark';
  appointment: string;
  asOn: string;
  status: string;
  copied?: string;
}

function load(): Draft {
  try {
    const text = localStorage.getItem(STORE_KEY);
    return text ? readDraft(JSON.parse(text)) : defaultDraft();
  } catch {
    return defaultDraft();
  }
}

const today = localDate();
let draft: Draft = load();
const storedUi = (() => {
  try {
    return localStorage.getItem(UI_KEY);
  } catch {
    return null;
  }
})();
const ui: UiState = {
  lang: storedUi === 'it' || storedUi === 'en' ? storedUi : navigator.language.toLowerCase().startsWith('it') ? 'it' : 'en',
  target: 'html',
  previewScheme: matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
  appointment: toISODate(addDays(today, -9)),
  asOn: toISODate(today),
  status: '',
};

const m = (key: UiKey, vars: Record<string, string | number> = {}) =>
  CATALOGS[ui.lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
const mk = (key: string) => m(key as UiKey);

function save() {
  try {
    localStorage.setItem(STORE_KEY, JSON.stringify(draft));
  } catch {
    /* private mode: the draft lives for this visit */
  }
}

/** Changes the draft, keeps it, and redraws the page and the preview. */
function change(fn: (d: Draft) => void) {
  fn(draft);
  save();
  update();
}

const proc = (pid: string): ProcedureDraft => (draft.procedures[pid] ??= emptyProcedure());

// ------------------------------------------------------------------ field helpers

/** Help and problem ids for `aria-describedby`. */
const described = (id: string, help?: boolean) => `${help ? `${id}-help ` : ''}${id}-err`;

function problemsBlock(id: string, list: readonly FieldProblem[]): TemplateResult {
  return html`<div class="error" id="${id}-err" aria-live="polite">
    ${list.map((p) => html`<p><span class="kit-label">${m('kitSays')}</span> <code class="kit">${p.message}</code></p>`)}
  </div>`;
}

function textField(o: {
  id: string;
  label: string;
  value: string;
  help?: string;
  problems?: readonly FieldProblem[];
  type?: string;
  autocomplete?: string;
  onInput: (v: string) => void;
  extra?: TemplateResult | typeof nothing;
  inputmode?: string;
}): TemplateResult {
  const bad = (o.problems ?? []).length > 0;
  return html`<div class="field ${bad ? 'invalid' : ''}">
    <label for=${o.id}>${o.label}</label>
    <input
      id=${o.id}
      name=${o.id}
      type=${o.type ?? 'text'}
      .value=${o.value}
      autocomplete=${o.autocomplete ?? 'off'}
      inputmode=${o.inputmode ?? nothing}
      aria-invalid=${bad ? 'true' : 'false'}
      aria-describedby=${described(o.id, !!o.help)}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
    />
    ${o.help ? html`<p class="help" id="${o.id}-help">${o.help}</p>` : nothing} ${o.extra ?? nothing} ${problemsBlock(o.id, o.problems ?? [])}
  </div>`;
}

function selectField<T extends string>(o: {
  id: string;
  label: string;
  value: T;
  /** Value, label and, for a label in another language than the page's, that language. */
  options: [T, string, string?][];
  help?: string;
  onChange: (v: T) => void;
}) {
  return html`<div class="field">
    <label for=${o.id}>${o.label}</label>
    <select id=${o.id} name=${o.id} aria-describedby=${o.help ? `${o.id}-help` : nothing} @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value as T)}>
      ${o.options.map(([v, label, lang]) => html`<option value=${v} lang=${lang ?? nothing} ?selected=${v === o.value}>${label}</option>`)}
    </select>
    ${o.help ? html`<p class="help" id="${o.id}-help">${o.help}</p>` : nothing}
  </div>`;
}

// ------------------------------------------------------------------ sections

function widgetsSection(d: Draft) {
  const compareBad = d.widgets.includes('comparison-table') && (d.compare.length < 2 || d.compare.length > 3);
  const toggle = (w: Widget, on: boolean) => change((x) => (x.widgets = WIDGETS.filter((y) => (y === w ? on : x.widgets.includes(y)))));
  return html`<section class="step" aria-labelledby="s-widgets">
    <h2 id="s-widgets"><span class="num" aria-hidden="true">1</span>${m('stepWidgets')}</h2>
    <p class="step-help">${m('stepWidgetsHelp')}</p>
    <fieldset class="choices" aria-describedby="widgets-err">
      <legend class="sr-only">${m('stepWidgets')}</legend>
      ${WIDGETS.map((w) => {
        const key = `w_${w.replace(/-/g, '_')}`;
        return html`<label class="choice">
          <input type="checkbox" name="widget" value=${w} .checked=${d.widgets.includes(w)} @change=${(e: Event) => toggle(w, (e.target as HTMLInputElement).checked)} />
          <span class="choice-text"><strong>${mk(key)}</strong><span>${mk(`${key}_d`)}</span></span>
        </label>`;
      })}
    </fieldset>
    <div class="error" id="widgets-err" aria-live="polite">${d.widgets.length ? nothing : html`<p>${m('noWidget')}</p>`}</div>
    ${
      d.widgets.some((w) => w !== 'comparison-table')
        ? selectField({
            id: 'procedure',
            label: m('procedure'),
            value: d.procedure,
            options: PROCEDURE_IDS.map((id) => [id, procedureName(builtInProcedures[id], ui.lang)]),
            onChange: (v) => change((x) => (x.procedure = v)),
          })
        : nothing
    }
    ${
      d.widgets.includes('comparison-table')
        ? html`<fieldset class="inline-choices" aria-describedby="compare-err">
            <legend>${m('compare')}</legend>
            ${PROCEDURE_IDS.map(
              (id) => html`<label class="pill"
                ><input
                  type="checkbox"
                  name="compare"
                  value=${id}
                  .checked=${d.compare.includes(id)}
                  @change=${(e: Event) =>
                    change(
                      (x) =>
                        (x.compare = PROCEDURE_IDS.filter((y) =>
                          y === id ? (e.target as HTMLInputElement).checked : x.compare.includes(y),
                        )),
                    )}
                />${procedureName(builtInProcedures[id], ui.lang)}</label
              >`,
            )}
          </fieldset>
          <div class="error" id="compare-err" aria-live="polite">${compareBad ? html`<p>${m('compareCount')}</p>` : nothing}</div>`
        : nothing
    }
  </section>`;
}

function studioSection(d: Draft, ch: Checked) {
  return html`<section class="step" aria-labelledby="s-studio">
    <h2 id="s-studio"><span class="num" aria-hidden="true">2</span>${m('stepStudio')}</h2>
    <div class="grid2">
      ${textField({ id: 'name', label: m('name'), help: m('nameHelp'), value: d.name, autocomplete: 'organization', problems: problemsAt(ch.problems, 'config.name'), onInput: (v) => change((x) => (x.name = v)) })}
      ${textField({
        id: 'phone',
        label: m('phone'),
        help: m('phoneHelp'),
        type: 'tel',
        value: d.phone,
        autocomplete: 'tel',
        problems: problemsAt(ch.problems, 'config.phone'),
        onInput: (v) => change((x) => (x.phone = v)),
        extra: ch.dials
          ? html`<p class="dials" id="phone-dials" aria-live="polite">${m('dials')} <strong dir="ltr">${ch.dials}</strong></p>`
          : nothing,
      })}
    </div>
    ${textField({ id: 'booking', label: m('booking'), help: m('bookingHelp'), type: 'url', value: d.bookingUrl, inputmode: 'url', problems: problemsAt(ch.problems, 'config.bookingUrl'), onInput: (v) => change((x) => (x.bookingUrl = v)) })}
    <div class="grid2">
      ${selectField({
        id: 'lang',
        label: m('lang'),
        value: d.lang,
        // each language by its own name, marked as such for screen readers
        options: LANGS.map((l) => [l, LANG_NAMES[l], l]),
        onChange: (v) => change((x) => (x.lang = v)),
      })}
      ${selectField({
        id: 'scheme',
        label: m('scheme'),
        value: d.scheme,
        options: [
          ['', m('schemeAuto')],
          ['light', m('schemeLight')],
          ['dark', m('schemeDark')],
        ],
        onChange: (v) => change((x) => (x.scheme = v)),
      })}
    </div>
    <div class="grid2">
      ${selectField({
        id: 'heading',
        label: m('heading'),
        value: d.headingLevel,
        help: m('headingHelp'),
        options: ['1', '2', '3', '4', '5', '6'].map((n) => [n, `h${n}`]),
        onChange: (v) => change((x) => (x.headingLevel = v)),
      })}
    </div>
  </section>`;
}

function colourField(d: Draft, ch: Checked, key: 'accent' | 'darkAccent' | 'onAccent') {
  const id = `colour-${key}`;
  const list = problemsAt(ch.problems, `colour.${key}`);
  const value = d[key];
  const derived = schemeColours({ accent: /^#[\da-f]{6}$/i.test(d.accent.trim()) ? d.accent.trim() : undefined });
  const fallback = key === 'accent' ? DEFAULT_ACCENT : key === 'darkAccent' ? toHex(derived.dark.fill) : toHex(derived.light.onFill);
  const swatch = /^#[\da-f]{6}$/i.test(value.trim()) ? value.trim() : fallback;
  return html`<div class="field colour ${list.length ? 'invalid' : ''}">
    <label for=${id}>${m(key)}</label>
    <div class="colour-row">
      <input
        class="swatch"
        type="color"
        id="${id}-picker"
        aria-label=${m(key)}
        .value=${swatch.toLowerCase()}
        @input=${(e: Event) => change((x) => (x[key] = (e.target as HTMLInputElement).value))}
      />
      <input
        id=${id}
        name=${id}
        type="text"
        spellcheck="false"
        autocomplete="off"
        placeholder=${m('colourPlaceholder')}
        .value=${value}
        aria-invalid=${list.length ? 'true' : 'false'}
        aria-describedby="${id}-err"
        @input=${(e: Event) => change((x) => (x[key] = (e.target as HTMLInputElement).value))}
      />
      ${value ? html`<button type="button" class="quiet" @click=${() => change((x) => (x[key] = ''))}>${m('clear')}<span class="sr-only"> ${m(key)}</span></button>` : nothing}
    </div>
    ${problemsBlock(id, list)}
  </div>`;
}

function coloursSection(d: Draft, ch: Checked) {
  // What the widgets would draw from the colours as typed (a failing one included), so the check shows why.
  const typed = {
    accent: d.accent.trim() || undefined,
    darkAccent: d.darkAccent.trim() || undefined,
    onAccent: d.onAccent.trim() || undefined,
  };
  const checks = contrastChecks(typed);
  const all = schemeColours(typed);
  return html`<section class="step" aria-labelledby="s-colours">
    <h2 id="s-colours"><span class="num" aria-hidden="true">3</span>${m('stepColours')}</h2>
    <p class="step-help">${m('coloursHelp')}</p>
    <div class="colours">${colourField(d, ch, 'accent')} ${colourField(d, ch, 'darkAccent')} ${colourField(d, ch, 'onAccent')}</div>
    <h3 class="sub">${m('contrastTitle')}</h3>
    <div class="contrast">
      ${(['light', 'dark'] as const).map(
        (scheme) => html`<div class="contrast-card ${scheme}">
          <p class="contrast-head">${m(scheme === 'light' ? 'schemeL' : 'schemeD')}</p>
          <ul>
            ${checks
              .filter((c) => c.scheme === scheme)
              .map(
                (c) => html`<li class=${c.ok ? 'ok' : 'bad'}>
                  <span
                    class="chip"
                    aria-hidden="true"
                    data-bg=${toHex(c.pair === 'button' ? all[scheme].fill : c.pair === 'link' ? all[scheme].surface : all[scheme].soft)}
                    data-ink=${toHex(c.pair === 'button' ? all[scheme].onFill : all[scheme].text)}
                    >Aa</span
                  >
                  <span>${m(`pair_${c.pair}` as UiKey)}</span>
                  <span class="ratio">${c.ratio.toFixed(1)}:1 · ${m(c.ok ? 'pass' : 'fail')}</span>
                </li>`,
              )}
          </ul>
        </div>`,
      )}
    </div>
  </section>`;
}

/** "6–8 weeks" in the page's words. */
function spanWords(spans: readonly Span[] | undefined): string {
  if (!spans?.length) return '—';
  return spans
    .map((s) => `${s.min === s.max ? s.min : `${s.min}–${s.max}`} ${mk(s.max === 1 ? `unit1_${s.unit}` : `unit_${s.unit}`)}`)
    .join(' / ');
}

function spanEditor(id: string, label: string, s: SpanDraft, list: readonly FieldProblem[], set: (s: SpanDraft) => void) {
  return html`<fieldset class="span-edit ${list.length ? 'invalid' : ''}" aria-describedby="${id}-err">
      <legend class="sr-only">${label}</legend>
      <label for="${id}-min">${m('from')}</label>
      <input id="${id}-min" type="number" inputmode="numeric" min="0" max="1000" step="any" .value=${s.min} aria-invalid=${list.length ? 'true' : 'false'} @input=${(e: Event) => set({ ...s, min: (e.target as HTMLInputElement).value })} />
      <label for="${id}-max">${m('to')}</label>
      <input id="${id}-max" type="number" inputmode="numeric" min="0" max="1000" step="any" .value=${s.max} aria-invalid=${list.length ? 'true' : 'false'} @input=${(e: Event) => set({ ...s, max: (e.target as HTMLInputElement).value })} />
      <label for="${id}-unit" class="sr-only">${label}</label>
      <select id="${id}-unit" @change=${(e: Event) => set({ ...s, unit: (e.target as HTMLSelectElement).value as SpanDraft['unit'] })}>
        ${UNITS.map((u) => html`<option value=${u} ?selected=${u === s.unit}>${mk(`unit_${u}`)}</option>`)}
      </select>
    </fieldset>
    ${problemsBlock(id, list)}`;
}

function spanDraftOf(spans: readonly Span[] | undefined): SpanDraft {
  const s = spans?.[0];
  return { min: String(s?.min ?? 1), max: String(s?.max ?? s?.min ?? 1), unit: s && UNITS.includes(s.unit) ? s.unit : 'week' };
}

function figuresBlock(p: Procedure, pd: ProcedureDraft, ch: Checked) {
  const base = `config.procedures.${p.id}`;
  const rows = (p.upkeep ?? []).map((u) => {
    const own = pd.upkeep[u.id] ?? {};
    const id = `up-${u.id}`;
    const list = problemsAt(ch.problems, `${base}.upkeep.${u.id}`);
    return html`<li class="figure">
      <div class="figure-head">
        <label class="switch"><input type="checkbox" .checked=${!own.hide} @change=${(e: Event) => change(() => (proc(p.id).upkeep[u.id] = { ...own, hide: !(e.target as HTMLInputElement).checked || undefined }))} /><span>${noteText(p, u, ui.lang)}</span></label>
        <span class="per-sources">${m('perSources')} ${u.whenWornOff && !u.after ? '—' : spanWords(u.after)}</span>
      </div>
      ${
        own.hide
          ? nothing
          : html`<label class="own"><input type="checkbox" id="${id}-own" .checked=${!!own.after} @change=${(e: Event) => change(() => (proc(p.id).upkeep[u.id] = { ...own, after: (e.target as HTMLInputElement).checked ? spanDraftOf(u.after) : undefined }))} />${m('customise')}</label>
            ${own.after ? spanEditor(id, noteText(p, u, ui.lang), own.after, list, (s) => change(() => (proc(p.id).upkeep[u.id] = { ...own, after: s }))) : problemsBlock(id, list)}`
      }
    </li>`;
  });
  const rid = 'recovery';
  const rlist = problemsAt(ch.problems, `${base}.recovery`);
  return html`<h3 class="sub">${m('figures')}</h3>
    <ul class="figures">
      ${rows}
      <li class="figure">
        <div class="figure-head"><span class="figure-name">${m('recovery')}</span><span class="per-sources">${m('perSources')} ${spanWords(p.recovery?.spans)}</span></div>
        <label class="own"><input type="checkbox" id="${rid}-own" .checked=${!!pd.recovery} @change=${(e: Event) => change(() => (proc(p.id).recovery = (e.target as HTMLInputElement).checked ? spanDraftOf(p.recovery?.spans) : undefined))} />${m('customise')}</label>
        ${pd.recovery ? spanEditor(rid, m('recovery'), pd.recovery, rlist, (s) => change(() => (proc(p.id).recovery = s))) : problemsBlock(rid, rlist)}
      </li>
    </ul>`;
}

let nextId = 0;
/** A new id for a studio's own item, unused in this list. */
function newId(taken: readonly { id: string }[]) {
  let id: string;
  do id = `own-${++nextId}`;
  while (taken.some((x) => x.id === id));
  return id;
}

type ListKey = 'aftercare' | 'prep' | 'warningSigns';

function listBlock(p: Procedure, pd: ProcedureDraft, ch: Checked, key: ListKey) {
  const items = (p[key] ?? []) as readonly { id: string; text: string }[];
  const e = pd[key];
  const shown = items.filter((x) => !e.hide.includes(x.id)).length;
  const base = `config.procedures.${p.id}.${key}`;
  const setHidden = (id: string, hidden: boolean) =>
    change(() => {
      const h = proc(p.id)[key].hide;
      proc(p.id)[key].hide = hidden ? [...new Set([...h, id])] : h.filter((x) => x !== id);
    });
  const add = () =>
    change(() => {
      const list = proc(p.id)[key];
      const id = newId(list.add);
      if (key === 'aftercare') (list.add as AddedCare[]).push({ id, text: '', kind: 'do', from: '1', to: '' });
      else if (key === 'prep') (list.add as AddedPrep[]).push({ id, text: '', kind: 'do', group: 'days-before' });
      else (list.add as AddedNote[]).push({ id, text: '' });
    });
  const addedRows = e.add.map((a, i) => {
    const id = `${key}-${a.id}`;
    const list = problemsAt(ch.problems, `${base}.add[${i}]`);
    const set = (patch: Record<string, string>) => change(() => Object.assign(proc(p.id)[key].add[i], patch));
    return html`<li class="added ${list.length ? 'invalid' : ''}">
      <div class="field">
        <label for="${id}-text">${m('itemText')}</label>
        <input id="${id}-text" type="text" .value=${a.text} aria-describedby="${id}-err" aria-invalid=${list.length ? 'true' : 'false'} @input=${(ev: Event) => set({ text: (ev.target as HTMLInputElement).value })} />
      </div>
      ${
        'kind' in a
          ? html`<div class="field small">
            <label for="${id}-kind">${m('kind')}</label>
            <select id="${id}-kind" @change=${(ev: Event) => set({ kind: (ev.target as HTMLSelectElement).value })}>
              ${(key === 'prep' ? ['do', 'avoid', 'bring'] : ['do', 'avoid']).map((k) => html`<option value=${k} ?selected=${a.kind === k}>${mk(`kind_${k}`)}</option>`)}
            </select>
          </div>`
          : nothing
      }
      ${
        'from' in a
          ? html`<div class="field small">
              <label for="${id}-from">${m('dayFrom')}</label>
              <input id="${id}-from" type="number" inputmode="numeric" min="1" max="400" .value=${a.from} aria-describedby="${id}-err" @input=${(ev: Event) => set({ from: (ev.target as HTMLInputElement).value })} />
            </div>
            <div class="field small">
              <label for="${id}-to">${m('dayTo')}</label>
              <input id="${id}-to" type="number" inputmode="numeric" min="1" max="400" .value=${a.to} aria-describedby="${id}-err" @input=${(ev: Event) => set({ to: (ev.target as HTMLInputElement).value })} />
            </div>`
          : nothing
      }
      ${
        'group' in a
          ? html`<div class="field small">
            <label for="${id}-group">${m('group')}</label>
            <select id="${id}-group" @change=${(ev: Event) => set({ group: (ev.target as HTMLSelectElement).value })}>
              ${['weeks-before', 'days-before', 'night-before', 'day-of', 'bring'].map((g) => html`<option value=${g} ?selected=${a.group === g}>${mk(`group_${g}`)}</option>`)}
            </select>
          </div>`
          : nothing
      }
      <button type="button" class="quiet remove" @click=${() => change(() => proc(p.id)[key].add.splice(i, 1))}>${m('remove')}<span class="sr-only"> ${a.text}</span></button>
      ${problemsBlock(id, list)}
    </li>`;
  });
  return html`<details class="list" ?open=${e.add.length > 0 || e.hide.length > 0}>
    <summary><span class="list-title">${m(key)}</span><span class="count">${m('shownOf', { shown, total: items.length })}${e.add.length ? ` + ${e.add.length}` : ''}</span></summary>
    <ul class="builtin">
      ${items.map(
        (x) =>
          html`<li><label class="switch"><input type="checkbox" data-item=${x.id} .checked=${!e.hide.includes(x.id)} @change=${(ev: Event) => setHidden(x.id, !(ev.target as HTMLInputElement).checked)} /><span>${noteText(p, x, ui.lang)}</span></label></li>`,
      )}
    </ul>
    ${e.add.length ? html`<h4 class="mini">${m('yourItems')}</h4><ul class="added-list">${addedRows}</ul>` : nothing}
    <button type="button" class="secondary add" data-add=${key} @click=${add}>+ ${m('addItem')}</button>
  </details>`;
}

function protocolSection(d: Draft, ch: Checked) {
  const pids = usedProcedures(d).filter((id) => builtInProcedures[id]);
  return html`<section class="step" aria-labelledby="s-protocol">
    <h2 id="s-protocol"><span class="num" aria-hidden="true">4</span>${m('stepProtocol')}</h2>
    <p class="step-help">${m('protocolHelp')}</p>
    ${pids.map((pid) => {
      const p = builtInProcedures[pid];
      const pd = d.procedures[pid] ?? emptyProcedure();
      return html`<div class="protocol">
        <h3 class="proc-name">${procedureName(p, ui.lang)}</h3>
        ${figuresBlock(p, pd, ch)} ${listBlock(p, pd, ch, 'aftercare')} ${listBlock(p, pd, ch, 'prep')} ${listBlock(p, pd, ch, 'warningSigns')}
      </div>`;
    })}
  </section>`;
}

async function copy(text: string, id: string) {
  try {
    await navigator.clipboard.writeText(text);
    ui.copied = id;
    ui.status = m('copied');
  } catch {
    const code = document.getElementById(id);
    if (code) getSelection()?.selectAllChildren(code);
    ui.status = m('copyFailed');
  }
  update();
  setTimeout(() => {
    if (ui.copied === id) ui.copied = undefined;
    update();
  }, 2000);
}

function codeSection(d: Draft, ch: Checked) {
  const parts = d.widgets.length ? snippets(d, ch, ui.target) : [];
  const note = { wix: 'note_wix', 'wp-author': 'note_wp-author' }[ui.target as string];
  return html`<section class="step" id="code" aria-labelledby="s-code">
    <h2 id="s-code"><span class="num" aria-hidden="true">5</span>${m('stepCode')}</h2>
    <p class="step-help">${m('codeHelp')}</p>
    ${ch.problems.length ? html`<p class="warn-box" role="note">${m('problemsIntro')}</p>` : nothing}
    ${selectField({ id: 'target', label: m('site'), value: ui.target, options: TARGETS.map((t) => [t, mk(`t_${t}`)]), onChange: (v) => ((ui.target = v), update()) })}
    <ol class="parts">
      ${parts.map((part, i) => {
        const id = `code-${i}`;
        return html`<li class="part">
          <p class="where">${mk(part.where)}</p>
          <div class="code-box">
            <pre tabindex="0" aria-label=${mk(part.where)}><code id=${id} data-part=${i} data-target=${ui.target}>${part.code}</code></pre>
            <button type="button" class="primary copy" @click=${() => copy(part.code, id)}>${ui.copied === id ? m('copied') : m('copy')}<span class="sr-only"> ${i + 1}</span></button>
          </div>
        </li>`;
      })}
    </ol>
    ${note ? html`<p class="note">${mk(note)}</p>` : nothing}
    <p class="note">${m('selfHost', { file: scriptFile(d.lang) })}</p>
  </section>`;
}

const PLACEHOLDERS = ['{date}', '{{appointment_date}}', '[date]', '%DATE%'];

function phoneSection(d: Draft) {
  const link = qrLink(d);
  const bad = d.pageUrl.trim() !== '' && !link;
  const sms = deepLink(d, '{date}');
  return html`<section class="step" aria-labelledby="s-phone">
    <h2 id="s-phone"><span class="num" aria-hidden="true">6</span>${m('stepPhone')}</h2>
    ${textField({
      id: 'page-url',
      label: m('pageUrl'),
      help: m('pageUrlHelp'),
      type: 'url',
      inputmode: 'url',
      value: d.pageUrl,
      problems: bad ? [{ path: 'pageUrl', message: m('pageUrlBad') }] : [],
      onInput: (v) => change((x) => (x.pageUrl = v)),
    })}
    ${
      sms && link
        ? html`<div class="phone-out">
          <div>
            <h3 class="sub">${m('smsTitle')}</h3>
            <div class="code-box">
              <pre tabindex="0" aria-label=${m('smsTitle')}><code id="sms-link">${sms}</code></pre>
              <button type="button" class="primary copy" @click=${() => copy(sms, 'sms-link')}>${ui.copied === 'sms-link' ? m('copied') : m('copy')}</button>
            </div>
            <p class="help">${m('smsHelp')}</p>
            <ul class="placeholders">
              ${PLACEHOLDERS.map((ph) => html`<li><code>${deepLink(d, ph)}</code></li>`)}
            </ul>
          </div>
          ${qrBlock(link)}
        </div>`
        : nothing
    }
  </section>`;
}

function qrBlock(link: string) {
  const mtx = qrMatrix(link);
  const n = mtx.length;
  let path = '';
  mtx.forEach((row, y) => row.forEach((dark, x) => dark && (path += `M${x + 4} ${y + 4}h1v1h-1z`)));
  const download = (kind: 'svg' | 'png') => async () => {
    const blob = kind === 'svg' ? new Blob([qrSvgText(link)], { type: 'image/svg+xml' }) : await qrPng(link, 12);
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `aftercare-qr.${kind}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  return html`<figure class="qr">
    ${svg`<svg class="qr-code" viewBox="0 0 ${n + 8} ${n + 8}" role="img" aria-label=${m('qrAlt', { url: link })} data-link=${link} shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><path d=${path} fill="#000"/></svg>`}
    <figcaption>
      <strong>${m('qrTitle')}</strong>
      <span>${m('qrHelp')}</span>
      <span class="qr-actions">
        <button type="button" class="secondary" @click=${download('svg')}>${m('downloadSvg')}</button>
        <button type="button" class="secondary" @click=${download('png')}>${m('downloadPng')}</button>
      </span>
    </figcaption>
  </figure>`;
}

function previewSection() {
  const dateBad = (v: string) => !parseDate(v).ok;
  return html`<section class="preview" aria-labelledby="s-preview">
    <div class="preview-bar">
      <h2 id="s-preview">${m('preview')}</h2>
      <div class="seg" role="group" aria-label=${m('previewScheme')}>
        ${(['light', 'dark'] as const).map(
          (s) =>
            html`<button type="button" aria-pressed=${ui.previewScheme === s ? 'true' : 'false'} @click=${() => ((ui.previewScheme = s), update())}>${m(s === 'light' ? 'schemeL' : 'schemeD')}</button>`,
        )}
      </div>
      <div class="field date"><label for="pv-appointment">${m('appointment')}</label>
        <input id="pv-appointment" type="date" .value=${ui.appointment} aria-invalid=${dateBad(ui.appointment) ? 'true' : 'false'} @change=${(e: Event) => ((ui.appointment = (e.target as HTMLInputElement).value), update())} /></div>
      <div class="field date"><label for="pv-today">${m('asOn')}</label>
        <input id="pv-today" type="date" .value=${ui.asOn} aria-invalid=${dateBad(ui.asOn) ? 'true' : 'false'} @change=${(e: Event) => ((ui.asOn = (e.target as HTMLInputElement).value), update())} /></div>
    </div>
    <div class="frames">
      <figure class="frame phone">
        <figcaption>${m('previewPhone')}</figcaption>
        <div class="frame-box" data-width="390"><iframe id="pv-phone" src="preview.html" title=${m('previewPhone')}></iframe></div>
      </figure>
      <figure class="frame desktop">
        <figcaption>${m('previewDesktop')}</figcaption>
        <div class="frame-box" data-width="1280"><iframe id="pv-desktop" src="preview.html" title=${m('previewDesktop')}></iframe></div>
      </figure>
    </div>
  </section>`;
}

function exportDraft() {
  const blob = new Blob([JSON.stringify(draft, null, 2)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'lip-widgets-setup.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

async function importDraft(e: Event) {
  const input = e.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  try {
    const parsed: unknown = JSON.parse(await file.text());
    if (typeof parsed !== 'object' || parsed === null || !('widgets' in parsed)) throw new Error('not a draft');
    draft = readDraft(parsed);
    save();
    ui.status = m('importDone');
  } catch {
    ui.status = m('importFailed');
  }
  update();
}

function page() {
  const ch = check(draft);
  return html`<a class="skip" href="#code">${m('skip')}</a>
    <header class="top">
      <div class="brand">
        <svg class="logo" viewBox="0 0 24 24" aria-hidden="true"><path d="M3 12c2.5-4 5-5 6.5-5 1 0 1.8.6 2.5 1.3.7-.7 1.5-1.3 2.5-1.3 1.5 0 4 1 6.5 5-2.5 3.5-5.5 5-9 5s-6.5-1.5-9-5Z" /><path d="M3 12h18" /></svg>
        <span>lip-widgets</span>
      </div>
      <div class="top-actions">
        <span class="saved">${m('draftSaved')}</span>
        <button type="button" class="secondary" @click=${exportDraft}>${m('export')}</button>
        <button type="button" class="secondary" @click=${() => document.getElementById('import-file')?.click()}>${m('import')}</button>
        <input id="import-file" class="sr-only" type="file" accept="application/json,.json" tabindex="-1" aria-hidden="true" @change=${importDraft} />
        <button
          type="button"
          class="secondary danger"
          id="reset"
          @click=${() => {
            draft = defaultDraft();
            save();
            ui.status = m('resetDone');
            update();
          }}
        >
          ${m('reset')}
        </button>
        <label class="ui-lang"
          ><span class="sr-only">${m('uiLang')}</span>
          <select
            id="ui-lang"
            aria-label=${m('uiLang')}
            @change=${(e: Event) => {
              ui.lang = (e.target as HTMLSelectElement).value as UiLang;
              try {
                localStorage.setItem(UI_KEY, ui.lang);
              } catch {
                /* kept for this visit */
              }
              update();
            }}
          >
            <option value="en" ?selected=${ui.lang === 'en'}>English</option>
            <option value="it" ?selected=${ui.lang === 'it'}>Italiano</option>
          </select></label
        >
      </div>
    </header>
    <main class="layout">
      <div class="form">
        <div class="intro">
          <h1>${m('title')}</h1>
          <p>${m('lead')}</p>
        </div>
        ${widgetsSection(draft)} ${studioSection(draft, ch)} ${coloursSection(draft, ch)} ${protocolSection(draft, ch)} ${codeSection(draft, ch)} ${phoneSection(draft)}
      </div>
      ${previewSection()}
    </main>
    <footer class="foot">${m('footer')}</footer>
    <div class="sr-only" role="status" aria-live="polite">${ui.status}</div>`;
}

// ------------------------------------------------------------------ preview frames

/** Fills a preview frame's page with the studio and its widgets, as a visitor's browser would build them. */
function fillFrame(frame: HTMLIFrameElement, ch: Checked) {
  const doc = frame.contentDocument;
  const root = doc?.getElementById('root');
  if (!doc || !root) return;
  const scheme = draft.scheme || ui.previewScheme;
  doc.documentElement.dataset.scheme = scheme;
  doc.documentElement.lang = draft.lang;
  const studio = doc.createElement('lip-studio') as HTMLElement & { config?: unknown };
  const c = ch.config;
  if (c.name) studio.setAttribute('name', c.name);
  if (c.phone) studio.setAttribute('phone', c.phone);
  if (c.bookingUrl) studio.setAttribute('booking-url', c.bookingUrl);
  studio.setAttribute('lang', draft.lang);
  studio.setAttribute('scheme', scheme);
  if (c.headingLevel) studio.setAttribute('heading-level', String(c.headingLevel));
  studio.config = c.procedures ? { procedures: c.procedures } : {};
  // CSSOM, not a style string: allowed under a strict CSP.
  if (ch.colours.accent) studio.style.setProperty('--lip-accent', ch.colours.accent);
  if (ch.colours.darkAccent) studio.style.setProperty('--lip-dark-accent', ch.colours.darkAccent);
  if (ch.colours.onAccent) studio.style.setProperty('--lip-on-accent', ch.colours.onAccent);
  const appointment = parseDate(ui.appointment).ok ? ui.appointment : undefined;
  const asOn = parseDate(ui.asOn).ok ? ui.asOn : undefined;
  for (const w of draft.widgets) {
    const el = doc.createElement(`lip-${w}`);
    if (w === 'comparison-table') el.setAttribute('procedures', draft.compare.join(' '));
    else {
      el.setAttribute('procedure', draft.procedure);
      if (appointment) el.setAttribute('appointment', appointment);
      if (asOn) el.setAttribute('today', asOn);
    }
    studio.append(el);
  }
  root.replaceChildren(studio);
}

let previewTimer: ReturnType<typeof setTimeout> | undefined;
function schedulePreview(ch: Checked) {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => {
    for (const id of ['pv-phone', 'pv-desktop']) {
      const frame = document.getElementById(id) as HTMLIFrameElement | null;
      if (!frame) continue;
      if (frame.contentDocument?.readyState === 'complete' && frame.contentDocument.getElementById('root')) fillFrame(frame, ch);
      else frame.addEventListener('load', () => fillFrame(frame, check(draft)), { once: true });
    }
  }, 120);
}

/** Scales each frame to the room it has (a custom property set through CSSOM, never a style string). */
function scaleFrames() {
  document.querySelectorAll<HTMLElement>('.frame-box').forEach((box) => {
    const width = Number(box.dataset.width);
    const room = box.parentElement?.clientWidth ?? width;
    const scale = String(Math.min(1, room / width));
    if (box.style.getPropertyValue('--scale') !== scale) box.style.setProperty('--scale', scale);
  });
}

function update() {
  const app = document.getElementById('app')!;
  document.documentElement.lang = ui.lang;
  document.title = `${m('title')} · lip-widgets`;
  render(page(), app);
  // Sample colours through CSSOM (never a style string).
  app.querySelectorAll<HTMLElement>('[data-bg]').forEach((el) => {
    el.style.setProperty('--chip-bg', el.dataset.bg ?? '');
    el.style.setProperty('--chip-ink', el.dataset.ink ?? '');
  });
  scaleFrames();
  schedulePreview(check(draft));
}

/** For tests: the page's state. */
declare global {
  interface Window {
    lipSetup?: { draft: () => Draft; check: () => Checked };
  }
}
window.lipSetup = { draft: () => draft, check: () => check(draft) };

update();
// Scaled in the next frame, not inside the observer's callback: changing the
// frames' size there re-triggers it, and browsers report a "ResizeObserver
// loop" error to the page.
let scaling = 0;
new ResizeObserver(() => {
  cancelAnimationFrame(scaling);
  scaling = requestAnimationFrame(scaleFrames);
}).observe(document.body);

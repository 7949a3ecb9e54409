/**
 * The setup page's logic, without DOM: the owner's draft, the studio
 * configuration it makes (checked by the kit's own schema and messages), and
 * the snippets for each site builder.
 */
import { contrastChecks, contrastMessage, parseHex, type BrandColours } from '../src/core/colour.js';
import { parsePhone } from '../src/core/phone.js';
import { builtInProcedures } from '../src/core/procedures.js';
import { safeUrl, studioMessages, validateConfig, type StudioConfig } from '../src/core/studio-config.js';
import type { CareKind, PrepGroup, TimeUnit } from '../src/data/types.js';

export const WIDGETS = ['healing-tracker', 'prep-checklist', 'touchup-timeline', 'comparison-table'] as const;
export type Widget = (typeof WIDGETS)[number];
export const PROCEDURE_IDS = Object.keys(builtInProcedures);
/** The widgets' languages: English and every language the kit ships a script for (`lip-widgets.<code>.js`). */
export const LANGS = ['en', 'it', 'es', 'fr', 'de', 'pt', 'pt-PT'] as const;
export type WidgetLang = (typeof LANGS)[number];
/** Each language by its own name, as a speaker looks for it in the list. */
export const LANG_NAMES: Record<WidgetLang, string> = {
  en: 'English',
  it: 'Italiano',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  pt: 'Português (Brasil)',
  'pt-PT': 'Português (Portugal)',
};
export const UNITS: readonly TimeUnit[] = ['day', 'week', 'month', 'year'];

/** A span as typed: text from number fields, so that what the schema refuses is seen and named. */
export interface SpanDraft {
  min: string;
  max: string;
  unit: TimeUnit;
}

export interface AddedCare {
  id: string;
  text: string;
  kind: CareKind;
  from: string;
  to: string;
}
export interface AddedPrep {
  id: string;
  text: string;
  kind: CareKind | 'bring';
  group: PrepGroup;
}
export interface AddedNote {
  id: string;
  text: string;
}

/** A studio's changes to one procedure: only what differs from the published sources. */
export interface ProcedureDraft {
  upkeep: Record<string, { hide?: boolean; after?: SpanDraft }>;
  recovery?: SpanDraft;
  aftercare: { add: AddedCare[]; hide: string[] };
  prep: { add: AddedPrep[]; hide: string[] };
  warningSigns: { add: AddedNote[]; hide: string[] };
}

export interface Draft {
  widgets: Widget[];
  procedure: string;
  compare: string[];
  name: string;
  phone: string;
  bookingUrl: string;
  lang: WidgetLang;
  scheme: '' | 'light' | 'dark';
  headingLevel: string;
  accent: string;
  darkAccent: string;
  onAccent: string;
  procedures: Record<string, ProcedureDraft>;
  pageUrl: string;
}

export const emptyProcedure = (): ProcedureDraft => ({
  upkeep: {},
  aftercare: { add: [], hide: [] },
  prep: { add: [], hide: [] },
  warningSigns: { add: [], hide: [] },
});

export const defaultDraft = (): Draft => ({
  widgets: ['healing-tracker', 'touchup-timeline'],
  procedure: 'lip-blush',
  compare: ['lip-flip', 'lip-filler'],
  name: '',
  phone: '',
  bookingUrl: '',
  lang: 'en',
  scheme: '',
  headingLevel: '2',
  accent: '',
  darkAccent: '',
  onAccent: '',
  procedures: {},
  pageUrl: '',
});

const str = (v: unknown, fallback = '') => (typeof v === 'string' ? v : fallback);
const pick = <T>(v: unknown, values: readonly T[], fallback: T): T => (values.includes(v as T) ? (v as T) : fallback);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const ID = /^[a-z][a-z0-9-]{0,39}$/;
const ids = (v: unknown) => arr(v).filter((x): x is string => typeof x === 'string' && ID.test(x));

function spanFrom(v: unknown): SpanDraft | undefined {
  if (!isObj(v)) return undefined;
  return { min: String(v.min ?? ''), max: String(v.max ?? ''), unit: pick(v.unit, ['minute', 'hour', ...UNITS] as TimeUnit[], 'week') };
}

/** A draft from anything (a stored or imported file): known fields of the right type kept, the rest defaulted. */
export function readDraft(input: unknown): Draft {
  const d = defaultDraft();
  if (!isObj(input)) return d;
  const procs: Record<string, ProcedureDraft> = {};
  if (isObj(input.procedures)) {
    for (const [pid, p] of Object.entries(input.procedures)) {
      if (!ID.test(pid) || !isObj(p)) continue;
      const out = emptyProcedure();
      if (isObj(p.upkeep)) {
        for (const [uid, u] of Object.entries(p.upkeep)) {
          if (ID.test(uid) && isObj(u))
            out.upkeep[uid] = { ...(u.hide === true && { hide: true }), ...(spanFrom(u.after) && { after: spanFrom(u.after) }) };
        }
      }
      out.recovery = spanFrom(p.recovery);
      const lists = (v: unknown) => (isObj(v) ? v : {});
      const ac = lists(p.aftercare);
      out.aftercare = {
        hide: ids(ac.hide),
        add: arr(ac.add)
          .filter(isObj)
          .map((x) => ({
            id: str(x.id),
            text: str(x.text),
            kind: pick(x.kind, ['do', 'avoid'] as CareKind[], 'do'),
            from: str(x.from, '1'),
            to: str(x.to),
          })),
      };
      const pr = lists(p.prep);
      out.prep = {
        hide: ids(pr.hide),
        add: arr(pr.add)
          .filter(isObj)
          .map((x) => ({
            id: str(x.id),
            text: str(x.text),
            kind: pick(x.kind, ['do', 'avoid', 'bring'] as const, 'do'),
            group: pick(x.group, ['weeks-before', 'days-before', 'night-before', 'day-of', 'bring'] as PrepGroup[], 'days-before'),
          })),
      };
      const ws = lists(p.warningSigns);
      out.warningSigns = {
        hide: ids(ws.hide),
        add: arr(ws.add)
          .filter(isObj)
          .map((x) => ({ id: str(x.id), text: str(x.text) })),
      };
      procs[pid] = out;
    }
  }
  return {
    widgets: arr(input.widgets).filter((w): w is Widget => (WIDGETS as readonly unknown[]).includes(w)),
    procedure: pick(input.procedure, PROCEDURE_IDS, d.procedure),
    compare: arr(input.compare).filter((x): x is string => PROCEDURE_IDS.includes(x as string)),
    name: str(input.name),
    phone: str(input.phone),
    bookingUrl: str(input.bookingUrl),
    // (any case: 'pt-pt' as typed by hand is 'pt-PT')
    lang: LANGS.find((l) => typeof input.lang === 'string' && l.toLowerCase() === input.lang.toLowerCase()) ?? 'en',
    scheme: pick(input.scheme, ['', 'light', 'dark'] as const, ''),
    headingLevel: str(input.headingLevel, '2'),
    accent: str(input.accent),
    darkAccent: str(input.darkAccent),
    onAccent: str(input.onAccent),
    procedures: procs,
    pageUrl: str(input.pageUrl),
  };
}

/** A number field's value for the schema: a number when it reads as one, else the text (which the schema names). */
const numberOf = (s: string): number | string => (s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : s);
const spanOut = (s: SpanDraft) => ({ min: numberOf(s.min), max: numberOf(s.max), unit: s.unit });

/** The procedures the chosen widgets show. */
export function usedProcedures(d: Draft): string[] {
  const single = d.widgets.some((w) => w !== 'comparison-table') ? [d.procedure] : [];
  const compared = d.widgets.includes('comparison-table') ? d.compare : [];
  return [...new Set([...single, ...compared])];
}

/** The studio configuration as the draft states it, before any check (numbers as typed). */
export function rawConfig(d: Draft): Record<string, unknown> {
  const procedures: Record<string, unknown> = {};
  for (const pid of usedProcedures(d)) {
    const p = d.procedures[pid];
    if (!p) continue;
    const o: Record<string, unknown> = {};
    const upkeep: Record<string, unknown> = {};
    for (const [uid, u] of Object.entries(p.upkeep)) {
      if (u.hide) upkeep[uid] = { hide: true };
      else if (u.after) upkeep[uid] = { after: spanOut(u.after) };
    }
    if (Object.keys(upkeep).length) o.upkeep = upkeep;
    if (p.recovery) o.recovery = { spans: spanOut(p.recovery) };
    const edits = <T>(e: { add: T[]; hide: string[] }, item: (x: T) => Record<string, unknown>) =>
      e.add.length || e.hide.length ? { ...(e.add.length && { add: e.add.map(item) }), ...(e.hide.length && { hide: e.hide }) } : undefined;
    const aftercare = edits(p.aftercare, (x) => ({
      id: x.id,
      text: x.text.trim(),
      kind: x.kind,
      task: x.kind === 'do',
      ...(x.from.trim() || x.to.trim() ? { days: { from: numberOf(x.from || '1'), ...(x.to.trim() && { to: numberOf(x.to) }) } } : {}),
    }));
    const prep = edits(p.prep, (x) => ({ id: x.id, text: x.text.trim(), kind: x.kind, group: x.group }));
    const warningSigns = edits(p.warningSigns, (x) => ({ id: x.id, text: x.text.trim() }));
    if (aftercare) o.aftercare = aftercare;
    if (prep) o.prep = prep;
    if (warningSigns) o.warningSigns = warningSigns;
    if (Object.keys(o).length) procedures[pid] = o;
  }
  const config: Record<string, unknown> = {};
  if (d.name.trim()) config.name = d.name.trim();
  if (d.phone.trim()) config.phone = d.phone.trim();
  if (d.bookingUrl.trim()) config.bookingUrl = d.bookingUrl.trim();
  if (d.headingLevel.trim() && d.headingLevel.trim() !== '2') config.headingLevel = numberOf(d.headingLevel);
  if (Object.keys(procedures).length) config.procedures = procedures;
  return config;
}

/** A problem shown next to a field: the field's path (as the schema names it) and the kit's words. */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

export interface Checked {
  /** What reaches the snippets: only settings that passed every check. */
  readonly config: StudioConfig;
  readonly problems: readonly FieldProblem[];
  /** `--lip-*` colours that passed. */
  readonly colours: BrandColours;
  /** What a tap on the studio's phone dials, without `tel:`. */
  readonly dials?: string;
}

/** Runs the draft through the kit's checks: the schema of `<lip-studio>`, its link and phone rules, and the colour rule. */
export function check(d: Draft): Checked {
  const { config, problems } = validateConfig(rawConfig(d));
  const out: FieldProblem[] = problems.map((p) => ({ path: p.path, message: studioMessages.ignored(p) }));
  const result: StudioConfig = { ...config };
  if (config.bookingUrl && !safeUrl(config.bookingUrl)) {
    out.push({ path: 'config.bookingUrl', message: studioMessages.bookingUrl(config.bookingUrl) });
    delete result.bookingUrl;
  }
  let dials: string | undefined;
  if (config.phone) {
    const tel = parsePhone(config.phone).tel;
    if (tel) dials = tel.slice(4).replace(';ext=', ' ext. ');
    else {
      out.push({ path: 'config.phone', message: studioMessages.phone(config.phone) });
      delete result.phone;
    }
  }
  // Colours: a value that is not a colour, or that leaves some text under 4.5:1, stays out.
  const colours: { -readonly [K in keyof BrandColours]: BrandColours[K] } = {};
  for (const key of ['accent', 'darkAccent', 'onAccent'] as const) {
    const v = d[key].trim();
    if (!v) continue;
    if (!parseHex(v)) out.push({ path: `colour.${key}`, message: `"${v}" is not a colour; expected #rrggbb.` });
    else colours[key] = normaliseHex(v);
  }
  // (each failing pair is named on the colour that decides it: a fixed text colour, else the accent of that scheme)
  const typed = { ...colours };
  const drop = new Set<keyof BrandColours>();
  for (const c of contrastChecks(typed)) {
    if (c.ok) continue;
    const key = c.pair === 'button' && typed.onAccent ? 'onAccent' : c.scheme === 'dark' && typed.darkAccent ? 'darkAccent' : 'accent';
    out.push({ path: `colour.${key}`, message: contrastMessage(c, typed) });
    drop.add(key);
  }
  for (const key of drop) delete colours[key];
  return { config: result, problems: out, colours, dials };
}

/** `#rrggbb` in lower case. */
export function normaliseHex(v: string): string {
  const h = v.trim().replace(/^#/, '').toLowerCase();
  return `#${h.length === 3 ? [...h].map((c) => c + c).join('') : h}`;
}

/** Problems at `path` or inside it. */
export const problemsAt = (problems: readonly FieldProblem[], path: string) =>
  problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`));

// ---------------------------------------------------------------- snippets

export const CDN = 'https://cdn.jsdelivr.net/npm/lip-widgets@0/dist/';
/** The script for the widgets' language: English alone, or English and that language. */
export const scriptFile = (lang: string) => (lang === 'en' ? 'lip-widgets.js' : `lip-widgets.${lang}.js`);
export const scriptUrl = (lang: string) => CDN + scriptFile(lang);

/**
 * Space reserved for each widget while the script loads, so the page below
 * does not move when it renders (CLS 0): the README's "Reserving space"
 * numbers (before a date is entered; `npm run reserve` measures them), per
 * width tier: below 360 px, from 360, from 768 and from 1020 px.
 */
export const RESERVE: Record<Widget, readonly [number, number, number, number]> = {
  'comparison-table': [4520, 4220, 1920, 1720],
  'prep-checklist': [2450, 2170, 1620, 1550],
  'healing-tracker': [330, 270, 230, 230],
  'touchup-timeline': [1260, 1180, 1030, 930],
};
const TIERS = [360, 768, 1020] as const;

const escAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escText = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** JSON safe inside a `<script>` element and a single-quoted attribute. */
const safeJson = (v: unknown) =>
  JSON.stringify(v).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/'/g, '\\u0027');

/** What the pasted elements say until the script has loaded, in the widgets' language. */
const FALLBACK: Record<WidgetLang, Record<Widget, string>> = {
  en: {
    'healing-tracker': 'Your day-by-day healing guide appears here.',
    'prep-checklist': 'Your preparation checklist appears here.',
    'touchup-timeline': 'Your touch-up timeline appears here.',
    'comparison-table': 'A comparison of lip treatments appears here.',
  },
  it: {
    'healing-tracker': 'Qui compare la tua guida alla guarigione, giorno per giorno.',
    'prep-checklist': 'Qui compare la tua lista di preparazione.',
    'touchup-timeline': 'Qui compare il calendario dei ritocchi.',
    'comparison-table': 'Qui compare un confronto tra trattamenti labbra.',
  },
  es: {
    'healing-tracker': 'Aquí aparece tu guía de cicatrización, día a día.',
    'prep-checklist': 'Aquí aparece tu lista de preparación.',
    'touchup-timeline': 'Aquí aparecen tus plazos y retoques.',
    'comparison-table': 'Aquí aparece una comparativa de tratamientos de labios.',
  },
  fr: {
    'healing-tracker': 'Votre guide de cicatrisation, jour après jour, s’affiche ici.',
    'prep-checklist': 'Votre liste de préparation s’affiche ici.',
    'touchup-timeline': 'Votre calendrier des retouches s’affiche ici.',
    'comparison-table': 'Une comparaison des soins des lèvres s’affiche ici.',
  },
  de: {
    'healing-tracker': 'Hier erscheint Ihre Anleitung zur Heilung, Tag für Tag.',
    'prep-checklist': 'Hier erscheint Ihre Checkliste zur Vorbereitung.',
    'touchup-timeline': 'Hier erscheint Ihr Zeitplan für Auffrischungen.',
    'comparison-table': 'Hier erscheint ein Vergleich von Lippenbehandlungen.',
  },
  pt: {
    'healing-tracker': 'Aqui aparece seu guia de cicatrização, dia a dia.',
    'prep-checklist': 'Aqui aparece sua lista de preparação.',
    'touchup-timeline': 'Aqui aparece seu cronograma de retoques.',
    'comparison-table': 'Aqui aparece uma comparação de tratamentos para os lábios.',
  },
  'pt-PT': {
    'healing-tracker': 'Aqui aparece o seu guia de cicatrização, dia a dia.',
    'prep-checklist': 'Aqui aparece a sua lista de preparação.',
    'touchup-timeline': 'Aqui aparece o seu calendário de retoques.',
    'comparison-table': 'Aqui aparece uma comparação de tratamentos para os lábios.',
  },
};
/** A widget's fallback text in a language (English for one the page does not know). */
export const fallbackText = (lang: string, w: Widget): string => (FALLBACK[lang as WidgetLang] ?? FALLBACK.en)[w];

/** A widget's own attributes, in order: name → value. */
function widgetAttributes(d: Draft, w: Widget): [string, string][] {
  return w === 'comparison-table' ? [['procedures', d.compare.join(' ')]] : [['procedure', d.procedure]];
}

/** The studio's attributes: only what differs from the defaults. */
function studioAttributes(d: Draft, c: StudioConfig): [string, string][] {
  const a: [string, string][] = [];
  if (c.name) a.push(['name', c.name]);
  if (c.phone) a.push(['phone', c.phone]);
  if (c.bookingUrl) a.push(['booking-url', c.bookingUrl]);
  if (d.lang !== 'en') a.push(['lang', d.lang]);
  if (d.scheme) a.push(['scheme', d.scheme]);
  if (c.headingLevel && c.headingLevel !== 2) a.push(['heading-level', String(c.headingLevel)]);
  return a;
}

const attrs = (list: [string, string][], prefix = '') => list.map(([k, v]) => ` ${prefix}${k}="${escAttr(v)}"`).join('');

/** A widget's tag as a selector. */
const tagSelector = (w: Widget) => `lip-${w}`;

/** The CSS a page adds: the brand colours and the reserved space. */
export function css(d: Draft, ch: Checked, selector: (w: Widget) => string = tagSelector): string {
  const vars = (
    [
      ['--lip-accent', ch.colours.accent],
      ['--lip-dark-accent', ch.colours.darkAccent],
      ['--lip-on-accent', ch.colours.onAccent],
    ] as const
  ).filter(([, v]) => v);
  const lines: string[] = [];
  if (vars.length)
    lines.push(
      `${selector === tagSelector ? 'lip-studio' : '[data-lip-widget="studio"]'} { ${vars.map(([k, v]) => `${k}: ${v};`).join(' ')} }`,
    );
  for (const w of d.widgets) lines.push(`${selector(w)} { display: block; min-height: ${RESERVE[w][0]}px; }`);
  TIERS.forEach((width, i) => {
    const rules = d.widgets
      .filter((w) => RESERVE[w][i + 1] !== RESERVE[w][i])
      .map((w) => `${selector(w)} { min-height: ${RESERVE[w][i + 1]}px; }`);
    if (rules.length) lines.push(`@media (min-width: ${width}px) { ${rules.join(' ')} }`);
  });
  return lines.join('\n');
}
/** The `div` mount's selector for a widget. */
export const divSelector = (w: Widget) => `[data-lip-widget="${w}"]`;

/** The data overrides for the snippet: the checked configuration without what goes into attributes. */
function dataConfig(c: StudioConfig): StudioConfig | undefined {
  return c.procedures && Object.keys(c.procedures).length ? { procedures: c.procedures } : undefined;
}

/** `<script>` + `<style>`: what goes once into a site's header. */
export function headCode(d: Draft, ch: Checked): string {
  const style = css(d, ch);
  return `<script src="${scriptUrl(d.lang)}" defer></script>${style ? `\n<style>\n${indent(style)}\n</style>` : ''}`;
}

const indent = (s: string, by = '  ') =>
  s
    .split('\n')
    .map((l) => by + l)
    .join('\n');

/** The elements: `<lip-studio>` around the chosen widgets. */
export function elementsCode(d: Draft, ch: Checked): string {
  const inner: string[] = [];
  const data = dataConfig(ch.config);
  if (data) inner.push(`<script type="application/json">${safeJson(data)}</script>`);
  for (const w of d.widgets)
    inner.push(`<lip-${w}${attrs(widgetAttributes(d, w))}>\n  <p>${escText(fallbackText(d.lang, w))}</p>\n</lip-${w}>`);
  return `<lip-studio${attrs(studioAttributes(d, ch.config))}>\n${indent(inner.join('\n'))}\n</lip-studio>`;
}

/** The `div` mount for editors that keep only `div` and `data-*` (WordPress Authors and Contributors). */
export function divCode(d: Draft, ch: Checked): string {
  const data = dataConfig(ch.config);
  const studio = attrs(studioAttributes(d, ch.config), 'data-') + (data ? ` data-config='${safeJson(data)}'` : '');
  const inner = d.widgets.map(
    (w) => `<div data-lip-widget="${w}"${attrs(widgetAttributes(d, w), 'data-')}>${escText(fallbackText(d.lang, w))}</div>`,
  );
  return `<div data-lip-widget="studio"${studio}>\n${indent(inner.join('\n'))}\n</div>`;
}

/** The CSS for the `div` mount (added by an administrator). */
export function divCss(d: Draft, ch: Checked): string {
  return css(d, ch, divSelector);
}

export type Target = 'html' | 'wp-admin' | 'wp-author' | 'wix' | 'squarespace' | 'webflow' | 'shopify' | 'ghost';
export const TARGETS: readonly Target[] = ['html', 'wp-admin', 'wp-author', 'wix', 'squarespace', 'webflow', 'shopify', 'ghost'];

export interface SnippetPart {
  /** Message key of where it goes. */
  readonly where: string;
  readonly code: string;
}

/** What to paste for a site builder, part by part. */
export function snippets(d: Draft, ch: Checked, target: Target): SnippetPart[] {
  const head = headCode(d, ch);
  const body = elementsCode(d, ch);
  switch (target) {
    case 'html':
      return [{ where: 'whereHtml', code: `${head}\n\n${body}` }];
    case 'wix':
      return [{ where: 'whereWix', code: `${head}\n\n${body}` }];
    case 'wp-author': {
      const style = divCss(d, ch);
      return [
        {
          where: 'whereWpAuthorAdmin',
          code: `<script src="${scriptUrl(d.lang)}" defer></script>${style ? `\n<style>\n${indent(style)}\n</style>` : ''}`,
        },
        { where: 'whereWpAuthor', code: divCode(d, ch) },
      ];
    }
    default:
      return [
        { where: `whereHead_${target}`, code: head },
        { where: `whereBody_${target}`, code: body },
      ];
  }
}

/** The link a booking system puts in its confirmation SMS. */
export function deepLink(d: Draft, placeholder: string): string | undefined {
  const base = safeUrl(d.pageUrl.trim());
  if (!base || !base.startsWith('https:')) return undefined;
  const u = new URL(base);
  u.searchParams.set('procedure', d.procedure);
  // The placeholder stays as written: the booking tool replaces it before sending.
  return `${u.href}&appointment=${placeholder}`;
}

/** The address a printed card's QR code opens: the aftercare page for the procedure. */
export function qrLink(d: Draft): string | undefined {
  const base = safeUrl(d.pageUrl.trim());
  if (!base || !base.startsWith('https:')) return undefined;
  const u = new URL(base);
  u.searchParams.set('procedure', d.procedure);
  return u.href;
}

/**
 * Every widget in every state, in every built-in language (test/support/languages.ts):
 * no English word of the interface or of the data's prose is left (loanwords
 * aside), no key or placeholder shows raw, and axe finds nothing. Quoted
 * source words (`lang="en"`, `<q>`, `<cite>`) are the sources' own and are
 * not looked at; the sources disclosure stays closed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/register.js';
import { english, t } from '../src/core/i18n.js';
import { noteText, sourceLabel } from '../src/core/text.js';
import { procedures } from '../src/data/procedures.js';
import { sources } from '../src/data/sources.js';
import type { Procedure } from '../src/data/types.js';
import { LANGUAGES, type Language } from './support/languages.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const TAGS = 'lip-healing-tracker, lip-prep-checklist, lip-touchup-timeline, lip-comparison-table';

/** The words of a text, lower case (letters only, so "6–8" and "{x}" give none). */
const words = (s: string) => s.toLowerCase().match(/\p{L}+/gu) ?? [];

/** Every note (and side) text of a procedure, with its translation key. */
function notes(p: Procedure): { id: string; text: string }[] {
  return Object.values(p)
    .filter((v): v is { id: string; text: string; sides?: { id: string; text: string }[] }[] => Array.isArray(v))
    .flat()
    .flatMap((n) => [n, ...(n.sides ?? [])])
    .filter((n) => typeof n?.id === 'string' && typeof n.text === 'string');
}

const ps = Object.values(procedures);
/** English words of the interface and of the data's prose (and our descriptions of the sources), three letters or more. */
const ENGLISH = new Set(
  [...Object.values(english), ...ps.flatMap((p) => [p.name, ...notes(p).map((n) => n.text)]), ...sources.map((s) => s.label ?? '')]
    .flatMap(words)
    .filter((w) => w.length > 2),
);
/** Raw keys: every message key with a dot, and every `<procedure>.<note id>`. */
const KEYS = [...Object.keys(english).filter((k) => k.includes('.')), ...ps.flatMap((p) => notes(p).map((n) => `${p.id}.${n.id}`))];

/** The language's own words: its whole catalog and its prose of the data (a word both languages have is not English there). */
function ownWords(code: string): Set<string> {
  const own = [
    ...Object.keys(english).map((k) => t(code, k as keyof typeof english)),
    ...ps.flatMap((p) => notes(p).map((n) => noteText(p, n, code))),
    ...sources.map((s) => sourceLabel(s, code) ?? ''),
  ];
  return new Set(own.flatMap(words));
}

/** What a visitor reads or hears in a widget: text and accessible names, without styles, quotes, citations and English-marked parts. */
function visible(root: Node, code: string): string {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) return void out.push(n.textContent ?? '');
    if (!(n instanceof Element)) return n.childNodes.forEach(walk);
    if (/^(STYLE|SCRIPT|Q|CITE|TEMPLATE)$/.test(n.tagName) || (code !== 'en' && /^en\b/i.test(n.getAttribute('lang') ?? ''))) return;
    for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext']) if (n.hasAttribute(a)) out.push(n.getAttribute(a)!);
    if (n instanceof HTMLInputElement && n.type !== 'date' && n.value) out.push(n.value);
    n.childNodes.forEach(walk);
  };
  walk(root);
  return out.join(' ').replace(/\s+/g, ' ');
}

/** A click on a control in the widget, then its update. */
const click = (selector: string) => async (w: Widget) => {
  w.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  await w.updateComplete;
};

/** The states each widget is rendered in: a name, the markup inside a studio, and what the client does first. */
const STATES: [string, (lang: string) => TemplateResult, ((w: Widget) => Promise<void>)?][] = [
  ['timeline, lip blush, no date', () => html`<lip-touchup-timeline procedure="lip-blush" today="2026-03-10"></lip-touchup-timeline>`],
  [
    'timeline, lip blush, with a date',
    () => html`<lip-touchup-timeline procedure="lip-blush" appointment="2026-03-02" today="2026-04-10"></lip-touchup-timeline>`,
  ],
  [
    'timeline, lip flip, with a date',
    () => html`<lip-touchup-timeline procedure="lip-flip" appointment="2026-03-02" today="2026-03-05"></lip-touchup-timeline>`,
  ],
  ['timeline, lip filler, no date', () => html`<lip-touchup-timeline procedure="lip-filler" today="2026-03-05"></lip-touchup-timeline>`],
  [
    'timeline, a bad date',
    () => html`<lip-touchup-timeline procedure="lip-blush" appointment="2026-02-30" today="2026-03-05"></lip-touchup-timeline>`,
  ],
  ['comparison, flip and filler', () => html`<lip-comparison-table></lip-comparison-table>`],
  ['comparison, all three', () => html`<lip-comparison-table procedures="lip-blush lip-flip lip-filler"></lip-comparison-table>`],
  ['comparison, too few', () => html`<lip-comparison-table procedures="lip-blush"></lip-comparison-table>`],
  [
    'tracker, before the appointment',
    () => html`<lip-healing-tracker procedure="lip-blush" appointment="2026-03-02" today="2026-02-27"></lip-healing-tracker>`,
  ],
  [
    'tracker, the day before',
    () => html`<lip-healing-tracker procedure="lip-flip" appointment="2026-03-02" today="2026-03-01"></lip-healing-tracker>`,
  ],
  [
    'tracker, lip blush day 1',
    () => html`<lip-healing-tracker procedure="lip-blush" appointment="2026-03-02" today="2026-03-02"></lip-healing-tracker>`,
  ],
  [
    'tracker, lip blush day 9',
    () => html`<lip-healing-tracker procedure="lip-blush" appointment="2026-03-02" today="2026-03-10"></lip-healing-tracker>`,
  ],
  [
    'tracker, lip blush healed',
    () => html`<lip-healing-tracker procedure="lip-blush" appointment="2026-03-02" today="2026-06-10"></lip-healing-tracker>`,
  ],
  [
    'tracker, lip flip day 3',
    () => html`<lip-healing-tracker procedure="lip-flip" appointment="2026-03-02" today="2026-03-04"></lip-healing-tracker>`,
  ],
  [
    'tracker, lip flip full effect',
    () => html`<lip-healing-tracker procedure="lip-flip" appointment="2026-03-02" today="2026-04-20"></lip-healing-tracker>`,
  ],
  [
    'tracker, lip filler day 2',
    () => html`<lip-healing-tracker procedure="lip-filler" appointment="2026-03-02" today="2026-03-03"></lip-healing-tracker>`,
  ],
  [
    'tracker, lip filler first week over',
    () => html`<lip-healing-tracker procedure="lip-filler" appointment="2026-03-02" today="2026-03-20"></lip-healing-tracker>`,
  ],
  ['tracker, no date', () => html`<lip-healing-tracker procedure="lip-blush" today="2026-03-10"></lip-healing-tracker>`],
  ['checklist, lip blush, no date', () => html`<lip-prep-checklist procedure="lip-blush" today="2026-03-01"></lip-prep-checklist>`],
  [
    'checklist, lip blush, with a date',
    () => html`<lip-prep-checklist procedure="lip-blush" appointment="2026-03-20" today="2026-03-01"></lip-prep-checklist>`,
  ],
  [
    'checklist, lip flip, with a date, late items',
    () => html`<lip-prep-checklist procedure="lip-flip" appointment="2026-03-20" today="2026-03-18"></lip-prep-checklist>`,
  ],
  [
    'checklist, lip filler, appointment over',
    () => html`<lip-prep-checklist procedure="lip-filler" appointment="2026-03-20" today="2026-04-01"></lip-prep-checklist>`,
  ],
  [
    'checklist, asking before a reset',
    () => html`<lip-prep-checklist procedure="lip-flip" appointment="2026-03-20" today="2026-03-01"></lip-prep-checklist>`,
    click('.reset'),
  ],
  [
    'tracker, the sources open',
    () => html`<lip-healing-tracker procedure="lip-blush" appointment="2026-03-02" today="2026-03-10"></lip-healing-tracker>`,
    click('.sources summary'),
  ],
  [
    'timeline, a source note open',
    () => html`<lip-touchup-timeline procedure="lip-flip" appointment="2026-03-02" today="2026-03-05"></lip-touchup-timeline>`,
    click('button.ref'),
  ],
  ['unknown procedure', () => html`<lip-healing-tracker procedure="brow-lift" today="2026-03-01"></lip-healing-tracker>`],
];

/** A studio whose JSON has two ignored settings (the notice), with a phone and a booking link. */
const studioJson = JSON.stringify({ procedures: { 'lip-blush': { lasts: { min: -1, max: 2, unit: 'year' }, colour: 'red' } } });

async function render(lang: Language | undefined, state: (lang: string) => TemplateResult) {
  const code = lang?.code ?? 'en';
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${code}>
    <lip-studio name="Rosa" phone="+39 02 555 0101" booking-url="https://example.com/book">
      <script type="application/json">${studioJson}</script>
      ${state(code)}
    </lip-studio>
  </div>`);
  const studio = wrap.querySelector('lip-studio')!;
  await studio.updateComplete;
  const widget = wrap.querySelector<Widget>(TAGS)!;
  await widget.updateComplete;
  return widget;
}

describe('every built-in language: every widget in every state', function () {
  this.timeout(60000);
  const { error, warn } = console;
  before(() => {
    // The studio's ignored settings and the bad dates are meant to be reported.
    console.error = () => {};
    console.warn = () => {};
  });
  after(() => {
    Object.assign(console, { error, warn });
  });
  beforeEach(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('lip-widgets:')) localStorage.removeItem(k);
  });

  it('lists Italian and every src/lang module it imports', () => {
    expect(LANGUAGES.map((l) => l.code)).to.include('it');
    for (const l of LANGUAGES) expect(t(l.code, 'save'), l.code).not.to.equal(english.save);
  });

  it('finds an English word left in a language (a studio rewording Italian back to English)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="it">
      <lip-studio .config=${{ messages: { it: { 'prep.print': 'Print' } } }}>
        <lip-prep-checklist procedure="lip-flip" today="2026-03-01"></lip-prep-checklist>
      </lip-studio>
    </div>`);
    const widget = wrap.querySelector<Widget>('lip-prep-checklist')!;
    await widget.updateComplete;
    const own = ownWords('it');
    expect(words(visible(widget.shadowRoot!, 'it')).filter((w) => ENGLISH.has(w) && !own.has(w))).to.deep.equal(['print']);
  });

  for (const lang of [undefined, ...LANGUAGES]) {
    const code = lang?.code ?? 'en';
    describe(lang ? `${lang.name} (${code})` : 'English (en)', () => {
      const own = ownWords(code);
      const allowed = new Set([...(lang?.loanwords ?? []), 'rosa']);
      for (const [name, state, act] of STATES) {
        it(`${name}: ${lang ? 'no English left, ' : ''}no raw key, axe clean`, async () => {
          const widget = await render(lang, state);
          await act?.(widget);
          const text = visible(widget.shadowRoot!, code);
          expect(text.trim(), 'rendered text').not.to.equal('');
          expect(text, 'a placeholder shown raw').not.to.match(/\{\w+\}/);
          expect(
            KEYS.filter((k) => text.includes(k)),
            'keys shown raw',
          ).to.deep.equal([]);
          if (lang) {
            const left = [...new Set(words(text).filter((w) => ENGLISH.has(w) && !own.has(w) && !allowed.has(w)))];
            expect(left, `English words in ${code}: ${text}`).to.deep.equal([]);
          }
          await expect(widget).to.be.accessible();
        });
      }
    });
  }
});

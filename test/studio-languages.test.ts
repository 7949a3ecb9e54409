/**
 * A studio's own language (issue 19, scope 3): catalogs in the `<lip-studio>`
 * JSON for Polish and Arabic, validated, scoped to the studio's widgets,
 * falling back key by key; Polish plural forms; Arabic laid out right to left
 * with the timeline mirrored; axe clean.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/register.js';
import { english, t } from '../src/core/i18n.js';
import { formatAmount } from '../src/core/figures.js';
import { validateConfig } from '../src/core/studio-config.js';
import { arabicMessages, arabicText, polishMessages, studioLanguages } from './support/studio-catalogs.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; locale: string };
const TAGS = 'lip-healing-tracker, lip-prep-checklist, lip-touchup-timeline, lip-comparison-table';
const text = (w: Element) => (w.shadowRoot!.querySelector('.base')?.textContent ?? '').replace(/\s+/g, ' ');

async function studio(lang: string, config: object = studioLanguages, body = html``) {
  const wrap = await fixture<HTMLDivElement>(html`<div>
    <lip-studio lang=${lang} name="Rosa" .config=${config}>
      <lip-touchup-timeline procedure="lip-blush" appointment="2026-03-02" today="2026-04-10"></lip-touchup-timeline>
      <lip-healing-tracker procedure="lip-blush" appointment="2026-03-02" today="2026-03-10"></lip-healing-tracker>
      <lip-prep-checklist procedure="lip-blush" appointment="2026-03-20" today="2026-03-01"></lip-prep-checklist>
      <lip-comparison-table></lip-comparison-table>
    </lip-studio>
    ${body}
  </div>`);
  await wrap.querySelector<Widget>('lip-studio')!.updateComplete;
  const widgets = [...wrap.querySelectorAll<Widget>(TAGS)];
  for (const w of widgets) await w.updateComplete;
  return { wrap, widgets, get: (tag: string) => wrap.querySelector<Widget>(`lip-studio ${tag}`)! };
}

/** The keys a catalog gives whose English text is in the widget, where the catalog's own text is not. */
function englishLeft(widget: Element, catalog: Record<string, string | undefined>) {
  const shown = text(widget);
  return Object.entries(catalog)
    .filter(([k]) => !k.startsWith('units'))
    .filter(([k, v]) => {
      const en = (english as Record<string, string>)[k] ?? '';
      // Compare the fixed words only: the text between placeholders.
      const fixed = en.split(/\{\w+\}/).filter((p) => p.trim().length > 3);
      return (
        v &&
        fixed.length &&
        fixed.every((p) => shown.includes(p)) &&
        !v
          .split(/\{\w+\}/)
          .filter((p) => p.trim().length > 3)
          .every((p) => shown.includes(p))
      );
    })
    .map(([k]) => k);
}

describe('a studio-supplied language', function () {
  this.timeout(60000);
  const { error, warn } = console;
  let seen: string[] = [];
  beforeEach(() => {
    seen = [];
    console.error = (...a: unknown[]) => void seen.push(a.map(String).join(' '));
    console.warn = console.error;
    for (const k of Object.keys(localStorage)) if (k.startsWith('lip-widgets:')) localStorage.removeItem(k);
  });
  afterEach(() => {
    Object.assign(console, { error, warn });
  });
  after(() => setViewport({ width: 800, height: 600 }));

  it('Polish: accessible, and no English left where the catalog has the key', async () => {
    const { widgets, get } = await studio('pl');
    for (const w of widgets) await expect(w).to.be.accessible();
    // (the comparison shows prose this fixture does not translate, whose English may share words with a message)
    for (const w of widgets.filter((x) => x.localName !== 'lip-comparison-table'))
      expect(englishLeft(w, polishMessages), w.localName).to.deep.equal([]);
    const compare = text(get('lip-comparison-table'));
    for (const k of ['aspect.volume', 'aspect.lasts', 'aspect.sideEffects', 'aspect.removal'] as const)
      expect(compare).to.include(polishMessages[k]);
    const tracker = text(get('lip-healing-tracker'));
    expect(tracker).to.include('Dzień 9 z 42–56');
    expect(tracker).to.include('Makijaż permanentny ust: pielęgnacja po zabiegu');
    for (const note of ['Słońce, solarium', 'Dotykanie ust', 'Infekcja']) expect(tracker).to.include(note);
    expect(tracker).not.to.match(/Sun, tanning lamps|Touching lips|Infection/);
    expect(seen).to.deep.equal([]);
    expect(get('lip-healing-tracker').shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal('pl');
    expect(get('lip-healing-tracker').shadowRoot!.querySelector('.base')!.getAttribute('dir')).to.equal('ltr');
  });

  it('Polish amounts take one, few and many forms through Intl.PluralRules', async () => {
    const locale = (await studio('pl')).get('lip-touchup-timeline').locale;
    expect(locale).to.match(/^pl-x-lip\d+$/);
    expect(formatAmount(1, 1, 'year', locale)).to.equal('1 rok');
    expect(formatAmount(2, 3, 'year', locale)).to.equal('2–3 lata');
    expect(formatAmount(6, 8, 'week', locale)).to.equal('6–8 tygodni');
    expect(formatAmount(5, 5, 'month', locale)).to.equal('5 miesięcy');
    expect(formatAmount(22, 22, 'day', locale)).to.equal('22 dni');
    expect(formatAmount(1.5, 1.5, 'hour', locale)).to.equal('1,5 godziny');
    // Arabic: dual, few (3–10), many (11–99)
    const ar = (await studio('ar')).get('lip-touchup-timeline').locale;
    expect(formatAmount(2, 2, 'month', ar)).to.match(/شهران$/);
    expect(formatAmount(6, 6, 'month', ar)).to.match(/أشهر$/);
    expect(formatAmount(12, 12, 'month', ar)).to.match(/شهرًا$/);
  });

  it('falls back key by key to English where the studio gave no key, and stays inside its studio', async () => {
    const { get, wrap } = await studio(
      'pl',
      { messages: { pl: { save: 'Zapisz', 'tl.today': 'Dziś' } } },
      html`<lip-touchup-timeline lang="pl" procedure="lip-blush" appointment="2026-03-02" today="2026-04-10"></lip-touchup-timeline>`,
    );
    const inside = text(get('lip-touchup-timeline'));
    expect(inside).to.include('Dziś');
    expect(inside).to.include('Add to calendar');
    // A widget outside the studio, on the same page in Polish, has no Polish: English throughout.
    const outside = wrap.querySelector<Widget>(':scope > lip-touchup-timeline')!;
    await outside.updateComplete;
    expect(text(outside)).not.to.include('Dziś');
    expect(text(outside)).to.include('Today');
  });

  it('two studios on one page keep their own words for the same language', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <lip-studio lang="pl" .config=${{ messages: { pl: { 'tl.today': 'Dzisiaj' } } }}><lip-touchup-timeline procedure="lip-blush" appointment="2026-03-02" today="2026-04-10"></lip-touchup-timeline></lip-studio>
      <lip-studio lang="pl" .config=${{ messages: { pl: { 'tl.today': 'Dziś' } } }}><lip-touchup-timeline procedure="lip-blush" appointment="2026-03-02" today="2026-04-10"></lip-touchup-timeline></lip-studio>
    </div>`);
    const [a, b] = [...wrap.querySelectorAll<Widget>('lip-touchup-timeline')];
    for (const s of wrap.querySelectorAll<Widget>('lip-studio')) await s.updateComplete;
    await a.updateComplete;
    await b.updateComplete;
    expect(text(a)).to.include('Dzisiaj');
    expect(text(b)).to.include('Dziś');
    expect(text(b)).not.to.include('Dzisiaj');
  });

  it('a regional tag falls back to the studio base language, then English (pt-PT → pt → en)', async () => {
    const { get } = await studio('pl-PL', { messages: { pl: { 'tl.today': 'Dziś' }, 'pl-PL': { 'tl.export': 'Do kalendarza' } } });
    const s = text(get('lip-touchup-timeline'));
    expect(s).to.include('Dziś');
    expect(s).to.include('Do kalendarza');
    expect(s).to.include('Your appointment');
  });

  it('ignores what does not fit, each named in the console, and counts it in the notice', async () => {
    const config = {
      messages: {
        pl: { save: 'Zapisz', bogus: 'x', dayOf: 'Dzień {n}', changeDate: 42, 'tl.today': 'D'.repeat(200), units: 'rok|lata' },
        'not a tag!': { save: 'x' },
      },
      text: { pl: { 'lip-blush.sunn': 'Słońce', 'lip-blush.sun': 'Słońce, solarium' } },
    };
    const { get } = await studio('pl', config);
    expect(seen.join('\n')).to.include('ignored setting config.messages.pl.bogus: unknown key: not an interface string of the kit.');
    expect(seen.join('\n')).to.include('ignored setting config.messages.pl.dayOf: expected the placeholders {n} {span}, as in English.');
    expect(seen.join('\n')).to.include('ignored setting config.messages.pl.changeDate: expected text of 1–40 characters.');
    expect(seen.join('\n')).to.include('ignored setting config.messages.pl.tl.today: expected text of 1–40 characters.');
    expect(seen.join('\n')).to.include(
      'ignored setting config.messages.pl.units: expected 12 words separated by | (singular and plural of minute, hour, day, week, month, year).',
    );
    expect(seen.join('\n')).to.include(
      'ignored setting config.messages.not a tag!: expected a language tag such as "pl", "ar" or "pt-BR".',
    );
    expect(seen.join('\n')).to.include('ignored setting config.text.pl.lip-blush.sunn: no procedure has a note with this id.');
    const tracker = get('lip-healing-tracker');
    expect(tracker.shadowRoot!.querySelector('[part="studio-notice"]')!.textContent).to.equal('7 studio settings were ignored.');
    // What fitted still applies.
    expect(text(tracker)).to.include('Słońce, solarium');
  });

  it('validates a catalog without a page: placeholders, lengths and tags', () => {
    const { config, problems } = validateConfig({ messages: { ar: { dayOf: 'اليوم {n} من {span}', about: 'حوالي' } } });
    expect(config.messages?.ar).to.deep.equal({ dayOf: 'اليوم {n} من {span}' });
    expect(problems).to.deep.equal([{ path: 'config.messages.ar.about', reason: 'expected the placeholders {x}, as in English' }]);
    expect(validateConfig({ messages: { __proto__: { save: 'x' } } }).problems.length).to.equal(0);
    expect(validateConfig(JSON.parse('{"messages":{"__proto__":{"save":"x"}}}')).problems[0].reason).to.equal('forbidden key');
    expect(t('pl', 'save')).to.equal('Save');
  });

  it('hostile catalogs: prototype keys refused, nothing polluted, markup shown as text', async () => {
    const hostile = [
      '{"messages": {"__proto__": {"save": "x"}}}',
      '{"messages": {"pl": {"__proto__": {"polluted": true}}}}',
      '{"messages": {"pl": {"constructor": "x", "toString": "x", "hasOwnProperty": "x", "save": 5}}}',
      '{"messages": {"x-pirate": {"save": "Arr"}, "en-US-u-nu-thai": {"save": "x"}, "": {"save": "x"}}}',
      '{"messages": {"en": {"units": "a|b", "units.few": "a|b|c|d|e|f|g", "dayOf": "Day {n} of {spam}"}}}',
      `{"messages": {"en": {"save": "${'x'.repeat(5000)}"}}}`,
      '{"messages": []}',
      '{"text": {"pl": {"lip-blush.__proto__": "x", "__proto__": "y", "constructor.prototype": "z"}}}',
      '{"text": {"en": {"lip-blush.sun": {"toString": "x"}}}}',
    ];
    for (const json of hostile) {
      const { config, problems } = validateConfig(json);
      expect(problems.length, json).to.be.above(0);
      // Nothing of them is used: every catalog that is left is empty.
      expect(
        [...Object.values(config.messages ?? {}), ...Object.values(config.text ?? {})].flatMap((c) => Object.keys(c)),
        json,
      ).to.deep.equal([]);
    }
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    const payload = '<img src=x onerror="window.__pwned=1">';
    const { get } = await studio('en', { messages: { en: { 'tl.export': payload } }, text: { en: { 'lip-blush.sun': payload } } });
    const tl = get('lip-touchup-timeline');
    expect(tl.shadowRoot!.querySelector('[part="export"]')!.textContent).to.include(payload);
    expect(tl.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(get('lip-healing-tracker'))).to.include(payload);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  describe('Arabic, right to left', () => {
    it('is accessible, has no English left where the catalog has the key, and sets dir="rtl"', async () => {
      const { widgets } = await studio('ar');
      for (const w of widgets) {
        await expect(w).to.be.accessible();
        const base = w.shadowRoot!.querySelector('.base')!;
        expect(base.getAttribute('dir'), w.localName).to.equal('rtl');
        expect(base.getAttribute('lang'), w.localName).to.equal('ar');
        expect(getComputedStyle(base).direction).to.equal('rtl');
        if (w.localName !== 'lip-comparison-table') expect(englishLeft(w, arabicMessages), w.localName).to.deep.equal([]);
      }
      const tracker = text(widgets.find((w) => w.localName === 'lip-healing-tracker')!);
      for (const k of ['lip-blush.sun', 'lip-blush.touching', 'lip-blush.infection']) expect(tracker).to.include(arabicText[k]);
      expect(tracker).to.include(arabicText['lip-blush.name']);
    });

    it('mirrors the wide timeline: the appointment at the right edge, later events to the left', async () => {
      await setViewport({ width: 1280, height: 900 });
      const marks = async (lang: string) => {
        const { get } = await studio(lang);
        const tl = get('lip-touchup-timeline');
        const lanes = [...tl.shadowRoot!.querySelectorAll<SVGElement>('.lanes')];
        const box = lanes[0].getBoundingClientRect();
        const first = lanes[0].querySelector('circle:not(.today-dot)')!.getBoundingClientRect();
        const fade = tl.shadowRoot!.querySelector('.lanes .today-dot')!.getBoundingClientRect();
        const card = tl.shadowRoot!.querySelector('li .entry')!.getBoundingClientRect();
        return { box, first, fade, card };
      };
      const ltr = await marks('pl');
      const rtl = await marks('ar');
      // The first mark (the appointment) sits at the inline start: the left edge in Polish, the right edge in Arabic.
      expect(Math.abs(ltr.first.left + ltr.first.width / 2 - ltr.box.left)).to.be.below(2);
      expect(Math.abs(rtl.first.left + rtl.first.width / 2 - rtl.box.right)).to.be.below(2);
      // Today (later): to the right of the appointment in Polish, to the left in Arabic.
      expect(ltr.fade.left).to.be.above(ltr.first.right);
      expect(rtl.fade.right).to.be.below(rtl.first.left);
      // The event's text is on the inline-start side of its lanes.
      expect(ltr.card.right).to.be.below(ltr.box.left);
      expect(rtl.card.left).to.be.above(rtl.box.right);
    });

    it('puts the narrow timeline rail at the right, and the tracker steps point the reading way', async () => {
      await setViewport({ width: 390, height: 900 });
      const { get } = await studio('ar');
      const tl = get('lip-touchup-timeline');
      const rail = tl.shadowRoot!.querySelector('.rail')!.getBoundingClientRect();
      const card = tl.shadowRoot!.querySelector('li .entry')!.getBoundingClientRect();
      expect(rail.left).to.be.above(card.right - 1);
      const tr = get('lip-healing-tracker');
      const prev = tr.shadowRoot!.querySelector('.prev')!.getBoundingClientRect();
      const next = tr.shadowRoot!.querySelector('.step:not(.prev)')!.getBoundingClientRect();
      expect(prev.left, 'previous day on the right').to.be.above(next.left);
    });
  });
});

/**
 * The first render of an English or Italian page builds no Intl object: its
 * dates (core/dates.ts), figures and plural words (core/figures.ts) and its
 * text direction are written without one. In a fresh page the first Intl
 * object pays for starting Intl and the locale's data, the longest single
 * piece of a first render. Other locales still go through Intl, and the last
 * test shows the count sees them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';

const KINDS = [
  'DateTimeFormat',
  'NumberFormat',
  'PluralRules',
  'Locale',
  'ListFormat',
  'RelativeTimeFormat',
  'DisplayNames',
  'Collator',
  'Segmenter',
] as const;
const made: string[] = [];

// Before the kit is imported: every Intl constructor counts what it builds, and for which locale.
for (const kind of KINDS) {
  const real = (Intl as unknown as Record<string, unknown>)[kind] as (new (...args: unknown[]) => object) | undefined;
  if (!real) continue;
  const counted = new Proxy(real, {
    construct(target, args: unknown[], newTarget) {
      made.push(`${kind}(${String(args[0])})`);
      return Reflect.construct(target, args, newTarget) as object;
    },
  });
  Object.defineProperty(Intl, kind, { value: counted, configurable: true, writable: true });
}

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const daysFromToday = (n: number) => iso(new Date(Date.now() + n * 86_400_000));

async function renderAll(lang: string): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`
    <div lang=${lang}>
      <lip-touchup-timeline procedure="lip-blush" appointment=${daysFromToday(-20)}></lip-touchup-timeline>
      <lip-comparison-table procedures="lip-flip lip-filler"></lip-comparison-table>
      <lip-healing-tracker procedure="lip-blush" appointment=${daysFromToday(-9)}></lip-healing-tracker>
      <lip-prep-checklist procedure="lip-flip" appointment=${daysFromToday(10)}></lip-prep-checklist>
    </div>
  `);
  for (const el of page.querySelectorAll<LitElement>('*')) await el.updateComplete;
  return page;
}

describe('first render: no Intl object for English and Italian', () => {
  before(async () => {
    await import('../src/register.js');
    await import('../src/lang/it.js');
  });
  beforeEach(() => {
    made.length = 0;
  });

  for (const lang of ['en', 'en-US', 'it', 'it-IT']) {
    it(`${lang}: all four widgets render their dates, figures and words, and no Intl object is built`, async () => {
      const page = await renderAll(lang);
      const text = [...page.querySelectorAll('*')].map((el) => el.shadowRoot?.textContent ?? '').join(' ');
      // The widgets did render: the tracker's day and a figure of the comparison are there.
      expect(text).to.match(lang.startsWith('it') ? /Giorno 10|giorno 10/ : /Day 10/);
      expect(text).to.match(/\d[.,]?\d* ?[–-] ?\d/);
      expect(made).to.deep.equal([]);
    });
  }

  it('another locale (en-GB) still goes through Intl, and the count sees it', async () => {
    await renderAll('en-GB');
    expect(made.some((m) => m.startsWith('DateTimeFormat(en-GB'))).to.equal(true);
  });
});

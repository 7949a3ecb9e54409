import { expect } from '@open-wc/testing';
import { formatAmount, formatRange } from '../../src/core/figures.js';
import '../../src/lang/it.js';

/** Figures the data uses and the edges of the plain path: halves, one decimal, rounding, 999/1000, ranges that meet. */
const FIGURES = [
  0, 0.05, 0.1, 0.15, 0.25, 0.5, 0.95, 1, 1.04, 1.05, 1.25, 1.5, 2, 2.25, 2.35, 2.5, 3, 6, 7, 8, 12, 18, 24, 42, 56, 99.95, 100, 365, 999,
  999.9, 999.96, 1000, 1234.5, 12345,
];
const PAIRS: [number, number][] = [];
for (const a of FIGURES) for (const b of FIGURES) if (a <= b) PAIRS.push([a, b]);

describe('figures without Intl: the same text as Intl', () => {
  // Every locale the kit writes without an Intl object, and neighbours that must go through Intl.
  for (const locale of ['en', 'en-US', 'en-GB', 'it', 'it-IT', 'it-CH', 'en-ZA', 'en-IN', 'ar-EG', 'de', 'fr', 'hi-IN-u-nu-deva']) {
    it(`${locale}: formatRange and the unit's singular or plural match Intl for ${PAIRS.length} ranges`, () => {
      const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
      const pr = new Intl.PluralRules(locale, { maximumFractionDigits: 1 }) as Intl.PluralRules & {
        selectRange?(a: number, b: number): string;
      };
      const unit = new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 });
      for (const [min, max] of PAIRS) {
        const want = min === max ? nf.format(max) : nf.formatRange(min, max);
        expect(formatRange(min, max, locale), `${locale} ${min}–${max}`).to.equal(want);
        if (locale.startsWith('en') || locale.startsWith('it')) {
          // The kit has words for English and Italian: the whole amount reads as Intl's unit format.
          const amount = min === max ? unit.format(max) : unit.formatRange(min, max);
          expect(formatAmount(min, max, 'day', locale), `${locale} ${min}–${max} days`).to.equal(amount);
        } else {
          // A range whose ends round to one figure reads as that figure, as Intl's unit format has it ("~1 day").
          const single = nf.format(min) === nf.format(max) || !pr.selectRange;
          const one = (single ? pr.select(max) : pr.selectRange!(min, max)) === 'one';
          expect(formatAmount(min, max, 'day', locale).endsWith(one ? ' day' : ' days'), `${locale} ${min}–${max}`).to.equal(true);
        }
      }
    });
  }

  it("picks the unit word by the locale's plural rule, not by n === 1", () => {
    // French says "0 jour" and "1,5 jour": its "one" covers 0 ≤ n < 2 (the unit word is English: no French catalog here).
    expect(formatAmount(0, 0, 'day', 'fr')).to.equal('0 day');
    expect(formatAmount(1.5, 1.5, 'day', 'fr')).to.equal('1,5 day');
    expect(formatAmount(2, 2, 'day', 'fr')).to.equal('2 days');
    expect(formatAmount(1, 1, 'day', 'en')).to.equal('1 day');
    expect(formatAmount(0, 0, 'day', 'en')).to.equal('0 days');
    expect(formatAmount(1.5, 1.5, 'day', 'en')).to.equal('1.5 days');
  });

  it("writes each locale's own digits where they are not Latin", () => {
    expect(formatRange(6, 24, 'ar-EG')).to.equal(new Intl.NumberFormat('ar-EG').formatRange(6, 24));
    expect(formatRange(6, 24, 'ar-EG')).not.to.match(/[0-9]/);
  });
});

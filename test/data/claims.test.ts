import { expect } from '@open-wc/testing';
import { procedures, procedureIds } from '../../src/data/index.js';
import { dataTextIt } from '../../src/data/text-it.js';
import { sources } from '../../src/data/sources.js';
import type { Citation, DayWindow, FigureBasis, Procedure, Span } from '../../src/data/types.js';
import { proseKeys } from '../../src/core/procedures.js';

/*
 * No claim stronger than its quote: every day window, duration and frequency
 * word in the data has a quote that states it, minimums are `atLeast`, vague
 * words are `approx` (and only they are), and a number the quote does not
 * state as such says how it was worked out (`derived`).
 */

/** A time stated in words: "six to eight weeks", "a few days", "right after", "the first week", "on the day". */
const DURATION =
  /\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|half|a|an|a few|several|the|first)\s+(?:minutes?|hours?|days?|nights?|weeks?|months?|years?)\b|\b(?:right|immediately)\s+after\b|\bfirst\s+few\s+days\b/i;
/** Vague words: the figure is approximate and shows as "about". */
const VAGUE = /\b(?:about|around|approximately|few|several|within)\b/i;
/** Frequency words of the data's English text, and the stem its quote must contain. */
const FREQUENCY: Record<string, string> = {
  rarely: 'rare',
  rare: 'rare',
  usually: 'usual',
  often: 'often',
  sometimes: 'sometimes',
  always: 'always',
  never: 'never',
  generally: 'general',
  typically: 'typical',
  commonly: 'common',
  common: 'common',
  frequently: 'frequent',
  occasionally: 'occasional',
  seldom: 'seldom',
  likely: 'likely',
};
const WORD_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  once: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  twenty: 20,
};

/** The numbers a quote states, in digits or words ("six to eight weeks" → 6, 8; "a week" → 1). */
function statedNumbers(quotes: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const q of quotes) {
    for (const m of q.matchAll(/\d+(?:\.\d+)?/g)) out.add(Number(m[0]));
    for (const w of q.toLowerCase().split(/[^a-z]+/)) if (w in WORD_NUMBERS) out.add(WORD_NUMBERS[w]);
    if (/\bon the day\b/i.test(q)) out.add(0);
  }
  return out;
}

interface Figure extends FigureBasis {
  readonly numbers: readonly number[];
}

/** Problems of one figure (a span, a day window, days before) against the quotes that carry it. */
function figureProblems(what: string, fig: Figure, cite: readonly Citation[], span: boolean): string[] {
  const quotes = cite.map((c) => c.quote);
  const problems: string[] = [];
  if (!quotes.some((q) => DURATION.test(q))) problems.push(`${what}: no quote states a time`);
  if (quotes.some((q) => /\bat least\b/i.test(q)) && !fig.atLeast)
    problems.push(`${what}: the quote says "at least" but the figure is not atLeast`);
  if (fig.atLeast && !quotes.some((q) => /\bat least\b/i.test(q))) problems.push(`${what}: atLeast without "at least" in a quote`);
  if (fig.approx && !quotes.some((q) => VAGUE.test(q))) problems.push(`${what}: approx without a vague word in a quote`);
  // a span has quotes of its own: vague words there make it approximate
  if (span && !fig.approx && quotes.some((q) => VAGUE.test(q))) problems.push(`${what}: vague words in the quote but not approx`);
  const stated = statedNumbers(quotes);
  if (!fig.derived && !fig.numbers.every((n) => stated.has(n)))
    problems.push(`${what}: ${[...new Set(fig.numbers)].join('–')} not in the quote and not derived`);
  return problems;
}

/** Every claim of a procedure that its quotes do not support; empty when all hold. */
export function unsupportedClaims(p: Procedure): string[] {
  const problems: string[] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${path}[${i}]`));
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    const cite = o.cite as readonly Citation[] | undefined;
    if (cite && 'unit' in o) {
      const s = o as unknown as Span;
      problems.push(...figureProblems(path, { ...s, numbers: [s.min, s.max] }, cite, true));
    }
    if (cite && typeof o.text === 'string') {
      const text = o.text.toLowerCase();
      const quotes = cite.map((c) => c.quote.toLowerCase());
      for (const [word, stem] of Object.entries(FREQUENCY)) {
        if (new RegExp(`\\b${word}\\b`).test(text) && !quotes.some((q) => q.includes(stem))) {
          problems.push(`${path}: "${word}" in "${o.text}" is in no quote`);
        }
      }
    }
    const days = o.days as DayWindow | undefined;
    if (days) {
      // a note's own quotes, or every side's for a disagreement
      const all = cite ?? ((o.sides as { cite: readonly Citation[] }[] | undefined) ?? []).flatMap((s) => s.cite);
      const numbers = days.to === undefined ? [days.from] : [days.from, days.to];
      problems.push(...figureProblems(`${path}.days`, { ...days, numbers }, all, false));
    }
    const before = o.daysBefore as ({ min: number; max: number } & FigureBasis) | undefined;
    if (before && cite)
      problems.push(...figureProblems(`${path}.daysBefore`, { ...before, numbers: [before.min, before.max] }, cite, false));
    for (const [k, x] of Object.entries(o)) if (k !== 'cite' && k !== 'days' && k !== 'daysBefore') walk(x, `${path}.${k}`);
  };
  walk(p, p.id);
  return problems;
}

const fabricated = (extra: Partial<Procedure>): Procedure => ({ id: 'made-up', name: 'Made up', summary: [], ...extra });

describe('claims no stronger than their quotes', () => {
  for (const id of procedureIds) {
    it(`${id}: every day window, duration and frequency word has a quote that states it`, () => {
      expect(unsupportedClaims(procedures[id])).to.deep.equal([]);
    });
  }

  it('fails on a day window whose quote states no time (the old lip-flip bruising, days 1–3)', () => {
    const p = fabricated({
      expect: [
        {
          id: 'bruising',
          text: 'Minor bruising or swelling',
          days: { from: 1, to: 3, approx: true },
          cite: [{ source: 'clinic-lip-rejuvenation', quote: 'Minor bruising or swelling may occur at the injection site' }],
        },
      ],
    });
    const problems = unsupportedClaims(p);
    expect(problems.join('\n')).to.contain('made-up.expect[0].days: no quote states a time');
    expect(problems.join('\n')).to.contain('approx without a vague word');
  });

  it('fails on a frequency word that its quote does not carry (the old "rarely, over-relaxed lips")', () => {
    const p = fabricated({
      sideEffects: [
        { id: 'minor', text: 'Rarely, over-relaxed lips', cite: [{ source: 'clinic-lip-rejuvenation', quote: 'lips to relax too much' }] },
      ],
    });
    expect(unsupportedClaims(p)).to.deep.equal(['made-up.sideEffects[0]: "rarely" in "Rarely, over-relaxed lips" is in no quote']);
  });

  it('fails on "at least" stated as a plain or approximate figure (the old "about 7 days" massage, the 4-week wait)', () => {
    const p = fabricated({
      recovery: {
        kind: 'massage-week',
        spans: [
          { min: 1, max: 1, unit: 'week', approx: true, cite: [{ source: 'filler-massage', quote: 'massages for at least a week' }] },
        ],
      },
      prep: [
        {
          id: 'wait',
          kind: 'avoid',
          group: 'weeks-before',
          daysBefore: { min: 28, max: 28 },
          text: 'Lip treatments for 4 weeks before',
          cite: [{ source: 'clinic-lip-rejuvenation', quote: 'wait at least four weeks' }],
        },
      ],
    });
    const problems = unsupportedClaims(p).join('\n');
    expect(problems).to.contain('made-up.recovery.spans[0]: the quote says "at least" but the figure is not atLeast');
    expect(problems).to.contain('made-up.recovery.spans[0]: approx without a vague word');
    expect(problems).to.contain('made-up.prep[0].daysBefore: the quote says "at least"');
    expect(problems).to.contain('made-up.prep[0].daysBefore: 28 not in the quote and not derived');
  });

  it('fails on a day window read from words without saying how (right after → Day 1)', () => {
    const p = fabricated({
      expect: [
        {
          id: 'x',
          text: 'Swollen',
          days: { from: 1, to: 1 },
          cite: [{ source: 'the-cut', quote: 'swollen or darker in color right after' }],
        },
      ],
    });
    expect(unsupportedClaims(p)).to.deep.equal(['made-up.expect[0].days: 1 not in the quote and not derived']);
    const ok = fabricated({
      expect: [
        {
          id: 'x',
          text: 'Swollen',
          days: { from: 1, to: 1, derived: 'right after: Day 1' },
          cite: [{ source: 'the-cut', quote: 'swollen or darker in color right after' }],
        },
      ],
    });
    expect(unsupportedClaims(ok)).to.deep.equal([]);
  });

  it('keeps "about" to vague words: the exact 6–8 weeks of healing is not approximate, a few days is', () => {
    expect(procedures['lip-blush'].recovery!.spans[0].approx).to.equal(undefined);
    expect(procedures['lip-filler'].recovery!.spans[0]).to.include({ atLeast: true });
    expect(procedures['lip-filler'].recovery!.spans[0].approx).to.equal(undefined);
    expect(procedures['lip-flip'].resultsShow![0]).to.include({ approx: true });
  });
});

/** Every note, side, upkeep and disagreement of a procedure: its id and English text. */
function textsOf(p: Procedure): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.id === 'string' && typeof o.text === 'string') out.push({ id: o.id, text: o.text });
    for (const [k, x] of Object.entries(o)) if (k !== 'cite') walk(x);
  };
  walk(p);
  return out;
}

describe('the Italian text follows the English', () => {
  /** The numbers of a text, separators dropped ("$2,500" and "2.500 $" are both 2500). */
  const numbers = (s: string) => [...s.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0].replace(/[.,]/g, '')).sort();

  it('has an Italian text for every note, side and disagreement, with the same numbers', () => {
    for (const id of procedureIds) {
      for (const n of textsOf(procedures[id])) {
        const it = dataTextIt[`${id}.${n.id}`];
        expect(it, `${id}.${n.id}`).to.be.a('string');
        expect(numbers(it), `${id}.${n.id}: "${n.text}" / "${it}"`).to.deep.equal(numbers(n.text));
      }
    }
  });

  it('has no Italian text left for a note or source the data no longer has', () => {
    const keys = new Set([
      ...procedureIds.flatMap((id) => [`${id}.name`, ...textsOf(procedures[id]).map((n) => `${id}.${n.id}`)]),
      ...sources.map((s) => `source.${s.id}`),
    ]);
    expect(Object.keys(dataTextIt).filter((k) => !keys.has(k))).to.deep.equal([]);
  });

  it("has prose keys (the order a language script packs its data text in, and what a studio's text is checked against) for exactly these texts", () => {
    const keys = [
      ...procedureIds.flatMap((id) => [`${id}.name`, ...textsOf(procedures[id]).map((n) => `${id}.${n.id}`)]),
      ...sources.map((s) => `source.${s.id}`),
    ];
    const prose = proseKeys();
    expect(new Set(prose).size, 'each key once').to.equal(prose.length);
    expect([...prose].sort()).to.deep.equal([...new Set(keys)].sort());
  });

  it('uses a frequency word in Italian only where the English has one', () => {
    const italian = /(?:^|[^\p{L}])(?:raramente|rara|di solito|spesso|a volte|sempre|generalmente|comune|probabilmente)(?![\p{L}])/iu;
    const english = new RegExp(`\\b(?:${Object.keys(FREQUENCY).join('|')})\\b`, 'i');
    for (const id of procedureIds) {
      for (const n of textsOf(procedures[id])) {
        const it = dataTextIt[`${id}.${n.id}`] ?? '';
        if (italian.test(it)) expect(english.test(n.text), `${id}.${n.id}: "${it}" / "${n.text}"`).to.equal(true);
      }
    }
  });
});

import { expect } from '@open-wc/testing';
import '../../src/lang/it.js';
import '../../src/lang/fr.js';
import { aspects, COMPACT_CHARS, compareModel, keepFigures } from '../../src/core/compare.js';
import { procedures } from '../../src/data/procedures.js';
import type { Procedure } from '../../src/data/types.js';

const flip = procedures['lip-flip'];
const filler = procedures['lip-filler'];
const blush = procedures['lip-blush'];
const row = (m: ReturnType<typeof compareModel>, aspect: string) => m.rows.find((r) => r.aspect === aspect)!;

describe('core/compare', () => {
  it('joins a label and its text with the language’s colon: French puts a no-break space before it', () => {
    const text = (locale: string, aspect: string) =>
      row(compareModel([blush, filler], locale), aspect)
        .cells.flat()
        .map((p) => p.text);
    for (const aspect of ['disagreements', 'upkeep']) {
      const fr = text('fr', aspect);
      expect(fr.length, aspect).to.be.greaterThan(0);
      for (const s of fr)
        expect(s, aspect)
          .to.match(/\S\u00a0: \S/)
          .and.not.match(/[^\u00a0\u202f]:/);
      for (const s of text('en', aspect)) expect(s, aspect).to.match(/\S: \S/);
    }
  });

  it('names a column per procedure in the locale, and a row per aspect in order', () => {
    const m = compareModel([flip, filler], 'it');
    expect(m.columns).to.deep.equal([
      { id: 'lip-flip', name: 'Lip flip' },
      { id: 'lip-filler', name: 'Filler labbra' },
    ]);
    expect(m.rows.map((r) => r.aspect)).to.deep.equal([...aspects]);
    expect(row(m, 'lasts').label).to.equal('Quanto dura');
    for (const r of m.rows) expect(r.cells).to.have.length(2);
  });

  it('gives each statement its text, its runs and its source numbers; an empty cell where no source states it', () => {
    const m = compareModel([blush, filler], 'en');
    const lasts = row(m, 'lasts');
    expect(lasts.cells[0].map((p) => p.text)).to.deep.equal(['2–3 years', '6–24 months', '3–5 years']);
    for (const r of m.rows)
      for (const cell of r.cells)
        for (const p of cell) {
          expect(p.pieces.map((x) => x.text).join(''), p.text).to.equal(p.text);
          expect(p.refs.length, p.text).to.be.greaterThan(0);
          for (const n of p.refs) expect(m.refs.some((ref) => ref.n === n)).to.equal(true);
        }
    expect(row(m, 'sessionLength').cells[1]).to.deep.equal([]);
    // Sources are numbered 1, 2, … in order of first use.
    expect(m.refs.map((r) => r.n)).to.deep.equal(m.refs.map((_, i) => i + 1));
  });

  it('marks a row compact when every statement is short', () => {
    const m = compareModel([flip, filler], 'en');
    expect(row(m, 'resultsShow').compact).to.equal(true);
    expect(row(m, 'lasts').compact).to.equal(true);
    expect(row(m, 'summary').compact).to.equal(false);
    expect(row(m, 'aftercare').compact).to.equal(false);
    for (const r of m.rows) expect(r.compact, r.aspect).to.equal(r.cells.flat().every((p) => p.text.length <= COMPACT_CHARS));
  });

  it("shows a studio's own figure without source numbers", () => {
    const own: Procedure = { ...flip, lasts: [{ min: 3, max: 4, unit: 'month', studio: true, cite: [] }] };
    const m = compareModel([own, filler], 'en');
    expect(row(m, 'lasts').cells[0]).to.deep.include.members([
      {
        text: '3–4 months',
        pieces: [
          { text: '3–4', keep: true },
          { text: ' months', keep: false },
        ],
        refs: [],
        studio: true,
      },
    ]);
  });

  it('keeps figures and ranges whole', () => {
    const cases: [string, [string, boolean][]][] = [
      [
        'about 2–3 years',
        [
          ['about ', false],
          ['2–3', true],
          [' years', false],
        ],
      ],
      [
        '1-2 ore',
        [
          ['1-2', true],
          [' ore', false],
        ],
      ],
      [
        'Touch-up: 3–12 months after',
        [
          ['Touch-up: ', false],
          ['3–12', true],
          [' months after', false],
        ],
      ],
      [
        'A few hundred dollars to over $2,500',
        [
          ['A few hundred dollars to over ', false],
          ['$2,500', true],
        ],
      ],
      [
        'Da qualche centinaio di dollari a oltre 2.500 $',
        [
          ['Da qualche centinaio di dollari a oltre ', false],
          ['2.500', true],
          [' $', false],
        ],
      ],
      [
        'about 2.5 hours',
        [
          ['about ', false],
          ['2.5', true],
          [' hours', false],
        ],
      ],
      ['Swelling', [['Swelling', false]]],
      ['', []],
    ];
    for (const [text, want] of cases) {
      expect(
        keepFigures(text).map((p) => [p.text, p.keep]),
        text,
      ).to.deep.equal(want);
    }
  });
});

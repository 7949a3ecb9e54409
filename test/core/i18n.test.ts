import { expect } from '@open-wc/testing';
import '../../src/lang/it.js';
import { formatAmount } from '../../src/core/figures.js';
import { addMessages, langOf, t } from '../../src/core/i18n.js';
import type { MessageKey } from '../../src/core/i18n.js';
import { checklistMessages } from '../../src/core/messages/checklist.js';
import { it as itCatalog } from '../../src/core/messages/it.js';
import { timelineMessages } from '../../src/core/messages/timeline.js';
import { trackerMessages } from '../../src/core/messages/tracker.js';
import { noteText, procedureName, sourceLabel } from '../../src/core/text.js';
import { sources } from '../../src/data/sources.js';
import { procedures } from '../../src/data/procedures.js';
import { dataTextIt } from '../../src/data/text-it.js';
import type { Note, Procedure } from '../../src/data/types.js';

type WidgetKey = keyof typeof timelineMessages | keyof typeof trackerMessages | keyof typeof checklistMessages;

/** The keys of i18n.ts's own `common` block: tsc fails here when one is added or removed there. */
const commonKeys: Record<Exclude<MessageKey, WidgetKey>, true> = {
  about: true,
  notStated: true,
  disclaimer: true,
  sources: true,
  sourceRef: true,
  sourcesCount: true,
  perStudio: true,
  yourStudio: true,
  bookTouchUp: true,
  contactStudio: true,
  studioIgnored1: true,
  studioIgnored: true,
  unknownProcedure: true,
  compareCaption: true,
  compareTitle: true,
  aspect: true,
  units: true,
  'aspect.summary': true,
  'aspect.product': true,
  'aspect.volume': true,
  'aspect.sessionLength': true,
  'aspect.numbing': true,
  'aspect.pain': true,
  'aspect.resultsShow': true,
  'aspect.lasts': true,
  'aspect.upkeep': true,
  'aspect.aftercare': true,
  'aspect.sideEffects': true,
  'aspect.goodFor': true,
  'aspect.notFor': true,
  'aspect.cost': true,
  'aspect.removal': true,
  'aspect.disagreements': true,
  atLeast: true,
  sourcesDiffer: true,
  rightAway: true,
  after: true,
  whenWornOff: true,
  everyYear: true,
  avoidItem: true,
  labelled: true,
  tooFewProcedures: true,
  dateLabel: true,
  dateIntro: true,
  save: true,
  changeDate: true,
  notSaved: true,
  'date.empty': true,
  'date.format': true,
  'date.no-such-date': true,
  'date.far-future': true,
  'date.far-past': true,
  dateHelp: true,
};

const keys = [
  ...Object.keys(commonKeys),
  ...Object.keys(timelineMessages),
  ...Object.keys(trackerMessages),
  ...Object.keys(checklistMessages),
] as MessageKey[];

const placeholders = (s: string) => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort();

/** Ids that name two different notes of one procedure: no single translation fits, both show English. */
/** Note ids must be unique within a procedure: translations are keyed by them. */
const clashes: string[] = [];

/** Every note with an id in a procedure (a disagreement and each of its sides too), with its translation key. */
function notes(p: Procedure): { key: string; note: Note }[] {
  return Object.values(p)
    .filter((v): v is Note[] => Array.isArray(v))
    .flat()
    .flatMap((n: Note & { sides?: Note[] }) => [n, ...(n.sides ?? [])])
    .filter((n) => typeof n.id === 'string' && typeof n.text === 'string')
    .map((note) => ({ key: `${p.id}.${note.id}`, note }));
}

describe('Italian message catalog', () => {
  it('has no key the English catalog lacks', () => {
    expect(Object.keys(itCatalog).filter((k) => !keys.includes(k as MessageKey))).to.deep.equal([]);
  });

  for (const key of keys) {
    it(`translates ${key} with the same placeholders`, () => {
      const en = t('en', key);
      const text = itCatalog[key];
      expect(text, key).to.be.a('string');
      expect(text!.trim(), key).not.to.equal('');
      // (The colon that joins a label to its text is Italian as it is English.)
      if (key !== 'labelled') expect(text, key).not.to.equal(en);
      expect(placeholders(text!), key).to.deep.equal(placeholders(en));
    });
  }

  it('is what t() returns for Italian locales, filled in', () => {
    expect(t('it-IT', 'save')).to.equal('Salva');
    expect(t('it', 'sources')).to.equal('Fonti');
    expect(t('it-SM', 'day', { n: 3 })).to.equal('Giorno 3');
    expect(t('it', 'dayOf', { n: 3, span: '42' })).to.equal('Giorno 3 di 42');
    expect(t('it', 'about', { x: '10–14' })).to.equal('10–14 circa');
    expect(t('it', 'atLeast', { x: '7' })).to.equal('almeno 7');
    expect(t('it', 'unknownProcedure', { id: 'x' })).to.equal('Non abbiamo informazioni su “x”.');
  });

  it('falls back to English for other languages', () => {
    expect(t('fr', 'save')).to.equal('Save');
    expect(t('de-DE', 'day', { n: 2 })).to.equal('Day 2');
    expect(t(undefined, 'sources')).to.equal('Sources');
  });

  it('falls back to English for a key missing from the Italian catalog', () => {
    // A regional catalog that has one key: the rest comes from Italian, then English.
    addMessages('it-SM', { changeDate: 'Modifica data' });
    expect(t('it-SM', 'changeDate')).to.equal('Modifica data');
    expect(t('it-SM', 'save')).to.equal('Salva');
    expect(t('it', 'changeDate')).to.equal('Cambia data');
    // A language with a partial catalog falls back to English key by key.
    addMessages('xx', { save: 'Xave' });
    expect(t('xx', 'save')).to.equal('Xave');
    expect(t('xx-YY', 'changeDate')).to.equal('Change date');
  });
});

describe('langOf', () => {
  const table: [string | undefined, 'en' | 'it'][] = [
    ['it', 'it'],
    ['it-IT', 'it'],
    ['it-CH', 'it'],
    ['IT', 'it'],
    ['it_IT', 'it'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['ita', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ];
  for (const [locale, lang] of table) {
    it(`${JSON.stringify(locale)} → ${lang}`, () => expect(langOf(locale)).to.equal(lang));
  }
});

describe('Italian data text', () => {
  for (const p of Object.values(procedures) as Procedure[]) {
    const list = notes(p);

    it(`${p.id}: uses each note id once, so each translation has one note`, () => {
      const texts = new Map<string, Set<string>>();
      for (const { key, note } of list) texts.set(key, (texts.get(key) ?? new Set()).add(note.text));
      const found = [...texts].filter(([, s]) => s.size > 1).map(([k]) => k);
      expect(found).to.deep.equal(clashes.filter((k) => k.startsWith(`${p.id}.`)));
      for (const k of found) expect(dataTextIt, k).not.to.have.property(k);
    });

    it(`${p.id}: every note and the name have an Italian text`, () => {
      const missing = list.filter(({ key }) => !clashes.includes(key) && !dataTextIt[key]?.trim()).map((x) => x.key);
      expect(missing).to.deep.equal([]);
      expect(dataTextIt[`${p.id}.name`]).to.be.a('string');
      expect(procedureName(p, 'it-IT')).to.equal(dataTextIt[`${p.id}.name`]);
      expect(procedureName(p, 'en')).to.equal(p.name);
    });

    it(`${p.id}: noteText is Italian for it, English otherwise, and the data's own words for a clash`, () => {
      for (const { key, note } of list) {
        const expected = clashes.includes(key) ? note.text : dataTextIt[key];
        expect(noteText(p, note, 'it-IT'), key).to.equal(expected);
        expect(noteText(p, note, 'fr'), key).to.equal(note.text);
      }
    });

    it(`${p.id}: keeps every number of the English text`, () => {
      const nums = (s: string) => (s.match(/\d+/g) ?? []).join(' ');
      for (const { key, note } of list) {
        if (!clashes.includes(key))
          expect(nums(dataTextIt[key].replace(/(\d)\.(\d{3})/g, '$1$2')), key).to.equal(nums(note.text.replace(/(\d),(\d{3})/g, '$1$2')));
      }
    });
  }

  it('describes every source in Italian (our description; titles and quotes stay as published)', () => {
    for (const src of sources) {
      expect(dataTextIt[`source.${src.id}`], src.id).to.be.a('string');
      expect(sourceLabel(src, 'it-IT')).to.equal(dataTextIt[`source.${src.id}`]);
      expect(sourceLabel(src, 'en')).to.equal(src.label);
    }
  });

  it('has no key that names no built-in note, name or source', () => {
    const known = new Set<string>(sources.map((src) => `source.${src.id}`));
    for (const p of Object.values(procedures) as Procedure[]) {
      known.add(`${p.id}.name`);
      for (const { key } of notes(p)) known.add(key);
    }
    expect(Object.keys(dataTextIt).filter((k) => !known.has(k))).to.deep.equal([]);
  });
});

describe('formatAmount', () => {
  const units = ['minute', 'hour', 'day', 'week', 'month', 'year'] as const;
  const cases: [number, number][] = [
    [1, 1],
    [2, 2],
    [2.5, 2.5],
    [0, 0],
    [1, 2],
    [6, 24],
    [12, 18],
    [0.5, 1],
    [0, 1],
    [1, 1.5],
    [2.25, 2.25],
    [1.04, 1.04],
  ];
  for (const locale of ['en', 'en-GB', 'it', 'it-CH']) {
    it(`${locale}: says what Intl's unit format says, for every unit`, () => {
      for (const unit of units) {
        const intl = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 });
        for (const [min, max] of cases) {
          const want = min === max ? intl.format(min) : intl.formatRange(min, max);
          expect(formatAmount(min, max, unit, locale), `${locale} ${unit} ${min}–${max}`).to.equal(want);
        }
      }
    });
  }

  it('uses English unit words for a language the kit has no catalog for', () => {
    expect(formatAmount(6, 24, 'month', 'de')).to.equal('6–24 months');
    expect(formatAmount(1, 1, 'week', 'fr')).to.equal('1 week');
  });
});

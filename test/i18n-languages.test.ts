/**
 * The built-in languages besides Italian (core/i18n.test.ts): every catalog
 * complete with English's placeholders, every data text present with the
 * English figures, and each widget's headings in the language.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/register.js';
import '../src/lang/es.js';
import '../src/lang/fr.js';
import '../src/lang/de.js';
import '../src/lang/pt.js';
import '../src/lang/pt-PT.js';
import { t, type Catalog, type MessageKey, type Messages } from '../src/core/i18n.js';
import { de } from '../src/core/messages/de.js';
import { es } from '../src/core/messages/es.js';
import { fr } from '../src/core/messages/fr.js';
import { it as itCatalog } from '../src/core/messages/it.js';
import { ptPT } from '../src/core/messages/pt-pt.js';
import { pt } from '../src/core/messages/pt.js';
import { noteText, procedureName } from '../src/core/text.js';
import { procedureIds, procedures } from '../src/data/procedures.js';
import { sources } from '../src/data/sources.js';
import { dataTextDe } from '../src/data/text-de.js';
import { dataTextEs } from '../src/data/text-es.js';
import { dataTextFr } from '../src/data/text-fr.js';
import { dataTextIt } from '../src/data/text-it.js';
import { dataTextPtPT } from '../src/data/text-pt-pt.js';
import { dataTextPt } from '../src/data/text-pt.js';
import type { Procedure } from '../src/data/types.js';

interface Language {
  readonly lang: string;
  /** A locale of the language with a region, which falls back to it. */
  readonly regional: string;
  readonly messages: Messages;
  readonly data: Readonly<Record<string, string>>;
  /** Keys whose text is rightly the same as the English one (the same word in both languages). */
  readonly sameAsEnglish: readonly string[];
}

/** A regional variant: only what differs from its base language. */
interface Variant {
  readonly lang: string;
  readonly base: string;
  readonly messages: Catalog;
  readonly data: Readonly<Record<string, string>>;
}

const LANGUAGES: Language[] = [
  {
    lang: 'es',
    regional: 'es-MX',
    messages: es,
    data: dataTextEs,
    sameAsEnglish: ['labelled', 'lip-flip.name', 'lip-blush.alcohol'],
  },
  {
    lang: 'fr',
    regional: 'fr-BE',
    messages: fr,
    data: dataTextFr,
    sameAsEnglish: ['sources', 'sourceRef', 'sourcesCount', 'lip-flip.name', 'lip-blush.infection'],
  },
  {
    lang: 'de',
    regional: 'de-AT',
    messages: de,
    data: dataTextDe,
    sameAsEnglish: ['labelled', 'lip-blush.ibuprofen', 'lip-blush.vitamin-e'],
  },
  {
    lang: 'pt',
    regional: 'pt-BR',
    messages: pt,
    data: dataTextPt,
    sameAsEnglish: ['labelled', 'lip-flip.name'],
  },
];
const VARIANTS: Variant[] = [{ lang: 'pt-pt', base: 'pt', messages: ptPT, data: dataTextPtPT }];
/** 'pt-pt' as a page writes it: 'pt-PT'. */
const localeOf = (lang: string) => lang.replace(/-(\w+)$/, (_, r: string) => `-${r.toUpperCase()}`);

const en = (key: MessageKey) => t('en', key);
/** Every interface key: Italian's, which core/i18n.test.ts holds equal to English's (and tsc holds every `Messages` to it). */
const messageKeys = Object.keys(itCatalog).sort();
const placeholders = (s: string) => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort();
/** The digits of a text, in order of size: separators and word order may change, the figures may not ("$2,500", "2.500 $", "2 500 $"). */
const digits = (s: string) => [...s.replace(/\D/g, '')].sort().join('');

/** Every note, side, upkeep and disagreement of a procedure with its translation key (the same walk as the claims test). */
function textsOf(p: Procedure): { key: string; text: string }[] {
  const out: { key: string; text: string }[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.id === 'string' && typeof o.text === 'string') out.push({ key: `${p.id}.${o.id}`, text: o.text });
    for (const [k, x] of Object.entries(o)) if (k !== 'cite') walk(x);
  };
  walk(p);
  return out;
}
/** The English text of every built-in data key: each procedure's name, every note id and each source's description, read from the data. */
const english = new Map<string, string>(
  procedureIds.flatMap((id) => {
    const p: Procedure = procedures[id];
    return [[`${id}.name`, p.name] as const, ...textsOf(p).map((n) => [n.key, n.text] as const)];
  }),
);
// And our own description of each source (`source.<id>`), shown where a source has no published title.
for (const src of sources) if (src.label) english.set(`source.${src.id}`, src.label);

describe('built-in languages: the data has notes to translate', () => {
  it('finds the names and note ids of every built-in procedure', () => {
    expect(english.size).to.be.greaterThan(100);
    expect(english.get('lip-filler.massage-first-week')).to.match(/5 minutes/);
    // The same keys as the Italian text, which the claims test ties to the data.
    expect([...english.keys()].sort()).to.deep.equal(Object.keys(dataTextIt).sort());
  });
});

for (const L of LANGUAGES) {
  describe(`built-in language ${L.lang}: interface strings`, () => {
    it('has exactly the English keys', () => {
      expect(Object.keys(L.messages).sort()).to.deep.equal(messageKeys);
    });

    it('translates every key with the same placeholders', () => {
      for (const key of Object.keys(L.messages) as MessageKey[]) {
        const text = L.messages[key];
        expect(text.trim(), key).not.to.equal('');
        expect(placeholders(text), key).to.deep.equal(placeholders(en(key)));
        if (!L.sameAsEnglish.includes(key)) expect(text, key).not.to.equal(en(key));
      }
    });

    it('has six singular|plural unit pairs', () => {
      const words = L.messages.units.split('|');
      expect(words).to.have.length(12);
      for (const w of words) expect(w.trim()).not.to.equal('');
    });

    it(`is what t() returns for ${L.regional}, filled in`, () => {
      expect(t(L.regional, 'save')).to.equal(L.messages.save);
      expect(t(L.lang, 'dayOf', { n: 3, span: '42–56' })).to.equal(L.messages.dayOf.replace('{n}', '3').replace('{span}', '42–56'));
    });
  });

  describe(`built-in language ${L.lang}: the data's prose`, () => {
    it('has a text for every built-in note id and name, with the same figures as the English', () => {
      for (const [key, text] of english) {
        const translated = L.data[key];
        expect(translated, key).to.be.a('string');
        expect(translated.trim(), key).not.to.equal('');
        expect(digits(translated), `${key}: "${text}" / "${translated}"`).to.equal(digits(text));
        if (!L.sameAsEnglish.includes(key)) expect(translated, key).not.to.equal(text);
      }
    });

    it('has no key that names no built-in note', () => {
      expect(Object.keys(L.data).filter((k) => !english.has(k))).to.deep.equal([]);
    });

    it('is what noteText and procedureName return for the language', () => {
      for (const id of procedureIds) {
        const p: Procedure = procedures[id];
        expect(procedureName(p, L.regional)).to.equal(L.data[`${id}.name`]);
        for (const n of textsOf(p)) {
          const note = { id: n.key.slice(id.length + 1), text: n.text };
          expect(noteText(p, note, L.regional), n.key).to.equal(L.data[n.key]);
        }
      }
    });
  });
}

/**
 * Words that carry a caveat's force, by language: where the English has one,
 * the translation has its own (and "at least", "likely", "about" and the
 * frequency words appear only where the English has them), so no note is made
 * stronger or weaker in translation.
 */
const CAVEATS: Record<string, Record<'atLeast' | 'likely' | 'about' | 'may' | 'frequency', RegExp>> = {
  en: {
    atLeast: /\bat least\b/i,
    likely: /\b(?:likely|probably)\b/i,
    about: /\babout\b/i,
    may: /\b(?:may|might)\b/i,
    // "how often" asks, it does not say how often.
    frequency: /\b(?:rarely|rare|usually|(?<!how )often|sometimes|always|never|generally|typically|commonly|common|frequently)\b/i,
  },
  es: {
    atLeast: /\bal menos\b/i,
    likely: /\bprobab(?:lemente|le)\b/i,
    // "unos 20 min" is about 20; "unos cientos", "unos minutos" are a few.
    about: /\b(?:un[oa]s \d|aprox)/i,
    may: /(?:^|[^\p{L}])(?:puede|pueden|puedes|podrían|quizá)(?![\p{L}])/iu,
    frequency:
      /(?:^|[^\p{L}])(?:rara vez|rara|raro|poco frecuente|frecuente|a menudo|suele|suelen|siempre|nunca|generalmente|normalmente)(?![\p{L}])/iu,
  },
  fr: {
    atLeast: /\bau moins\b/i,
    likely: /\bprobablement\b/i,
    about: /\benviron\b/i,
    may: /(?:^|[^\p{L}])(?:peut|peuvent|pouvez|pourraient)(?![\p{L}])/iu,
    frequency: /(?:^|[^\p{L}])(?:rarement|rare|souvent|fréquent|toujours|jamais|généralement|habituellement|parfois)(?![\p{L}])/iu,
  },
  de: {
    atLeast: /\bmindestens\b/i,
    likely: /\bwahrscheinlich\b/i,
    about: /\betwa\b/i,
    may: /(?:^|[^\p{L}])(?:kann|können|eventuell|möglicherweise|dürfen)(?![\p{L}])/iu,
    frequency: /(?:^|[^\p{L}])(?:selten|seltene|(?<!wie )oft|häufig|immer|nie|gewöhnlich|manchmal|in der Regel)(?![\p{L}])/iu,
  },
  pt: {
    atLeast: /\bpelo menos\b/i,
    likely: /\bprovavelmente\b/i,
    about: /\bcerca de\b/i,
    may: /(?:^|[^\p{L}])(?:pode|podem|talvez|permitido)(?![\p{L}])/iu,
    frequency: /(?:^|[^\p{L}])(?:raramente|rara|raro|muitas vezes|frequente|sempre|nunca|geralmente|comum|costuma)(?![\p{L}])/iu,
  },
};

describe('built-in languages: caveats keep their force', () => {
  const texts = [
    ...LANGUAGES.map((l) => ({ name: l.lang, words: CAVEATS[l.lang], data: l.data })),
    ...VARIANTS.map((v) => ({
      name: v.lang,
      words: CAVEATS[v.base],
      data: { ...LANGUAGES.find((l) => l.lang === v.base)!.data, ...v.data },
    })),
  ];
  for (const { name, words, data } of texts) {
    it(`${name}: "at least", "likely", "about" and frequency words exactly where the English has them; "may" kept`, () => {
      const problems: string[] = [];
      for (const [key, text] of english) {
        const translated = data[key];
        for (const kind of ['atLeast', 'likely', 'about', 'frequency'] as const) {
          if (CAVEATS.en[kind].test(text) !== words[kind].test(translated)) problems.push(`${kind} ${key}: "${text}" / "${translated}"`);
        }
        if (CAVEATS.en.may.test(text) && !words.may.test(translated)) problems.push(`may ${key}: "${text}" / "${translated}"`);
      }
      expect(problems).to.deep.equal([]);
    });
  }
});

for (const V of VARIANTS) {
  describe(`regional variant ${V.lang}`, () => {
    const base = LANGUAGES.find((l) => l.lang === V.base)!;

    it(`only has keys of ${V.base}, each worded differently, with the same placeholders`, () => {
      for (const [key, text] of Object.entries(V.messages) as [MessageKey, string][]) {
        expect(base.messages, key).to.have.property(key);
        expect(text, key).not.to.equal(base.messages[key]);
        expect(placeholders(text), key).to.deep.equal(placeholders(en(key)));
      }
    });

    it(`only has data keys of ${V.base}, each worded differently, with the same figures as the English`, () => {
      for (const [key, text] of Object.entries(V.data)) {
        expect(english.has(key), key).to.equal(true);
        expect(text, key).not.to.equal(base.data[key]);
        expect(digits(text), key).to.equal(digits(english.get(key)!));
      }
    });

    it(`shows its own words where it has them and ${V.base}'s elsewhere`, () => {
      const locale = localeOf(V.lang);
      for (const key of Object.keys(base.messages) as MessageKey[]) {
        expect(t(locale, key), key).to.equal(V.messages[key] ?? base.messages[key]);
      }
      for (const id of procedureIds) {
        const p: Procedure = procedures[id];
        for (const n of textsOf(p)) {
          const note = { id: n.key.slice(id.length + 1), text: n.text };
          expect(noteText(p, note, locale), n.key).to.equal(V.data[n.key] ?? base.data[n.key]);
        }
      }
    });
  });
}

describe('built-in languages: the widgets speak them', () => {
  /** Spaces as read (French no-break spaces included). */
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const title = (el: Element) => norm(el.shadowRoot!.querySelector('[part="title"]')?.textContent ?? '');
  const text = (el: Element) => norm(el.shadowRoot!.textContent ?? '');
  const locales = [...LANGUAGES.map((l) => l.regional), ...VARIANTS.map((v) => localeOf(v.lang))];

  for (const locale of locales) {
    it(`${locale}: the tracker's title and headings`, async () => {
      const el = await fixture(
        html`<lip-healing-tracker procedure="lip-blush" appointment="2026-03-02" today="2026-03-10" lang=${locale}></lip-healing-tracker>`,
      );
      const name = procedureName(procedures['lip-blush'], locale);
      expect(title(el)).to.equal(norm(t(locale, 'trk.title', { name })));
      expect(title(el)).not.to.equal(t('en', 'trk.title', { name: 'Lip blush' }));
      for (const key of ['expect', 'tasks', 'warnTitle', 'disclaimer'] as const) {
        expect(text(el), key).to.include(norm(t(locale, key)));
        expect(text(el), key).not.to.include(en(key));
      }
    });

    it(`${locale}: the checklist's title and groups`, async () => {
      const el = await fixture(
        html`<lip-prep-checklist procedure="lip-blush" appointment="2026-03-20" today="2026-03-01" lang=${locale}></lip-prep-checklist>`,
      );
      const name = procedureName(procedures['lip-blush'], locale);
      expect(title(el)).to.equal(norm(t(locale, 'prep.title', { name })));
      for (const key of ['prep.weeks-before', 'prep.day-of', 'prep.bring', 'prep.print'] as const) {
        expect(text(el), key).to.include(norm(t(locale, key)));
        expect(text(el), key).not.to.include(en(key));
      }
    });

    it(`${locale}: the timeline's title and events`, async () => {
      const el = await fixture(
        html`<lip-touchup-timeline procedure="lip-blush" appointment="2026-03-02" today="2026-03-10" lang=${locale}></lip-touchup-timeline>`,
      );
      const name = procedureName(procedures['lip-blush'], locale);
      expect(title(el)).to.equal(norm(t(locale, 'tl.title', { name })));
      for (const key of ['tl.start', 'tl.healed', 'tl.export'] as const) {
        expect(text(el), key).to.include(norm(t(locale, key)));
        expect(text(el), key).not.to.include(en(key));
      }
    });

    it(`${locale}: the comparison's title and aspects`, async () => {
      const el = await fixture(html`<lip-comparison-table procedures="lip-flip lip-filler" lang=${locale}></lip-comparison-table>`);
      const names = ['lip-flip', 'lip-filler'] as const;
      const caption = t(locale, 'compareCaption', { names: names.map((id) => procedureName(procedures[id], locale)).join(' · ') });
      expect(title(el)).to.equal(norm(caption));
      for (const key of ['aspect.sessionLength', 'aspect.sideEffects', 'aspect.cost'] as const) {
        expect(text(el), key).to.include(norm(t(locale, key)));
        expect(text(el), key).not.to.include(en(key));
      }
    });
  }
});

/**
 * Every user-facing string of the kit, by language. English is complete and
 * the fallback for any missing key; other catalogs may be partial.
 */
import { checklistMessages } from './messages/checklist.js';
import { timelineMessages } from './messages/timeline.js';
import { trackerMessages } from './messages/tracker.js';

const common = {
  about: 'about {x}',
  atLeast: 'at least {x}',
  sourcesDiffer: 'Sources differ',
  notStated: 'Not stated in our sources',
  disclaimer: 'General information from published sources, not medical advice.',
  sources: 'Sources',
  // Citations: a marker's name ("Source 1", read as part of its statement) and the sources disclosure.
  sourceRef: 'Source {n}',
  sourcesCount: 'Sources ({n})',
  perStudio: 'per {studio}',
  yourStudio: 'your studio',
  bookTouchUp: 'Book your touch-up',
  contactStudio: 'Contact the studio',
  studioIgnored1: '1 studio setting was ignored.',
  studioIgnored: '{n} studio settings were ignored.',
  unknownProcedure: 'We have no information on “{id}”.',
  compareCaption: '{names}: how they compare',
  compareTitle: 'How they compare',
  aspect: 'Aspect',
  'aspect.summary': 'What it does',
  'aspect.product': 'Product',
  'aspect.volume': 'Effect on volume',
  'aspect.sessionLength': 'Session length',
  'aspect.numbing': 'Numbing',
  'aspect.pain': 'How much it hurts',
  'aspect.resultsShow': 'Results show',
  'aspect.lasts': 'How long it lasts',
  'aspect.upkeep': 'Upkeep',
  'aspect.aftercare': 'Aftercare highlights',
  'aspect.sideEffects': 'Side effects',
  'aspect.goodFor': 'Good for',
  'aspect.notFor': 'Not for',
  'aspect.cost': 'Relative cost',
  'aspect.removal': 'Removal',
  'aspect.disagreements': 'Sources differ',
  // Unit words, singular|plural, in the order minute, hour, day, week, month, year.
  units: 'minute|minutes|hour|hours|day|days|week|weeks|month|months|year|years',
  rightAway: 'right away',
  after: '{x} after',
  whenWornOff: 'when the effect wears off',
  everyYear: 'every {x}',
  avoidItem: 'Avoid: {x}',
  // A label and what it labels, joined by a colon (French puts a no-break space before it).
  labelled: '{label}: {x}',
  tooFewProcedures: 'Choose two or three procedures to compare.',
  dateLabel: 'Your appointment date',
  dateIntro: 'Enter your appointment date to see your own dates.',
  save: 'Save',
  changeDate: 'Change date',
  notSaved: 'Not saved on this device: what you enter lasts until you leave this page.',
  'date.empty': 'No appointment date was given.',
  'date.format': 'The appointment date “{value}” is not in the form YYYY-MM-DD.',
  'date.no-such-date': 'The appointment date “{value}” does not exist on the calendar.',
  'date.far-future': 'The appointment date {value} is more than {years} years away.',
  'date.far-past': 'The appointment date {value} is more than {years} years ago.',
  dateHelp: 'Please check the date, or enter yours below.',
};

const en = { ...common, ...timelineMessages, ...trackerMessages, ...checklistMessages };

export type MessageKey = keyof typeof en;
/** Intl.PluralRules categories beyond 'one' and 'other' (Polish few/many, Arabic zero/two/few/many). */
export type PluralCategory = 'zero' | 'two' | 'few' | 'many';
/**
 * Unit words for a plural category: six words, `|`-separated, in the order
 * minute, hour, day, week, month, year ("minuty|godziny|dni|tygodnie|miesiące|lata").
 * Optional in every catalog: without them `units` gives 'one' and 'other'.
 */
export type PluralForms = { [K in `units.${PluralCategory}`]?: string };
/** A complete catalog: every English key (a built-in language is typed with it, so a missing key fails the type-check). */
export type Messages = Record<MessageKey, string> & PluralForms;
/** A partial catalog: missing keys fall back, key by key, to the base language and then English. */
export type Catalog = Partial<Messages>;
/** A language the kit has strings for: 'en', a base language ('it') or a regional one ('pt-pt'), lower case. */
export type Lang = string;

/** The English catalog (read-only), for checking other catalogs against it. */
export const english: Readonly<Record<MessageKey, string>> = en;

const catalogs = new Map<Lang, Catalog>([['en', en]]);
/** Each locale's language chain, made once per set of registered languages (a render looks up hundreds of strings). */
const chains = new Map<string, readonly Lang[]>();

/**
 * Adds or replaces strings of a language. A script built for a language set
 * (`lip-widgets.it.js`) registers its languages this way before any widget is
 * defined; the English script registers none.
 */
export function addMessages(lang: Lang, messages: Catalog): void {
  const key = lang.toLowerCase();
  catalogs.set(key, { ...catalogs.get(key), ...messages });
  chains.clear();
}

/** Replaces a language's strings as a whole, or removes them (a studio's own catalog when its settings change). */
export function setMessages(lang: Lang, messages: Catalog | undefined): void {
  if (messages) catalogs.set(lang.toLowerCase(), { ...messages });
  else catalogs.delete(lang.toLowerCase());
  chains.clear();
}

/** Whether strings of this language (lower-case tag) are registered. */
export const hasLanguage = (lang: Lang): boolean => catalogs.has(lang.toLowerCase());

/** The built-in languages registered so far ('en' first), without any studio's own ones. */
export const languages = (): Lang[] => [...catalogs.keys()].filter((l) => !l.includes('-x-'));

/**
 * A studio's own catalogs are registered under a private-use tag of the
 * studio ('pl-x-lip1'); a widget inside that studio looks strings up with
 * its locale so tagged, and widgets outside it (or in another studio) never
 * see them. Intl ignores the private-use part.
 */
export function scopedLocale(locale: string, scope: string | undefined): string {
  const base = locale.split(/-x-/i)[0];
  return scope ? `${base}-x-${scope}` : base;
}

/** A tag without its private-use part ('pl-x-lip1' → 'pl'): the language a screen reader is told. */
export const publicTag = (locale: string): string => locale.split(/-x-/i)[0];

/**
 * The languages to look a string up in, most specific first, ending in 'en':
 * 'pt-PT' → ['pt-pt', 'pt', 'en'] when both are registered; a language with
 * no catalog gives ['en']. With a studio's private-use scope ('pl-x-lip1') the
 * studio's own catalogs of that language come first: ['pl-x-lip1', 'pl', 'en-x-lip1', 'en'].
 */
export function langChain(locale: string | undefined): readonly Lang[] {
  const made = chains.get(locale ?? '');
  if (made) return made;
  const [tag, scope] = (locale || '').toLowerCase().replace(/_/g, '-').split('-x-');
  const parts = tag.split('-');
  // 'pt-pt', then 'pt': the region only (a script subtag such as 'zh-hant' also counts).
  const family = parts.length > 1 ? [`${parts[0]}-${parts[1]}`, parts[0]] : [parts[0]];
  const chain: Lang[] = [];
  const add = (l: Lang) => catalogs.has(l) && !chain.includes(l) && chain.push(l);
  if (scope) for (const l of family) add(`${l}-x-${scope}`);
  for (const l of family) if (l !== 'en') add(l);
  if (scope) add(`en-x-${scope}`);
  chain.push('en');
  chains.set(locale ?? '', chain);
  return chain;
}

/** The kit's language for a BCP 47 tag: the most specific one it has strings for, else 'en'. */
export function langOf(locale: string | undefined): Lang {
  return langChain(locale)[0];
}

/** A message in the locale's language (falling back key by key, finally to English), with `{name}` filled in. */
export function t(locale: string | undefined, key: MessageKey, vars?: Record<string, string | number>): string {
  let text = en[key];
  for (const lang of langChain(locale)) {
    const found = catalogs.get(lang)?.[key];
    if (found !== undefined) {
      text = found;
      break;
    }
  }
  return vars ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : text;
}

const UNIT_ORDER = ['minute', 'hour', 'day', 'week', 'month', 'year'];

/**
 * The unit word for a plural category ("tygodnie" for Polish 'few'), from
 * the first language of the chain that has unit words at all (so that a
 * sentence never mixes two languages' forms): its `units.<category>` where
 * given, else its 'one' or 'other' word from `units`.
 */
export function unitWord(locale: string | undefined, unit: string, category: string): string {
  const i = UNIT_ORDER.indexOf(unit);
  for (const lang of langChain(locale)) {
    const c = catalogs.get(lang);
    if (!c?.units) continue;
    const forms = c[`units.${category}` as keyof PluralForms];
    return (forms ? forms.split('|')[i] : undefined) ?? c.units.split('|')[i * 2 + (category === 'one' ? 0 : 1)];
  }
  return '';
}

/** Scripts written right to left. */
const RTL_SCRIPTS = /^(Arab|Hebr|Syrc|Thaa|Nkoo|Adlm|Rohg|Mand|Samr|Mend|Yezi)$/;
const dirCache = new Map<string, 'rtl' | 'ltr'>();

/**
 * 'rtl' when the language of the strings shown for this locale is written
 * right to left ('ar', 'he', 'fa', 'ur', 'ar-x-lip1'…; by its likely script, so
 * 'pa-Arab' too), else 'ltr'. A page in Arabic with no Arabic catalog gets the
 * English interface, and so 'ltr'.
 */
export function textDirection(locale: string | undefined): 'rtl' | 'ltr' {
  const lang = publicTag(langOf(locale));
  // The built-in languages are written left to right: no Intl.Locale (its likely-subtags data) for them.
  if (/^(en|it|es|fr|de|pt)(-|$)/.test(lang)) return 'ltr';
  let dir = dirCache.get(lang);
  if (!dir) {
    let script: string | undefined;
    try {
      script = new Intl.Locale(lang).maximize().script;
    } catch {
      script = undefined;
    }
    dir = script && RTL_SCRIPTS.test(script) ? 'rtl' : 'ltr';
    dirCache.set(lang, dir);
  }
  return dir;
}

/** A valid BCP 47 locale for Intl, or 'en'. */
export function safeLocale(locale: string | undefined | null): string {
  if (!locale) return 'en';
  try {
    return Intl.getCanonicalLocales(locale.trim())[0] ?? 'en';
  } catch {
    return 'en';
  }
}

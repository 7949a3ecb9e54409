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
/** A complete catalog: every English key (a built-in language is typed with it, so a missing key fails the type-check). */
export type Messages = Record<MessageKey, string>;
/** A partial catalog: missing keys fall back, key by key, to the base language and then English. */
export type Catalog = Partial<Messages>;
/** A language the kit has strings for: 'en', a base language ('it') or a regional one ('pt-pt'), lower case. */
export type Lang = string;

const catalogs = new Map<Lang, Catalog>([['en', en]]);

/**
 * Adds or replaces strings of a language. A script built for a language set
 * (`lip-widgets.it.js`) registers its languages this way before any widget is
 * defined; the English script registers none.
 */
export function addMessages(lang: Lang, messages: Catalog): void {
  const key = lang.toLowerCase();
  catalogs.set(key, { ...catalogs.get(key), ...messages });
}

/** Whether strings of this language (lower-case tag) are registered. */
export const hasLanguage = (lang: Lang): boolean => catalogs.has(lang.toLowerCase());

/**
 * The languages to look a string up in, most specific first, ending in 'en':
 * 'pt-PT' → ['pt-pt', 'pt', 'en'] when both are registered; a language with
 * no catalog gives ['en'].
 */
export function langChain(locale: string | undefined): Lang[] {
  const tag = (locale || '').toLowerCase().replace(/_/g, '-');
  const parts = tag.split('-');
  const chain: Lang[] = [];
  // 'pt-pt', then 'pt': the region only (a script subtag such as 'zh-hant' also counts).
  const regional = `${parts[0]}-${parts[1]}`;
  if (parts.length > 1 && catalogs.has(regional)) chain.push(regional);
  if (parts[0] !== 'en' && catalogs.has(parts[0])) chain.push(parts[0]);
  chain.push('en');
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

/** A valid BCP 47 locale for Intl, or 'en'. */
export function safeLocale(locale: string | undefined | null): string {
  if (!locale) return 'en';
  try {
    return Intl.getCanonicalLocales(locale.trim())[0] ?? 'en';
  } catch {
    return 'en';
  }
}

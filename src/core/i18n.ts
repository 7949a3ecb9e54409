/**
 * Every user-facing string of the kit, by language. English is complete and
 * the fallback for any missing key; other catalogs may be partial.
 */
import { checklistMessages } from './messages/checklist.js';
import { it } from './messages/it.js';
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
export type Catalog = Partial<Record<MessageKey, string>>;
export type Lang = 'en' | 'it';

const catalogs: Record<Lang, Catalog> = { en, it };

/** Adds or replaces strings of a language (used by the Italian catalog module). */
export function addMessages(lang: Lang, messages: Catalog): void {
  Object.assign(catalogs[lang], messages);
}

/** The kit's language for a BCP 47 tag: its base language when there is a catalog, else English. */
export function langOf(locale: string | undefined): Lang {
  const base = (locale || '').toLowerCase().split(/[-_]/)[0];
  return base === 'it' ? 'it' : 'en';
}

/** A message in the locale's language (English when missing), with `{name}` filled in. */
export function t(locale: string | undefined, key: MessageKey, vars?: Record<string, string | number>): string {
  const text = catalogs[langOf(locale)][key] ?? en[key];
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

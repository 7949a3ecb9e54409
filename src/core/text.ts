import { dataTextIt } from '../data/text-it.js';
import type { Note, Procedure } from '../data/types.js';
import { langOf } from './i18n.js';

type Translations = Readonly<Record<string, string>>;
const dataText: Partial<Record<string, Translations>> = { it: dataTextIt };

/** Registers translations of the data's prose, keyed `<procedure>.<note id>` (quotes are never translated). */
export function addDataText(lang: string, entries: Translations): void {
  dataText[lang] = { ...dataText[lang], ...entries };
}

/** A note's (or a disagreement's) text in the locale's language, else the data's own words. */
export function noteText(p: Procedure, n: Pick<Note, 'id' | 'text' | 'studio'>, locale: string): string {
  if (n.studio) return n.text;
  return dataText[langOf(locale)]?.[`${p.id}.${n.id}`] ?? n.text;
}

/** A procedure's display name in the locale's language. */
export function procedureName(p: Procedure, locale: string): string {
  return dataText[langOf(locale)]?.[`${p.id}.name`] ?? p.name;
}

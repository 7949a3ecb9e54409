import type { Note, Procedure, Source } from '../data/types.js';
import { langChain } from './i18n.js';

type Translations = Readonly<Record<string, string>>;
const dataText = new Map<string, Translations>();

/**
 * Registers translations of the data's prose, keyed `<procedure>.<note id>`
 * (quotes are never translated). A language script calls it with
 * `addMessages` before any widget is defined.
 */
export function addDataText(lang: string, entries: Translations): void {
  const key = lang.toLowerCase();
  dataText.set(key, { ...dataText.get(key), ...entries });
}

/** Replaces a language's data text as a whole, or removes it (a studio's own text when its settings change). */
export function setDataText(lang: string, entries: Translations | undefined): void {
  if (entries) dataText.set(lang.toLowerCase(), { ...entries });
  else dataText.delete(lang.toLowerCase());
}

/**
 * A data text by key in the locale's language, falling back along its chain,
 * else undefined; with `ownOnly`, only a studio's own text (private-use tags).
 */
function lookUp(locale: string, key: string, ownOnly = false): string | undefined {
  for (const lang of langChain(locale)) {
    if (ownOnly && !lang.includes('-x-')) continue;
    const found = dataText.get(lang)?.[key];
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * A note's (or a disagreement's) text in the locale's language, else the
 * data's own words. A studio's own note is translated only by the studio's
 * own text (a built-in translation of a note it replaced would not fit).
 */
export function noteText(p: Procedure, n: Pick<Note, 'id' | 'text' | 'studio'>, locale: string): string {
  return lookUp(locale, `${p.id}.${n.id}`, n.studio) ?? n.text;
}

/** A procedure's display name in the locale's language. */
export function procedureName(p: Procedure, locale: string): string {
  return lookUp(locale, `${p.id}.name`) ?? p.name;
}

/** Our own description of a source (`source.<id>`) in the locale's language; its published title and quotes are never translated. */
export function sourceLabel(s: Pick<Source, 'id' | 'label'>, locale: string): string | undefined {
  return s.label && (lookUp(locale, `source.${s.id}`) ?? s.label);
}

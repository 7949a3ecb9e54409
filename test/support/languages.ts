/**
 * Every built-in language, in one place: importing this module registers
 * them all (explicit imports, no import.meta), and `LANGUAGES` lists them
 * for the tests that go through every language. A new src/lang/<code>.ts
 * adds its import and its row here; nothing else changes.
 */
import '../../src/lang/de.js';
import '../../src/lang/es.js';
import '../../src/lang/fr.js';
import '../../src/lang/it.js';
import '../../src/lang/pt.js';
import '../../src/lang/pt-PT.js';

export interface Language {
  /** BCP 47 tag a page sets in `lang`. */
  readonly code: string;
  /** The language's own name. */
  readonly name: string;
  /** Words the language uses as they are in English (procedure and product names, trade marks), lower case. */
  readonly loanwords: readonly string[];
}

/** Loanwords every language may show: procedure and product names, trade marks, units of the data. */
const common = ['lip', 'blush', 'flip', 'filler', 'botox', 'spf', 'vaseline', 'aquaphor', 'arnica', 'ibuprofen'];

export const LANGUAGES: readonly Language[] = [
  { code: 'it', name: 'Italiano', loanwords: [...common] },
  // 'may': Spanish dates abbreviate mayo as "may".
  { code: 'es', name: 'Español', loanwords: [...common, 'may'] },
  { code: 'fr', name: 'Français', loanwords: [...common] },
  { code: 'de', name: 'Deutsch', loanwords: [...common] },
  { code: 'pt', name: 'Português (Brasil)', loanwords: [...common] },
  { code: 'pt-PT', name: 'Português (Portugal)', loanwords: [...common] },
];

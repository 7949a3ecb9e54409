/**
 * European Portuguese text of the built-in procedures, every entry: the
 * Brazilian text (text-pt.ts) with the European wording of text-pt-pt.ts in
 * its place (see core/messages/pt-pt-whole.ts).
 */
import type { DataText } from './text-it.js';
import { dataTextPtPT } from './text-pt-pt.js';
import { dataTextPt } from './text-pt.js';

export const dataTextPtPTWhole: DataText = { ...dataTextPt, ...dataTextPtPT };

/**
 * European Portuguese, every string: the Brazilian catalog (pt.ts) with the
 * European wording of pt-pt.ts in its place. The script lip-widgets.pt-PT.js
 * ships this alone, packed at build time (rollup.config.mjs), so a studio in
 * Portugal does not pay for the Brazilian words its page never shows, nor a
 * studio in Brazil for the European ones.
 */
import type { Messages } from '../i18n.js';
import { ptPT } from './pt-pt.js';
import { pt } from './pt.js';

export const ptPTWhole: Messages = { ...pt, ...ptPT };

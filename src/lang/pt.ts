/**
 * Brazilian Portuguese: importing this module registers the kit's Portuguese
 * strings and the Portuguese prose of the built-in procedures as written in
 * Brazil, as 'pt' (for every Portuguese locale that has no wording of its
 * own). The script `lip-widgets.pt.js` imports it before the widgets are
 * defined; an ESM user imports `lip-widgets/lang/pt.js` beside
 * `lip-widgets/register.js`. European Portuguese is `lang/pt-PT.js`.
 */
import { addMessages } from '../core/i18n.js';
import { pt } from '../core/messages/pt.js';
import { addDataText } from '../core/text.js';
import { dataTextPt } from '../data/text-pt.js';

addMessages('pt', pt);
addDataText('pt', dataTextPt);

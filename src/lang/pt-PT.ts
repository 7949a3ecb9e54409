/**
 * European Portuguese: importing this module registers the kit's strings and
 * the prose of the built-in procedures as written in Portugal, as 'pt-pt'
 * (every string: core/messages/pt-pt-whole.ts). A page tagged plain 'pt'
 * gets them too, unless Brazilian Portuguese ('pt', `lang/pt.js`) is loaded
 * as well, which then serves plain 'pt' and 'pt-BR'. The script
 * `lip-widgets.pt-PT.js` imports it before the widgets are defined; an ESM
 * user imports `lip-widgets/lang/pt-PT.js` beside `lip-widgets/register.js`.
 */
import { addMessages, hasLanguage } from '../core/i18n.js';
import { ptPTWhole } from '../core/messages/pt-pt-whole.js';
import { addDataText } from '../core/text.js';
import { dataTextPtPTWhole } from '../data/text-pt-pt-whole.js';

const plainPt = !hasLanguage('pt');
for (const lang of plainPt ? ['pt-pt', 'pt'] : ['pt-pt']) {
  addMessages(lang, ptPTWhole);
  addDataText(lang, dataTextPtPTWhole);
}

/**
 * Portuguese: importing this module registers the kit's Portuguese strings
 * and the Portuguese prose of the built-in procedures, as written in Brazil
 * ('pt', for every Portuguese locale), with the European wording where it
 * differs ('pt-pt', for pt-PT; the rest falls back to 'pt' key by key). The
 * script `lip-widgets.pt.js` imports it before the widgets are defined; an
 * ESM user imports `lip-widgets/lang/pt.js` beside `lip-widgets/register.js`.
 */
import { addMessages } from '../core/i18n.js';
import { pt } from '../core/messages/pt.js';
import { ptPT } from '../core/messages/pt-pt.js';
import { addDataText } from '../core/text.js';
import { dataTextPt } from '../data/text-pt.js';
import { dataTextPtPT } from '../data/text-pt-pt.js';

addMessages('pt', pt);
addMessages('pt-pt', ptPT);
addDataText('pt', dataTextPt);
addDataText('pt-pt', dataTextPtPT);

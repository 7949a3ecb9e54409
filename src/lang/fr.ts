/**
 * French: importing this module registers the kit's French strings and the
 * French prose of the built-in procedures. The script `lip-widgets.fr.js`
 * imports it before the widgets are defined; an ESM user imports
 * `lip-widgets/lang/fr.js` beside `lip-widgets/register.js`.
 */
import { addMessages } from '../core/i18n.js';
import { fr } from '../core/messages/fr.js';
import { addDataText } from '../core/text.js';
import { dataTextFr } from '../data/text-fr.js';

addMessages('fr', fr);
addDataText('fr', dataTextFr);

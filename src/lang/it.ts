/**
 * Italian: importing this module registers the kit's Italian strings and the
 * Italian prose of the built-in procedures. The script `lip-widgets.it.js`
 * imports it before the widgets are defined; an ESM user imports
 * `lip-widgets/lang/it.js` beside `lip-widgets/register.js`.
 */
import { addMessages } from '../core/i18n.js';
import { it } from '../core/messages/it.js';
import { addDataText } from '../core/text.js';
import { dataTextIt } from '../data/text-it.js';

addMessages('it', it);
addDataText('it', dataTextIt);

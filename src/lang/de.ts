/**
 * German: importing this module registers the kit's German strings and the
 * German prose of the built-in procedures. The script `lip-widgets.de.js`
 * imports it before the widgets are defined; an ESM user imports
 * `lip-widgets/lang/de.js` beside `lip-widgets/register.js`.
 */
import { addMessages } from '../core/i18n.js';
import { de } from '../core/messages/de.js';
import { addDataText } from '../core/text.js';
import { dataTextDe } from '../data/text-de.js';

addMessages('de', de);
addDataText('de', dataTextDe);

/**
 * Spanish: importing this module registers the kit's Spanish strings and the
 * Spanish prose of the built-in procedures. The script `lip-widgets.es.js`
 * imports it before the widgets are defined; an ESM user imports
 * `lip-widgets/lang/es.js` beside `lip-widgets/register.js`.
 */
import { addMessages } from '../core/i18n.js';
import { es } from '../core/messages/es.js';
import { addDataText } from '../core/text.js';
import { dataTextEs } from '../data/text-es.js';

addMessages('es', es);
addDataText('es', dataTextEs);

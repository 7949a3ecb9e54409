/**
 * A studio's phone number as studios write it, turned into what a phone
 * dials (RELIABILITY 28). The text is shown as written; the `tel:` link gets
 * the digits a phone needs:
 * - `00` before a country code is `+`;
 * - a national trunk prefix written in parentheses after the country code,
 *   "+44 (0)20 7946 0958", is left out (+442079460958) — except where the 0
 *   is part of the number abroad too (Italy: "+39 (0)2 …" dials +39 02 …);
 *   the same for an unbracketed trunk 0 after a country code that has one
 *   ("+49 030 …" dials +4930…);
 * - spaces, dots, dashes, slashes and parentheses around an area code are
 *   separators;
 * - an extension after the number ("ext. 12", "x12", "int. 12", "#12")
 *   becomes `;ext=12` (RFC 3966);
 * - anything written after the number (opening hours "(Mon–Fri 9–5)", a
 *   note) is not dialled.
 * Letters inside the number (1-800-FLOWERS), a `+` in the middle, too few or
 * too many digits (E.164 allows 15): not dialled; the caller shows the text
 * and tells the page author why.
 */

/** Country codes whose numbers keep their leading 0 when dialled from abroad. */
const KEEP_ZERO = new Set(['39', '378', '379', '225', '241']);
/** Country codes with a national trunk prefix 0 that is left out from abroad. */
const TRUNK_ZERO = new Set([
  '20',
  '27',
  '30',
  '31',
  '32',
  '33',
  '41',
  '43',
  '44',
  '46',
  '49',
  '61',
  '62',
  '63',
  '64',
  '66',
  '81',
  '82',
  '84',
  '86',
  '90',
  '91',
  '92',
  '94',
  '98',
  '212',
  '234',
  '254',
  '353',
  '358',
  '380',
  '966',
  '971',
  '972',
]);

export type PhoneProblem = 'no-number' | 'letters' | 'plus' | 'too-short' | 'too-long';

export interface ParsedPhone {
  /** The `tel:` link, when the number can be dialled. */
  readonly tel?: string;
  /** Why it cannot be dialled reliably. */
  readonly problem?: PhoneProblem;
}

const SEPARATORS = /[\s.\-/\u2010-\u2015\u2212]/g;

/** What a phone dials for `written`, or why it cannot be dialled reliably. */
export function parsePhone(written: unknown): ParsedPhone {
  const text = String(written ?? '')
    .normalize('NFKC')
    .trim()
    // a label before the number: "Tel. 02 …", "Phone: …"
    .replace(/^(?:tel|t|phone|ph|telefono|tél|téléphone|telefon|telefoon|teléfono|fon|mob|mobile|cell|call)\b[.:]?\s*/i, '');
  // The number runs up to the first letter or list mark; an extension may follow.
  const [, head = '', tail = ''] = /^([+\d\s().\-/\u2010-\u2015\u2212]*)([\s\S]*)$/.exec(text) ?? [];
  let number = head;
  // A parenthesis holding more than digits ("(9–5)", "(Mon") ends the number.
  const open = /\((?![\d\s]*\))/.exec(number);
  if (open) number = number.slice(0, open.index);
  const rest = (open ? head.slice(open.index) : '') + tail;
  const ext = /^[\s(,;]*(?:ext\.?|extn\.?|extension|x|#|int\.?|interno|poste|anexo|ramal|dw\.?|durchwahl)\s*(\d{1,6})(?!\d)/i.exec(rest);
  // letters right after a digit or a dash are part of the number (1-800-FLOWERS), not a note after it
  if (!ext && /[\d\-./\u2010-\u2015]$/.test(head) && /^\p{L}/u.test(tail)) return { problem: 'letters' };

  let intl = false;
  let trimmed = number.trim();
  if (trimmed.startsWith('+')) {
    intl = true;
    trimmed = trimmed.slice(1);
  } else if (/^00[1-9]/.test(trimmed)) {
    intl = true;
    trimmed = trimmed.slice(2);
  }
  if (trimmed.includes('+')) return { problem: 'plus' };
  if (intl) {
    // the country code: the first group of digits when it is one to three long
    const cc = /^\s*(\d{1,3})(?=[\s.\-/(\u2010-\u2015\u2212])/.exec(trimmed)?.[1];
    if (cc) {
      let national = trimmed.slice(trimmed.indexOf(cc) + cc.length);
      // "(0)" after the country code: the trunk prefix, left out unless the 0 belongs to the number
      national = national.replace(/^[\s.\-/\u2010-\u2015\u2212]*\(\s*0\s*\)/, KEEP_ZERO.has(cc) ? '0' : '');
      // an unbracketed trunk 0 right after a country code that drops it abroad
      if (TRUNK_ZERO.has(cc)) national = national.replace(/^([\s.\-/\u2010-\u2015\u2212]*)0/, '$1');
      trimmed = cc + national;
    }
  }
  const digits = trimmed.replace(/[()]/g, '').replace(SEPARATORS, '');
  if (!/^\d*$/.test(digits)) return { problem: 'letters' };
  if (!digits) return { problem: 'no-number' };
  if (digits.length < (intl ? 7 : 3)) return { problem: 'too-short' };
  if (digits.length > 15) return { problem: 'too-long' };
  return { tel: `tel:${intl ? '+' : ''}${digits}${ext ? `;ext=${ext[1]}` : ''}` };
}

/**
 * Printing one element alone: while it prints, a document-level stylesheet
 * (a constructed sheet in `document.adoptedStyleSheets`, which a CSP's
 * `style-src` does not block) hides every part of the host page that is not
 * the element or one of its ancestors, and the element is marked with
 * `data-lip-printing`. Cleaned up on `afterprint`, or at once when
 * `window.print` is missing or throws (a sandboxed frame). An element inside
 * another shadow root is printed with its page, as before.
 */
const MARK = 'data-lip-printing';

const RULES = `@media print {
  html:has([${MARK}]) body *:not([${MARK}]):not(:has([${MARK}])):not([${MARK}] *) { display: none !important; }
  html:has([${MARK}]) body { margin: 0 !important; padding: 0 !important; }
  [${MARK}] { margin: 0 !important; }
}`;

let sheet: CSSStyleSheet | undefined;

function printSheet(): CSSStyleSheet | undefined {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(RULES);
    }
    return sheet;
  } catch {
    return undefined; // no constructable stylesheets: the page prints whole
  }
}

/** Prints `el` alone; returns once `window.print()` has returned (or failed). */
export function printAlone(el: HTMLElement): void {
  const doc = el.ownerDocument;
  const s = el.getRootNode() === doc ? printSheet() : undefined;
  const view = doc.defaultView;
  const cleanup = () => {
    view?.removeEventListener('afterprint', cleanup);
    el.removeAttribute(MARK);
    if (s) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((x) => x !== s);
  };
  if (s) {
    el.setAttribute(MARK, '');
    if (!doc.adoptedStyleSheets.includes(s)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, s];
    view?.addEventListener('afterprint', cleanup);
  }
  try {
    if (typeof view?.print !== 'function') throw new TypeError('no print()');
    view.print();
  } catch {
    // missing or blocked (a sandboxed frame): nothing is printing, put the page back
    cleanup();
  }
}

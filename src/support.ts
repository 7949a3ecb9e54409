/**
 * RELIABILITY 29, 30: what the kit needs of the browser and the page, checked
 * before any tag is defined. Outside support no tag is defined, so every
 * widget's fallback content stays visible, and the console says why.
 *
 * Supported (see README): Chrome and Edge 106+, Firefox 116+, Safari 15.4+ —
 * the first versions with `Intl.NumberFormat.prototype.formatRange`, the
 * newest API the kit calls (ranges such as "2–3 years").
 */
import { html, render } from 'lit';

/** Functions the kit calls, by their path from the global object. */
const NEEDS = [
  'customElements.define',
  'Element.prototype.attachShadow',
  'Object.hasOwn',
  'Object.fromEntries',
  'Array.prototype.flatMap',
  'String.prototype.normalize',
  'Intl.getCanonicalLocales',
  'Intl.PluralRules',
  'Intl.NumberFormat.prototype.formatRange',
  'Intl.DateTimeFormat.prototype.formatRange',
  'MessageChannel',
];

export const SUPPORTED = 'Chrome and Edge 106+, Firefox 116+, Safari 15.4+';
/** The CSP directive a site enforcing Trusted Types adds (next to its own policy names). */
export const CSP_LINE = 'trusted-types lip-widgets';

/** The APIs this browser lacks (each read guarded: a page may have replaced one with a getter that throws). */
export function missingApis(): string[] {
  return NEEDS.filter((path) => {
    try {
      let o: unknown = globalThis;
      for (const k of path.split('.')) o = (o as Record<string, unknown> | undefined)?.[k];
      return typeof o !== 'function';
    } catch {
      return true;
    }
  });
}

/** Whether Lit can render here: false when the page enforces Trusted Types and allows no policy name the kit may use. */
export function canRender(): boolean {
  try {
    render(html`<i></i>`, document.createDocumentFragment());
    return true;
  } catch {
    return false;
  }
}

/** Why the kit cannot run here (said in the console), or undefined when it can. */
export function unsupported(): string | undefined {
  const missing = missingApis();
  if (missing.length) {
    return `this browser lacks ${missing.join(', ')} (supported: ${SUPPORTED}); the widgets' fallback content stays in place.`;
  }
  if (!canRender()) {
    return `this page's Content-Security-Policy enforces Trusted Types and allows no policy the kit can use; add "${CSP_LINE}" to it (the names after "trusted-types" are a list: keep yours). The widgets' fallback content stays in place.`;
  }
  return undefined;
}

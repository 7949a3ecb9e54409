/**
 * The CMS mount: `<div data-lip-widget="healing-tracker" data-procedure="lip-blush">`
 * becomes the widget where an editor strips unknown tags but keeps `<div data-*>`
 * (WordPress for Authors, many page builders). Attribute names come lower-cased
 * by the HTML parser; valueless attributes count as "on". The div's own content
 * stays as the no-JavaScript fallback until the widget replaces it.
 */
/** The `data-lip-widget` values: each widget's tag without `lip-` (the studio first: it is defined first). */
export const KINDS = ['studio', 'comparison-table', 'touchup-timeline', 'healing-tracker', 'prep-checklist'] as const;
export type Kind = (typeof KINDS)[number];
const SELECTOR = '[data-lip-widget]';
const WIDGET_ATTRIBUTES = ['procedure', 'procedures', 'appointment', 'today', 'lang', 'no-sources', 'heading-level'];
const STUDIO_ATTRIBUTES = ['name', 'phone', 'booking-url', 'lang', 'scheme', 'heading-level'];
const MOUNTED = 'data-lip-mounted';

/** The widget's tag for a `data-lip-widget` value ("Healing-Tracker", "lip-healing-tracker"), or undefined. */
export function tagFor(value: string | null): string | undefined {
  const v = (value ?? '').trim().toLowerCase().replace(/^lip-/, '');
  return (KINDS as readonly string[]).includes(v) ? `lip-${v}` : undefined;
}

function mount(host: Element): void {
  if (host.hasAttribute(MOUNTED) && host.querySelector(':scope > [data-lip-widget-root]')) return;
  const value = host.getAttribute('data-lip-widget');
  const tag = tagFor(value);
  if (!tag) {
    console.error(`lip-widgets: data-lip-widget="${value}" is not a widget; use one of ${KINDS.join(', ')}.`);
    host.setAttribute(MOUNTED, 'error');
    return;
  }
  const el = document.createElement(tag) as HTMLElement & { config?: string };
  const studio = tag === 'lip-studio';
  el.setAttribute('data-lip-widget-root', '');
  // Only the widget's own attributes are copied: a `data-onclick` or `data-style`
  // on the div must never become an event handler or an inline style.
  for (const attr of studio ? STUDIO_ATTRIBUTES : WIDGET_ATTRIBUTES) {
    const v = host.getAttribute(`data-${attr}`);
    if (v != null) el.setAttribute(attr, v.trim());
  }
  if (studio) {
    const config = host.getAttribute('data-config');
    if (config != null) el.config = config;
    // The studio wraps the div's content (its nested widgets) in place.
    el.append(...host.childNodes);
  }
  // The fallback goes (out of sight and out of the accessibility tree) once the widget is there.
  host.replaceChildren(el);
  host.setAttribute(MOUNTED, '');
}

function scan(root: ParentNode): void {
  if (root instanceof Element && root.matches(SELECTOR)) mount(root);
  // Outer mounts first, so a studio div wraps its nested widget divs before they mount.
  root.querySelectorAll(SELECTOR).forEach((el) => mount(el));
}

/** Mounts every `[data-lip-widget]` now and whenever one is added or re-rendered later. */
export function startMounting(doc: Document = document): void {
  const run = () => scan(doc);
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', run, { once: true });
  run();
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') {
        const host = r.target as Element;
        host.querySelector(':scope > [data-lip-widget-root]')?.remove();
        host.removeAttribute(MOUNTED);
        if (host.hasAttribute('data-lip-widget')) mount(host);
      }
      r.addedNodes.forEach((n) => {
        if (n.nodeType === 1) scan(n as Element);
      });
      // A theme editor may empty a mounted div and refill it with its fallback.
      if (r.type === 'childList' && r.target instanceof Element && r.target.matches(SELECTOR)) mount(r.target);
    }
  }).observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-lip-widget'] });
}

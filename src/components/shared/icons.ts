import { html, svg, type TemplateResult } from 'lit';

/**
 * The kit's few icons: inline SVG on a 20 px grid, drawn with `currentColor`
 * at a 1.5 px stroke, decorative (`aria-hidden`), no font and no request.
 */
const paths = {
  stage: svg`<circle cx="10" cy="10" r="7"/><path d="M10 3a7 7 0 0 1 0 14z" fill="currentColor"/>`,
  warning: svg`<path d="M10 3 2.5 16.5h15z"/><path d="M10 8.5v3.5M10 14.2v.3"/>`,
  calendar: svg`<rect x="3" y="4.5" width="14" height="12.5" rx="2"/><path d="M3 8.5h14M7 2.5v4M13 2.5v4"/>`,
  check: svg`<path d="m4.5 10.5 3.5 3.5 7.5-8"/>`,
  phone: svg`<path d="M6.5 3H4.2A1.2 1.2 0 0 0 3 4.3C3.4 11 9 16.6 15.7 17a1.2 1.2 0 0 0 1.3-1.2v-2.3l-3.3-1.3-1.6 1.6a9 9 0 0 1-4.2-4.2l1.6-1.6z"/>`,
  chevron: svg`<path d="m7.5 5 5 5-5 5"/>`,
} as const;

export type IconName = keyof typeof paths;

/** A decorative icon; size follows the font (1.25em), colour the text. */
export function icon(name: IconName): TemplateResult {
  return html`<svg class="icon icon-${name}" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round">${paths[name]}</svg>`;
}

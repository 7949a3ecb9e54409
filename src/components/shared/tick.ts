import { html, type TemplateResult } from 'lit';
import { icon } from './icons.js';

/** The drawn box of a tick row (src/styles/tick.styles.ts): goes right after its native checkbox, inside `.tick`. */
export function tickBox(): TemplateResult {
  return html`<span class="tick-box" aria-hidden="true">${icon('check')}</span>`;
}

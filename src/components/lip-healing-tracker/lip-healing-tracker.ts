import { html } from 'lit';
import { hostStyles } from '../../styles/host.styles.js';
import { LipDateWidget } from '../shared/date-widget.js';

/**
 * Work in progress.
 *
 * @tag lip-healing-tracker
 */
export class LipHealingTracker extends LipDateWidget {
  static override styles = [hostStyles];

  override render() {
    return html`<div part="base" class="base"></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lip-healing-tracker': LipHealingTracker;
  }
}

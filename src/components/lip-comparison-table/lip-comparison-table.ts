import { html, nothing, type PropertyDeclarations } from 'lit';
import { compareModel, type CellPart } from '../../core/compare.js';
import type { SourceRef } from '../../core/citations.js';
import { pickProcedures } from '../../core/procedures.js';
import { procedureName } from '../../core/text.js';
import type { Procedure } from '../../data/types.js';
import { hostStyles } from '../../styles/host.styles.js';
import { LipElement } from '../shared/lip-element.js';
import { tableStyles } from './lip-comparison-table.styles.js';

/** Lit's reactive properties; the `declare` fields in the class carry their types and docs. */
const properties: PropertyDeclarations = { procedures: {} };

/**
 * Compares two or three lip procedures side by side, a row per aspect, every
 * cell with numbered source markers and the sources' own words listed below.
 *
 * @summary Lip flip versus filler (or any 2–3 procedures), every cell cited.
 * @tag lip-comparison-table
 *
 * @csspart base - The widget's box.
 * @csspart table - The `<table>`.
 * @csspart row - Each aspect's row.
 * @csspart sources - The numbered source list.
 * @csspart studio-notice - The "studio settings were ignored" notice.
 *
 * @cssprop --lip-accent - Accent colour (headers, links, focus ring).
 * @cssprop --lip-surface - Background.
 * @cssprop --lip-text - Text colour.
 * @cssprop --lip-muted - Secondary text colour.
 * @cssprop --lip-border - Border and rule colour.
 * @cssprop --lip-radius - Corner radius.
 * @cssprop --lip-space - Inner spacing.
 * @cssprop --lip-font - Font family (inherits the page's by default).
 * @cssprop --lip-table-head-text - Column header colour.
 * @cssprop --lip-soft - Background of notices.
 * @cssprop --lip-table-head-border - Rule under the column headers.
 * @cssprop --lip-focus - Focus ring colour (default: the accent).
 * @cssprop --lip-on-accent - Text on accent-coloured buttons.
 * @cssprop --lip-font-size - Font size of the widget (default: inherited).
 * @cssprop --lip-dark-accent - Accent in the dark scheme (and --lip-dark-surface, --lip-dark-text, --lip-dark-muted, --lip-dark-border, --lip-dark-soft).
 */
export class LipComparisonTable extends LipElement {
  static override styles = [hostStyles, tableStyles];

  static override properties = properties;

  /**
   * Space-separated ids of the 2–3 procedures to compare.
   * @attr procedures
   * @default 'lip-flip lip-filler'
   */
  declare procedures: string;

  constructor() {
    super();
    this.procedures = 'lip-flip lip-filler';
  }

  private pick(): { list: Procedure[]; unknown: string[] } {
    const set = this.procedureSet;
    const { list, unknown, extra } = pickProcedures(this.procedures, set);
    if (unknown.length) {
      this.report(
        'error',
        `unknown procedure ${unknown.map((u) => `"${u}"`).join(', ')} in procedures="${this.procedures}"; known ids: ${Object.keys(set).join(', ')}.`,
      );
    }
    if (extra) this.report('warn', `compares at most 3 procedures; showing the first 3 of "${this.procedures}".`);
    return { list, unknown };
  }

  private cell(parts: readonly CellPart[], refs: readonly SourceRef[]) {
    if (!parts.length) return html`<td><span class="missing">${this.msg('notStated')}</span></td>`;
    return html`<td>
      <ul>
        ${parts.map(
          (p) =>
            html`<li>
              ${p.text}${p.studio ? this.perStudio() : this.markers(p.refs, refs)}
            </li>`,
        )}
      </ul>
    </td>`;
  }

  override render() {
    const locale = this.locale;
    const { list, unknown } = this.pick();
    const names = list.map((p) => procedureName(p, locale));
    const { rows, refs } = compareModel(list, locale);
    return html`<div part="base" class="base" lang=${locale}>
      ${this.studioNotice()}
      ${unknown.map((id) => html`<p class="notice" role="status">${this.msg('unknownProcedure', { id })}</p>`)}
      ${list.length < 2 && !unknown.length ? html`<p class="notice">${this.msg('tooFewProcedures')}</p>` : nothing}
      ${list.length
        ? html`<div class="scroller" role="region" aria-labelledby="caption" tabindex="0">
            <table part="table">
              <caption id="caption">
                ${this.msg('compareCaption', { names: names.join(' · ') })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${this.msg('aspect')}</th>
                  ${names.map((n) => html`<th scope="col">${n}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (r) => html`<tr part="row">
                    <th scope="row">${r.label}</th>
                    ${r.cells.map((c) => this.cell(c, refs))}
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing}
      ${this.footer(refs)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lip-comparison-table': LipComparisonTable;
  }
}

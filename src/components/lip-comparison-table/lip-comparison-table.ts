import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
// The first widget the bundle takes in: its sheets, then the data, come right after Lit, so the
// script keeps all of its CSS in one run and the data after it (see styles/sheets.ts).
import { hostStyles, tableStyles } from '../../styles/sheets.js';
import { pickProcedures } from '../../core/procedures.js';
import { compareModel, type CellPart, type CompareModel } from '../../core/compare.js';
import { LipElement } from '../shared/lip-element.js';

/** Lit's reactive properties; the `declare` fields in the class carry their types and docs. */
const properties: PropertyDeclarations = { procedures: {} };

/** What one render draws: the comparison, its title and the ids that were not understood. */
interface CompareView extends CompareModel {
  readonly title: string;
  readonly unknown: readonly string[];
  readonly tooFew: boolean;
}

/**
 * Compares two or three lip procedures, an aspect per row, every value with
 * numbered source markers and the sources' own words listed below. A table
 * where its columns fit; in a narrow container (a phone, a side column) the
 * same table is drawn as one card per aspect, each value named by its
 * procedure, so that nothing scrolls sideways.
 *
 * @summary Lip flip versus filler (or any 2–3 procedures), every value cited.
 * @tag lip-comparison-table
 *
 * @csspart base - The widget's box.
 * @csspart title - The title, a heading at `heading-level` (the table's caption says the same to assistive technology).
 * @csspart table - The `<table>`.
 * @csspart row - Each aspect's row (a card in a narrow container).
 * @csspart aspect - Each aspect's name (the row header).
 * @csspart cell - Each procedure's value for an aspect.
 * @csspart sources - The numbered source list.
 * @csspart studio-notice - The "studio settings were ignored" notice.
 *
 * @cssprop --lip-accent - Accent colour (procedure names, links, focus ring).
 * @cssprop --lip-surface - Background.
 * @cssprop --lip-text - Text colour.
 * @cssprop --lip-muted - Secondary text colour.
 * @cssprop --lip-border - Border and rule colour.
 * @cssprop --lip-radius - Corner radius.
 * @cssprop --lip-space - Inner spacing.
 * @cssprop --lip-font - Font family (inherits the page's by default).
 * @cssprop --lip-table-head-text - Colour of the procedure names.
 * @cssprop --lip-soft - Background of the aspect cards and notices.
 * @cssprop --lip-table-head-border - Rule under the column headers.
 * @cssprop --lip-table-sticky-top - Where the column headers stick while the page scrolls (default 0; a host page with a fixed bar sets its height).
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

  /** The model of this update, computed in willUpdate; render() only draws it. */
  private view: CompareView = { columns: [], rows: [], refs: [], title: '', unknown: [], tooFew: true };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Nothing changed since the last willUpdate (see LipElement.unchanged): what it computed holds.
    if (this.unchanged) return;
    const set = this.procedureSet;
    const { list, unknown, extra } = pickProcedures(this.procedures, set);
    if (unknown.length) {
      this.report(
        'error',
        `unknown procedure ${unknown.map((u) => `"${u}"`).join(', ')} in procedures="${this.procedures}"; known ids: ${Object.keys(set).join(', ')}.`,
      );
    }
    if (extra) this.report('warn', `compares at most 3 procedures; showing the first 3 of "${this.procedures}".`);
    const model = compareModel(list, this.locale);
    // A no-break space before each "·" keeps it with the name before it when the title wraps.
    const names = model.columns.map((c) => c.name).join('\u00a0· ');
    this.view = {
      ...model,
      title: names ? this.msg('compareCaption', { names }) : this.msg('compareTitle'),
      unknown,
      tooFew: list.length < 2 && !unknown.length,
    };
  }

  /** A statement, its figures unbroken, then its source markers (or "per <studio>"). */
  private statement(p: CellPart): TemplateResult {
    return html`${p.pieces.map((x) => (x.keep ? html`<span class="nw">${x.text}</span>` : x.text))}${
      p.studio ? this.perStudio() : this.markers(p.refs, this.view.refs)
    }`;
  }

  /**
   * A procedure's value for an aspect. The procedure's name inside it shows
   * only in the narrow layout and is hidden from assistive technology, which
   * has the column header.
   */
  private cell(name: string, parts: readonly CellPart[]): TemplateResult {
    return html`<td role="cell" part="cell">
      <span class="proc" aria-hidden="true">${name}</span>
      ${
        parts.length === 0
          ? html`<span class="missing">${this.msg('notStated')}</span>`
          : parts.length === 1
            ? this.statement(parts[0])
            : html`<ul>
              ${parts.map((p) => html`<li>${this.statement(p)}</li>`)}
            </ul>`
      }
    </td>`;
  }

  override render() {
    const { columns, rows, title, unknown, tooFew } = this.view;
    // Explicit roles, rowgroup included: the narrow layout changes the
    // table's display, which drops its table semantics in some browsers.
    /* eslint-disable lit-a11y/no-redundant-role */
    return html`<div part="base" class="base" lang=${this.langTag} dir=${this.textDir}>
      ${this.heading(title)}
      ${this.studioNotice()}
      ${unknown.map((id) => html`<p class="notice" role="status">${this.msg('unknownProcedure', { id })}</p>`)}
      ${tooFew ? html`<p class="notice">${this.msg('tooFewProcedures')}</p>` : nothing}
      ${
        columns.length
          ? html`<div class="wrap n${columns.length}">
            <table part="table" role="table" aria-labelledby="caption">
              <caption id="caption" class="vh">${title}</caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th role="columnheader" scope="col" class="corner"><span class="vh">${this.msg('aspect')}</span></th>
                  ${columns.map((c) => html`<th role="columnheader" scope="col">${c.name}</th>`)}
                </tr>
              </thead>
              <tbody role="rowgroup">
                ${this.laterEach(
                  rows,
                  4,
                  (r) => html`<tr role="row" part="row" class=${r.compact ? 'compact' : ''}>
                    <th role="rowheader" scope="row" part="aspect">${r.label}</th>
                    ${r.cells.map((c, i) => this.cell(columns[i].name, c))}
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
          : nothing
      }
      ${this.later(() => this.footer(this.view.refs))}
    </div>`;
    /* eslint-enable lit-a11y/no-redundant-role */
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lip-comparison-table': LipComparisonTable;
  }
}

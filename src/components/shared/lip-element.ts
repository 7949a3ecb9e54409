import { ContextConsumer } from '@lit/context';
import { LitElement, adoptStyles, html, noChange, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { createRefs, type RefNumbers, type SourceRef } from '../../core/citations.js';
import { datesNeedIntl } from '../../core/dates.js';
import { startIntl } from '../../core/intl.js';
import { publicTag, safeLocale, scopedLocale, t, textDirection, type MessageKey } from '../../core/i18n.js';
import { builtInProcedures, type ProcedureSet } from '../../core/procedures.js';
import type { Citation } from '../../data/types.js';
import { onceReporter } from '../../core/report.js';
import { sourceLabel } from '../../core/text.js';
import { icon } from './icons.js';
import { nextTask } from './task.js';
import { studioContext, type StudioSettings } from './studio-context.js';

let turn: Promise<void> | undefined;
/**
 * What each part of a widget class's first render has cost on this device,
 * ms, by its place in the render (0: the frame), as staged renders measured
 * them. A part not yet measured is reckoned at the most a part after the
 * frame has cost in this class, or before one has, at the most any part has
 * cost (`partMax`; -1 until a first part is measured: then only the frame
 * fits). A frame is no guide to the parts after it: it carries a widget's
 * one-time work (its styles adopted, its templates prepared). Reckoning
 * every part at the frame's cost, as the kit did, drew a page of four
 * widgets in more tasks than its budget needed, each followed by a frame the
 * browser drew: its main-thread time fell from 101 to 87 ms (median of 30
 * loads each, interleaved) when the parts after the frame were reckoned so.
 */
const partCost = new WeakMap<object, number[]>();
let partMax = -1;
/** Widget classes whose style sheets are built (each class's CSS is parsed once per page). */
const styled = new WeakSet<object>();

/**
 * Lit's reactive properties; the `declare` fields in the class carry their
 * types and docs. Kept outside the class body (here and in every widget) so
 * that the manifest describes those fields (`@attr`, `@reflect`, `@default`):
 * the analyzer would mark each entry of an inline `static properties` as
 * `privacy: "public"`, which Storybook's docs tables filter out.
 */
const properties: PropertyDeclarations = {
  lang: { reflect: true },
  noSources: { type: Boolean, attribute: 'no-sources' },
  headingLevel: { type: Number, attribute: 'heading-level' },
  catalog: { attribute: false },
  studio: { state: true },
  openNote: { state: true },
  sourcesOpen: { state: true },
};

/**
 * What every widget shares: the `lang` and `no-sources` attributes, locale
 * resolution, console messages for page authors (each said once), the
 * source markers with their notes, and the sources disclosure.
 */
export class LipElement extends LitElement {
  static override properties = properties;

  /**
   * Language of the widget (BCP 47); else the nearest `[lang]` ancestor, else `<html lang>`.
   * @attr lang
   * @reflect
   */
  declare lang: string;

  /**
   * Hides the source markers and the source list.
   * @attr no-sources
   * @default false
   */
  declare noSources: boolean;

  /**
   * Heading level (1–6) of the widget's title, so that it fits the host page's outline; else the studio's, else 2.
   * @attr heading-level
   */
  declare headingLevel?: number;

  /** Procedures available to this widget; by default the built-in ones, or those of the enclosing `<lip-studio>`. */
  declare catalog?: ProcedureSet;

  /** The enclosing `<lip-studio>`'s settings, if any. */
  declare protected studio?: StudioSettings;

  /** The source note shown: the marker's place in the render and its source number. */
  declare private openNote?: { at: number; n: number };

  /** Whether the sources disclosure is open (its list is rendered only then). */
  declare private sourcesOpen?: boolean;

  constructor() {
    super();
    this.noSources = false;
    new ContextConsumer(this, { context: studioContext, subscribe: true, callback: (s) => (this.studio = s) });
    // Moved out of a <lip-studio>: its settings go (a studio it is moved into sets them again on connect).
    this.addController({ hostDisconnected: () => void (this.studio &&= undefined) });
  }

  private reporter?: ReturnType<typeof onceReporter>;

  /**
   * Each widget's first render runs in a task of its own, one after another,
   * so that several widgets on a page never add up to one long task. Before
   * the first of them, a task of its own starts `Intl` where the locale's
   * dates need it: in a fresh page the first Intl object of any kind pays for
   * starting Intl itself, one native call that is the single longest piece
   * of work (the date formatters made later cost a few ms each), and it need
   * not share a task with a render. English and Italian dates and figures are
   * written without Intl (core/dates.ts, core/figures.ts), so those pages
   * start none. A MessageChannel message is a task that
   * fake timers in tests leave alone.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    // English and Italian pages (dates and figures written without Intl) start none.
    const warm = () => datesNeedIntl(this.locale) && startIntl(this.locale);
    turn = (
      turn ??
      nextTask()
        .then(warm)
        .catch(() => {})
    ).then(nextTask);
    // The class's CSS is parsed in a task of its own, before its first widget's first render.
    const ctor = this.constructor as typeof LitElement;
    if (!styled.has(ctor)) {
      styled.add(ctor);
      turn = turn.then(() => ctor.elementStyles.forEach((s) => s instanceof CSSStyleSheet || s.styleSheet)).then(nextTask);
    }
    // What the widget will draw (its willUpdate) is worked out in a task of its own, before the frame's.
    return turn
      .then(() => this.prepare())
      .then(nextTask)
      .then(() => {
        this.taskStart = performance.now();
        return super.scheduleUpdate();
      });
  }

  /**
   * Runs willUpdate ahead of the first update, so that its work and the
   * frame's render need not share a task; unless something asks for an
   * update in between, the first update keeps what it computed (`unchanged`).
   * An error is left for that update to meet.
   */
  private prepare(): void {
    try {
      this.willUpdate(new Map() as PropertyValues<this>);
      // (Unless a print drew the widget meanwhile: that first update is not this one.)
      this.unchanged = !this.hasUpdated;
    } catch {
      // (The update runs willUpdate again.)
    }
    this.localeNow = undefined;
  }

  /**
   * The shadow root, without its styles yet: they are adopted at the first
   * render (the CSS is parsed in a task before it), not while the script
   * defines the tags, which upgrades every widget on the page at once.
   */
  protected override createRenderRoot(): ShadowRoot {
    return this.shadowRoot ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
  }

  /** The procedures in use: `catalog`, else the studio's, else the built-in ones. */
  get procedureSet(): ProcedureSet {
    return this.catalog ?? this.studio?.procedures ?? builtInProcedures;
  }

  /**
   * The locale for strings, dates and numbers: own `lang`, else the studio's,
   * else the nearest `[lang]`, else `<html lang>`. Inside a studio that
   * supplied its own catalogs it carries the studio's private-use subtag
   * ('pl-x-lip1'), which looks those up first; Intl ignores it.
   */
  get locale(): string {
    return this.localeNow ?? this.findLocale();
  }

  /** The locale of the update under way, found once at its start (a render asks for it hundreds of times). */
  private localeNow?: string;

  private findLocale(): string {
    const own = this.lang || this.studio?.lang || this.parentElement?.closest('[lang]')?.getAttribute('lang');
    return scopedLocale(safeLocale(own || document.documentElement.lang || navigator.language), this.studio?.scope);
  }

  /** The `lang` of the widget's content (without a studio's private-use part). */
  protected get langTag(): string {
    return publicTag(this.locale);
  }

  /** The writing direction of the widget's strings: 'rtl' for Arabic, Hebrew, Persian, Urdu… when the kit or the studio has them. */
  protected get textDir(): 'rtl' | 'ltr' {
    return textDirection(this.locale);
  }

  /** The title's heading level: own `heading-level`, else the studio's, else 2; sub-headings are one deeper (at most 6). */
  protected get level(): number {
    const n = Math.round(Number(this.headingLevel ?? this.studio?.headingLevel ?? 2));
    return n >= 1 && n <= 6 ? n : 2;
  }

  /**
   * A heading at the widget's level plus `depth` (0 for the title, 1 for its
   * sections), capped at 6. Tag names cannot be bound in Lit, so one template per level.
   */
  protected heading(content: unknown, depth = 0, part = depth ? 'subheading' : 'title', id?: string): TemplateResult {
    const cls = depth ? 'subheading' : 'title';
    const i = id ?? nothing;
    switch (Math.min(6, this.level + depth)) {
      case 1:
        return html`<h1 class=${cls} part=${part} id=${i}>${content}</h1>`;
      case 2:
        return html`<h2 class=${cls} part=${part} id=${i}>${content}</h2>`;
      case 3:
        return html`<h3 class=${cls} part=${part} id=${i}>${content}</h3>`;
      case 4:
        return html`<h4 class=${cls} part=${part} id=${i}>${content}</h4>`;
      case 5:
        return html`<h5 class=${cls} part=${part} id=${i}>${content}</h5>`;
      default:
        return html`<h6 class=${cls} part=${part} id=${i}>${content}</h6>`;
    }
  }

  /** The studio's name, for "per <studio>" on its own figures. */
  protected get studioName(): string {
    return this.studio?.name || this.msg('yourStudio');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.localeNow = this.findLocale();
    super.willUpdate(changed);
    const scheme = this.studio?.scheme;
    if (scheme) this.setAttribute('data-lip-scheme', scheme);
    else this.removeAttribute('data-lip-scheme');
  }

  /** "1 studio setting was ignored" when the enclosing studio's configuration had problems. */
  protected studioNotice(): TemplateResult | typeof nothing {
    const n = this.studio?.problems.length ?? 0;
    return n
      ? html`<p class="notice muted" part="studio-notice">${this.msg(n === 1 ? 'studioIgnored1' : 'studioIgnored', { n })}</p>`
      : nothing;
  }

  /** The studio's booking link ("Book your touch-up", "Contact the studio"), or nothing; https opens in a new tab. */
  protected bookingLink(key: 'bookTouchUp' | 'contactStudio'): TemplateResult | typeof nothing {
    const url = this.studio?.bookingUrl;
    const tab = url?.startsWith('https:');
    return url
      ? html`<a part="booking" class="booking" href=${url} target=${tab ? '_blank' : nothing} rel=${tab ? 'noopener noreferrer' : nothing}>${this.msg(key)}</a>`
      : nothing;
  }

  /**
   * The markers after a line cited in render order (its sources numbered as
   * this render first meets them, and listed by `footer()` when it is given
   * no list), or "(per Studio X)" for the studio's own line.
   */
  protected cited(x: { readonly cite: readonly Citation[]; readonly studio?: boolean }): TemplateResult | typeof nothing {
    if (x.studio) return this.perStudio();
    this.cites.push(x.cite);
    return this.markers(this.refs.add(x.cite), this.refs.list());
  }

  /** The sources this render's `cited()` lines cite, numbered in order of first use. */
  private refs: RefNumbers = createRefs();
  /** The citations of this render's `cited()` lines, in order (`later()` keeps each part's). */
  private cites: (readonly Citation[])[] = [];

  /** "(per Studio X)" in place of source markers on a studio's own figure. */
  protected perStudio(): TemplateResult {
    return html`<span class="per-studio">(${this.msg('perStudio', { studio: this.studioName })})</span>`;
  }

  protected msg(key: MessageKey, vars?: Record<string, string | number>): string {
    return t(this.locale, key, vars);
  }

  /** Dispatches a bubbling, composed `CustomEvent` (only ever on a user action). */
  protected emit(type: string, detail: object): void {
    // @ignore keeps the manifest analyzer from listing a nameless event on every widget (each documents its own with @fires).
    /** @ignore */
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** Tells the page author about a problem, once per distinct message. */
  protected report(level: 'error' | 'warn', message: string): void {
    (this.reporter ??= onceReporter(`<${this.localName}>`))(level, message);
  }

  /** The disclaimer and the sources disclosure that end every widget: `list`, else those the lines `cited()` so far in this render cite. */
  protected footer(list: readonly SourceRef[] = this.refs.list()): TemplateResult {
    return html`<p class="disclaimer">${this.msg('disclaimer')}</p>
      ${this.sourceList(list)}`;
  }

  /**
   * The superscript source numbers after a cited statement. Each is a button
   * out of the tab order (the sources disclosure is the widget's one citation
   * stop), named "Source n" so that it is read as part of its statement; a
   * tap, click or Enter shows that source's title and quoted words right
   * after the statement, and moves focus there; a second tap or Escape closes it.
   */
  protected markers(refs: readonly number[], list: readonly SourceRef[]): TemplateResult | typeof nothing {
    if (this.noSources || !refs.length) return nothing;
    const at = this.markerSeq++;
    const open = this.openNote?.at === at ? list.find((r) => r.n === this.openNote!.n) : undefined;
    // (A word joiner first: the markers never wrap to a line of their own, away from the statement's last word.)
    return html`<sup class="refs"
        >&#8288;${refs.map(
          (n, i) =>
            html`${i ? ',' : ''}<button
                type="button"
                class="ref"
                id="ref-${at}-${n}"
                tabindex="-1"
                aria-label=${this.msg('sourceRef', { n })}
                aria-expanded=${open?.n === n ? 'true' : 'false'}
                @click=${() => this.toggleNote(at, n)}
                @keydown=${this.closeOnEscape}
              >${n}</button
              >`,
        )}</sup
      >${
        open
          ? html`<span class="source-note" part="source-note" id="note-${at}" role="note" tabindex="-1" aria-label=${this.msg('sourceRef', { n: open.n })} @keydown=${this.closeOnEscape}
            >${this.sourceText(open)}</span
          >`
          : nothing
      }`;
  }

  /** "Title, Publisher, label (people): “quote” “quote”" for one numbered source; `<cite>` only for a published title. */
  private sourceText(r: SourceRef): TemplateResult {
    const people = r.source.people.length ? ` (${r.source.people.map((p) => p.name).join(', ')})` : '';
    const s = r.source;
    // The language's own colon (French « : ») before the quotes.
    const colon = this.msg('labelled', { label: '', x: '' });
    return html`${s.title ? html`<cite>${s.title}</cite>, ` : nothing}${[s.publisher, sourceLabel(s, this.locale)].filter(Boolean).join(', ')}${people}${colon}${r.quotes.map((q, i) => html`${i ? ' ' : ''}<q>${q}</q>`)}`;
  }

  /**
   * "Sources (N)", collapsed: the widget's one citation tab stop. Its numbered
   * list is rendered only once it is opened (and before printing).
   */
  protected sourceList(list: readonly SourceRef[]): TemplateResult | typeof nothing {
    if (this.noSources || !list.length) return nothing;
    const open = !!this.sourcesOpen;
    return html`<details class="sources" part="sources" ?open=${open} @toggle=${this.onSourcesToggle}>
      <summary>${icon('chevron')}${this.msg('sourcesCount', { n: list.length })}</summary>
      ${
        open
          ? html`<ol>
            ${list.map((r) => html`<li value=${r.n} id="src-${r.n}">${this.sourceText(r)}</li>`)}
          </ol>`
          : nothing
      }
    </details>`;
  }

  /** Marker numbering for one render: markers are told apart by their order in it. */
  private markerSeq = 0;

  /**
   * A first render's budget of main-thread time per task, ms: a quarter of
   * the 50 ms of a long task, so that a phone stays free to scroll and paint,
   * and so that tasks of parts stay under the long-task line of Lighthouse
   * (PageSpeed), which times the page at full speed and reckons each task
   * four times as long for a phone. A first render that fits comes whole in
   * one task; otherwise it comes in parts (see `later()`). The budget is a
   * forecast from what parts have cost so far, not a guarantee: a task draws
   * at least one part. (Tests set it to 0: one part per task.)
   * @ignore
   */
  static firstRenderTaskMs = 12;

  /**
   * The first render in parts, where one task would pass the budget: the
   * widget's frame and answer first, then the parts `later()` wraps, in the
   * order the template asks for them, as many per task as the parts measured
   * so far say fit the budget. A part is always below everything shown
   * before it, so what is on screen never moves. Once every part is shown the
   * render is whole and stays whole; `updateComplete` waits for it.
   */
  private partsShown = 0;
  private partLimit = 0;
  private partSeq = 0;
  private taskStart = 0;
  private staging?: Promise<void>;

  /**
   * A part of the first render that can come in a later task (`nothing` until
   * then); always shown once the first render is whole. In an update that
   * only adds parts (`unchanged`), a part the last update drew is left as it
   * is (`noChange`), unless a part nested in it comes now: Lit does not walk
   * it again, so the parts already on screen cost little in each later task.
   * Such a part is not built again either: what building it counted in
   * order (the parts nested in it, its markers, the sources it `cited()`) is
   * counted as if it had been, so every number after it stays the same. So
   * `part` only builds: no counter of its own, no state set, nothing
   * reported (a part not built again would not do it).
   */
  protected later<T>(part: () => T): T | typeof nothing | typeof noChange {
    const seq = this.partSeq++;
    if (seq >= this.partLimit) return nothing;
    const drawn = this.drawn[seq];
    if (this.unchanged && drawn && seq + drawn[0] <= this.partsShown) {
      // Drawn by the last update with the parts nested in it: not built again, but what building it counts is counted.
      this.partSeq += drawn[0] - 1;
      this.markerSeq += drawn[1];
      for (const cite of drawn[2]) this.refs.add(cite);
      this.cites.push(...drawn[2]);
      return noChange;
    }
    const markers = this.markerSeq;
    const cites = this.cites.length;
    const value = part();
    this.drawn[seq] = [this.partSeq - seq, this.markerSeq - markers, this.cites.slice(cites)];
    return value;
  }

  /** What building each part (by its number) counted when last built: parts (itself and those nested in it), markers, citations. */
  private drawn: [parts: number, markers: number, cites: (readonly Citation[])[]][] = [];

  /** `later()` over a list: its items in parts of `size`. */
  protected laterEach<T, R>(items: readonly T[], size: number, item: (x: T, i: number) => R): (R[] | typeof nothing | typeof noChange)[] {
    const parts: (R[] | typeof nothing | typeof noChange)[] = [];
    for (let i = 0; i < items.length; i += size) parts.push(this.later(() => items.slice(i, i + size).map((x, j) => item(x, i + j))));
    return parts;
  }

  /** How many parts, from the one at `from` (0: the frame), fit what is left of this task's budget, by what they have cost so far. */
  private partsThatFit(from: number): number {
    const cost = partCost.get(this.constructor) ?? [];
    let left = (this.constructor as typeof LipElement).firstRenderTaskMs - (performance.now() - this.taskStart);
    let n = 0;
    // (Each part at least 0.5 ms: a coarse clock reads a quick one as 0 ms. An unmeasured part after the frame: the most one after it has cost.)
    while (
      partMax >= 0 &&
      (left -= Math.max(0.5, cost[from + n] ?? (from + n && cost.length > 1 ? Math.max(...cost.slice(1)) : partMax))) > 0
    )
      n++;
    return n;
  }

  /**
   * True in an update that nothing has asked for since the widget last ran
   * willUpdate: the first update after `prepare()`, or one that only shows
   * more parts of the first render. A widget may keep what it computed then,
   * and `later()` keeps the parts the last update drew. (`prepare()` passes
   * willUpdate an empty map of changes: a widget that works from
   * `changed.has(…)` must do that work whether or not `unchanged`.)
   */
  protected unchanged = false;

  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    this.unchanged = false;
    super.requestUpdate(...args);
  }

  protected override update(changed: PropertyValues): void {
    if (!this.hasUpdated) {
      adoptStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
      // The frame is part 0, always drawn; later() parts are 1, 2… (partLimit is 0 until now, or Infinity where a print came first: then every part.)
      this.partLimit = Math.max(this.partLimit, this.partsThatFit(0) - 1);
    }
    this.markerSeq = 0;
    this.partSeq = 0;
    this.refs = createRefs();
    this.cites = [];
    super.update(changed);
    this.localeNow = undefined;
    this.unchanged = false;
    if (this.partLimit === Infinity) return;
    const shown = Math.max(0, Math.min(this.partSeq, this.partLimit));
    // The parts drawn in this task (the first update also drew the frame), each reckoned at an equal share of its time.
    const first = this.hasUpdated ? this.partsShown + 1 : 0;
    if (shown >= first) {
      const ms = (performance.now() - this.taskStart) / (shown + 1 - first);
      const cost = partCost.get(this.constructor) ?? [];
      for (let i = first; i <= shown; i++) cost[i] = ms;
      partCost.set(this.constructor, cost);
      partMax = Math.max(partMax, ms);
    }
    if (this.partSeq <= shown) {
      this.partsShown = this.partLimit = Infinity;
      this.staging = undefined;
    } else if (!this.staging) {
      this.partsShown = this.partLimit = shown;
      this.staging = (turn = (turn ?? Promise.resolve()).then(nextTask)).then(() => {
        this.staging = undefined;
        this.taskStart = performance.now();
        this.partLimit = this.partsShown + Math.max(1, this.partsThatFit(this.partsShown + 1));
        const fresh = !this.isUpdatePending;
        this.requestUpdate();
        this.unchanged = fresh;
      });
    }
  }

  /** Resolves once the first render is whole (every part shown) and no update is pending. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.staging) {
      await this.staging;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private toggleNote(at: number, n: number): void {
    const same = this.openNote?.at === at && this.openNote.n === n;
    this.openNote = same ? undefined : { at, n };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(same ? `#ref-${at}-${n}` : `#note-${at}`)?.focus());
  }

  /** Escape on a marker or its open note closes the note and puts focus back on the marker. */
  private closeOnEscape = (e: KeyboardEvent): void => {
    const o = this.openNote;
    if (e.key !== 'Escape' || !o) return;
    e.preventDefault();
    e.stopPropagation();
    this.toggleNote(o.at, o.n);
  };

  private onSourcesToggle = (e: Event): void => {
    this.sourcesOpen = (e.currentTarget as HTMLDetailsElement).open;
  };

  /** Printing shows every source: the list is rendered and opened before the page is laid out for print, and closed again after. */
  private beforePrint = (): void => {
    this.printedClosed = !this.sourcesOpen;
    this.sourcesOpen = true;
    // Every part of a first render still coming.
    if (this.partLimit !== Infinity) {
      this.partsShown = this.partLimit = Infinity;
      this.requestUpdate();
    }
    if (this.isUpdatePending) this.performUpdate();
  };

  private afterPrint = (): void => {
    if (this.printedClosed) this.sourcesOpen = false;
    this.printedClosed = false;
  };

  private printedClosed = false;

  override connectedCallback(): void {
    // Moved: where it lands (its lang, its studio) may differ, also while its first render comes in parts.
    this.requestUpdate();
    super.connectedCallback();
    addEventListener('beforeprint', this.beforePrint);
    addEventListener('afterprint', this.afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.beforePrint);
    removeEventListener('afterprint', this.afterPrint);
  }
}

import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { applyConfig, safeUrl, studioMessages, telUrl, validateConfig, type StudioConfig } from '../../core/studio-config.js';
import { onceReporter } from '../../core/report.js';
import { setMessages } from '../../core/i18n.js';
import { setDataText } from '../../core/text.js';
import { studioContext } from '../shared/studio-context.js';

/** Lit's reactive properties; the `declare` fields in the class carry their types and docs. */
const properties: PropertyDeclarations = {
  name: {},
  phone: {},
  bookingUrl: { attribute: 'booking-url' },
  lang: { reflect: true },
  scheme: {},
  headingLevel: { type: Number, attribute: 'heading-level' },
  config: { attribute: false },
};

let studios = 0;

/**
 * Carries a studio's own settings to every lip widget inside it: name, phone,
 * booking link, language (and its own catalogs for any language), colour scheme, heading level and data overrides (validated JSON in
 * a child `<script type="application/json">` or the `config` property).
 * Invalid settings are ignored field by field, each named in the console.
 *
 * @summary A studio's protocol, contact, brand and language for the widgets inside.
 * @tag lip-studio
 * @slot - The widgets (and any other content).
 */
export class LipStudio extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = properties;

  /**
   * The studio's name, shown as "per <name>" on its own figures and on printouts.
   * @attr name
   * @default ''
   */
  declare name: string;

  /**
   * Phone number for warning signs ("contact your studio"), as a `tel:` link.
   * @attr phone
   * @default ''
   */
  declare phone: string;

  /**
   * Booking link (https:, mailto: or tel: only).
   * @attr booking-url
   * @default ''
   */
  declare bookingUrl: string;

  /**
   * Language of every widget inside (BCP 47), unless a widget sets its own.
   * @attr lang
   * @reflect
   */
  declare lang: string;

  /**
   * Fixes the colour scheme (`light` or `dark`); by default widgets follow the visitor's setting.
   * @attr scheme
   * @default ''
   */
  declare scheme: '' | 'light' | 'dark';

  /**
   * Heading level (1–6) of every widget's title inside, so that they fit the page's outline (a widget's own `heading-level` wins); else 2.
   * @attr heading-level
   */
  declare headingLevel?: number;

  /** Data overrides as an object or JSON text; else the JSON of a child `<script type="application/json">`. */
  declare config?: StudioConfig | string;

  /** Gives the settings to every widget inside; subscribers hear of each change. */
  private provider = new ContextProvider(this, { context: studioContext, initialValue: { procedures: applyConfig({}), problems: [] } });

  constructor() {
    super();
    this.name = '';
    this.phone = '';
    this.bookingUrl = '';
    this.scheme = '';
  }

  private say = onceReporter('<lip-studio>');

  /**
   * The private-use subtag this studio's own catalogs are registered under
   * ('pl-x-lip1'): widgets inside it look strings up with it, so that two
   * studios on one page, and widgets outside any studio, never share them.
   */
  private readonly scope = `lip${++studios}`;

  /** The tags this studio registered strings or prose under, to replace them when its settings change. */
  private registered: string[] = [];

  /** Registers the studio's own catalogs under its scope (replacing the previous ones); true when it has any. */
  private registerLanguages(config: StudioConfig): boolean {
    for (const tag of this.registered) {
      setMessages(tag, undefined);
      setDataText(tag, undefined);
    }
    this.registered = [];
    for (const [lang, catalog] of Object.entries(config.messages ?? {})) {
      const tag = `${lang}-x-${this.scope}`;
      setMessages(tag, catalog);
      this.registered.push(tag);
    }
    for (const [lang, entries] of Object.entries(config.text ?? {})) {
      const tag = `${lang}-x-${this.scope}`;
      setDataText(tag, entries);
      this.registered.push(tag);
    }
    return this.registered.length > 0;
  }

  /** JSON from a `<script type="application/json">` anywhere inside (CMS editors wrap it in `<p>`), not in a nested studio. */
  private scriptConfig(): string | undefined {
    for (const s of this.querySelectorAll('script[type="application/json"]')) {
      if (s.closest(this.localName) === this) return s.textContent ?? '';
    }
    return undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.registerLanguages({});
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const source = this.config ?? this.scriptConfig();
    const { config, problems } = validateConfig(source);
    for (const p of problems) this.say('error', studioMessages.ignored(p));
    const booking = String(this.bookingUrl || config.bookingUrl || '');
    const bookingUrl = safeUrl(booking);
    if (booking && !bookingUrl) this.say('warn', studioMessages.bookingUrl(booking));
    const phone = String(this.phone || config.phone || '').trim() || undefined;
    const phoneUrl = telUrl(phone);
    if (phone && !phoneUrl) this.say('warn', studioMessages.phone(phone));
    const scheme = this.scheme === 'light' || this.scheme === 'dark' ? this.scheme : undefined;
    const level = this.headingLevel ?? config.headingLevel;
    const headingLevel = level != null && Number.isInteger(level) && level >= 1 && level <= 6 ? level : undefined;
    if (level != null && !headingLevel) this.say('warn', studioMessages.headingLevel(level));
    this.provider.setValue({
      name: String(this.name || config.name || '').trim() || undefined,
      phone,
      phoneUrl,
      bookingUrl,
      lang: this.lang || undefined,
      scope: this.registerLanguages(config) ? this.scope : undefined,
      scheme,
      headingLevel,
      procedures: applyConfig(config),
      problems,
    });
  }

  override render() {
    return html`<slot @slotchange=${() => this.requestUpdate()}></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lip-studio': LipStudio;
  }
}

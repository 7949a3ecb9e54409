import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { SourceRef } from '../../core/citations.js';
import { safeLocale, t, type MessageKey } from '../../core/i18n.js';

/**
 * What every widget shares: the `lang` and `no-sources` attributes, locale
 * resolution, console messages for page authors (each said once), and the
 * source markers and source list.
 */
export class LipElement extends LitElement {
  /** Language of the widget (BCP 47); else the nearest `[lang]` ancestor, else `<html lang>`. */
  @property({ reflect: true }) override lang!: string;

  /** Hides the source markers and the source list. */
  @property({ type: Boolean, attribute: 'no-sources' }) noSources = false;

  private said = new Set<string>();

  /** The locale for strings, dates and numbers. */
  get locale(): string {
    const host = this.getAttribute('lang') || this.parentElement?.closest('[lang]')?.getAttribute('lang');
    return safeLocale(host || document.documentElement.lang || navigator.language);
  }

  protected msg(key: MessageKey, vars?: Record<string, string | number>): string {
    return t(this.locale, key, vars);
  }

  /** Tells the page author about a problem, once per distinct message. */
  protected report(level: 'error' | 'warn', message: string): void {
    const text = `<${this.localName}>: ${message}`;
    if (this.said.has(text)) return;
    this.said.add(text);
    console[level](text);
  }

  protected markers(refs: readonly number[], list: readonly SourceRef[]): TemplateResult | typeof nothing {
    if (this.noSources || !refs.length) return nothing;
    return html`<sup class="refs"
      >${refs.map((n) => {
        const ref = list.find((r) => r.n === n);
        return html`<a
          href="#src-${n}"
          aria-label=${this.msg('sourceMarker', { n, title: ref ? ref.source.title : '' })}
          @click=${this.jumpToSource}
          >[${n}]</a
        >`;
      })}</sup
    >`;
  }

  protected sourceList(list: readonly SourceRef[]): TemplateResult | typeof nothing {
    if (this.noSources || !list.length) return nothing;
    return html`<section class="sources" part="sources" aria-label=${this.msg('sources')}>
      <span aria-hidden="true">${this.msg('sources')}</span>
      <ol>
        ${list.map(
          (r) =>
            html`<li id="src-${r.n}" value=${r.n} tabindex="-1">
              <cite>${r.source.title}</cite>, ${r.source.publisher}${r.source.people.length
                ? html` (${r.source.people.map((p) => p.name).join(', ')})`
                : nothing}:
              ${r.quotes.map((q, i) => html`${i ? ' ' : ''}<q>${q}</q>`)}
            </li>`,
        )}
      </ol>
    </section>`;
  }

  /** Fragment links do not reach into shadow DOM: move focus to the source item ourselves. */
  private jumpToSource(e: Event): void {
    const id = (e.currentTarget as HTMLAnchorElement).getAttribute('href')!.slice(1);
    const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    if (!target) return;
    e.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'nearest' });
  }
}

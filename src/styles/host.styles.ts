import { css } from 'lit';

/** The dark scheme's tokens: fixed by a studio (`scheme="dark"`) or the visitor's setting. */
const dark = css`
  --_accent: var(--lip-dark-accent, var(--lip-accent, #f08fab));
  --_surface: var(--lip-dark-surface, #1f1a1c);
  --_text: var(--lip-dark-text, #f3eaed);
  --_muted: var(--lip-dark-muted, #c9b8be);
  --_border: var(--lip-dark-border, #4c3f44);
  --_soft: var(--lip-dark-soft, #2d2427);
  color-scheme: dark;
`;

/**
 * Shared by every widget: host display, the theme tokens with fallbacks that
 * look right on a page with no theme at all, a reset against inherited
 * host-page typography (letter-spacing, text-transform, line-height leak into
 * shadow DOM), and what more than one widget draws: buttons, rows of controls,
 * the date form, notices, source markers and the source list. Sizes in px/em
 * only: rem follows the host page's html font-size. An unset `--lip-font` or
 * `--lip-font-size` leaves its declaration invalid, so the page's font is
 * inherited. (No comments inside css``: they would ship in the bundle.)
 */
export const hostStyles = css`
  :host {
    display: block;
    --_accent: var(--lip-accent, #a3405d);
    --_surface: var(--lip-surface, #fff);
    --_text: var(--lip-text, #2b2326);
    --_muted: var(--lip-muted, #62545a);
    --_border: var(--lip-border, #e3d5da);
    --_soft: var(--lip-soft, #f8eff2);
    --_radius: var(--lip-radius, 10px);
    color-scheme: light;
  }
  :host([data-lip-scheme=dark]) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([data-lip-scheme=light])) {
      ${dark}
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  ::before {
    box-sizing: border-box;
  }
  .base {
    font-family: var(--lip-font);
    font-size: var(--lip-font-size);
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    text-align: start;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--lip-space, 16px);
    max-width: 100%;
  }
  p {
    margin: 0 0 8px;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--lip-focus, var(--_accent));
    outline-offset: 2px;
  }
  button {
    font: inherit;
    letter-spacing: inherit;
    line-height: 1.3;
    cursor: pointer;
    min-height: 44px;
    padding: 8px 14px;
    border-radius: calc(var(--_radius) * .8);
    border: 1px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
  }
  .primary {
    background: var(--_accent);
    color: var(--lip-on-accent, #fff);
  }
  .link {
    border: 0;
    background: none;
    text-decoration: underline;
    padding: 0 4px;
  }
  .date-form,
  .actions,
  .nav,
  .times,
  .bar,
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .date-form {
    align-items: end;
    margin: 8px 0;
  }
  .date-form p {
    flex-basis: 100%;
    margin: 0;
  }
  .date-form label {
    display: flex;
    flex-flow: column;
    gap: 4px;
  }
  [type=date] {
    font: inherit;
    min-height: 44px;
    padding: 6px 8px;
    border: 1px solid var(--_muted);
    border-radius: 6px;
    color: var(--_text);
    background: var(--_surface);
  }
  .notice {
    margin: 0 0 12px;
    padding: 8px 12px;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_soft);
    border-radius: 4px;
  }
  .muted,
  .disclaimer,
  .per-studio,
  .sources {
    color: var(--_muted);
  }
  .disclaimer,
  .sources {
    font-size: .875em;
  }
  .disclaimer {
    margin: 12px 0 0;
  }
  .booking {
    display: inline-block;
    padding: 10px 0;
    font-weight: 600;
  }
  .per-studio {
    font-size: .8em;
    margin-inline-start: 4px;
  }
  .refs {
    font-size: .75em;
    line-height: 0;
    margin-inline-start: 2px;
  }
  .refs a {
    text-decoration: none;
    padding: 0 2px;
  }
  .refs a:hover {
    text-decoration: underline;
  }
  .sources {
    margin-top: 16px;
  }
  .sources ol {
    margin: 4px 0 0;
    padding-inline-start: 1.6em;
  }
  .sources li {
    margin: 4px 0;
  }
  .sources li:focus {
    outline: 2px solid var(--lip-focus, var(--_accent));
  }
  .sources q {
    font-style: italic;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`;

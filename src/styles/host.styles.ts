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
 * look right on a page with no theme at all, and a reset against inherited
 * host-page typography (letter-spacing, text-transform, line-height leak into
 * shadow DOM). Sizes in px/em only: rem follows the host page's html font-size.
 */
export const hostStyles = css`
  :host {
    display: block;
    --_accent: var(--lip-accent, #a3405d);
    --_surface: var(--lip-surface, #ffffff);
    --_text: var(--lip-text, #2b2326);
    --_muted: var(--lip-muted, #62545a);
    --_border: var(--lip-border, #e3d5da);
    --_soft: var(--lip-soft, #f8eff2);
    --_radius: var(--lip-radius, 10px);
    --_space: var(--lip-space, 16px);
    --_focus: var(--lip-focus, var(--_accent));
    color-scheme: light;
  }
  :host([data-lip-scheme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([data-lip-scheme='light'])) {
      ${dark}
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    font: inherit;
    font-family: var(--lip-font, inherit);
    font-size: var(--lip-font-size, 1em);
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
    padding: var(--_space);
    max-width: 100%;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    letter-spacing: inherit;
    text-transform: none;
    line-height: 1.3;
    cursor: pointer;
    min-height: 44px;
    padding: 8px 14px;
    border-radius: calc(var(--_radius) * 0.8);
    border: 1px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
  }
  button.primary {
    background: var(--_accent);
    color: var(--lip-on-accent, #ffffff);
  }
  button.link {
    border: none;
    background: none;
    text-decoration: underline;
    padding: 0 4px;
  }
  .date-form {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: flex-end;
    margin: 8px 0;
  }
  .date-form p {
    flex-basis: 100%;
    margin: 0;
  }
  .date-form label {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  input[type='date'] {
    font: inherit;
    letter-spacing: normal;
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
  .disclaimer {
    color: var(--_muted);
  }
  .disclaimer {
    font-size: 0.875em;
    margin: 12px 0 0;
  }
  a.booking {
    display: inline-block;
    padding: 10px 0;
    font-weight: 600;
  }
  .per-studio {
    font-size: 0.8em;
    color: var(--_muted);
    margin-inline-start: 4px;
  }
  .refs {
    font-size: 0.75em;
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
    font-size: 0.875em;
    color: var(--_muted);
  }
  .sources ol {
    margin: 4px 0 0;
    padding-inline-start: 1.6em;
  }
  .sources li {
    margin: 4px 0;
  }
  .sources li:focus {
    outline: 2px solid var(--_focus);
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

import { css } from 'lit';

/*
 * Colour that holds: the kit derives what it draws from the studio's accent at
 * run time, with CSS relative colour syntax in linear sRGB, where a colour's
 * relative luminance (what WCAG contrast is computed from) is exactly
 * Y = .2126 r + .7152 g + .0722 b. So each derived colour meets its target by
 * construction, not by a guess on lightness:
 * - text on the accent: white when Y < .179, else black (there every colour
 *   has at least 4.58:1 with one of the two);
 * - the accent as text on a light surface: scaled towards black (hue kept)
 *   until Y <= .13 (5.8:1 on white, 5:1 on the soft tint);
 * - the accent on a dark surface: scaled up (hue and saturation kept), then
 *   mixed with white, until Y >= .33 (6.2:1 on the default dark surface,
 *   5:1 on its soft tint).
 * A colour that already meets its target comes out unchanged.
 */
/* (Generated formulas, kept literal: Y above is .2126 * r + .7152 * g + .0722 * b.) */
/** Black or white, whichever contrasts more with the accent. */
const onAccent = css`color(from var(--_accent) srgb-linear clamp(0, (.179 - (.2126 * r + .7152 * g + .0722 * b)) * 99999, 1) clamp(0, (.179 - (.2126 * r + .7152 * g + .0722 * b)) * 99999, 1) clamp(0, (.179 - (.2126 * r + .7152 * g + .0722 * b)) * 99999, 1))`;
/** The accent darkened until its luminance is at most .13. */
const darkenedAccent = css`color(from var(--_accent) srgb-linear calc(r * min(1, .13 / max((.2126 * r + .7152 * g + .0722 * b), .000001))) calc(g * min(1, .13 / max((.2126 * r + .7152 * g + .0722 * b), .000001))) calc(b * min(1, .13 / max((.2126 * r + .7152 * g + .0722 * b), .000001))))`;
/** The studio's accent lightened for the dark scheme until its luminance is at least .33. */
const lightenedBrand = css`color(from var(--lip-accent, #f08fab) srgb-linear calc(r * max(1, min(.33 / max((.2126 * r + .7152 * g + .0722 * b), .000001), 1 / max(r, g, b, .000001))) + (1 - r * max(1, min(.33 / max((.2126 * r + .7152 * g + .0722 * b), .000001), 1 / max(r, g, b, .000001)))) * max(0, (.33 - (.2126 * r + .7152 * g + .0722 * b) * max(1, min(.33 / max((.2126 * r + .7152 * g + .0722 * b), .000001), 1 / max(r, g, b, .000001)))) / (1 - (.2126 * r + .7152 * g + .0722 * b) * max(1, min(.33 / max((.2126 * r + .7152 * g + .0722 * b), .000001), 1 / max(r, g, b, .000001)))))) calc(g * max(1, min(.33 / max((.2126 * r + .7152 * g + .0722 * b), .000001), 1 / max(r, g, b, .000001))) + (1 - g * max(1, min(.33 / max((.2126 * r + .7152 * g + .0722 * b), .000001), 1 / max(r, g, b, .000001)))) * max(0, (.33 - (.2126 * r + .7152 * g + .0722 * b) * max(1, min(.33 / max((.2126 * r + .7152 * g + .0722 * b), .000001), 1 / max(r, g, b, .000001)))) / (1 - (.2126 * r + .7152 * g + .0722 * b) * max(1, min(.33 / max((.2126 * r + .7152 * g + .0722 * b), .000001), 1 / max(r, g, b, .000001)))))) calc(b * max(1, min(.33 / max((.2126 * r + .7152 * g + .0722 * b), .000001), 1 / max(r, g, b, .000001))) + (1 - b * max(1, min(.33 / max((.2126 * r + .7152 * g + .0722 * b), .000001), 1 / max(r, g, b, .000001)))) * max(0, (.33 - (.2126 * r + .7152 * g + .0722 * b) * max(1, min(.33 / max((.2126 * r + .7152 * g + .0722 * b), .000001), 1 / max(r, g, b, .000001)))) / (1 - (.2126 * r + .7152 * g + .0722 * b) * max(1, min(.33 / max((.2126 * r + .7152 * g + .0722 * b), .000001), 1 / max(r, g, b, .000001)))))))`;
/** The dark scheme's accent lightened (if need be) until its luminance is at least .33. */
const lightenedAccent = css`color(from var(--_accent) srgb-linear calc(r * max(1, min(.33 / max((.2126 * r + .7152 * g + .0722 * b), .000001), 1 / max(r, g, b, .000001))) + (1 - r * max(1, min(.33 / max((.2126 * r + .7152 * g + .0722 * b), .000001), 1 / max(r, g, b, .000001)))) * max(0, (.33 - (.2126 * r + .7152 * g + .0722 * b) * max(1, min(.33 / max((.2126 * r + .7152 * g + .0722 * b), .000001), 1 / max(r, g, b, .000001)))) / (1 - (.2126 * r + .7152 * g + .0722 * b) * max(1, min(.33 / max((.2126 * r + .7152 * g + .0722 * b), .000001), 1 / max(r, g, b, .000001)))))) calc(g * max(1, min(.33 / max((.2126 * r + .7152 * g + .0722 * b), .000001), 1 / max(r, g, b, .000001))) + (1 - g * max(1, min(.33 / max((.2126 * r + .7152 * g + .0722 * b), .000001), 1 / max(r, g, b, .000001)))) * max(0, (.33 - (.2126 * r + .7152 * g + .0722 * b) * max(1, min(.33 / max((.2126 * r + .7152 * g + .0722 * b), .000001), 1 / max(r, g, b, .000001)))) / (1 - (.2126 * r + .7152 * g + .0722 * b) * max(1, min(.33 / max((.2126 * r + .7152 * g + .0722 * b), .000001), 1 / max(r, g, b, .000001)))))) calc(b * max(1, min(.33 / max((.2126 * r + .7152 * g + .0722 * b), .000001), 1 / max(r, g, b, .000001))) + (1 - b * max(1, min(.33 / max((.2126 * r + .7152 * g + .0722 * b), .000001), 1 / max(r, g, b, .000001)))) * max(0, (.33 - (.2126 * r + .7152 * g + .0722 * b) * max(1, min(.33 / max((.2126 * r + .7152 * g + .0722 * b), .000001), 1 / max(r, g, b, .000001)))) / (1 - (.2126 * r + .7152 * g + .0722 * b) * max(1, min(.33 / max((.2126 * r + .7152 * g + .0722 * b), .000001), 1 / max(r, g, b, .000001)))))))`;

/** The dark scheme's tokens: fixed by a studio (`scheme="dark"`) or the visitor's setting. */
const dark = css`
  --_accent: var(--lip-dark-accent, var(--lip-accent, #f08fab));
  --_accent-text: var(--_accent);
  --_on-accent: var(--lip-on-accent, #1f1a1c);
  --_surface: var(--lip-dark-surface, #1f1a1c);
  --_text: var(--lip-dark-text, #f3eaed);
  --_muted: var(--lip-dark-muted, #c9b8be);
  --_border: var(--lip-dark-border, #4c3f44);
  --_soft: var(--lip-dark-soft, #2d2427);
  --_shadow: var(--lip-dark-shadow, 0 1px 2px rgb(0 0 0 / .4));
  color-scheme: dark;
`;

/** The same, derived from the accent where the browser can (a studio's own value still wins). */
const darkDerived = css`
  --_accent: var(--lip-dark-accent, ${lightenedBrand});
  --_accent-text: ${lightenedAccent};
  --_on-accent: var(--lip-on-accent, ${onAccent});
  --_border: var(--lip-dark-border, color-mix(in srgb, var(--_accent-text) 25%, var(--_surface)));
  --_soft: var(--lip-dark-soft, color-mix(in srgb, var(--_accent) 9%, var(--_surface)));
`;

/**
 * Shared by every widget: host display, the theme tokens with fallbacks that
 * look right on a page with no theme at all, a reset against inherited
 * host-page typography (letter-spacing, text-transform, line-height leak into
 * shadow DOM), and what more than one widget draws: the card, buttons, rows of
 * controls, the date form, notices, icons, source markers, their notes and the
 * sources disclosure. Sizes in px/em only: rem follows the host page's html
 * font-size. An unset `--lip-font` or `--lip-font-size` leaves its declaration
 * invalid, so the page's font is inherited. (No comments inside css``: they
 * would ship in the bundle.)
 *
 * Private tokens the widgets use: `--_accent` (fills), `--_accent-text`
 * (accent-coloured text, links, markers, focus rings: 4.5:1 on the surface and
 * the soft tint in both schemes), `--_on-accent` (text on an `--_accent` fill),
 * `--_surface`, `--_text`, `--_muted`, `--_border`, `--_soft`, `--_radius`,
 * `--_shadow`, and the spacing scale `--_s1`…`--_s6` (4, 8, 12, 16, 24, 32 px).
 */
export const hostStyles = css`
  :host {
    display: block;
    --_accent: var(--lip-accent, #a3405d);
    --_accent-text: var(--_accent);
    --_on-accent: var(--lip-on-accent, #fff);
    --_surface: var(--lip-surface, #fff);
    --_text: var(--lip-text, #2b2326);
    --_muted: var(--lip-muted, #62545a);
    --_border: var(--lip-border, #e3d5da);
    --_soft: var(--lip-soft, #f8eff2);
    --_radius: var(--lip-radius, 10px);
    --_shadow: var(--lip-shadow, 0 1px 2px rgb(43 35 38 / .06), 0 2px 12px rgb(43 35 38 / .06));
    --_s1: 4px;
    --_s2: 8px;
    --_s3: 12px;
    --_s4: 16px;
    --_s5: 24px;
    --_s6: 32px;
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
  @supports (color: color(from red srgb-linear r g b)) {
    :host {
      --_accent-text: ${darkenedAccent};
      --_on-accent: var(--lip-on-accent, ${onAccent});
      --_border: var(--lip-border, color-mix(in srgb, var(--_accent-text) 20%, var(--_surface)));
      --_soft: var(--lip-soft, color-mix(in srgb, var(--_accent) 7%, var(--_surface)));
    }
    :host([data-lip-scheme=dark]) {
      ${darkDerived}
    }
    @media (prefers-color-scheme: dark) {
      :host(:not([data-lip-scheme=light])) {
        ${darkDerived}
      }
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  ::before,
  ::after {
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
    box-shadow: var(--_shadow);
    padding: var(--lip-space, var(--_s4));
    max-width: 100%;
  }
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * .8);
    padding: var(--_s3) var(--_s4);
  }
  .icon {
    width: 1.25em;
    height: 1.25em;
    flex: none;
    vertical-align: -.25em;
    color: currentColor;
  }
  p {
    margin: 0 0 var(--_s2);
  }
  a {
    color: var(--_accent-text);
    text-underline-offset: .15em;
  }
  :focus-visible {
    outline: 3px solid var(--lip-focus, var(--_accent-text));
    outline-offset: 2px;
  }
  button {
    font: inherit;
    letter-spacing: inherit;
    line-height: 1.3;
    cursor: pointer;
    min-height: 44px;
    padding: var(--_s2) 14px;
    border-radius: calc(var(--_radius) * .8);
    border: 1px solid var(--_accent-text);
    background: var(--_surface);
    color: var(--_accent-text);
    transition: background-color .15s, box-shadow .15s;
  }
  button:hover {
    background: var(--_soft);
  }
  .primary,
  .primary:hover {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .primary:hover {
    box-shadow: inset 0 0 0 99px rgb(0 0 0 / .08);
  }
  .link,
  .link:hover {
    border: 0;
    background: none;
    text-decoration: underline;
    padding: 0 var(--_s1);
  }
  .date-form,
  .actions,
  .nav,
  .times,
  .bar,
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s2);
  }
  .date-form {
    align-items: end;
    margin: var(--_s2) 0;
  }
  .date-form p {
    flex-basis: 100%;
    margin: 0;
  }
  .date-form label {
    display: flex;
    flex-flow: column;
    gap: var(--_s1);
    font-weight: 600;
  }
  [type=date] {
    font: inherit;
    font-weight: normal;
    min-height: 44px;
    padding: 6px var(--_s2);
    border: 1px solid var(--_muted);
    border-radius: 6px;
    color: var(--_text);
    background: var(--_surface);
  }
  .notice {
    margin: 0 0 var(--_s3);
    padding: var(--_s2) var(--_s3);
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
    margin: var(--_s4) 0 0;
  }
  .booking {
    display: inline-block;
    padding: 10px 0;
    font-weight: 600;
  }
  .per-studio {
    font-size: .8em;
    margin-inline-start: var(--_s1);
  }
  .refs {
    font-size: .75em;
    line-height: 0;
    white-space: nowrap;
    margin-inline-start: 1px;
  }
  .ref {
    position: relative;
    min-height: 0;
    padding: 0 .2em;
    border: 0;
    border-radius: 4px;
    background: none;
    color: var(--_accent-text);
    font-weight: 600;
    line-height: 1;
    vertical-align: baseline;
  }
  /* a taller tap area; not wider, so that a marker at the end of a line never overflows its box */
  .ref::after {
    content: '';
    position: absolute;
    inset: -.7em 0;
  }
  .ref:hover,
  .ref[aria-expanded=true] {
    background: var(--_soft);
    text-decoration: underline;
  }
  .source-note {
    display: block;
    margin: var(--_s1) 0 var(--_s2);
    padding: var(--_s2) var(--_s3);
    font-size: .875em;
    font-weight: normal;
    color: var(--_text);
    background: var(--_soft);
    border-inline-start: 3px solid var(--_accent);
    border-radius: 4px;
    animation: lip-note .15s ease-out;
  }
  .source-note:focus {
    outline: none;
  }
  .source-note:focus-visible {
    outline: 2px solid var(--lip-focus, var(--_accent-text));
    outline-offset: 1px;
  }
  @keyframes lip-note {
    from {
      opacity: 0;
      transform: translateY(-2px);
    }
  }
  .source-note cite,
  .sources cite {
    font-style: normal;
    font-weight: 600;
  }
  .source-note q,
  .sources q {
    font-style: normal;
  }
  .sources cite {
    color: var(--_text);
  }
  .sources {
    margin-top: var(--_s3);
  }
  .sources summary {
    display: inline-flex;
    align-items: center;
    gap: var(--_s1);
    min-height: 24px;
    padding-block: 2px;
    padding-inline: 0 var(--_s1);
    cursor: pointer;
    list-style: none;
    border-radius: 4px;
    color: var(--_accent-text);
    font-weight: 600;
  }
  .sources summary::-webkit-details-marker {
    display: none;
  }
  .sources summary .icon {
    transition: transform .15s;
  }
  .sources[open] summary .icon {
    transform: rotate(90deg);
  }
  [dir=rtl] .sources:not([open]) summary .icon {
    transform: scaleX(-1);
  }
  .sources ol {
    margin: var(--_s2) 0 0;
    padding-inline-start: 1.8em;
  }
  .sources li {
    margin: 0 0 var(--_s2);
  }
  .sources li::marker {
    color: var(--_accent-text);
    font-weight: 600;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .base,
    .card,
    .notice,
    .source-note {
      border-color: CanvasText;
    }
    button,
    .primary {
      border-color: ButtonText;
    }
    .ref,
    .sources summary {
      color: LinkText;
    }
    :focus-visible,
    .source-note:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .base {
      box-shadow: none;
    }
    .ref {
      color: inherit;
    }
    .ref::after,
    .sources summary .icon {
      display: none;
    }
    .source-note,
    .sources li {
      break-inside: avoid;
    }
  }
`;

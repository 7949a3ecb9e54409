/**
 * The colours the widgets draw from a studio's accent, computed the way
 * styles/host.styles.ts derives them in CSS (relative colour syntax in linear
 * sRGB, where relative luminance is Y = .2126 r + .7152 g + .0722 b), and the
 * WCAG contrast of each pair that carries text. The setup page uses it to show
 * a studio what its colour becomes and whether a colour it fixes itself (text
 * on the accent) can be read. Pure: no DOM.
 */

/** A colour as linear-light sRGB channels, 0–1. */
export type Linear = readonly [number, number, number];

/** The contrast text needs (WCAG 1.4.3, normal text). */
export const MIN_CONTRAST = 4.5;

const HEX = /^#?([\da-f]{3}|[\da-f]{6})$/i;

/** `#rgb` or `#rrggbb` (any case, `#` optional) as linear channels; undefined for anything else. */
export function parseHex(value: string | null | undefined): Linear | undefined {
  const m = HEX.exec(String(value ?? '').trim());
  if (!m) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const ch = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return [ch(0), ch(2), ch(4)];
}

/** `#rrggbb` of linear channels (clamped). */
export function toHex(c: Linear): string {
  const enc = (v: number) => {
    const x = Math.min(1, Math.max(0, v));
    const s = x <= 0.0031308 ? x * 12.92 : 1.055 * x ** (1 / 2.4) - 0.055;
    return Math.round(s * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${c.map(enc).join('')}`;
}

/** Relative luminance. */
export const luminance = ([r, g, b]: Linear): number => 0.2126 * r + 0.7152 * g + 0.0722 * b;

/** WCAG contrast ratio of two colours (1–21). */
export function contrast(a: Linear, b: Linear): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE: Linear = [1, 1, 1];
const BLACK: Linear = [0, 0, 0];

/** Text on an accent fill: white when Y < .179, else black. */
export const onAccent = (c: Linear): Linear => (luminance(c) < 0.179 ? WHITE : BLACK);

/** The accent as text on a light surface: scaled towards black until Y <= .13. */
export function darkened(c: Linear): Linear {
  const k = Math.min(1, 0.13 / Math.max(luminance(c), 0.000001));
  return [c[0] * k, c[1] * k, c[2] * k];
}

/** The accent on a dark surface: scaled up (hue kept), then mixed with white, until Y >= .33. */
export function lightened(c: Linear): Linear {
  const y = Math.max(luminance(c), 0.000001);
  const k = Math.max(1, Math.min(0.33 / y, 1 / Math.max(c[0], c[1], c[2], 0.000001)));
  const t = Math.max(0, (0.33 - luminance(c) * k) / (1 - luminance(c) * k));
  return c.map((v) => v * k + (1 - v * k) * t) as unknown as Linear;
}

/** `color-mix(in srgb, a p%, b)`: mixed in gamma-encoded sRGB. */
export function mix(a: Linear, p: number, b: Linear): Linear {
  const enc = (v: number) => (v <= 0.0031308 ? v * 12.92 : 1.055 * v ** (1 / 2.4) - 0.055);
  const dec = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return a.map((v, i) => dec(enc(v) * p + enc(b[i]) * (1 - p))) as unknown as Linear;
}

/** The surfaces the widgets use unless a page sets its own. */
export const SURFACE = { light: parseHex('#ffffff')!, dark: parseHex('#1f1a1c')! };
export const DEFAULT_ACCENT = '#a3405d';

export interface SchemeColours {
  /** Fills (primary buttons, bars). */
  readonly fill: Linear;
  /** Text on a fill. */
  readonly onFill: Linear;
  /** Accent-coloured text, links, markers and focus rings. */
  readonly text: Linear;
  readonly surface: Linear;
  /** The soft tint behind notices. */
  readonly soft: Linear;
}

export interface BrandColours {
  /** `--lip-accent`. */
  readonly accent?: string;
  /** `--lip-dark-accent`. */
  readonly darkAccent?: string;
  /** `--lip-on-accent`: text on the accent, in both schemes. */
  readonly onAccent?: string;
}

/** What the widgets draw in each scheme from a studio's colours (hex values that do not parse count as unset). */
export function schemeColours(brand: BrandColours): { light: SchemeColours; dark: SchemeColours } {
  const accent = parseHex(brand.accent) ?? parseHex(DEFAULT_ACCENT)!;
  const fixedOn = parseHex(brand.onAccent);
  const darkFill = parseHex(brand.darkAccent) ?? lightened(parseHex(brand.accent) ?? parseHex('#f08fab')!);
  return {
    light: {
      fill: accent,
      onFill: fixedOn ?? onAccent(accent),
      text: darkened(accent),
      surface: SURFACE.light,
      soft: mix(accent, 0.07, SURFACE.light),
    },
    dark: {
      fill: darkFill,
      onFill: fixedOn ?? onAccent(darkFill),
      text: lightened(darkFill),
      surface: SURFACE.dark,
      soft: mix(darkFill, 0.09, SURFACE.dark),
    },
  };
}

export interface ContrastCheck {
  readonly scheme: 'light' | 'dark';
  readonly pair: 'button' | 'link' | 'notice';
  readonly ratio: number;
  readonly ok: boolean;
}

/** The contrast of each text pair the widgets draw, in both schemes. */
export function contrastChecks(brand: BrandColours): ContrastCheck[] {
  const all = schemeColours(brand);
  return (['light', 'dark'] as const).flatMap((scheme) => {
    const c = all[scheme];
    const pairs: [ContrastCheck['pair'], number][] = [
      ['button', contrast(c.onFill, c.fill)],
      ['link', contrast(c.text, c.surface)],
      ['notice', contrast(c.text, c.soft)],
    ];
    return pairs.map(([pair, ratio]) => ({ scheme, pair, ratio, ok: ratio >= MIN_CONTRAST }));
  });
}

/** Words for a failing pair, in the form of the kit's console messages. */
export function contrastMessage(check: ContrastCheck, brand: BrandColours): string {
  const what = {
    button: 'text on the accent (--lip-on-accent)',
    link: 'accent text on the surface',
    notice: 'accent text on the soft tint',
  }[check.pair];
  const colours = [
    brand.onAccent && `--lip-on-accent ${brand.onAccent}`,
    brand.accent && `--lip-accent ${brand.accent}`,
    check.scheme === 'dark' && brand.darkAccent && `--lip-dark-accent ${brand.darkAccent}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${what} has a contrast of ${check.ratio.toFixed(2)}:1 in the ${check.scheme} scheme${colours ? ` (${colours})` : ''}; text needs ${MIN_CONTRAST}:1.`;
}

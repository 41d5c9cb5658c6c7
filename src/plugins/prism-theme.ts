/**
 * The Prism theme of the code blocks. Prism's `github` theme colours strings, functions,
 * numbers, keywords and comments below the 4.5:1 that WCAG AA asks for small text on its
 * own background (#f6f8fa): red 4.29:1, pink 4.32:1, teal and grey under 3:1. Each token
 * colour is darkened, keeping its hue, until it reaches the ratio.
 */
import type {PrismTheme} from 'prism-react-renderer';

/** WCAG AA for normal text, with a small margin so rounding in a checker cannot tip it. */
export const minimumContrast = 4.6;

type Rgb = readonly [number, number, number];

function parseHex(hex: string): Rgb {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
}

const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** Relative luminance as WCAG 2.1 defines it. */
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two `#rrggbb` colours. */
export function contrastRatio(foreground: string, background: string): number {
  const [a, b] = [luminance(parseHex(foreground)), luminance(parseHex(background))].sort((x, y) => y - x) as [number, number];
  return (a + 0.05) / (b + 0.05);
}

/** The colour itself when it is readable on the background, else the lightest darker shade that is. */
export function readableOn(color: string, background: string, ratio = minimumContrast): string {
  const rgb = parseHex(color);
  for (let step = 0; step <= 100; step++) {
    const candidate = toHex(rgb.map((c) => (c * (100 - step)) / 100) as unknown as Rgb);
    if (contrastRatio(candidate, background) >= ratio) return step === 0 ? color : candidate;
  }
  return '#000000';
}

/** A copy of the theme in which every token colour is readable on the theme's background. */
export function readableTheme(theme: PrismTheme): PrismTheme {
  const background = theme.plain.backgroundColor ?? '#ffffff';
  return {
    plain: {...theme.plain, ...(theme.plain.color ? {color: readableOn(theme.plain.color, background)} : {})},
    styles: theme.styles.map((style) => ({
      ...style,
      style: {...style.style, ...(style.style.color ? {color: readableOn(style.style.color, background)} : {})},
    })),
  };
}

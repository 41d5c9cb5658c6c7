import {describe, expect, it} from 'vitest';
import {themes} from 'prism-react-renderer';
import {contrastRatio, readableOn, readableTheme} from '../../src/plugins/prism-theme';

describe('contrastRatio', () => {
  it('matches known WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // The two colours axe flagged in the github theme on its background.
    // axe reports them cut to two decimals: 4.29 and 4.32.
    expect(Math.floor(contrastRatio('#d73a49', '#f6f8fa') * 100) / 100).toBe(4.29);
    expect(Math.floor(contrastRatio('#e3116c', '#f6f8fa') * 100) / 100).toBe(4.32);
  });
});

describe('readableTheme', () => {
  const theme = readableTheme(themes.github);
  const background = theme.plain.backgroundColor!;
  const colors = [theme.plain.color!, ...theme.styles.flatMap((s) => (s.style.color ? [s.style.color] : []))];

  it('gives every token at least 4.5:1 on the code background', () => {
    expect(background).toBe('#f6f8fa');
    expect(colors.length).toBeGreaterThan(5);
    for (const color of colors) expect(contrastRatio(color, background), color).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps colours that were already readable, and the hue of the ones it darkens', () => {
    expect(readableOn('#00009f', background)).toBe('#00009f');
    const red = readableOn('#d73a49', background);
    expect(red).not.toBe('#d73a49');
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(red.slice(i, i + 2), 16));
    expect(r! > g! && r! > b!).toBe(true);
  });

  it('fails the github theme as it is, so the test can tell', () => {
    const original = themes.github.styles.flatMap((s) => (s.style.color ? [s.style.color] : []));
    expect(original.some((color) => contrastRatio(color, '#f6f8fa') < 4.5)).toBe(true);
  });
});

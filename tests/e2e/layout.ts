import type {Page} from 'playwright-core';

export interface LayoutReport {
  /** How many CSS pixels the page is wider than the window (0: no sideways scrolling). */
  readonly overflowX: number;
  /** The page title (first h1) and where it sits, or null when there is no visible h1. */
  readonly title: {readonly text: string; readonly top: number; readonly bottom: number} | null;
  readonly viewportHeight: number;
  /** Pairs of text runs in the first screen whose glyph boxes overlap, as "a ⟷ b". */
  readonly overlaps: readonly string[];
}

/**
 * What a reader notices at a glance, measured in the page: sideways scrolling, the title
 * in view without scrolling, and text drawn over other text. Text is compared line box by line
 * box (Range client rects), only for text that is visible and inside the first screen.
 */
export function layoutReport(page: Page): Promise<LayoutReport> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const h1 = Array.from(document.querySelectorAll('h1')).find((el) => el.checkVisibility({opacityProperty: true, visibilityProperty: true}));
    const h1Rect = h1?.getBoundingClientRect();
    const runs: {text: string; owner: Element; rect: DOMRect}[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const owner = node.parentElement;
      if (!text || !owner) continue;
      if (!owner.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
      // Visually hidden text (clip to 1 px) is for screen readers and is not drawn.
      if (owner.getBoundingClientRect().width <= 1 || owner.getBoundingClientRect().height <= 1) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of Array.from(range.getClientRects())) {
        if (rect.width < 1 || rect.height < 1 || rect.bottom <= 0 || rect.top >= window.innerHeight) continue;
        runs.push({text: text.slice(0, 40), owner, rect});
      }
    }
    const overlaps: string[] = [];
    for (let i = 0; i < runs.length; i++) {
      for (let j = i + 1; j < runs.length; j++) {
        const a = runs[i]!;
        const b = runs[j]!;
        if (a.owner === b.owner) continue;
        const width = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const height = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        // A few pixels of touching line boxes (tight line-height) is not text over text.
        if (width > 2 && height > Math.min(a.rect.height, b.rect.height) / 3) overlaps.push(`${a.text} ⟷ ${b.text}`);
      }
    }
    return {
      overflowX: Math.max(0, root.scrollWidth - root.clientWidth),
      title: h1 && h1Rect ? {text: h1.textContent?.trim() ?? '', top: h1Rect.top, bottom: h1Rect.bottom} : null,
      viewportHeight: window.innerHeight,
      overlaps,
    };
  });
}

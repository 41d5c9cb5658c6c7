/** The text of each page of a PDF, read with pdf.js: what a reader of the printout sees. */
export async function pdfPages(data: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({data, isEvalSupported: false, useSystemFonts: false}).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    // Items are runs of glyphs; ligatures such as "ffi" come as runs of their own, so runs
    // are joined without a space and a line end becomes one.
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('').replace(/\s+/g, ' '));
  }
  return pages;
}

/** The text of a whole PDF, pages joined. */
export async function pdfText(data: Uint8Array): Promise<string> {
  return (await pdfPages(data)).join('\n').replace(/\s+/g, ' ');
}

export interface PdfPageLayout {
  readonly width: number;
  readonly height: number;
  /** Text runs in PDF points, origin bottom left: x, baseline y, width and height. */
  readonly runs: readonly {x: number; y: number; width: number; height: number; text: string}[];
}

/** Where text lands on each printed page, for checks on margins. */
export async function pdfLayout(data: Uint8Array): Promise<PdfPageLayout[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({data, isEvalSupported: false, useSystemFonts: false}).promise;
  const pages: PdfPageLayout[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const runs = content.items.flatMap((item) =>
      'str' in item && item.str.trim() ? [{x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, height: item.height, text: item.str}] : [],
    );
    pages.push({width, height, runs});
  }
  return pages;
}

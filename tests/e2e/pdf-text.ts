/** The text of a PDF, page by page, read with pdf.js: what a reader of the printout sees. */
export async function pdfText(data: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({data, isEvalSupported: false, useSystemFonts: false}).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    // Items are runs of glyphs; ligatures such as "ffi" come as runs of their own, so runs
    // are joined without a space and a line end becomes one.
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join(''));
  }
  return pages.join('\n').replace(/\s+/g, ' ');
}

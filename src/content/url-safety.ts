/**
 * Whether a link target is safe to publish. Browsers ignore tabs, newlines and leading
 * control characters in a URL and decode character references in HTML, so `java&#x73;cript:`,
 * `java\tscript:` and ` javascript:` all run script; the check sees through those encodings
 * and then allows only the schemes a content page needs. Pure and browser-safe.
 */

/** Schemes a page may link to; `pathname:` is Docusaurus' way to link a static file. */
export const safeSchemes: readonly string[] = ['http', 'https', 'mailto', 'tel', 'pathname'];

const namedReferences: Readonly<Record<string, string>> = {colon: ':', tab: '\t', newline: '\n', sol: '/', lpar: '(', rpar: ')', amp: '&'};

function decodeReferences(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z]+));?/gi, (whole, decimal: string, hex: string, name: string) => {
    const code = decimal ? Number(decimal) : hex ? Number.parseInt(hex, 16) : undefined;
    if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    return namedReferences[name.toLowerCase()] ?? whole;
  });
}

function decodePercent(text: string): string {
  return text.replace(/%([\da-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** The scheme a browser would see, lower case, or undefined for a relative link. */
export function urlScheme(url: string): string | undefined {
  let text = url;
  // Each round may reveal another layer (`&amp;#106;`, `%2526`); a few rounds cover real tricks.
  for (let round = 0; round < 4; round++) {
    const next = decodePercent(decodeReferences(text));
    if (next === text) break;
    text = next;
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what browsers drop
  const stripped = text.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200d\ufeff]/g, '');
  return /^([a-z][a-z\d+.-]*):/i.exec(stripped)?.[1]?.toLowerCase();
}

/** True when the link would use a scheme other than the safe ones, however it is written. */
export function isUnsafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme !== undefined && !safeSchemes.includes(scheme);
}

/** Link targets in Markdown text: inline links and images, reference definitions and autolinks. */
export function markdownLinkTargets(text: string): string[] {
  const targets: string[] = [];
  for (const match of text.matchAll(/\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))*)/g)) targets.push(match[1]!);
  for (const match of text.matchAll(/^[ \t]*\[[^\]]+\]:[ \t]*<?(\S*?)>?(?:[ \t]|$)/gm)) targets.push(match[1]!);
  for (const match of text.matchAll(/<([a-z][a-z\d+.-]*:[^>\s]*)>/gi)) targets.push(match[1]!);
  return [...new Set(targets)];
}

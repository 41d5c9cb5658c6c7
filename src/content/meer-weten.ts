import type {Problem} from './problems';

/**
 * A case body that writes its own "Meer weten" section. The site builds that section from the
 * frontmatter (`bron`, `websites`, `contact`); a hand-written copy shows the source twice and
 * drifts from the data, so it is an error, reported at its line.
 */
export function handWrittenMeerWeten(file: string, fileText: string): Problem[] {
  return fileText.split(/\r?\n/).flatMap((line, index) =>
    /^#{1,6}\s+Meer weten\s*#*\s*$/i.test(line.trim())
      ? [{
          file,
          line: index + 1,
          field: 'tekst',
          message: 'schrijf geen eigen sectie ‘Meer weten’: de site maakt die uit bron, websites en contact in de frontmatter; verwijder deze sectie',
          value: line.trim(),
        }]
      : [],
  );
}

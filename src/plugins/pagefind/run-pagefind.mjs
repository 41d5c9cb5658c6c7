// Runs Pagefind's Node API on a built site: `node run-pagefind.mjs <site dir> <output dir>`.
// A separate process because pagefind is an ES module only, and Docusaurus loads plugins
// through jiti, whose module sandbox cannot import it.
import {close, createIndex} from 'pagefind';

const [siteDir, outputPath] = process.argv.slice(2);

async function main() {
  const {index, errors} = await createIndex({});
  if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
  const added = await index.addDirectory({path: siteDir});
  if (added.errors.length) throw new Error(`Pagefind kon de pagina's niet lezen: ${added.errors.join('; ')}`);
  if (added.page_count === 0) throw new Error(`Pagefind vond geen pagina's met data-pagefind-body in ${siteDir}`);
  const written = await index.writeFiles({outputPath});
  if (written.errors.length) throw new Error(`Pagefind kon de index niet schrijven: ${written.errors.join('; ')}`);
}

main()
  .catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => close());

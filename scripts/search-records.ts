/**
 * `npm run search:records`: writes one structured search record per practice to a JSON file
 * (default `build/data/zoekrecords.json`, or `--out <file>`). With ALGOLIA_APP_ID,
 * ALGOLIA_INDEX_NAME and ALGOLIA_ADMIN_API_KEY set, it also pushes them to Algolia and sets
 * the facet attributes. Nothing leaves the machine unless those variables are set.
 */
// First import: zod's global settings before any schema is created.
import '../src/content/zod-config';
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {dirname, join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {loadContent} from '../src/content/load';
import {validateContent} from '../src/content/validate';
import {formatReport} from '../src/content/problems';
import {parseMdx} from '../src/content/parse-mdx';
import {buildSearchRecords, facetAttributes} from '../src/content/search-records';

const {values} = parseArgs({options: {out: {type: 'string'}, 'site-dir': {type: 'string'}, 'site-url': {type: 'string'}}});
const siteDir = resolve(values['site-dir'] ?? process.cwd());
const out = resolve(values.out ?? join(siteDir, 'build/data/zoekrecords.json'));
const siteUrl = (values['site-url'] ?? process.env.KENNISBANK_URL ?? 'https://koplopersnetwerk-jeugdpreventie.github.io').replace(/\/$/, '');

async function main(): Promise<void> {
  const content = loadContent(siteDir);
  const problems = validateContent(content);
  if (problems.length > 0) {
    console.error(formatReport(problems, content.fileCount));
    process.exitCode = 1;
    return;
  }
  const praktijken = await Promise.all(
    content.praktijken.map(async (entry) => ({...entry, tree: parseMdx(await readFile(join(siteDir, entry.file), 'utf8')).tree})),
  );
  const records = buildSearchRecords(praktijken, content.factoren, siteUrl);
  await mkdir(dirname(out), {recursive: true});
  await writeFile(out, `${JSON.stringify(records, null, 2)}\n`);
  console.log(`${records.length} zoekrecords geschreven naar ${out}`);

  const {ALGOLIA_APP_ID: appId, ALGOLIA_INDEX_NAME: indexName, ALGOLIA_ADMIN_API_KEY: adminKey} = process.env;
  if (appId && indexName && adminKey) {
    const {algoliasearch} = await import('algoliasearch');
    const client = algoliasearch(appId, adminKey);
    console.log(`Records naar Algolia-index ${indexName} sturen…`);
    await client.saveObjects({indexName, objects: records as unknown as Record<string, unknown>[]});
    await client.setSettings({
      indexName,
      indexSettings: {
        searchableAttributes: ['title', 'summary', 'gemeente', 'text'],
        attributesForFaceting: facetAttributes.map((attribute) => `searchable(${attribute})`),
        queryLanguages: ['nl'],
        indexLanguages: ['nl'],
      },
    });
    console.log('Klaar: records en facetten staan in Algolia.');
  } else {
    console.log('Geen ALGOLIA_ADMIN_API_KEY (met ALGOLIA_APP_ID en ALGOLIA_INDEX_NAME): alleen het JSON-bestand is geschreven.');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

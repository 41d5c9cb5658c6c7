import {createHash} from 'node:crypto';
import {mkdir, rm, writeFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';

/**
 * Per-practice JSON that pages fetch on demand (overview cards, "Lees eerst", the details of
 * chosen practices). Not `createData` modules: a dynamic `import()` with the slug in its path
 * puts a map of every slug into the page's chunk, so it grows with the collection.
 *
 * The plugin writes the files, in `contentLoaded`, to this folder under the site; docusaurus.config.ts
 * lists it in `staticDirectories`, so the dev server serves it and the build copies it to the
 * output, like `static/`. Files sit under a folder named by a hash of their contents
 * (`/kennisbank/<hash>/…`): a new build never meets an old cached file, so they may be cached for
 * ever. Pages find the folder in the plugin's global data (`dataUrl`), a few bytes.
 */
export const staticDataDir = '.docusaurus/kennisbank-static';

/** Writes `files` (path under the hashed folder → JSON text); returns the folder's URL path. */
export async function writeStaticData(siteDir: string, files: ReadonlyMap<string, string>): Promise<string> {
  const hash = createHash('sha256');
  for (const [path, text] of files) hash.update(path).update('\0').update(text).update('\0');
  const version = hash.digest('hex').slice(0, 10);
  const root = join(siteDir, staticDataDir);
  await rm(root, {recursive: true, force: true});
  const folders = new Set([...files.keys()].map((path) => dirname(join(root, 'kennisbank', version, path))));
  await Promise.all([...folders].map((folder) => mkdir(folder, {recursive: true})));
  await Promise.all([...files].map(([path, text]) => writeFile(join(root, 'kennisbank', version, path), text)));
  return `/kennisbank/${version}`;
}

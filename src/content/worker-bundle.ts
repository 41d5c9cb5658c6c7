/**
 * The content code as one JavaScript module for the worker threads of load-threads.ts. Loaded
 * through tsx, a worker spends about 1.6 s importing the TypeScript modules (each file crosses to
 * the loader's hook thread and is compiled); this bundle, with every package left as a plain
 * import, loads in about 0.3 s. esbuild is what tsx itself compiles with.
 */
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, renameSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {build} from 'esbuild';

/** Inside the project, so the bundle's package imports resolve to the project's node_modules. */
const cacheDir = join(__dirname, '../../node_modules/.cache/kennisbank');

let bundled: Promise<string> | undefined;

/** Builds the bundle once per process; the file is named by its content, so runs never clash. */
export function loadWorkerBundle(): Promise<string> {
  bundled ??= (async () => {
    const result = await build({
      entryPoints: [join(__dirname, 'load-worker-jobs.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      packages: 'external',
      write: false,
      logLevel: 'silent',
      // The modules that read files next to themselves (links.ts) all live in this folder.
      define: {__dirname: JSON.stringify(__dirname)},
    });
    const code = result.outputFiles[0]!.text;
    const file = join(cacheDir, `load-worker-jobs-${createHash('sha1').update(code).digest('hex').slice(0, 12)}.mjs`);
    if (!existsSync(file)) {
      mkdirSync(cacheDir, {recursive: true});
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, code);
      renameSync(temporary, file);
    }
    return file;
  })();
  return bundled;
}

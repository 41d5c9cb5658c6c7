// Worker entry of load-threads.ts. The content code is TypeScript: the main thread hands over an
// esbuild bundle of it (worker-bundle.ts), whose package imports are native. Only if that failed
// does tsx load the sources here; it would rewrite the ESM-only micromark packages to CommonJS,
// a third slower, so the parser's packages are then imported here and handed in (useParserModules).
// js-yaml is plain JavaScript without types, so it is handed in either way (useFastYaml).
import {pathToFileURL} from 'node:url';
import {parentPort, workerData} from 'node:worker_threads';
import jsYaml from 'js-yaml';

async function contentCode() {
  if (workerData.bundle) return import(pathToFileURL(workerData.bundle).href);
  const [{tsImport}, {unified}, remarkParse, remarkFrontmatter, remarkMdx] = await Promise.all([
    import('tsx/esm/api'),
    import('unified'),
    import('remark-parse'),
    import('remark-frontmatter'),
    import('remark-mdx'),
  ]);
  const code = await tsImport('./load-worker-jobs.ts', import.meta.url);
  code.useParserModules({unified, remarkParse: remarkParse.default, remarkFrontmatter: remarkFrontmatter.default, remarkMdx: remarkMdx.default});
  return code;
}

const {readJobs, useFastYaml} = await contentCode();
useFastYaml((text) => jsYaml.load(text, {schema: jsYaml.CORE_SCHEMA}));
parentPort.postMessage(readJobs(workerData.siteDir, workerData.jobs));

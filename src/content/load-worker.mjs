// Worker entry of load-threads.ts. The content code is TypeScript: the main thread hands over an
// esbuild bundle of it (worker-bundle.ts); only if that failed does tsx load the sources here.
// The parser's packages are imported here, natively: see useParserModules in parse-mdx.ts;
// js-yaml is plain JavaScript without types, so it is handed in from here too (useFastYaml).
import {pathToFileURL} from 'node:url';
import {parentPort, workerData} from 'node:worker_threads';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import jsYaml from 'js-yaml';

const {readJobs, useParserModules, useFastYaml} = workerData.bundle
  ? await import(pathToFileURL(workerData.bundle).href)
  : await (await import('tsx/esm/api')).tsImport('./load-worker-jobs.ts', import.meta.url);
useParserModules({unified, remarkParse, remarkFrontmatter, remarkMdx});
useFastYaml((text) => jsYaml.load(text, {schema: jsYaml.CORE_SCHEMA}));
parentPort.postMessage(readJobs(workerData.siteDir, workerData.jobs));

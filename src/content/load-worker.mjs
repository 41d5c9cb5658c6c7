// Worker entry of load-threads.ts. The content code is TypeScript; tsx loads it here as it does
// for the scripts (the build itself loads it through Docusaurus, which a worker does not share).
// The parser's packages are imported here, natively: see useParserModules in parse-mdx.ts;
// js-yaml is plain JavaScript without types, so it is handed in from here too (useFastYaml).
import {parentPort, workerData} from 'node:worker_threads';
import {tsImport} from 'tsx/esm/api';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import jsYaml from 'js-yaml';

const {readJobs, useParserModules, useFastYaml} = await tsImport('./load-threads.ts', import.meta.url);
useParserModules({unified, remarkParse, remarkFrontmatter, remarkMdx});
useFastYaml((text) => jsYaml.load(text, {schema: jsYaml.CORE_SCHEMA}));
parentPort.postMessage(readJobs(workerData.siteDir, workerData.jobs));

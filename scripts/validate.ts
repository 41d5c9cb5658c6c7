/**
 * `npm run validate`: the content checks of the build, without building.
 * Prints one line per problem and a summary; exits 1 when anything is wrong.
 */
// First import: zod's global settings before any schema is created.
import '../src/content/zod-config';
import {loadContent} from '../src/content/load';
import {preloadContent} from '../src/content/load-threads';
import {validateContent} from '../src/content/validate';
import {formatReport} from '../src/content/problems';

async function main(): Promise<void> {
  const siteDir = process.argv[2] ?? process.cwd();
  const started = performance.now();
  await preloadContent(siteDir);
  const content = loadContent(siteDir);
  const problems = validateContent(content);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const report = formatReport(problems, content.fileCount);
  if (problems.length > 0) {
    console.error(report);
    process.exitCode = 1;
  } else {
    console.log(`${report} (${seconds} s)`);
  }
}

void main();

/**
 * What a worker thread of load-threads.ts runs: the loader on its share of the files. Kept apart
 * from load-threads.ts so the worker's bundle (worker-bundle.ts) holds the content code only.
 */
// First import: a worker thread starts here, and zod's settings (Dutch messages) must come first.
import './zod-config';
import type {ContentKind} from './schemas';
import {loadFile, type FileResult} from './load';
import {docPage, type DocPage} from './links';

// For load-worker.mjs, which reaches the content code through this module only.
export {useParserModules} from './parse-mdx';
export {useFastYaml} from './load';

export interface Job {
  readonly kind: ContentKind;
  readonly path: string;
  readonly source: string;
}

/** A file's result without its functions, as it crosses between threads. */
export type Sent = Omit<FileResult<ContentKind>, 'entry' | 'rejected'> & {
  entry?: Omit<NonNullable<FileResult<ContentKind>['entry']>, 'locate'>;
  rejected?: Omit<NonNullable<FileResult<ContentKind>['rejected']>, 'locate'>;
};

/** Worker side: reads its share of the files and returns the results. */
export function readJobs(siteDir: string, jobs: readonly Job[]): {result: Sent; page: DocPage}[] {
  return jobs.map(({kind, path, source}) => {
    const {entry, rejected, ...rest} = loadFile(kind, path, siteDir, source);
    const {locate: _entryLocate, ...sentEntry} = entry ?? {locate: undefined};
    const {locate: _rejectedLocate, ...sentRejected} = rejected ?? {locate: undefined};
    const result: Sent = {...rest, ...(entry ? {entry: sentEntry as Sent['entry']} : {}), ...(rejected ? {rejected: sentRejected as Sent['rejected']} : {})};
    return {result, page: docPage(siteDir, path, source)};
  });
}


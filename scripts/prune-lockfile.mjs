#!/usr/bin/env node
// The npm registry this project is built against carries the platform binaries of
// @swc/core and @swc/html for linux-x64 only. `npm install` then writes a lock file that
// names the other platforms' optional packages without entries for them, and `npm ci`
// refuses it. This removes optional dependencies that have no entry in the lock file.
// Run after `npm install` changes package-lock.json: `node scripts/prune-lockfile.mjs`.
import {readFileSync, writeFileSync} from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const present = new Set(Object.keys(lock.packages).map((key) => key.replace(/^.*node_modules\//, '')));
let removed = 0;
for (const entry of Object.values(lock.packages)) {
  if (!entry.optionalDependencies) continue;
  for (const name of Object.keys(entry.optionalDependencies)) {
    if (!present.has(name)) {
      delete entry.optionalDependencies[name];
      removed++;
    }
  }
  if (Object.keys(entry.optionalDependencies).length === 0) delete entry.optionalDependencies;
}
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`prune-lockfile: ${removed} optionele afhankelijkheden zonder pakket verwijderd`);

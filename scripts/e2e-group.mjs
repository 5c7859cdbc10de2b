#!/usr/bin/env node
// Prints the paths of one group of e2e files from test/e2e/groups.json, one per line, for `.ci/run` (which runs the
// groups at the same time). Exits 2 when the group is unknown or when the groups and test/e2e/*.test.ts disagree (a
// file in no group, in two, or missing), so a new e2e file cannot silently drop out of CI.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const e2e = join(root, 'test', 'e2e');

/** The problems between groups.json and the files on disk (empty when they agree). */
export function groupProblems(groups, files) {
  const problems = [];
  const seen = new Map();
  for (const [group, names] of Object.entries(groups)) {
    for (const name of names) {
      if (seen.has(name)) problems.push(`${name} is in groups ${seen.get(name)} and ${group}`);
      seen.set(name, group);
      if (!files.includes(name)) problems.push(`${name} (group ${group}) has no test/e2e/${name}.test.ts`);
    }
  }
  for (const f of files)
    if (!seen.has(f)) problems.push(`test/e2e/${f}.test.ts is in no group of test/e2e/groups.json`);
  return problems;
}

/** The groups of test/e2e/groups.json (its `about` text left out). */
export function readGroups() {
  const groups = JSON.parse(readFileSync(join(e2e, 'groups.json'), 'utf8'));
  delete groups.about;
  return groups;
}

/** The e2e file names on disk, without `.test.ts`. */
export function e2eFiles() {
  return readdirSync(e2e)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -'.test.ts'.length))
    .sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const groups = readGroups();
  const wanted = process.argv[2];
  const problems = groupProblems(groups, e2eFiles());
  if (!wanted || !(wanted in groups)) problems.unshift(`usage: e2e-group.mjs <${Object.keys(groups).join('|')}>`);
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n')}\n`);
    process.exit(2);
  }
  process.stdout.write(groups[wanted].map((n) => `test/e2e/${n}.test.ts\n`).join(''));
}

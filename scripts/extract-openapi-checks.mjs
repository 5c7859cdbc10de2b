#!/usr/bin/env node
// Extracts the check-runs part of GitHub's OpenAPI description (@octokit/openapi) into a small committed fixture,
// sandbox/github/openapi/check-runs.json, so the GitHub API stub validates requests and responses against GitHub's
// own schemas without CI installing the 385 MB package.
//
//   npm install --prefix /tmp/openapi @octokit/openapi@23
//   node scripts/extract-openapi-checks.mjs --prefix /tmp/openapi
//
// Keeps the /repos/{owner}/{repo}/.../check-runs paths and every component they reference (transitively); drops
// examples. The output is deterministic (sorted keys), so re-running with the same package version changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const prefixIndex = args.indexOf('--prefix');
const prefix = prefixIndex === -1 ? (process.env.OPENAPI_PREFIX ?? '/tmp/openapi') : args[prefixIndex + 1];
const outIndex = args.indexOf('--out');
const out = outIndex === -1 ? join(root, 'sandbox/github/openapi/check-runs.json') : resolve(args[outIndex + 1]);

// Resolve the file without loading the package (requiring it costs ~10 s and ~900 MB;
// docs/toolchain.md#openapi-schema).
const require = createRequire(join(resolve(prefix), 'noop.js'));
const specPath = require.resolve('@octokit/openapi/generated/api.github.com.json');
const pkg = JSON.parse(readFileSync(join(dirname(specPath), '..', 'package.json'), 'utf8'));
const spec = JSON.parse(readFileSync(specPath, 'utf8'));

const PATHS = Object.keys(spec.paths)
  .filter((p) => /^\/repos\/\{owner\}\/\{repo\}\/(check-runs|commits\/\{ref\}\/check-runs)/.test(p))
  .sort();

/** Deep copy without `examples`/`example` keys inside media types. */
function strip(value) {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === 'object') {
    const out = {};
    for (const key of Object.keys(value).sort()) {
      if (key === 'examples' && !('type' in value)) continue;
      out[key] = strip(value[key]);
    }
    return out;
  }
  return value;
}

const components = {};
const pending = [];
function collectRefs(value) {
  if (Array.isArray(value)) return value.forEach(collectRefs);
  if (!value || typeof value !== 'object') return;
  if (typeof value.$ref === 'string') pending.push(value.$ref);
  for (const v of Object.values(value)) collectRefs(v);
}

const paths = {};
for (const p of PATHS) {
  paths[p] = strip(spec.paths[p]);
  collectRefs(paths[p]);
}
const seen = new Set();
while (pending.length) {
  const ref = pending.pop();
  if (seen.has(ref)) continue;
  seen.add(ref);
  const m = /^#\/components\/([^/]+)\/(.+)$/.exec(ref);
  if (!m) throw new Error(`unsupported $ref ${ref}`);
  const [, kind, name] = m;
  const value = strip(spec.components[kind]?.[name]);
  if (value === undefined) throw new Error(`dangling $ref ${ref}`);
  (components[kind] ??= {})[name] = value;
  collectRefs(value);
}
const sortedComponents = {};
for (const kind of Object.keys(components).sort()) {
  sortedComponents[kind] = {};
  for (const name of Object.keys(components[kind]).sort()) sortedComponents[kind][name] = components[kind][name];
}

const fixture = {
  openapi: spec.openapi,
  info: {
    title: `${spec.info.title} (check runs only)`,
    version: spec.info.version,
    'x-extracted-from': `@octokit/openapi@${pkg.version} generated/api.github.com.json`,
    'x-extracted-by': 'scripts/extract-openapi-checks.mjs',
  },
  paths,
  components: sortedComponents,
};
// Formatted with the repository's prettier settings, so `prettier --check .` stays clean.
const prettier = await import('prettier');
const options = (await prettier.resolveConfig(out)) ?? {};
writeFileSync(out, await prettier.format(JSON.stringify(fixture), { ...options, parser: 'json' }));
const size = readFileSync(out).length;
console.log(`wrote ${out}: ${PATHS.length} paths, ${seen.size} components, ${(size / 1024).toFixed(0)} KiB`);

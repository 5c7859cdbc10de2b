/** `kdf publish` (in process and as the built binary) and the action's metadata against its code. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse as parseYaml } from 'yaml';

import { GitHubStub } from '../../../sandbox/github/index.js';
import { INPUTS, OUTPUTS, readSettings } from '../../../src/actions/publish-results.js';
import { DEFAULT_ANNOTATIONS_LIMIT } from '../../../src/results/publish/publish.js';
import { main } from '../../../src/cli/main.js';
import { Inputs, recordInputSource } from '../../../src/runtime/inputs.js';
import { ConfigurationError } from '../../../src/runtime/errors.js';
import { REPO_ROOT } from '../../helpers/paths.js';
import { FIXTURES } from '../helpers/fixtures.js';

function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'kdf-cli-'));
  cpSync(join(FIXTURES, 'jest-junit.xml'), join(ws, 'out', 'jest.xml'));
  cpSync(join(FIXTURES, 'python-subunit.subunit'), join(ws, 'out', 'unit.subunit'));
  return ws;
}

async function kdf(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
    env: { GITHUB_WORKSPACE: cwd, ...env },
  });
  return { code, stdout, stderr };
}

describe('kdf publish', () => {
  it('--dry-run writes requests.json and summary.md and touches no network', async () => {
    const ws = workspace();
    const r = await kdf(
      ['publish', '--results', 'out/*.xml,out/*.subunit', '--dry-run', '--out', 'dry', '--fail-on', 'never'],
      ws,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Wrote dry/requests.json (1 request(s), 6 annotation(s)) and dry/summary.md');
    const requests = JSON.parse(readFileSync(join(ws, 'dry', 'requests.json'), 'utf8')) as Array<
      Record<string, unknown>
    >;
    expect(requests).toHaveLength(1);
    expect(Object.keys(requests[0] ?? {})).toEqual(['method', 'path', 'body']);
    expect(requests[0]).toMatchObject({
      method: 'POST',
      path: '/repos/OWNER/REPO/check-runs',
      body: { head_sha: '0'.repeat(40), conclusion: 'neutral' },
    });
    expect(readFileSync(join(ws, 'dry', 'summary.md'), 'utf8')).toContain('#### Failures (6)');
  });

  it('exits 1 when results fail under --fail-on, 2 for a bad flag naming it', async () => {
    const ws = workspace();
    expect((await kdf(['publish', '--results', 'out/*', '--dry-run'], ws)).code).toBe(1);
    const bad = await kdf(['publish', '--results', 'out/*', '--dry-run', '--annotations-limit=-3'], ws);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Input '--annotations-limit' must be an integer between 0 and 1000000 (got '-3')");
    const none = await kdf(['publish', '--dry-run'], ws);
    expect(none).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^kdf publish: error: --results is required/),
    });
    const out = await kdf(['publish', '--results', 'x', '--out', 'd'], ws);
    expect(out.stderr).toContain('--out only makes sense with --dry-run');
  });

  it('refuses, with exit 2 and one line naming the flag: a repeated flag, a bad --repo, --mode summary --dry-run', async () => {
    const ws = workspace();
    const refused = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
      const r = await kdf(['publish', '--results', 'out/*', ...args], ws, env);
      expect(r.code).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      return r.stderr;
    };
    expect(await refused(['--dry-run', '--name', 'a', '--name', 'b'])).toContain('--name was given more than once');
    expect(await refused(['--dry-run', '--fail-on=never', '--fail-on', 'error'])).toContain('--fail-on was given more');
    expect(await refused(['--dry-run', '--repo', 'kuryr/example/extra'])).toContain(
      "--repo must be OWNER/NAME (letters, digits, '-', '_' and '.'), got 'kuryr/example/extra'",
    );
    expect(await refused(['--dry-run', '--mode', 'summary'])).toContain('--mode summary makes no API request');
    // --results stays repeatable
    expect((await kdf(['publish', '--results', 'out/*.xml', '--results', 'out/*.subunit', '--dry-run'], ws)).code).toBe(
      1,
    );
  });

  it('without GITHUB_TOKEN outside a dry run: exit 2 naming GITHUB_TOKEN, before any request', async () => {
    const stub = await GitHubStub.start();
    try {
      const ws = workspace();
      const env = { GITHUB_REPOSITORY: 'kuryr/example', GITHUB_SHA: 'a'.repeat(40), GITHUB_API_URL: stub.url };
      const started = Date.now();
      const r = await kdf(['publish', '--results', 'out/*'], ws, env);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^kdf publish: error: GITHUB_TOKEN is not set: writing a check run needs a token/);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(stub.requests).toEqual([]);
      // summary mode needs no token
      const summary = await kdf(['publish', '--results', 'out/*', '--mode', 'summary', '--fail-on', 'never'], ws, env);
      expect(summary.code).toBe(0);
    } finally {
      await stub.close();
    }
  });

  it('workflow_run: an uploaded event file naming another commit exits 2 naming event-file, no request sent', async () => {
    const stub = await GitHubStub.start();
    try {
      const ws = workspace();
      const head = 'a'.repeat(40);
      writeFileSync(join(ws, 'current.json'), JSON.stringify({ workflow_run: { head_sha: head, pull_requests: [] } }));
      const forged = { pull_request: { number: 5, head: { sha: 'f'.repeat(40) } }, repository: { full_name: 'k/e' } };
      writeFileSync(join(ws, 'event.json'), JSON.stringify(forged));
      const env = {
        GITHUB_REPOSITORY: 'k/e',
        GITHUB_SHA: 'e'.repeat(40),
        GITHUB_EVENT_NAME: 'workflow_run',
        GITHUB_EVENT_PATH: join(ws, 'current.json'),
        GITHUB_API_URL: stub.url,
        GITHUB_TOKEN: 'ghs_x',
      };
      const r = await kdf(['publish', '--results', 'out/*', '--event-file', 'event.json'], ws, env);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`event-file: its head commit ${'f'.repeat(40)} is not the one published`);
      expect(stub.requests).toEqual([]);
      writeFileSync(
        join(ws, 'event.json'),
        JSON.stringify({ ...forged, pull_request: { number: 5, head: { sha: head } } }),
      );
      const ok = await kdf(
        ['publish', '--results', 'out/*', '--event-file', 'event.json', '--fail-on', 'never'],
        ws,
        env,
      );
      expect(ok.code).toBe(0);
      expect(stub.runs().map((run) => run.head_sha)).toEqual([head]);
    } finally {
      await stub.close();
    }
  });

  it(`annotates at most ${DEFAULT_ANNOTATIONS_LIMIT} by default and says how many it left out`, async () => {
    const ws = workspace();
    const cases = Array.from({ length: 1200 }, (_, i) => `<testcase name="t${i}"><failure message="m"/></testcase>`);
    writeFileSync(join(ws, 'big.xml'), `<testsuite name="s">${cases.join('')}</testsuite>`);
    const r = await kdf(['publish', '--results', 'big.xml', '--dry-run', '--fail-on', 'never'], ws);
    expect(r.stdout).toContain('(20 request(s), 1000 annotation(s), 200 left out)');
    const all = await kdf(
      ['publish', '--results', 'big.xml', '--dry-run', '--fail-on', 'never', '--annotations-limit', '0'],
      ws,
    );
    expect(all.stdout).toContain('(24 request(s), 1200 annotation(s))');
  });

  it('--help documents what exit code 4 means for publish', async () => {
    const r = await kdf(['publish', '--help'], '/');
    expect(r.stdout).toContain('4 publishing failed (the check run could not be written; the job summary is complete)');
  });

  it('runs from the built bundle', () => {
    const bin = join(REPO_ROOT, 'bin', 'kdf.js');
    if (!existsSync(join(REPO_ROOT, 'dist', 'cli', 'index.js')))
      throw new Error('dist/ is not built: run npm run build');
    const ws = workspace();
    const r = spawnSync(
      process.execPath,
      [bin, 'publish', '--results', 'out/jest.xml', '--dry-run', '--out', 'd', '--fail-on', 'never'],
      {
        cwd: ws,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root' },
        timeout: 30_000,
      },
    );
    expect(r.status).toBe(0);
    expect(existsSync(join(ws, 'd', 'requests.json'))).toBe(true);
  });
});

describe('publish-results action metadata', () => {
  const yaml = parseYaml(readFileSync(join(REPO_ROOT, 'actions', 'publish-results', 'action.yml'), 'utf8')) as {
    inputs: Record<string, { description: string; default?: string; required?: boolean }>;
    outputs: Record<string, { description: string }>;
    runs: { using: string; main: string };
  };

  it('declares exactly the inputs and outputs the code reads and writes, each documented', () => {
    expect(Object.keys(yaml.inputs).sort()).toEqual(Object.values(INPUTS).sort());
    expect(Object.keys(yaml.outputs).sort()).toEqual([...OUTPUTS].sort());
    for (const spec of [...Object.values(yaml.inputs), ...Object.values(yaml.outputs)])
      expect(spec.description.length).toBeGreaterThan(10);
    expect(yaml.inputs.token?.default).toBe('${{ github.token }}');
    expect(yaml.runs).toEqual({ using: 'node24', main: '../../dist/actions/publish-results/main.js' });
  });

  it('defaults in action.yml match the defaults in code', () => {
    const defaults = Object.fromEntries(
      Object.entries(yaml.inputs).flatMap(([k, v]) =>
        v.default !== undefined && k !== 'token' ? [[k, v.default]] : [],
      ),
    );
    const fromYaml = readSettings(new Inputs(recordInputSource({ ...defaults, results: 'x' })));
    const fromCode = readSettings(new Inputs(recordInputSource({ results: 'x' })));
    expect(fromYaml).toEqual(fromCode);
  });

  it('rejects bad inputs with a ConfigurationError naming the input', () => {
    const read = (values: Record<string, string>) => () =>
      readSettings(new Inputs(recordInputSource({ results: 'x', ...values })));
    expect(read({ 'fail-on': 'errors' })).toThrow(ConfigurationError);
    expect(read({ 'fail-on': 'errors' })).toThrow(/Input 'fail-on' must be one of: failure, error, never/);
    expect(read({ 'annotations-limit': 'all' })).toThrow(/Input 'annotations-limit' must be an integer/);
    expect(() => readSettings(new Inputs(recordInputSource({})))).toThrow(/Input 'results' is required/);
  });
});

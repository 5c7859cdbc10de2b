/**
 * The built-in scenarios that need Kuryr's namespace subnet driver (tag `namespace-subnet-driver`), run with
 * `kdf connectivity` on a cluster of their own made with that driver and the policy security-group driver
 * (`kdf-kube init --subnet-driver namespace --sg-driver policy`): each namespace gets its network, subnet and group,
 * and the data plane enforces the groups, so the isolation cells can fail for real. Cluster `kdf` keeps the default
 * subnet driver, which is why test/e2e/connectivity.test.ts selects these scenarios out.
 *
 * Needs `kdf sandbox up --kuryr-defaults`.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { main } from '../../src/cli/main.js';
import type { ResultsDocument } from '../../src/results/model.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { layout, RUN_ID, sandboxState } from './cloud.js';

jest.setTimeout(900_000);

const CLUSTER = `e2e-nsd-${RUN_ID}`;
const KUBECTL = join(REPO_ROOT, 'sandbox', 'kube', 'bin', 'kubectl');
const KURYR_BIN = join(REPO_ROOT, 'sandbox', 'kuryr', 'bin');
const PY = '/usr/bin/python3';
const work = mkdtempSync(join(tmpdir(), 'kdf-nsd-e2e-'));
const kubeconfig = join(work, 'kubeconfig');
const savedPath = process.env.PATH;

/** `kdf connectivity` on this file's cluster; returns its exit code, output and results document. */
async function connectivity(
  args: string[],
  dir: string,
): Promise<{ status: number; out: string; doc: ResultsDocument }> {
  let out = '';
  const write = (c: string): void => {
    out += c;
  };
  const status = await main(
    [
      'connectivity',
      '--kubeconfig',
      kubeconfig,
      '--kubectl',
      KUBECTL,
      '--prefix-netns',
      sandboxState().namespace,
      '--results-dir',
      dir,
      ...args,
    ],
    {
      stdout: { write },
      stderr: { write },
      cwd: work,
      env: { ...process.env, OS_CLIENT_CONFIG_FILE: layout.cloudsYaml },
    },
  );
  const doc = JSON.parse(readFileSync(join(dir, 'connectivity.json'), 'utf8')) as ResultsDocument;
  return { status, out, doc };
}

const notPassed = (doc: ResultsDocument): string[] =>
  doc.cases.filter((c) => c.status !== 'passed').map((c) => `${c.id}: ${c.status}: ${c.message ?? ''}`);

beforeAll(() => {
  // the systemctl double first on PATH, as `kdf sandbox exec` puts it (restart steps run systemctl on the host)
  process.env.PATH = `${KURYR_BIN}:${savedPath ?? ''}`;
  execFileSync(PY, [
    join(REPO_ROOT, 'sandbox', 'kube', 'bin', 'kdf-kube'),
    'init',
    '--state-dir',
    layout.root,
    '--cluster',
    CLUSTER,
    '--mode',
    'baremetal',
    '--kubeconfig',
    kubeconfig,
    '--namespace',
    sandboxState().namespace,
    '--sg-driver',
    'policy',
    '--subnet-driver',
    'namespace',
  ]);
});

afterAll(() => {
  process.env.PATH = savedPath;
  rmSync(work, { recursive: true, force: true });
});

describe('scenarios of the namespace subnet driver', () => {
  it('namespaces: isolation between namespaces and of their services, on per-namespace networks', async () => {
    const r = await connectivity(
      ['--suites', 'namespaces', '--filter', 'tag:namespace-subnet-driver'],
      join(work, 'ns'),
    );
    expect(notPassed(r.doc)).toEqual([]);
    const scenarios = r.doc.cases.filter((c) => !c.id.includes('/wait/') && c.id.split('/').length === 2);
    expect(scenarios.map((c) => c.id).sort()).toEqual([
      'namespaces/namespace-isolation',
      'namespaces/namespace-service-isolation',
    ]);
    // the workloads' ports were found on their namespaces' own networks, not on k8s-pod-net
    expect(r.doc.cases.filter((c) => c.id.includes('/wait/ports-')).map((c) => c.status)).toEqual(
      Array(4).fill('passed'),
    );
    expect(r.status).toBe(0);
  });
});

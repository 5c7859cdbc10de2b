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
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { main } from '../../src/cli/main.js';
import type { ResultsDocument } from '../../src/results/model.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { kubeClusterDir, makeKubeCluster, removeKubeCluster } from '../../src/sandbox/kube-cluster.js';
import { host, layout, RUN_ID, sandboxState } from './cloud.js';

jest.setTimeout(900_000);

const CLUSTER = `e2e-nsd-${RUN_ID}`;
const KUBECTL = join(REPO_ROOT, 'sandbox', 'kube', 'bin', 'kubectl');
const KURYR_BIN = join(REPO_ROOT, 'sandbox', 'kuryr', 'bin');
const work = mkdtempSync(join(tmpdir(), 'kdf-nsd-e2e-'));
const kubeconfig = join(work, 'kubeconfig');
// the Kuryr emulation reads a cluster's kuryr.conf from its directory, as Kuryr reads /etc/kuryr/kuryr.conf
const kuryrConf = join(kubeClusterDir(layout, CLUSTER), 'kuryr.conf');
// what Kuryr's DevStack plugin of the pinned train writes for the pool (KURYR_VIF_POOL_DRIVER defaults to noop)
const KURYR_CONF = [
  '[DEFAULT]',
  'debug = True',
  '',
  '[kubernetes]',
  'pod_vif_driver = neutron-vif',
  'vif_pool_driver = noop',
  '',
  '[vif_pool]',
  'ports_pool_min = 2',
  'ports_pool_max = 0',
  'ports_pool_batch = 5',
  'ports_pool_update_frequency = 30',
  '',
].join('\n');
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

beforeAll(async () => {
  // the systemctl double first on PATH, as `kdf sandbox exec` puts it (restart steps run systemctl on the host)
  process.env.PATH = `${KURYR_BIN}:${savedPath ?? ''}`;
  await makeKubeCluster(host, layout, {
    name: CLUSTER,
    kubeconfig,
    sgDriver: 'policy',
    subnetDriver: 'namespace',
    // the upper half of k8s-service-subnet (10.0.0.128/26): cluster kdf allocates from the lower half, so the
    // load balancers' VIPs of the two clusters never collide, whatever else runs
    serviceRange: '10.0.0.160/27',
    kuryrConf: KURYR_CONF,
  });
});

afterAll(async () => {
  process.env.PATH = savedPath;
  rmSync(work, { recursive: true, force: true });
  await removeKubeCluster(host, layout, CLUSTER);
}, 300_000);

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

  it('ports-pool: batches, the noop driver, minimum and maximum, set in kuryr.conf and put back afterwards', async () => {
    const r = await connectivity(['--suites', 'ports-pool', '--kuryr-conf', kuryrConf], join(work, 'pool'));
    expect(notPassed(r.doc)).toEqual([]);
    const scenarios = r.doc.cases.filter((c) => c.id.split('/').length === 2 && !c.id.includes('/wait/'));
    expect(scenarios.map((c) => c.id).sort()).toEqual([
      'ports-pool/pool-batch-update',
      'ports-pool/pool-grows-by-batch',
      'ports-pool/pool-min-max',
      'ports-pool/pool-noop-driver',
    ]);
    // the counts the steps waited for are in their messages: a batch of 5, then 7, one port under noop
    const step = (id: string): string => r.doc.cases.find((c) => c.id === id)?.message ?? '';
    expect(step('ports-pool/pool-grows-by-batch/2-scale')).toMatch(/\(\d+ \+ 5\)/);
    expect(step('ports-pool/pool-batch-update/2-scale')).toMatch(/\(\d+ \+ 7\)/);
    expect(step('ports-pool/pool-noop-driver/2-scale')).toMatch(/\(\d+ \+ 1\)/);
    // every scenario put the options it changed back, so the file is as the test wrote it
    expect(readFileSync(kuryrConf, 'utf8')).toBe(KURYR_CONF);
    expect(r.status).toBe(0);
  });
});

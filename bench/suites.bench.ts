/**
 * The built-in connectivity suites on the sandbox (`npm run bench suites`): each suite's wall time through
 * `kdf connectivity`, and the whole set against the budget of issue #16 (about ten minutes on the 2-core machine).
 * Baremetal suites run on the sandbox's cluster `kdf` (default subnet driver, so `!tag:namespace-subnet-driver`);
 * the namespace-subnet-driver scenarios and `ports-pool` run on a cluster made here with that driver (removed at the
 * end). `nested` needs a trunk VM and is left out (test/e2e/connectivity-nested.test.ts runs it).
 *
 * Needs root and `kdf sandbox up --kuryr-defaults` (KDF_SANDBOX_DIR); otherwise the report says it was skipped.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { main } from '../src/cli/main.js';
import { ProcessCommandRunner } from '../src/runtime/process-runner.js';
import { makeKubeCluster, removeKubeCluster } from '../src/sandbox/kube-cluster.js';
import { sandboxLayout } from '../src/sandbox/layout.js';
import { readState } from '../src/sandbox/state.js';
import type { BenchReport, BenchRow } from './run.js';

/** The budget for the whole set, in seconds. */
const BUDGET_S = 600;
const layout = sandboxLayout(process.cwd(), process.env);
const runner = new ProcessCommandRunner({ killGraceMs: 2000 });
const KURYR_CONF = '[kubernetes]\npod_vif_driver = neutron-vif\nvif_pool_driver = noop\n';

interface Leg {
  name: string;
  args: string[];
  /** true: the namespace-driver cluster. */
  nsd?: boolean;
}

const LEGS: Leg[] = [
  ...['default-config', 'basic', 'udp'].map((s) => ({ name: s, args: ['--suites', s] })),
  { name: 'external', args: ['--suites', 'external', '--external-target', '198.51.100.10:80'] },
  ...['network-policy', 'services', 'lifecycle', 'namespaces'].map((s) => ({
    name: s,
    args: ['--suites', s, '--filter', '!tag:namespace-subnet-driver'],
  })),
  {
    name: 'namespaces (namespace subnet driver)',
    nsd: true,
    args: ['--suites', 'namespaces', '--filter', 'tag:namespace-subnet-driver'],
  },
  { name: 'ports-pool', nsd: true, args: ['--suites', 'ports-pool'] },
];

async function runLeg(leg: Leg, kubeconfig: string, kuryrConf: string, dir: string): Promise<BenchRow> {
  let out = '';
  const write = (c: string): void => {
    out += c;
  };
  const t0 = Date.now();
  const status = await main(
    [
      'connectivity',
      '--kubeconfig',
      kubeconfig,
      '--kubectl',
      join(process.cwd(), 'sandbox', 'kube', 'bin', 'kubectl'),
      '--prefix-netns',
      readState(layout)?.namespace ?? 'kdf-sbx',
      '--results-dir',
      dir,
      '--kuryr-conf',
      kuryrConf,
      ...leg.args,
    ],
    {
      stdout: { write },
      stderr: { write },
      cwd: dir,
      env: { ...process.env, OS_CLIENT_CONFIG_FILE: layout.cloudsYaml },
    },
  );
  const s = (Date.now() - t0) / 1000;
  const passed = /passed=(\d+)/.exec(out)?.[1] ?? '?';
  const failed = /failed=(\d+)/.exec(out)?.[1] ?? '?';
  return {
    name: leg.name,
    value: s,
    unit: 's',
    ratio: s / BUDGET_S,
    note: `exit ${status}, ${passed} passed, ${failed} failed`,
  };
}

export default async function bench(): Promise<BenchReport> {
  const title = 'built-in connectivity suites on the sandbox';
  const skipped = (note: string): BenchReport => ({
    title,
    baseline: '-',
    rows: [{ name: 'skipped', value: 0, unit: '', note }],
  });
  if (process.getuid?.() !== 0) return skipped('needs root');
  const kdfKubeconfig = join(layout.root, 'kube', 'kubeconfig');
  if (!readState(layout) || !existsSync(kdfKubeconfig)) return skipped(`no sandbox with cluster kdf in ${layout.root}`);
  const work = mkdtempSync(join(tmpdir(), 'kdf-bench-suites-'));
  const cluster = `bench-nsd-${process.pid.toString(36)}`;
  const nsdKubeconfig = join(work, 'kubeconfig');
  const savedPath = process.env.PATH;
  // the sandbox's systemctl double first on PATH, as `kdf sandbox exec` puts it (restart steps)
  process.env.PATH = `${join(process.cwd(), 'sandbox', 'kuryr', 'bin')}:${savedPath ?? ''}`;
  try {
    const clusterDir = await makeKubeCluster(runner, layout, {
      name: cluster,
      kubeconfig: nsdKubeconfig,
      sgDriver: 'policy',
      subnetDriver: 'namespace',
      serviceRange: '10.0.0.160/27',
      kuryrConf: KURYR_CONF,
    });
    const rows: BenchRow[] = [];
    for (const [i, leg] of LEGS.entries()) {
      const kubeconfig = leg.nsd ? nsdKubeconfig : kdfKubeconfig;
      rows.push(await runLeg(leg, kubeconfig, join(clusterDir, 'kuryr.conf'), join(work, String(i))));
    }
    const total = rows.reduce((a, r) => a + r.value, 0);
    rows.push({ name: 'all of the above', value: total, unit: 's', ratio: total / BUDGET_S, note: 'nested left out' });
    return { title, baseline: `the issue's budget for the whole set, ${BUDGET_S} s`, rows };
  } finally {
    process.env.PATH = savedPath;
    await removeKubeCluster(runner, layout, cluster).catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }
}

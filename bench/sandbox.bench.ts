/**
 * Sandbox bring-up time (`npm run bench sandbox`): `kdf sandbox up --kuryr-defaults` from installed packages and an
 * empty state directory, a converging second `up`, and `down --wipe`, on a private namespace and state directory.
 *
 * Baseline: the reference scripts the sandbox grew from (a directory with their setup.sh and teardown.sh, all steps
 * but `packages`; they are not part of this repository), run in the same bench inside a throw-away namespace when
 * KDF_BENCH_REFERENCE names that directory (about four more minutes); otherwise the budget of 120 s. Needs root and scripts/install-sandbox-packages.sh; skipped
 * (one row saying why) without them.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { ProcessCommandRunner } from '../src/runtime/process-runner.js';
import { sandboxDown } from '../src/sandbox/down.js';
import { sandboxLayout, type SandboxLayout } from '../src/sandbox/layout.js';
import { Namespace } from '../src/sandbox/netns.js';
import { checkInstalled } from '../src/sandbox/packages.js';
import { sandboxUp } from '../src/sandbox/up.js';
import type { BenchReport, BenchRow } from './run.js';

const NAMESPACE = 'kdf-sbx-bench';
const REFERENCE_NAMESPACE = 'kdf-sbx-bench-ref';
const BUDGET_S = 120;
// read here, not at import time: the bench module is loaded even when another bench is run
const referenceDir = (): string | undefined =>
  process.env.KDF_BENCH_REFERENCE ? resolve(process.env.KDF_BENCH_REFERENCE) : undefined;

const runner = new ProcessCommandRunner({ killGraceMs: 2000 });

/** Seconds since `t0` (performance.now() milliseconds). */
const since = (t0: number): number => (performance.now() - t0) / 1000;

async function ours(layout: SandboxLayout): Promise<{ up: number; again: number; down: number; steps: string }> {
  await sandboxDown({ runner, layout }, { namespace: NAMESPACE, wipe: true });
  const t0 = performance.now();
  const report = await sandboxUp({ runner, layout }, { namespace: NAMESPACE, octavia: true, kuryrDefaults: true });
  const up = since(t0);
  const t1 = performance.now();
  await sandboxUp({ runner, layout }, {});
  const again = since(t1);
  const t2 = performance.now();
  await sandboxDown({ runner, layout }, { wipe: true });
  const down = since(t2);
  const slowest = [...report.steps]
    .sort((a, b) => b.endMs - b.startMs - (a.endMs - a.startMs))
    .slice(0, 4)
    .map((s) => `${s.name} ${((s.endMs - s.startMs) / 1000).toFixed(1)}s`)
    .join(', ');
  return { up, again, down, steps: `longest steps: ${slowest}` };
}

/** The reference scripts, in a namespace of their own (they listen on 127.0.0.1), HOME and state in `dir`. */
async function reference(scripts: string, layout: SandboxLayout, dir: string): Promise<number> {
  const ns = new Namespace(runner, REFERENCE_NAMESPACE);
  const env = { OS_SANDBOX_DIR: join(dir, 'ref'), HOME: dir, PATH: '/usr/sbin:/usr/bin:/sbin:/bin' };
  // setup.sh downloads the paste files unless they are there; the namespace has no network, so give it ours
  mkdirSync(join(dir, 'ref', 'data', 'debroot'), { recursive: true });
  cpSync(join(layout.paste, 'usr'), join(dir, 'ref', 'data', 'debroot', 'usr'), { recursive: true });
  await ns.delete();
  await runner.run('ip', ['netns', 'add', ns.name]);
  await runner.run('ip', ['-n', ns.name, 'link', 'set', 'lo', 'up']);
  try {
    const t0 = performance.now();
    await runner.run(
      'ip',
      [
        'netns',
        'exec',
        ns.name,
        'bash',
        join(scripts, 'setup.sh'),
        'mariadb',
        'rabbitmq',
        'keystone',
        'neutron',
        'placement',
        'glance',
        'nova',
        'octavia',
      ],
      { env, replaceEnv: true, timeoutMs: 900_000 },
    );
    return since(t0);
  } finally {
    await runner
      .run('ip', ['netns', 'exec', ns.name, 'bash', join(scripts, 'teardown.sh'), '--wipe'], {
        env,
        replaceEnv: true,
      })
      .catch(() => undefined);
    for (const pid of await ns.pids()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    await ns.delete();
  }
}

export default async function bench(): Promise<BenchReport> {
  const title = 'sandbox bring-up (kdf sandbox up --kuryr-defaults, from installed packages)';
  const dir = mkdtempSync(join(tmpdir(), 'kdf-bench-sandbox-'));
  const layout = sandboxLayout(process.cwd(), process.env, join(dir, 'state'));
  try {
    if (process.getuid?.() !== 0) {
      return { title, baseline: '-', rows: [{ name: 'skipped', value: 0, unit: '', note: 'needs root' }] };
    }
    try {
      checkInstalled(layout);
    } catch (err) {
      return { title, baseline: '-', rows: [{ name: 'skipped', value: 0, unit: '', note: (err as Error).message }] };
    }
    const scripts = referenceDir();
    if (scripts && !existsSync(join(scripts, 'setup.sh'))) {
      const note = `KDF_BENCH_REFERENCE=${scripts} has no setup.sh`;
      return { title, baseline: '-', rows: [{ name: 'skipped', value: 0, unit: '', note }] };
    }
    const withReference = scripts !== undefined;
    const mine = await ours(layout);
    const baseline = scripts ? await reference(scripts, layout, dir) : BUDGET_S;
    const rows: BenchRow[] = [
      { name: 'up from nothing', value: mine.up, unit: 's', ratio: mine.up / baseline, note: mine.steps },
      { name: 'up again (converge, nothing to start)', value: mine.again, unit: 's', ratio: mine.again / baseline },
      { name: 'down --wipe', value: mine.down, unit: 's' },
    ];
    if (withReference) rows.push({ name: 'reference setup.sh (baseline)', value: baseline, unit: 's', ratio: 1 });
    return {
      title,
      baseline: withReference
        ? `reference scripts, ${baseline.toFixed(1)} s in this run`
        : `the issue's budget, ${BUDGET_S} s (KDF_BENCH_REFERENCE=DIR measures the reference scripts in DIR)`,
      rows,
    };
  } finally {
    await sandboxDown({ runner, layout }, { namespace: NAMESPACE, wipe: true }).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

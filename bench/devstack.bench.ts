/**
 * The configuration engine's speed: preflight (pure, must stay far below 1 s), a full plan, and lint with and
 * without the real `bash -n`. Baseline: parse + render of the largest reference sample in the same run.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDistroId } from '../src/devstack/distro.js';
import { lintText } from '../src/devstack/lint/index.js';
import { parseLocalConf } from '../src/devstack/localconf/parse.js';
import { renderLocalConf } from '../src/devstack/localconf/render.js';
import { createPlan } from '../src/devstack/plan.js';
import { lintPlan } from '../src/devstack/plan-lint.js';
import { preflight } from '../src/devstack/preflight.js';
import { PROFILES } from '../src/devstack/profiles/index.js';
import { TRAINS } from '../src/devstack/trains.js';
import type { BenchReport } from './run.js';

/** Mean milliseconds per call over `n` calls after a warm-up. */
function timeIt(n: number, fn: () => unknown): number {
  for (let i = 0; i < Math.min(50, n); i++) fn();
  const start = performance.now();
  for (let i = 0; i < n; i++) fn();
  return (performance.now() - start) / n;
}

export default async function bench(): Promise<BenchReport> {
  const sample = readFileSync(
    resolve(process.cwd(), 'test', '__fixtures__', 'reference', 'kuryr-kubernetes', 'df-era', 'local.conf.ovn.sample'),
    'utf8',
  );
  const baseline = timeIt(2000, () => renderLocalConf(parseLocalConf(sample)));
  const distro = parseDistroId('ubuntu-18.04');
  const pre = timeIt(20000, () => preflight({ profile: PROFILES.dragonflow!, train: TRAINS.ussuri!, distro }));
  const plan = timeIt(500, () => createPlan({ profile: 'dragonflow', distro: 'ubuntu-18.04' }));
  const p = createPlan({ profile: 'dragonflow' });
  const lintStatic = timeIt(500, () => lintPlan(p, { syntaxCheck: false }));
  const lintBash = timeIt(50, () => lintText(sample, 'sample'));
  const row = (name: string, ms: number, note?: string) => ({
    name,
    value: ms,
    unit: 'ms',
    ratio: ms / baseline,
    note,
  });
  return {
    title: 'devstack configuration engine',
    baseline: `parse + render of local.conf.ovn.sample (255 lines): ${baseline.toFixed(3)} ms`,
    rows: [
      row('preflight (train × distro × profile)', pre, 'pure; the issue asks < 1 s'),
      row('createPlan dragonflow', plan),
      row('lint of the plan, static rules', lintStatic),
      row('lint of the 255-line sample incl. real bash -n', lintBash, 'dominated by starting bash'),
    ],
  };
}

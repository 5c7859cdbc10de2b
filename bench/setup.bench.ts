/**
 * setup-devstack speed (issue #5): time from action start to a preflight refusal, log triage throughput on a
 * generated stack log versus `grep -n` over the same file, and bundle cold start versus `node -e 0`. Set
 * KDF_BENCH_LOG_MB to change the log size (default 1024).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { StackOutputParser } from '../src/devstack/stack/output.js';
import { forEachLine } from '../src/devstack/stack/read-lines.js';
import type { BenchReport } from './run.js';

function wall(fn: () => void, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
}

function generateLog(path: string, mb: number): void {
  const block = [
    '2026-11-28 10:00:00.123 | + lib/neutron:configure_neutron:812          :   iniset /etc/neutron/neutron.conf DEFAULT debug True',
    '2026-11-28 10:00:00.124 | Collecting oslo.config>=6.8.0 (from neutron==16.0.0)',
    '2026-11-28 10:00:00.125 | [WARNING] /opt/stack/devstack/functions-common:1234 something harmless',
    '2026-11-28 10:00:00.126 | Processing triggers for man-db (2.8.3-2ubuntu0.1) ...',
  ].join('\n');
  const chunk = Buffer.from((block + '\n').repeat(2048));
  const fd = openSync(path, 'w');
  const total = mb * 1024 * 1024;
  for (let written = 0; written < total; written += chunk.length) writeSync(fd, chunk);
  writeSync(
    fd,
    '[ERROR] /opt/stack/dragonflow/devstack/plugin.sh:305 neutron_server_config_add_new: command not found\n',
  );
  closeSync(fd);
}

export default async function bench(): Promise<BenchReport> {
  const dir = mkdtempSync(join(tmpdir(), 'kdf-bench-setup-'));
  try {
    const node0 = wall(() => spawnSync(process.execPath, ['-e', '0']));
    const cold = wall(() =>
      spawnSync(process.execPath, ['--input-type=module', '-e', "await import('./dist/index.js')"]),
    );
    const osRelease = join(dir, 'os-release');
    writeFileSync(osRelease, 'ID=ubuntu\nVERSION_ID="22.04"\n');
    for (const f of ['out', 'state', 'summary']) writeFileSync(join(dir, f), '');
    let refusalOutput = '';
    const refusal = wall(() => {
      const r = spawnSync(process.execPath, ['dist/actions/setup-devstack/main.js'], {
        env: {
          PATH: process.env.PATH,
          INPUT_PROFILE: 'dragonflow',
          'INPUT_ADMIN-PASSWORD': 'Bench1',
          INPUT_DEST: join(dir, 'stack'),
          KDF_OS_RELEASE: osRelease,
          KDF_RESULTS_DIR: join(dir, 'results'),
          GITHUB_OUTPUT: join(dir, 'out'),
          GITHUB_STATE: join(dir, 'state'),
          GITHUB_STEP_SUMMARY: join(dir, 'summary'),
        },
        encoding: 'utf8',
      });
      refusalOutput = r.stdout;
    });
    if (!/refuses ubuntu-22\.04/.test(refusalOutput))
      throw new Error(`the action did not refuse: ${refusalOutput.slice(0, 500)}`);

    const mb = Number(process.env.KDF_BENCH_LOG_MB ?? 1024);
    const log = join(dir, 'stack.log');
    generateLog(log, mb);
    const size = statSync(log).size / (1024 * 1024);
    const grep = wall(() => spawnSync('grep', ['-n', '\\[ERROR\\]', log]), 1);
    const t = performance.now();
    const parser = new StackOutputParser();
    await forEachLine(log, (line) => parser.push(line));
    const triage = performance.now() - t;
    if (parser.outcome().errors.length !== 1) throw new Error('triage missed the [ERROR] line');
    return {
      title: 'setup-devstack',
      baseline: `node -e 0: ${node0.toFixed(0)} ms; grep -n over the ${size.toFixed(0)} MB log: ${(size / (grep / 1000)).toFixed(0)} MB/s`,
      rows: [
        { name: 'bundle cold start (import dist/index.js)', value: cold, unit: 'ms', ratio: cold / node0 },
        { name: 'action start → preflight refusal', value: refusal, unit: 'ms', ratio: refusal / node0 },
        {
          name: 'log triage throughput',
          value: size / (triage / 1000),
          unit: 'MB/s',
          ratio: grep / triage,
          note: 'ratio = grep time / triage time',
        },
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A throw-away sandbox state directory and the ServiceRunner of an `up` run against a FakeCommandRunner. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { sandboxLayout, type SandboxLayout } from '../../src/sandbox/layout.js';
import { resolveState } from '../../src/sandbox/request.js';
import { ServiceRunner } from '../../src/sandbox/service-runner.js';
import { FakeCommandRunner } from '../__fixtures__/fake-command-runner.js';

/** What a test works with; `dir` is removed by the test's afterEach. */
export interface SandboxFixture {
  dir: string;
  layout: SandboxLayout;
  fake: FakeCommandRunner;
  run: ServiceRunner;
}

/** A fresh state directory (etc/, log/, run/, data/done/) and a ServiceRunner for namespace `kdf-unit`. */
export function sandboxFixture(options: { octavia?: boolean } = {}): SandboxFixture {
  const dir = mkdtempSync(join(tmpdir(), 'kdf-sandbox-unit-'));
  const layout = sandboxLayout(process.cwd(), { KDF_SANDBOX_SHARE: join(dir, 'share') }, join(dir, 'state'));
  for (const sub of [layout.etc, layout.log, layout.run, join(layout.data, 'done')])
    mkdirSync(sub, { recursive: true });
  const fake = new FakeCommandRunner();
  const state = resolveState(layout, { namespace: 'kdf-unit', adminPassword: 'Unit12345', octavia: options.octavia });
  return { dir, layout, fake, run: new ServiceRunner({ runner: fake, layout }, state) };
}

/** Records daemon `name` as running (its pid file names this process, which is alive). */
export function markRunning(layout: SandboxLayout, ...names: string[]): void {
  for (const name of names) writeFileSync(join(layout.run, `${name}.pid`), `${process.pid}\n`);
}

/** The pid file `args` hand to the `spawn` helper (the argument after it), if they run it. */
function spawnPidFile(layout: SandboxLayout, args: readonly string[]): string | undefined {
  const at = args.indexOf(join(layout.bin, 'spawn'));
  return at >= 0 ? args[at + 1] : undefined;
}

/** Makes the fake answer every `spawn` of a daemon the way the helper does: it writes `pid` into the pid file. */
export function fakeSpawn(f: SandboxFixture, pid: number): void {
  f.fake.on(
    'ip',
    (args) => spawnPidFile(f.layout, args) !== undefined,
    (call) => {
      writeFileSync(spawnPidFile(f.layout, call.args) ?? '', `${pid}\n`);
      return {};
    },
  );
}

/**
 * Cancelling the bundled root action as the runner does (SIGINT to the step) while a stage without a cancellation
 * of its own runs: setup-devstack stacks the DevStack double, connectivity then hangs in a `kubectl` that never
 * answers. The step must end promptly with 130, record the cancellation in pipeline.json, leave no program of the
 * stage running, and its post step must still clean up.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResultsDocument } from '../../src/results/model.js';
import { ActionJob } from '../helpers/action-runner.js';
import { BIONIC, createDoubleWorld, destroyDoubleWorld, type DoubleWorld } from '../helpers/double-world.js';
import { REPO_ROOT } from '../helpers/paths.js';

const isRoot = process.getuid?.() === 0;
const describeRoot = isRoot ? describe : describe.skip;

let w: DoubleWorld;

describeRoot('root action (bundled): cancelled while connectivity runs', () => {
  beforeAll(() => {
    w = createDoubleWorld('CancelSecret7');
  }, 120_000);
  afterAll(() => destroyDoubleWorld(w));

  it('exits 130 at once, records the cancellation, ends the stage’s programs; post cleans up', async () => {
    const kubectl = join(w.dir, 'kubectl-hangs');
    const pidFile = join(w.dir, 'kubectl.pid');
    writeFileSync(kubectl, `#!/bin/sh\necho $$ >> '${pidFile}'\nexec sleep 300\n`, { mode: 0o755 });
    const results = join(w.dir, 'results');
    let sawConnectivity: (() => void) | undefined;
    const connectivityStarted = new Promise<void>((res) => (sawConnectivity = res));
    const job = new ActionJob({
      actionDir: REPO_ROOT,
      with: {
        topology: 'baremetal',
        profile: 'dragonflow',
        'git-base': `file://${w.gitBase}`,
        'dragonflow-ref': 'ussuri-eol',
        dest: w.dest,
        'stack-user': w.user,
        'admin-password': w.password,
        'stack-timeout-minutes': '5',
        clean: 'after',
        'publish-mode': 'summary',
      },
      env: {
        KDF_OS_RELEASE: BIONIC,
        KDF_ETC_DIR: w.etc,
        KDF_LOCK_DIR: w.dir,
        KDF_RESULTS_DIR: results,
        KDF_NETNS: w.netns,
        KDF_LOCK_WAIT_SECONDS: '0',
        KDF_KUBECTL: kubectl,
      },
      timeoutMs: 240_000,
      onStdout: (chunk) => {
        if (chunk.includes('::group::▶ connectivity')) sawConnectivity?.();
      },
    });
    const main = job.run('main');
    await connectivityStarted;
    // until the stage is inside its first kubectl call
    while (!existsSync(pidFile)) await new Promise((r) => setTimeout(r, 50));
    const cancelledAt = Date.now();
    job.cancel();
    const step = await main;
    expect(step.exitCode).toBe(130);
    expect(Date.now() - cancelledAt).toBeLessThan(7500); // before the runner would escalate to SIGTERM
    expect(step.annotations.map((a) => a.message)).toContain('connectivity: cancelled (SIGINT)');
    const kubectlPid = Number(readFileSync(pidFile, 'utf8').trim().split('\n')[0]);
    expect(alive(kubectlPid)).toBe(false);
    const doc = JSON.parse(readFileSync(join(results, 'pipeline.json'), 'utf8')) as ResultsDocument;
    expect(doc.run.status).toBe('failed');
    expect(doc.cases.map((c) => `${c.id} ${c.status} ${c.message ?? ''}`.trim())).toEqual([
      'setup-devstack passed',
      'connectivity failed cancelled (SIGINT)',
    ]);

    const post = await job.run('post');
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toMatch(/◀ connectivity \(post\)[\s\S]*◀ setup-devstack \(post\)/);
    // clean: after ran unstack/clean: the double's DEST holds no stack any more
    expect(existsSync(join(w.dest, 'devstack', '.stackenv'))).toBe(false);
  }, 300_000);
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

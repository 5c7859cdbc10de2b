/**
 * Issue #14 item 10 against the sandbox, through the bundled CLI (`npm run build` first): a cloud missing from
 * clouds.yaml is refused by the preflight in seconds with exit 2; SIGINT once the run's load balancer exists makes
 * `kdf connectivity` exit 130 with its namespace and load balancer gone and a cancelled case in connectivity.json.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResultsDocument } from '../../src/results/model.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { layout, os, RUN_ID, sandboxState, waitFor } from './cloud.js';

jest.setTimeout(600_000);

const KUBECONFIG = join(layout.root, 'kube', 'kubeconfig');
const KUBECTL = join(REPO_ROOT, 'sandbox', 'kube', 'bin', 'kubectl');
const work = mkdtempSync(join(tmpdir(), 'kdf-conn-cancel-'));

/** Starts the bundled `kdf connectivity` with the sandbox's kubectl, kubeconfig and namespace. */
function start(args: string[]): {
  done: Promise<{ code: number | null; stdout: string; stderr: string }>;
  pid: number;
  stderr: () => string;
} {
  const child = spawn(
    process.execPath,
    [
      join(REPO_ROOT, 'bin', 'kdf.js'),
      'connectivity',
      '--kubeconfig',
      KUBECONFIG,
      '--kubectl',
      KUBECTL,
      '--prefix-netns',
      sandboxState().namespace,
      ...args,
    ],
    { cwd: work, env: { ...process.env, OS_CLIENT_CONFIG_FILE: layout.cloudsYaml }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
  return { done, pid: child.pid ?? 0, stderr: () => stderr };
}

const namespaces = (): string[] =>
  (
    JSON.parse(
      execFileSync(KUBECTL, ['--kubeconfig', KUBECONFIG, 'get', 'namespaces', '-o', 'json'], { encoding: 'utf8' }),
    ) as {
      items: { metadata: { name: string } }[];
    }
  ).items.map((n) => n.metadata.name);

beforeAll(() => {
  expect(existsSync(join(REPO_ROOT, 'dist', 'cli', 'index.js'))).toBe(true);
  execFileSync('/usr/bin/python3', [
    join(REPO_ROOT, 'sandbox', 'kube', 'bin', 'kdf-kube'),
    'init',
    '--state-dir',
    layout.root,
    '--cluster',
    'kdf',
    '--mode',
    'baremetal',
    '--kubeconfig',
    KUBECONFIG,
    '--namespace',
    sandboxState().namespace,
  ]);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('kdf connectivity preflight (sandbox)', () => {
  it('a cloud missing from clouds.yaml: exit 2 in seconds, naming the clouds it has, no namespace made', async () => {
    const before = namespaces();
    const t0 = Date.now();
    const r = await start(['--os-cloud', 'devstack-nope', '--results-dir', join(work, 'nope')]).done;
    expect(r.stderr).toMatch(
      /^kdf connectivity: error: Input 'os-cloud': cloud 'devstack-nope' is not in .*clouds\.yaml; it has: .*devstack-admin/m,
    );
    expect(r.code).toBe(2);
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(namespaces()).toEqual(before);
  });
});

describe('kdf connectivity cancelled (sandbox)', () => {
  it('SIGINT once the load balancer exists: exit 130, namespace and load balancer gone, a cancelled case', async () => {
    const ns = `kdf-cancel-${RUN_ID}`;
    const dir = join(work, 'cancel');
    const results = join(dir, 'connectivity.json');
    const run = start(['--suites', 'basic', '--namespace', ns, '--results-dir', dir]);
    // the results file lists the load balancer wait once it passed: the LB exists, probing comes next. The probes
    // of the rest of the suite take a few seconds, so the signal goes at once (a slower look, e.g. asking the cloud
    // first, let a loaded CI machine finish the suite before the signal came); the passed wait case is the proof
    // that the load balancer existed, and the cloud is asked afterwards that it is gone.
    const deadline = Date.now() + 300_000;
    while (!(existsSync(results) && readFileSync(results, 'utf8').includes('basic/wait/loadbalancer-demo'))) {
      if (Date.now() > deadline) throw new Error('the load balancer wait never passed');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    process.kill(run.pid, 'SIGINT');
    const r = await run.done;
    expect(r.stdout).toMatch(/^CANCELLED: connectivity: cancelled \(suite basic/m);
    expect(r.code).toBe(130);
    // the run waited for (or deleted) its load balancer before exiting
    expect(await os<unknown[]>('devstack-admin', 'loadbalancer', 'list', '--name', `${ns}/demo`)).toEqual([]);
    await waitFor(
      async () => namespaces(),
      (names) => !names.includes(ns),
      120_000,
    );
    const doc = JSON.parse(readFileSync(results, 'utf8')) as ResultsDocument;
    expect(doc.run.status).toBe('failed');
    expect(doc.cases.find((c) => c.id === 'cancelled')).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^cancelled \(SIGINT\) during suite basic/),
    });
    expect(doc.cases.find((c) => c.id === 'basic/wait/loadbalancer-demo')?.status).toBe('passed');
  });
});

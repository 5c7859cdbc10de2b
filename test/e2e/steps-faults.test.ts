/**
 * The `steps` kind fails for real on the sandbox when Kuryr's work is broken behind its back, each time at the step's
 * suite line with its evidence:
 * - a NetworkPolicy's allowed cell: the policy's security-group rule deleted in Neutron (`kdf-fault drop-sg-rule`)
 *   while the scenario waits, so the data plane drops the client (curl 28) and the evidence shows the policy, the
 *   KuryrNetworkPolicy and the pods' ports with their groups and rules;
 * - a scale step: Kuryr's controller stopped (`kdf-fault stop-kuryr-controller`), so the new pod never gets its port
 *   and `pods`/`ports` do not converge.
 *
 * Needs `kdf sandbox up --kuryr-defaults` (cluster `kdf`, policy security-group driver).
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { ResultsDocument } from '../../src/results/model.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { layout, RUN_ID, sandboxState } from './cloud.js';

jest.setTimeout(400_000);

const STATE = layout.root;
const KUBECONFIG = join(STATE, 'kube', 'kubeconfig');
const KUBECTL = join(REPO_ROOT, 'sandbox', 'kube', 'bin', 'kubectl');
const PY = '/usr/bin/python3';
const work = mkdtempSync(join(tmpdir(), 'kdf-steps-e2e-'));

function fault(...args: string[]): string {
  const program = join(REPO_ROOT, 'sandbox', 'kuryr', 'bin', 'kdf-fault');
  return execFileSync('ip', ['netns', 'exec', sandboxState().namespace, PY, program, '--state-dir', STATE, ...args], {
    encoding: 'utf8',
  });
}

function writeSuite(name: string, lines: string[]): string {
  const file = join(work, `${name}.yaml`);
  writeFileSync(file, [...lines, ''].join('\n'));
  return file;
}

async function connectivity(suite: string, ns: string, dir: string): Promise<{ status: number; doc: ResultsDocument }> {
  const argv = ['connectivity', '--kubeconfig', KUBECONFIG, '--kubectl', KUBECTL];
  argv.push('--prefix-netns', sandboxState().namespace, '--namespace', ns, '--suites', suite, '--results-dir', dir);
  const status = await main(argv, {
    stdout: { write: () => undefined },
    stderr: { write: () => undefined },
    cwd: work,
    env: { ...process.env, OS_CLIENT_CONFIG_FILE: layout.cloudsYaml },
  });
  return { status, doc: JSON.parse(readFileSync(join(dir, 'connectivity.json'), 'utf8')) as ResultsDocument };
}

/** Polls `fn` every second until it returns a value (or throws after `ms`). */
async function until<T>(what: string, ms: number, fn: () => T | undefined): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

beforeAll(() => {
  fault('clear');
});

afterAll(() => {
  fault('clear');
});

describe('steps scenarios fail at their line when Kuryr is broken behind their back', () => {
  it('a policy rule deleted in Neutron: the allowed cell times out, with the policy, its KNP and the groups', async () => {
    const ns = `kdf-stp-${RUN_ID}`;
    const file = writeSuite('policy-fault', [
      'name: policy-fault',
      'workloads:',
      '  - {name: server, replicas: 1, labels: {role: server}}',
      '  - {name: client, replicas: 1, labels: {role: client}}',
      'policies:',
      '  server-from-client:',
      '    spec:',
      '      podSelector: {matchLabels: {role: server}}',
      '      policyTypes: [Ingress]',
      '      ingress:',
      '        - from: [{podSelector: {matchLabels: {role: client}}}]',
      '          ports: [{protocol: TCP, port: 8080}]',
      'scenarios:',
      '  - name: client-allowed',
      '    kind: steps',
      '    steps:',
      '      - apply-policy: server-from-client',
      '        expect:',
      '          reachability:',
      '            within: 60s',
      '            matrix: [{from: client, to: server, result: allowed}]',
      '      - wait: 25s',
      '        expect:',
      '          reachability:',
      '            within: 10s',
      '            matrix: [{from: client, to: server, result: allowed}]',
    ]);
    const run = connectivity(file, ns, join(work, 'policy'));
    // once step 1 applied the policy, its KuryrNetworkPolicy names the group and the tcp/8080 rule Kuryr made:
    // drop exactly that rule (in Neutron, behind Kuryr's back) during the wait step
    const made = await until('the KuryrNetworkPolicy with its tcp/8080 rule', 240_000, () => {
      try {
        const knp = JSON.parse(
          execFileSync(
            KUBECTL,
            ['--kubeconfig', KUBECONFIG, '-n', ns, 'get', 'knp', 'server-from-client', '-o', 'json'],
            {
              encoding: 'utf8',
            },
          ),
        ) as { status?: { securityGroupId?: string; securityGroupRules?: Record<string, unknown>[] } };
        const rule = knp.status?.securityGroupRules?.find(
          (x) => x.direction === 'ingress' && x.port_range_min === 8080,
        );
        return knp.status?.securityGroupId && rule
          ? { sg: knp.status.securityGroupId, rule: String(rule.id) }
          : undefined;
      } catch {
        return undefined;
      }
    });
    expect(fault('drop-sg-rule', made.sg, made.rule)).toContain(made.rule);
    const r = await run;
    expect(r.status).toBe(1);
    const step2 = r.doc.cases.find((c) => c.id.startsWith('policy-fault/client-allowed/2-'));
    expect(step2?.status).toBe('failed');
    expect(step2?.message).toMatch(/client.*server/);
    const titles = (step2?.evidence ?? []).map((e) => e.title ?? '').join('\n');
    expect(titles).toMatch(/polic/i);
    expect(titles).toMatch(/KuryrNetworkPolic|knp/i);
    expect(titles).toMatch(/security group|port/i);
    const finding = r.doc.findings.find((f) => f.caseId === step2?.id);
    expect(finding).toMatchObject({ line: 22 });
    const step1 = r.doc.cases.find((c) => c.id.startsWith('policy-fault/client-allowed/1-'));
    expect(step1?.status).toBe('passed');
  });

  it('Kuryr controller stopped: a scaled-up pod never gets its port, the step fails at its line', async () => {
    const ns = `kdf-stl-${RUN_ID}`;
    const file = writeSuite('scale-fault', [
      'name: scale-fault',
      'workload: {name: web, replicas: 1}',
      'waits: {loadBalancer: 40s}',
      'scenarios:',
      '  - name: scale-up',
      '    kind: steps',
      '    steps:',
      '      - wait: 15s',
      '      - scale: {workload: web, replicas: 2}',
      '        expect:',
      '          pods: {web: 2}',
      '          ports: true',
    ]);
    const run = connectivity(file, ns, join(work, 'scale'));
    // stop the controller once the first pod runs (during the wait step)
    await until('the first pod of web', 240_000, () => {
      try {
        const out = execFileSync(KUBECTL, ['--kubeconfig', KUBECONFIG, '-n', ns, 'get', 'pods', '-o', 'json'], {
          encoding: 'utf8',
        });
        const pods = (JSON.parse(out) as { items: { status: { phase: string } }[] }).items;
        return pods.some((p) => p.status.phase === 'Running') ? true : undefined;
      } catch {
        return undefined;
      }
    });
    fault('stop-kuryr-controller');
    const r = await run;
    fault('clear');
    expect(r.status).toBe(1);
    const step = r.doc.cases.find((c) => c.id.startsWith('scale-fault/scale-up/2-'));
    expect(step?.status).toBe('failed');
    expect(step?.message).toMatch(/web/);
    const finding = r.doc.findings.find((f) => f.caseId === step?.id);
    expect(finding).toMatchObject({ line: 9 });
  });
});

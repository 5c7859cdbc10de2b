/**
 * Loading suites with namespaces, several workloads, NetworkPolicies and `steps` scenarios: a valid suite loads with
 * each step's line; every invalid reference, a bad policy object and an unknown or doubled action is a SuiteError
 * (a ConfigurationError) at its `file:line`, and `kdf connectivity` exits 2 for it.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { parseSuite, SuiteError, suiteSchema } from '../../src/kube/suite.js';
import { STEP_ACTION_NAMES, STEP_EXPECTATION_NAMES } from '../../src/kube/suite-objects.js';

/** A valid suite in the format of design F; `extra` lines are appended to its one steps scenario's steps. */
const VALID = `name: np
namespaces:
  - name: other
    labels: {team: other}
workloads:
  - name: server
    namespace: other
    replicas: 2
    labels: {role: server}
    services:
      - {name: server, port: 80, targetPort: 8080, type: LoadBalancer}
      - {name: manual, port: 80, targetPort: 8080, selector: false}
  - name: client
policies:
  deny-ingress:
    namespace: other
    spec: {podSelector: {matchLabels: {role: server}}, policyTypes: [Ingress]}
  allow-client:
    namespace: other
    spec:
      podSelector: {matchLabels: {role: server}}
      policyTypes: [Ingress]
      ingress:
        - from:
            - ipBlock: {cidr: "\${podIP:client}/32"}
            - ipBlock: {cidr: 10.0.0.0/24, except: [10.0.0.128/25]}
            - namespaceSelector: {matchLabels: {team: other}}
              podSelector: {matchExpressions: [{key: role, operator: In, values: [client]}]}
          ports: [{protocol: TCP, port: 8080}, {protocol: UDP, port: http-alt}]
scenarios:
  - name: default-deny
    kind: steps
    steps:
      - apply-policy: deny-ingress
        expect:
          reachability:
            within: 30s
            matrix:
              - {from: client, to: server, result: denied}
              - {from: server/0, to: client, result: allowed}
              - {from: host, to: "service:server@external", result: allowed}
      - update-policy: {name: deny-ingress, to: allow-client}
      - label-namespace: {namespace: other, labels: {team: blue}}
      - expect: {members: [server], pods: {server: 2}, ports: true, everyBackend: [manual]}
`;

function problems(text: string): string[] {
  try {
    parseSuite(text, 'np.yaml');
  } catch (err) {
    if (err instanceof SuiteError) return err.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
    throw err;
  }
  return [];
}

/** VALID with `from` replaced by `to` (the replacement must hit). */
function edit(from: string, to: string): string {
  expect(VALID).toContain(from);
  return VALID.replace(from, to);
}

describe('the new suite keys', () => {
  it('a suite in the design format loads, with the line of every step', () => {
    const suite = parseSuite(VALID, 'np.yaml');
    const s = suite.scenarios[0]!;
    expect(s.kind).toBe('steps');
    expect(s.stepLines).toEqual([
      { line: 34, endLine: 41 },
      { line: 42, endLine: 42 },
      { line: 43, endLine: 43 },
      { line: 44, endLine: 44 },
    ]);
    expect(suite.workloads?.map((w) => w.name)).toEqual(['server', 'client']);
  });

  it('the schema lists exactly the step actions and expectations the engine knows', () => {
    const defs = suiteSchema.$defs as Record<string, { properties: Record<string, unknown> }>;
    const actions = Object.keys(defs.step!.properties).filter((k) => k !== 'expect' && k !== 'description');
    expect(actions.sort()).toEqual([...STEP_ACTION_NAMES].sort());
    expect(Object.keys(defs.stepExpect!.properties).sort()).toEqual([...STEP_EXPECTATION_NAMES].sort());
  });

  it('workload and workloads together are refused at workloads', () => {
    expect(problems(edit('workloads:\n', 'workload: {name: demo}\nworkloads:\n'))).toEqual([
      "7:3 give either 'workload' or 'workloads', not both",
    ]);
  });

  it('an unknown action names the known ones; two actions in one step are refused', () => {
    expect(
      problems(
        edit('      - update-policy:', '      - sclae: {workload: server, replicas: 1}\n      - update-policy:'),
      ),
    ).toEqual([
      `42:9 'scenarios.0.steps.1' has an unknown action 'sclae' (actions: ${STEP_ACTION_NAMES.join(', ')}; and expect)`,
    ]);
    expect(problems(edit('      - label-namespace:', '      - wait: 1s\n        label-namespace:'))).toEqual([
      '43:9 a step takes one action, this one has label-namespace, wait: split it into steps',
    ]);
    expect(problems(edit('expect: {members', 'expect: {memebrs'))).toEqual([
      expect.stringMatching(/^44:18 .* has an unknown expectation 'memebrs' \(expectations: reachability, members/),
    ]);
  });

  it('references to unknown workloads, namespaces, policies and services are refused at their line', () => {
    const text = edit('apply-policy: deny-ingress', 'apply-policy: deny-all')
      .replace('{from: client, to: server,', '{from: clients, to: server,')
      .replace('namespace: other\n    replicas', 'namespace: others\n    replicas')
      .replace(
        'labels: {team: blue}',
        'labels: {team: blue}}\n      - delete-loadbalancer: nosuch\n      - scale: {workload: ghost, replicas: 0',
      )
      .replace('members: [server]', 'members: [server, web]');
    expect(problems(text)).toEqual([
      "7:16 unknown namespace 'others' (the suite's namespaces: other)",
      "34:23 unknown policy 'deny-all' (the suite's policies: deny-ingress, allow-client)",
      "39:24 unknown workload 'clients' (the suite's workloads: server, client)",
      "44:30 unknown service 'nosuch' (the suite's services: server, manual)",
      "45:27 unknown workload 'ghost' (the suite's workloads: server, client)",
      "46:36 unknown service 'web' (the suite's services: server, manual)",
    ]);
  });

  it('a matrix: host only as a source, @external only for a LoadBalancer service', () => {
    const text = edit('{from: server/0, to: client,', '{from: server/0, to: host,').replace(
      'service:server@external',
      'service:manual@external',
    );
    expect(problems(text)).toEqual([
      "40:38 'host' can only be a source ('from')",
      "41:34 service 'manual' has no external IP: give it type LoadBalancer",
    ]);
  });

  it("a matrix: 'node' only with ping (a node runs no demo server)", () => {
    const text = edit('{from: server/0, to: client,', '{from: server/0, to: node,');
    expect(problems(text)).toEqual(["40:38 'node' is probed with ping: give the reachability protocol: icmp"]);
  });

  it('a bad NetworkPolicy object is refused: shape by the schema', () => {
    const text = edit(
      'spec: {podSelector: {matchLabels: {role: server}}, policyTypes: [Ingress]}',
      'spec: {policyTypes: [Ingres]}',
    ).replace('{protocol: TCP, port: 8080}', '{protocol: ICMP, port: 8080}');
    expect(problems(text)).toEqual([
      "17:11 'policies.deny-ingress.spec' must have property 'podSelector'",
      "17:26 'policies.deny-ingress.spec.policyTypes.0' must be one of: Ingress, Egress",
      "29:30 'policies.allow-client.spec.ingress.0.ports.0.protocol' must be one of: TCP, UDP, SCTP",
    ]);
  });

  it('a bad NetworkPolicy object is refused: what Kubernetes validates beyond the shape', () => {
    const text = edit('{cidr: 10.0.0.0/24, except: [10.0.0.128/25]}', '{cidr: 10.0.0.0/33, except: [10.1.0.0/25]}')
      .replace('{cidr: "${podIP:client}/32"}', '{cidr: "${podIP:nobody}/32"}\n              podSelector: {}')
      .replace('operator: In, values: [client]', 'operator: In');
    expect(problems(text)).toEqual([
      '25:15 an ipBlock peer cannot also have a podSelector or namespaceSelector (Kubernetes refuses it)',
      "25:31 ${podIP:nobody}: unknown workload 'nobody' (the suite's workloads: server, client)",
      "27:31 '10.0.0.0/33' is not an IPv4 CIDR (a.b.c.d/n)",
      '29:48 operator In needs values',
    ]);
    const except = edit('except: [10.0.0.128/25]', 'except: [10.1.0.0/25, "${cidr:nowhere}"]');
    expect(problems(except)).toEqual([
      "26:53 except '10.1.0.0/25' is not inside cidr '10.0.0.0/24'",
      "26:66 ${cidr:nowhere}: unknown namespace 'nowhere' (the suite's namespaces: other)",
    ]);
  });

  it('the error is a ConfigurationError naming file:line', () => {
    let caught: unknown;
    try {
      parseSuite(edit('apply-policy: deny-ingress', 'apply-policy: deny-all'), 'suites/np.yaml');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ConfigurationError);
    expect((caught as Error).message).toMatch(/^suites\/np\.yaml:34:23: unknown policy 'deny-all'/);
  });

  it('kdf connectivity exits 2 for an unknown step action, with file:line on stderr', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'kdf-steps-cli-'));
    writeFileSync(
      join(cwd, 'np.yaml'),
      edit('      - update-policy:', '      - teleport: server\n      - update-policy:'),
    );
    let stderr = '';
    const status = await main(['connectivity', '--suites', 'np.yaml', '--results-dir', 'out'], {
      stdout: { write: () => undefined },
      stderr: { write: (c: string) => (stderr += c) },
      cwd,
      env: {},
    });
    expect(status).toBe(2);
    expect(stderr).toContain("np.yaml:42: failure: 'scenarios.0.steps.1' has an unknown action 'teleport'");
  });
});

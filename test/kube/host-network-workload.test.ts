/**
 * A workload with `hostNetwork: true` (the trunk VM's end of `nested-vm`'s cells): the Deployment's pod spec says so
 * and nothing else changes; a suite that gives such a workload services or `ready: false` fails at its file:line.
 */
import { describe, expect, it } from '@jest/globals';
import { deploymentManifest } from '../../src/kube/workload.js';
import { suiteProblems, suiteWithWorkloads } from './suite-problems.js';

type Json = Record<string, unknown>;

const podSpec = (m: Json): Json => ((m.spec as Json).template as Json).spec as Json;

const problems = (text: string): string[] => suiteProblems(text, 'hn.yaml');
const suiteWith = (workload: string): string => suiteWithWorkloads('hn', workload);

describe('hostNetwork workloads', () => {
  it('put hostNetwork on the pod spec, and only when asked', () => {
    const host = podSpec(deploymentManifest('vm', 'img', 1, 'any', {}, undefined, true));
    expect(host.hostNetwork).toBe(true);
    expect(host.containers).toEqual(podSpec(deploymentManifest('vm', 'img', 1, 'any')).containers);
    expect(podSpec(deploymentManifest('vm', 'img', 1, 'any'))).not.toHaveProperty('hostNetwork');
  });

  it('load without services, and refuse services or ready: false at their lines', () => {
    expect(problems(suiteWith('  - {name: vm, replicas: 1, hostNetwork: true}\n'))).toEqual([]);
    expect(
      problems(
        suiteWith(
          [
            '  - name: vm',
            '    hostNetwork: true',
            '    services: [{name: s, port: 80}]',
            '  - name: vm2',
            '    hostNetwork: true',
            '    readinessProbe: {tcpSocket: {port: 8081}}',
            '    ready: false',
            '',
          ].join('\n'),
        ),
      ),
    ).toEqual([
      '5:15 workload vm: a hostNetwork workload cannot have services (its pods have no Kuryr port); put the services on a workload of pods',
      "9:12 workload vm2: 'ready: false' is not supported with hostNetwork",
    ]);
  });

  it('is a boolean in the schema', () => {
    expect(problems(suiteWith('  - {name: vm, hostNetwork: yes please}\n'))).toEqual([
      expect.stringMatching(/^3:\d+ .*hostNetwork.*boolean/),
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';

import {
  describeStageError,
  readPipelineSettings,
  STAGE_INPUTS,
  STAGES,
  stageInputs,
  wiring,
} from '../../src/actions/pipeline.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { Inputs, recordInputSource } from '../../src/runtime/inputs.js';
import { REPO_ROOT } from '../helpers/paths.js';

type ActionYml = { inputs: Record<string, { default?: string; required?: boolean }>; runs: Record<string, string> };
const load = (path: string): ActionYml => parse(readFileSync(join(REPO_ROOT, path), 'utf8')) as ActionYml;
const root = load('action.yml');

describe('root action.yml', () => {
  it('declares exactly topology, leg and every mapped stage input, with the stage defaults', () => {
    const mapped = new Set(STAGES.flatMap((s) => Object.keys(STAGE_INPUTS[s])));
    expect(new Set(Object.keys(root.inputs))).toEqual(new Set(['topology', 'leg', ...mapped]));
    for (const stage of STAGES) {
      const own = load(`actions/${stage}/action.yml`);
      for (const [rootName, stageName] of Object.entries(STAGE_INPUTS[stage])) {
        expect(own.inputs[stageName]).toBeDefined();
        if (rootName === 'vm-image') continue; // required by trunk-vm, but only for the nested topology
        expect([rootName, root.inputs[rootName]?.default]).toEqual([rootName, own.inputs[stageName]?.default]);
      }
    }
    expect(root.runs).toMatchObject({
      using: 'node24',
      main: 'dist/actions/pipeline/main.js',
      post: 'dist/actions/pipeline/post.js',
    });
  });
});

describe('pipeline wiring', () => {
  const rootValues: Record<string, string> = {
    profile: 'dragonflow-undercloud',
    'vm-image': 'bionic',
    'pod-image': 'quay.io/kuryr/demo',
    'stack-timeout-minutes': '90',
    'connectivity-timeout-minutes': '20',
    dest: '/srv/stack',
    'admin-password': 'pw',
    'github-token': 't',
  };
  const rootOf = (n: string): string | undefined => rootValues[n];
  const outputs = {
    'setup-devstack': { 'clouds-yaml': '/etc/openstack/clouds.yaml', kubeconfig: '/home/stack/.kube/config' },
    'trunk-vm': { 'overcloud-kubeconfig': '/tmp/oc-kubeconfig' },
  };

  it('gives each stage its own names for the shared root inputs', () => {
    expect(stageInputs('setup-devstack', rootOf)).toMatchObject({
      profile: 'dragonflow-undercloud',
      'timeout-minutes': '90',
      'admin-password': 'pw',
    });
    expect(stageInputs('trunk-vm', rootOf, wiring('trunk-vm', 'nested', outputs, rootOf))).toEqual({
      image: 'bionic',
      'admin-password': 'pw',
      'os-cloud': 'devstack',
      'clouds-yaml': '/etc/openstack/clouds.yaml',
      overcloud: 'true',
      'devstack-dir': '/srv/stack/devstack',
    });
    expect(stageInputs('connectivity', rootOf, wiring('connectivity', 'nested', outputs, rootOf))).toMatchObject({
      image: 'quay.io/kuryr/demo',
      'timeout-minutes': '20',
      mode: 'nested',
      kubeconfig: '/tmp/oc-kubeconfig',
    });
    expect(wiring('connectivity', 'baremetal', outputs, rootOf).kubeconfig).toBe('/home/stack/.kube/config');
    expect(stageInputs('publish-results', rootOf).token).toBe('t');
    // results JSON only: connectivity's JUnit repeats its cases and would count them twice
    expect(wiring('publish-results', 'baremetal', outputs, rootOf).results?.split('\n')).toEqual([
      expect.stringMatching(/kdf-results\/\*\.json$/),
    ]);
  });

  it('refuses an unknown topology and names root inputs in stage errors', () => {
    expect(() => readPipelineSettings(new Inputs(recordInputSource({ topology: 'vm' })))).toThrow(
      /Input 'topology' must be baremetal or nested/,
    );
    expect(readPipelineSettings(new Inputs(recordInputSource({}))).topology).toBe('baremetal');
    // the input the user wrote (issue #14: not the stage's own name with the root's in parentheses)
    expect(describeStageError('trunk-vm', new ConfigurationError("Input 'image' is required.", 'image'))).toBe(
      "Input 'vm-image' is required.",
    );
    expect(describeStageError('trunk-vm', new ConfigurationError('no such image', 'image'))).toBe(
      "no such image (root action input 'vm-image')",
    );
    expect(describeStageError('setup-devstack', new ConfigurationError('bad profile', 'profile'))).toBe('bad profile');
  });

  it('labels the leg: the input, else $KDF_LEG, else the os-release distro and the topology', () => {
    const bionic = readFileSync(join(REPO_ROOT, 'sandbox', 'devstack', 'os-release', 'ubuntu-18.04'), 'utf8');
    const read = (inputs: Record<string, string>, env: NodeJS.ProcessEnv, os?: string) =>
      readPipelineSettings(new Inputs(recordInputSource(inputs)), env, () => os).leg;
    expect(read({ topology: 'nested' }, {}, bionic)).toBe('ubuntu-18.04/nested');
    expect(read({}, { KDF_LEG: 'fedora-31/baremetal' }, bionic)).toBe('fedora-31/baremetal');
    expect(read({ leg: 'mine' }, { KDF_LEG: 'env' }, bionic)).toBe('mine');
    expect(read({}, {}, 'ID=plan9\nVERSION_ID="4"\n')).toBe('plan9-4/baremetal');
    expect(read({}, {}, undefined)).toBe('unknown/baremetal');
    expect(() => read({ leg: 'a\nb' }, {})).toThrow(/Input 'leg' must be one line/);
  });

  it('records the host distro whatever the leg is called', () => {
    const fedora = readFileSync(join(REPO_ROOT, 'sandbox', 'devstack', 'os-release', 'fedora-31'), 'utf8');
    const settings = readPipelineSettings(new Inputs(recordInputSource({ leg: 'mine' })), {}, () => fedora);
    expect(settings).toEqual({ topology: 'baremetal', leg: 'mine', distro: 'fedora-31' });
  });
});

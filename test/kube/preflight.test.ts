/** The connectivity preflight: clouds.yaml, kubeconfig and one bounded kubectl call, all before any cluster change. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { activeCloudsYaml, connectivityPreflight } from '../../src/kube/preflight.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { FakeCommandRunner } from '../__fixtures__/fake-command-runner.js';
import { OS_VARIABLES_CLOUD } from '../__fixtures__/openstack/os-variables.js';

const dir = mkdtempSync(join(tmpdir(), 'kdf-conn-preflight-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const CLOUDS = join(dir, 'clouds.yaml');
writeFileSync(CLOUDS, 'clouds:\n  devstack:\n    auth: {}\n  devstack-admin:\n    auth: {}\n');
const KUBECONFIG = join(dir, 'kubeconfig');
writeFileSync(
  KUBECONFIG,
  'apiVersion: v1\nclusters:\n- name: c\n  cluster: {server: "https://127.0.0.1:6443"}\ncontexts:\n- name: x\n  context: {cluster: c}\ncurrent-context: x\n',
);
writeFileSync(join(dir, 'not-yaml'), 'clusters: [\n');
mkdirSync(join(dir, 'empty-ws'));

const versionOk = (): FakeCommandRunner =>
  new FakeCommandRunner().on('kubectl', undefined, { stdout: '{"clientVersion":{},"serverVersion":{}}' });
const base = { cloud: 'devstack-admin', cloudsYamlEnv: CLOUDS, kubeconfig: KUBECONFIG, cwd: dir };

async function refusal(p: Parameters<typeof connectivityPreflight>[0]): Promise<ConfigurationError> {
  try {
    await connectivityPreflight(p);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigurationError);
    return err as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

describe('connectivityPreflight', () => {
  it('passes with a known cloud, a kubeconfig and an answering API server, in one bounded kubectl call', async () => {
    const runner = versionOk();
    await connectivityPreflight({ ...base, runner });
    expect(runner.calls).toHaveLength(1);
    expect(runner.calls[0]?.args).toEqual([
      '--kubeconfig',
      KUBECONFIG,
      '--request-timeout=13s',
      'version',
      '-o',
      'json',
    ]);
    expect(runner.calls[0]?.options.timeoutMs).toBe(15_000);
  });

  it('a cloud missing from clouds.yaml names os-cloud and the clouds it has, before any command', async () => {
    const runner = versionOk();
    const err = await refusal({ ...base, cloud: 'devstak', runner });
    expect(err.input).toBe('os-cloud');
    expect(err.message).toBe(
      `Input 'os-cloud': cloud 'devstak' is not in ${CLOUDS}; it has: devstack, devstack-admin.`,
    );
    expect(runner.calls).toHaveLength(0);
  });

  it('no clouds.yaml anywhere names os-cloud and the files looked at', async () => {
    const err = await refusal({
      ...base,
      cloudsYamlEnv: join(dir, 'nope.yaml'),
      cwd: join(dir, 'empty-ws'),
      runner: versionOk(),
    });
    // the host may have a clouds.yaml of its own under ~/.config or /etc: then the cloud is looked up there
    expect(err.input).toBe('os-cloud');
    expect(err.message).toMatch(/nope\.yaml/);
  });

  it.each([
    [join(dir, 'missing'), /cannot read .*missing: ENOENT/],
    [join(dir, 'not-yaml'), /cannot read .*not-yaml/],
    [CLOUDS, /is not a kubeconfig \(no clusters or contexts\)/],
  ])('kubeconfig %s is refused naming kubeconfig, before any command', async (kubeconfig, message) => {
    const runner = versionOk();
    const err = await refusal({ ...base, kubeconfig, runner });
    expect(err.input).toBe('kubeconfig');
    expect(err.message).toMatch(message);
    expect(runner.calls).toHaveLength(0);
  });

  it('an API server that does not answer is a kubeconfig error with kubectl’s words, not a wait', async () => {
    const runner = new FakeCommandRunner().on('kubectl', undefined, {
      exitCode: 1,
      stderr: 'Unable to connect to the server: dial tcp 127.0.0.1:6443: connect: connection refused\n',
    });
    const err = await refusal({ ...base, runner });
    expect(err.input).toBe('kubeconfig');
    expect(err.message).toContain('does not answer: Unable to connect to the server: dial tcp 127.0.0.1:6443');
  });

  it('a timeout of the API call says how long it waited', async () => {
    const runner = new FakeCommandRunner().on('kubectl', undefined, { timedOut: true });
    expect((await refusal({ ...base, runner, timeoutMs: 4000 })).message).toMatch(/does not answer: no answer in 4 s/);
  });

  it('a kubectl that is not there names kubectl and how to point at one (real spawn)', async () => {
    const { ProcessCommandRunner } = await import('../../src/runtime/process-runner.js');
    const err = await refusal({ ...base, runner: new ProcessCommandRunner(), kubectl: join(dir, 'no-kubectl') });
    expect(err.input).toBe('kubectl');
    expect(err.message).toMatch(/kubectl '.*no-kubectl' cannot be run \(ENOENT\): .*--kubectl \/ KDF_KUBECTL/);
  });

  describe('with a client that reads OS_* (the REST client)', () => {
    const OS = OS_VARIABLES_CLOUD;

    it('passes a cloud only the OS_* variables describe, calling nothing but kubectl', async () => {
      const runner = versionOk();
      await connectivityPreflight({ ...base, cloud: 'envcloud', osVariables: OS, runner });
      expect(runner.calls.map((c) => c.command)).toEqual(['kubectl']);
    });

    it('a cloud of clouds.yaml still passes without any OS_* variable', async () => {
      await connectivityPreflight({ ...base, osVariables: {}, runner: versionOk() });
    });

    it('neither clouds.yaml nor OS_AUTH_URL: the clouds it has, and that OS_AUTH_URL is not set', async () => {
      const runner = versionOk();
      const err = await refusal({ ...base, cloud: 'envcloud', osVariables: { OS_USERNAME: 'demo' }, runner });
      expect(err.input).toBe('os-cloud');
      expect(err.message).toBe(
        `Input 'os-cloud': cloud 'envcloud' is not in ${CLOUDS}; it has: devstack, devstack-admin, and OS_AUTH_URL is not set.`,
      );
      expect(runner.calls).toHaveLength(0);
    });

    it('no clouds.yaml at all and no OS_AUTH_URL names the files and the variable', async () => {
      const err = await refusal({
        ...base,
        cloudsYamlEnv: join(dir, 'nope.yaml'),
        cwd: join(dir, 'empty-ws'),
        osVariables: {},
        runner: versionOk(),
      });
      // a clouds.yaml of the host's own (~/.config, /etc) would be named instead, as in the CLI's case above
      expect(err.message).toMatch(/nope\.yaml.*, and OS_AUTH_URL is not set/);
    });

    it('incomplete OS_* credentials name what is missing, before any command', async () => {
      const runner = versionOk();
      const { OS_PASSWORD: _password, ...noPassword } = OS;
      const err = await refusal({ ...base, cloud: 'envcloud', osVariables: noPassword, runner });
      expect(err.input).toBe('os-cloud');
      expect(err.message).toBe(`Input 'os-cloud': cloud 'envcloud' (OS_* environment variables) has no password`);
      expect(runner.calls).toHaveLength(0);
    });

    it('./clouds.yaml is the step directory’s, not the process’s', async () => {
      expect(process.cwd()).not.toBe(dir);
      await connectivityPreflight({ ...base, cloudsYamlEnv: undefined, osVariables: {}, runner: versionOk() });
      const err = await refusal({
        ...base,
        cloudsYamlEnv: 'clouds.yaml',
        cwd: join(dir, 'empty-ws'),
        osVariables: {},
        runner: versionOk(),
      });
      expect(err.message).toContain(join(dir, 'empty-ws', 'clouds.yaml'));
    });
  });

  it('reads the first clouds.yaml that exists, OS_CLIENT_CONFIG_FILE first (as openstacksdk)', () => {
    expect(activeCloudsYaml(CLOUDS, '/').file).toBe(CLOUDS);
    expect(activeCloudsYaml('clouds.yaml', dir).file).toBe(CLOUDS);
    expect(activeCloudsYaml(undefined, dir).file).toBe(CLOUDS); // ./clouds.yaml
  });
});

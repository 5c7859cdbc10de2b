/** connectOpenStack: both clients read `./clouds.yaml` (and a relative clouds.yaml path) from the step's directory. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { connectOpenStack } from '../../src/openstack/connect.js';
import { FakeCommandRunner } from '../__fixtures__/fake-command-runner.js';
import { ApiStub } from './rest/api-stub.js';

const step = mkdtempSync(join(tmpdir(), 'kdf-connect-step-'));
const stub = new ApiStub();

beforeAll(async () => {
  await stub.start();
  const cloud = (name: string): string =>
    `  ${name}:\n    auth:\n      auth_url: ${stub.url}/identity\n      username: demo\n      password: pw\n` +
    `      user_domain_id: default\n      project_name: demo\n      project_domain_id: default\n`;
  writeFileSync(join(step, 'clouds.yaml'), `clouds:\n${cloud('stepcloud')}`);
  writeFileSync(join(step, 'other.yaml'), `clouds:\n${cloud('othercloud')}`);
});
afterAll(async () => {
  await stub.stop();
  rmSync(step, { recursive: true, force: true });
});

describe('connectOpenStack and the step directory', () => {
  const env = { PATH: process.env.PATH };

  it('the REST client reads ./clouds.yaml of the step, not of the process', async () => {
    expect(process.cwd()).not.toBe(step);
    const api = connectOpenStack({ cloud: 'stepcloud', runner: new FakeCommandRunner(), env, cwd: step });
    expect(api.readsOsVariables).toBe(true);
    await expect(api.projectId()).resolves.toBe('p-demo');
    expect(stub.calls('POST', '/identity/v3/auth/tokens')).toHaveLength(1);
  });

  it('a relative OS_CLIENT_CONFIG_FILE is read relative to the step', async () => {
    const api = connectOpenStack({
      cloud: 'othercloud',
      runner: new FakeCommandRunner(),
      env: { ...env, OS_CLIENT_CONFIG_FILE: 'other.yaml' },
      cwd: step,
    });
    await expect(api.projectId()).resolves.toBe('p-demo');
  });

  it('without the step directory the process’s is used, where this cloud is not', async () => {
    const api = connectOpenStack({ cloud: 'stepcloud', runner: new FakeCommandRunner(), env: { PATH: '' } });
    await expect(api.projectId()).rejects.toThrow(/cloud 'stepcloud' is not in .*clouds\.yaml/);
  });

  it('the CLI client runs openstack in the step directory, where it finds ./clouds.yaml itself', async () => {
    const runner = new FakeCommandRunner().on('openstack', undefined, { stdout: '{"project_id": "p-cli"}' });
    const api = connectOpenStack({ cloud: 'stepcloud', runner, env: { KDF_OPENSTACK_CLIENT: 'cli' }, cwd: step });
    expect(api.readsOsVariables).toBeUndefined();
    await api.projectId();
    expect(runner.calls[0]?.options.cwd).toBe(step);
    expect(runner.calls[0]?.args.slice(0, 2)).toEqual(['--os-cloud', 'stepcloud']);
  });
});

/**
 * The BUNDLED actions/trunk-vm, run as the GitHub runner runs it (sandbox/runner), against the real sandbox cloud:
 * main boots the trunk VM (trunk ACTIVE with the parent port, server ACTIVE on it, floating IP associated, SSH
 * answering on it as the login user) and sets its outputs; post tears everything down again.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ResultsDocument } from '../../src/results/model.js';
import { SANDBOX } from '../../src/sandbox/config.js';
import { BROKEN_COMPUTE_HOST } from '../../src/sandbox/services.js';
import { ActionJob } from '../helpers/action-runner.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { layout, os, osRun, RUN_ID, sandboxState } from './cloud.js';
import { createVmUser, destroyVmUser, type VmUser } from './vm-user.js';

let user: VmUser | undefined;
beforeAll(() => {
  user = createVmUser(() => '/nonexistent');
});
afterAll(() => destroyVmUser(user));

const names = {
  'port-name': `port0-act-${RUN_ID}`,
  'trunk-name': `trunk0-act-${RUN_ID}`,
  'server-name': `vm-act-${RUN_ID}`,
  'key-name': `key-act-${RUN_ID}`,
};

describe('actions/trunk-vm (bundled) against the sandbox cloud', () => {
  it('main boots the trunk VM and sets outputs; post returns the cloud to where it was', async () => {
    const job = new ActionJob({
      actionDir: join(REPO_ROOT, 'actions', 'trunk-vm'),
      with: {
        image: SANDBOX.imageName,
        'os-cloud': 'devstack',
        'clouds-yaml': layout.cloudsYaml,
        subports: '201',
        'ssh-user': user!.name,
        ...names,
      },
      env: {
        KDF_OPENSTACK_NETNS: sandboxState().namespace,
        PATH: `/usr/bin:/bin:/usr/sbin:/sbin:${process.env.PATH ?? ''}`,
      },
      timeoutMs: 600_000,
    });
    const main = await job.run('main');
    expect(main.annotations.filter((a) => a.command === 'error')).toEqual([]);
    expect(main.exitCode).toBe(0);
    const trunk = await os<{ status: string; port_id: string; sub_ports: { segmentation_id: number }[] }>(
      'devstack',
      'network',
      'trunk',
      'show',
      names['trunk-name'],
    );
    expect(trunk.status).toBe('ACTIVE');
    expect(trunk.port_id).toBe(main.outputs['parent-port-id']);
    expect(trunk.sub_ports.map((s) => s.segmentation_id)).toEqual([201]);
    const server = await os<{ id: string; status: string }>('devstack', 'server', 'show', names['server-name']);
    expect(server).toMatchObject({ id: main.outputs['server-id'], status: 'ACTIVE' });
    const fip = await os<{ floating_ip_address: string; port_id: string }>(
      'devstack',
      'floating',
      'ip',
      'show',
      main.outputs['floating-ip'] as string,
    );
    expect(fip.port_id).toBe(main.outputs['parent-port-id']);
    const key = main.outputs['ssh-key-path'] as string;
    expect(statSync(key).mode & 0o777).toBe(0o600);
    expect(readFileSync(key, 'utf8')).toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----/);

    const post = await job.run('post');
    expect(post.exitCode).toBe(0);
    const servers = await os<{ Name: string }[]>('devstack', 'server', 'list');
    expect(servers.map((s) => s.Name)).not.toContain(names['server-name']);
    const trunks = await os<{ Name: string }[]>('devstack', 'network', 'trunk', 'list');
    expect(trunks.map((t) => t.Name)).not.toContain(names['trunk-name']);
    const ports = await os<{ Name: string }[]>('devstack', 'port', 'list');
    expect(ports.map((p) => p.Name)).not.toContain(names['port-name']);
  }, 600_000);

  it('a server that goes to ERROR (the broken compute host) ends with its fault and a complete teardown', async () => {
    const err = {
      'port-name': `port0-err-${RUN_ID}`,
      'trunk-name': `trunk0-err-${RUN_ID}`,
      'server-name': `vm-err-${RUN_ID}`,
      'key-name': `key-err-${RUN_ID}`,
    };
    // Only the FakeBuildAbortDriver host takes new servers: the scheduler has no other choice (real Nova APIs).
    const service = (action: '--enable' | '--disable', host: string) =>
      osRun('devstack-admin', 'compute', 'service', 'set', action, host, 'nova-compute');
    await service('--enable', BROKEN_COMPUTE_HOST);
    await service('--disable', SANDBOX.host);
    try {
      const job = new ActionJob({
        actionDir: join(REPO_ROOT, 'actions', 'trunk-vm'),
        with: {
          image: SANDBOX.imageName,
          flavor: 'ds1G',
          'os-cloud': 'devstack',
          'clouds-yaml': layout.cloudsYaml,
          'ssh-user': user!.name,
          ...err,
        },
        env: {
          KDF_OPENSTACK_NETNS: sandboxState().namespace,
          PATH: `/usr/bin:/bin:/usr/sbin:/sbin:${process.env.PATH ?? ''}`,
        },
        timeoutMs: 600_000,
      });
      const main = await job.run('main');
      expect(main.exitCode).toBe(1);
      const errors = main.annotations.filter((a) => a.command === 'error').map((a) => a.message);
      expect(errors.join('\n')).toMatch(
        new RegExp(`server vm-err-${RUN_ID} \\([0-9a-f-]+\\) went to ERROR: .*Build of instance`),
      );
      const doc = JSON.parse(readFileSync(main.outputs.results as string, 'utf8')) as ResultsDocument;
      expect(doc.cases.find((c) => c.id === 'up')?.status).toBe('failed');
      expect(doc.cases.find((c) => c.id === 'teardown-after-failure')?.status).toBe('passed');
      const servers = await os<{ Name: string }[]>('devstack', 'server', 'list');
      expect(servers.map((x) => x.Name)).not.toContain(err['server-name']);
      const ports = await os<{ Name: string }[]>('devstack', 'port', 'list');
      expect(ports.map((p) => p.Name)).not.toContain(err['port-name']);
      const trunks = await os<{ Name: string }[]>('devstack', 'network', 'trunk', 'list');
      expect(trunks.map((t) => t.Name)).not.toContain(err['trunk-name']);
      const post = await job.run('post');
      expect(post.exitCode).toBe(0);
    } finally {
      await service('--enable', SANDBOX.host);
      await service('--disable', BROKEN_COMPUTE_HOST);
    }
  }, 600_000);

  it.each([
    ['unknown flavor', { flavor: `no-such-flavor-${RUN_ID}` }, /flavor 'no-such-flavor-.*' does not exist/],
    ['missing image', { image: `no-such-image-${RUN_ID}` }, /image 'no-such-image-.*' does not exist/],
  ] as [string, Record<string, string>, RegExp][])(
    '%s: the finding names the input and nothing is left behind',
    async (_what, inputs, message) => {
      const tag = `bad${Object.keys(inputs)[0]}`;
      const job = new ActionJob({
        actionDir: join(REPO_ROOT, 'actions', 'trunk-vm'),
        with: {
          image: SANDBOX.imageName,
          'os-cloud': 'devstack',
          'clouds-yaml': layout.cloudsYaml,
          'ssh-user': user!.name,
          'port-name': `port0-${tag}-${RUN_ID}`,
          'trunk-name': `trunk0-${tag}-${RUN_ID}`,
          'server-name': `vm-${tag}-${RUN_ID}`,
          'key-name': `key-${tag}-${RUN_ID}`,
          ...inputs,
        },
        env: {
          KDF_OPENSTACK_NETNS: sandboxState().namespace,
          PATH: `/usr/bin:/bin:/usr/sbin:/sbin:${process.env.PATH ?? ''}`,
        },
        timeoutMs: 300_000,
      });
      const main = await job.run('main');
      expect(main.exitCode).toBe(1);
      expect(
        main.annotations
          .filter((a) => a.command === 'error')
          .map((a) => a.message)
          .join('\n'),
      ).toMatch(message);
      const keys = await os<{ Name: string }[]>('devstack', 'keypair', 'list');
      const ports = await os<{ Name: string }[]>('devstack', 'port', 'list');
      expect([...keys, ...ports].map((o) => o.Name).filter((n) => n.includes(`-${tag}-${RUN_ID}`))).toEqual([]);
      const post = await job.run('post');
      expect(post.exitCode).toBe(0);
    },
    300_000,
  );
});

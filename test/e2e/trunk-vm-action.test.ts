/**
 * The BUNDLED actions/trunk-vm, run as the GitHub runner runs it (test/harness), against the real sandbox cloud:
 * main boots the trunk VM (trunk ACTIVE with the parent port, server ACTIVE on it, floating IP associated, SSH
 * answering on it as the login user) and sets its outputs; post tears everything down again.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SANDBOX } from '../../src/sandbox/config.js';
import { ActionJob } from '../harness/action-runner.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { layout, os, RUN_ID, sandboxState } from './cloud.js';
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
});

/**
 * The BUNDLED actions/trunk-vm with `overcloud: true`, run as the GitHub runner runs it (sandbox/runner), against the
 * sandbox cloud and its data plane: the server becomes a network namespace with sshd (sandbox/dataplane), SSH goes
 * to the floating IP for real, DevStack (the double, sandbox/devstack) is copied in with scp and stacked there over
 * SSH, kuryr.conf is edited and kuryr restarted (a systemctl double records it), the kubeconfig comes back. Post
 * returns the cloud to where it was, also after injected failures.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { getIniOption } from '../../src/devstack/ini-edit.js';
import type { ResultsDocument } from '../../src/results/model.js';
import { SANDBOX } from '../../src/sandbox/config.js';
import { ActionJob } from '../helpers/action-runner.js';
import { BIONIC } from '../helpers/double-world.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { layout, os, RUN_ID, sandboxState } from './cloud.js';
import { createVmUser, destroyVmUser, type VmUser } from './vm-user.js';

let user: VmUser | undefined;
let gitBase = '';
let devstackDir = '';
let etc = '';

/** What a run with `tag` left in the cloud: its named resources, its floating IP (other suites may run alongside). */
async function leftovers(tag: string, floatingIp: string | undefined): Promise<string[]> {
  const mine = (name: string): boolean => name.includes(`-oc${tag}-${RUN_ID}`);
  const [servers, ports, trunks, fips, keys] = await Promise.all([
    os<{ Name: string }[]>('devstack-admin', 'server', 'list', '--all-projects'),
    os<{ Name: string }[]>('devstack-admin', 'port', 'list'),
    os<{ Name: string }[]>('devstack-admin', 'network', 'trunk', 'list'),
    os<{ 'Floating IP Address': string }[]>('devstack-admin', 'floating', 'ip', 'list'),
    os<{ Name: string }[]>('devstack', 'keypair', 'list'),
  ]);
  return [
    ...[...servers, ...ports, ...trunks, ...keys].map((o) => o.Name).filter(mine),
    ...fips.map((f) => f['Floating IP Address']).filter((a) => a === floatingIp),
  ];
}

/** The double's knobs, read by stack.sh from `$TOP_DIR/kdf-double.env` in the copied tree. */
function writeKnobs(extra: Record<string, string> = {}): void {
  const knobs = {
    KDF_DOUBLE_OS_RELEASE: BIONIC,
    KDF_DOUBLE_ETC: etc,
    KDF_DOUBLE_DEST: join(user!.dir, 'stack'),
    HOST_IP_IFACE: 'eth0',
    ...extra,
  };
  writeFileSync(
    join(devstackDir, 'kdf-double.env'),
    Object.entries(knobs)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(''),
  );
}

function job(tag: string, extra: Record<string, string> = {}): ActionJob {
  return new ActionJob({
    actionDir: join(REPO_ROOT, 'actions', 'trunk-vm'),
    with: {
      image: SANDBOX.imageName,
      'os-cloud': 'devstack',
      'clouds-yaml': layout.cloudsYaml,
      'port-name': `port0-oc${tag}-${RUN_ID}`,
      'trunk-name': `trunk0-oc${tag}-${RUN_ID}`,
      'server-name': `vm-oc${tag}-${RUN_ID}`,
      'key-name': `key-oc${tag}-${RUN_ID}`,
      'ssh-user': user!.name,
      'boot-timeout-minutes': '3',
      overcloud: 'true',
      'git-base': `file://${gitBase}`,
      'devstack-dir': devstackDir,
      'overcloud-kuryr-conf': join(etc, 'kuryr', 'kuryr.conf'),
      'overcloud-timeout-minutes': '5',
      // demo cannot read the public subnet's gateway and the sandbox's auth_url is loopback: name br-ex's address
      'overcloud-service-host': '172.24.4.1',
      ...extra,
    },
    env: {
      KDF_OPENSTACK_NETNS: sandboxState().namespace,
      PATH: `/usr/bin:/bin:/usr/sbin:/sbin:${process.env.PATH ?? ''}`,
    },
    timeoutMs: 600_000,
  });
}

beforeAll(() => {
  user = createVmUser((dir) => join(dir, 'etc', 'systemd', 'system'));
  const uid = Number(execFileSync('id', ['-u', user.name], { encoding: 'utf8' }).trim());
  gitBase = join(user.dir, 'gb');
  execFileSync(join(REPO_ROOT, 'sandbox', 'devstack', 'make-repo.sh'), [gitBase, '--owner', user.name]);
  devstackDir = join(user.dir, 'devstack');
  // the git base belongs to the VM user (git refuses other owners' repositories): the user clones it
  mkdirSync(devstackDir, { mode: 0o755 });
  chownSync(devstackDir, uid, uid);
  execFileSync('runuser', [
    '-u',
    user.name,
    '--',
    'git',
    'clone',
    '-q',
    '-b',
    'ussuri-eol',
    `file://${gitBase}/openstack/devstack`,
    devstackDir,
  ]);
  etc = join(user.dir, 'etc');
  for (const d of [etc, join(user.dir, 'stack')]) {
    mkdirSync(d, { mode: 0o755 });
    chownSync(d, uid, uid);
  }
  writeKnobs();
});

afterAll(() => destroyVmUser(user));

describe('actions/trunk-vm with overcloud: true (bundled) against the sandbox cloud and data plane', () => {
  it('boots, reaches the VM over SSH, stacks the overcloud, edits kuryr.conf, restarts kuryr; post cleans up', async () => {
    const j = job('ok');
    let posted = false;
    try {
      const main = await j.run('main');
      expect(main.annotations.filter((a) => a.command === 'error')).toEqual([]);
      expect(main.exitCode).toBe(0);
      const trunk = await os<{ status: string; port_id: string }>(
        'devstack',
        'network',
        'trunk',
        'show',
        `trunk0-ocok-${RUN_ID}`,
      );
      expect(trunk).toMatchObject({ status: 'ACTIVE', port_id: main.outputs['parent-port-id'] });
      const server = await os<{ status: string }>('devstack', 'server', 'show', `vm-ocok-${RUN_ID}`);
      expect(server.status).toBe('ACTIVE');

      // the results: boot, SSH, overcloud and kuryr.conf cases passed
      const doc = JSON.parse(readFileSync(main.outputs.results as string, 'utf8')) as ResultsDocument;
      const status = Object.fromEntries(doc.cases.map((c) => [c.id, c.status]));
      expect(status).toMatchObject({
        up: 'passed',
        ssh: 'passed',
        overcloud: 'passed',
        'overcloud-kuryr-conf': 'passed',
      });

      // DevStack ran inside the VM (the login user's home), with the placeholders resolved from the undercloud
      const localConf = readFileSync(join(user!.home, 'devstack', 'local.conf'), 'utf8');
      const pool = await os<{ id: string }>('devstack-admin', 'subnet', 'pool', 'show', 'shared-default-subnetpool-v4');
      expect(localConf).toMatch(/^SERVICE_HOST=172\.24\.4\.1$/m);
      expect(localConf).toMatch(new RegExp(`^KURYR_NEUTRON_DEFAULT_SUBNETPOOL_ID=${pool.id}$`, 'm'));
      expect(localConf).toMatch(/^KURYR_NEUTRON_DEFAULT_ROUTER=router1$/m);
      expect(statSync(join(user!.home, 'devstack', 'local.conf')).mode & 0o777).toBe(0o600);

      // kuryr.conf: docs/local-conf.md#kuryr-config-edits edits on top of what the plugin wrote; link_iface is the VM
      // NIC holding port0's address
      const conf = readFileSync(join(etc, 'kuryr', 'kuryr.conf'), 'utf8');
      expect(getIniOption(conf, 'pod_vif_nested', 'worker_nodes_subnet')).toBe(main.outputs['worker-subnet-id']);
      expect(getIniOption(conf, 'binding', 'driver')).toBe('kuryr.lib.binding.drivers.vlan');
      expect(getIniOption(conf, 'binding', 'link_iface')).toBe('eth0');
      expect(getIniOption(conf, 'kubernetes', 'api_root')).toMatch(/^https?:\/\//);
      expect(user!.systemctlCalls()).toContain(
        'restart devstack@kuryr-kubernetes.service devstack@kuryr-daemon.service',
      );
      const kubeconfig = main.outputs['overcloud-kubeconfig'] as string;
      expect(statSync(kubeconfig).mode & 0o777).toBe(0o600);
      expect(readFileSync(kubeconfig, 'utf8')).toBe(readFileSync(join(user!.home, '.kube', 'config'), 'utf8'));

      posted = true;
      const post = await j.run('post');
      expect(post.exitCode).toBe(0);
      expect(await leftovers('ok', main.outputs['floating-ip'])).toEqual([]);
    } finally {
      if (!posted) await j.run('post'); // never leave a VM behind for the next suite
    }
  }, 600_000);

  it('an overcloud stack.sh failure ends with its [ERROR] finding, and post tears everything down', async () => {
    rmSync(join(user!.home, 'devstack'), { recursive: true, force: true });
    writeKnobs({ KDF_DOUBLE_FAIL: 'die:kuryr-kubernetes:extra' });
    const j = job('fail', { flavor: 'ds1G' });
    let posted = false;
    try {
      const main = await j.run('main');
      expect(main.exitCode).toBe(1);
      const errors = main.annotations.filter((a) => a.command === 'error').map((a) => a.message);
      expect(errors.join('\n')).toMatch(/Timed out waiting for kubernetes-api/);
      const doc = JSON.parse(readFileSync(main.outputs.results as string, 'utf8')) as ResultsDocument;
      expect(doc.cases.find((c) => c.id === 'overcloud')?.status).toBe('failed');
      expect(doc.findings.map((f) => f.title)).toContain('overcloud stack.sh: [ERROR]');
      posted = true;
      const post = await j.run('post');
      expect(post.exitCode).toBe(0);
      expect(await leftovers('fail', main.outputs['floating-ip'])).toEqual([]);
    } finally {
      if (!posted) await j.run('post');
      writeKnobs();
    }
  }, 600_000);

  it('SSH never ready (the VM never starts sshd) ends with the SSH finding, and post tears everything down', async () => {
    const knobsFile = join(layout.root, 'dataplane', 'knobs.json');
    const saved = existsSync(knobsFile) ? readFileSync(knobsFile, 'utf8') : undefined;
    writeFileSync(knobsFile, JSON.stringify({ sshDelaySeconds: 0, sshNever: [`vm-ocnossh-${RUN_ID}`] }));
    const j = job('nossh', { 'boot-timeout-minutes': '1', overcloud: 'false', flavor: 'ds1G' });
    let posted = false;
    try {
      const main = await j.run('main');
      expect(main.exitCode).toBe(1);
      const errors = main.annotations.filter((a) => a.command === 'error').map((a) => a.message);
      expect(errors.join('\n')).toMatch(
        new RegExp(`SSH to ${user!.name}@172\\.24\\.4\\.\\d+ was not ready after \\d+ s`),
      );
      posted = true;
      const post = await j.run('post');
      expect(post.exitCode).toBe(0);
      expect(await leftovers('nossh', main.outputs['floating-ip'])).toEqual([]);
    } finally {
      if (!posted) await j.run('post');
      if (saved === undefined) rmSync(knobsFile, { force: true });
      else writeFileSync(knobsFile, saved);
    }
  }, 600_000);
});

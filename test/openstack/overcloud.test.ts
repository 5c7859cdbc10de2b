import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from '@jest/globals';

import { OpenStackClient } from '../../src/openstack/client.js';
import {
  interfaceWithAddress,
  kuryrConfEdits,
  OVERCLOUD_DEFAULTS,
  planOvercloud,
  stackOvercloud,
  workerSubnetsOption,
  type OvercloudSettings,
} from '../../src/openstack/overcloud.js';
import { SshClient } from '../../src/openstack/ssh.js';
import { getIniOption } from '../../src/devstack/ini-edit.js';
import { FakeCommandRunner, type FakeCall, type FakeResponse } from '../__fixtures__/fake-command-runner.js';
import { RecordingLogger } from '../__fixtures__/recording-logger.js';
import { fixture } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'kdf-overcloud-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const POOL_ID = '3d5471a9-b6e7-4b48-958e-231a2d40997a';
const IP_ADDR = `1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever
2: eth0    inet 10.0.0.5/26 brd 10.0.0.63 scope global eth0\\       valid_lft forever preferred_lft forever
3: eth0.101@eth0    inet 10.0.0.70/26 brd 10.0.0.127 scope global eth0.101\\       valid_lft forever preferred_lft forever
`;
const KURYR_CONF =
  '[kubernetes]\napi_root = https://10.0.0.129:443\n\n[binding]\ndriver = kuryr.lib.binding.drivers.ovs\n';

describe('overcloud helpers', () => {
  it('finds link_iface from `ip -o -4 addr show`, VLAN sub-interfaces included', () => {
    expect(interfaceWithAddress(IP_ADDR, '10.0.0.5')).toBe('eth0');
    expect(interfaceWithAddress(IP_ADDR, '10.0.0.70')).toBe('eth0.101');
    expect(interfaceWithAddress(IP_ADDR, '10.0.0.6')).toBeUndefined();
  });

  it('writes the option name the pinned kuryr reads (docs/local-conf.md#kuryr-config-edits)', () => {
    expect(workerSubnetsOption('ussuri')).toBe('worker_nodes_subnet');
    expect(workerSubnetsOption('kuryr-last')).toBe('worker_nodes_subnets');
    expect(kuryrConfEdits('ussuri', 'sub', 'eth0')).toEqual([
      { section: 'pod_vif_nested', key: 'worker_nodes_subnet', value: 'sub' },
      { section: 'binding', key: 'driver', value: 'kuryr.lib.binding.drivers.vlan' },
      { section: 'binding', key: 'link_iface', value: 'eth0' },
    ]);
  });

  it('renders the overcloud local.conf with every placeholder resolved and the undercloud password', () => {
    const plan = planOvercloud(
      settings({
        fragments: [{ text: '[[local|localrc]]\nKURYR_K8S_API_URL=http://10.0.0.5:8080\n', file: 'oc.conf' }],
      }),
      { serviceHost: '172.24.4.1', subnetPoolId: POOL_ID, router: 'router1' },
      'centos',
      '10.0.0.5',
    );
    const text = plan.localConf;
    expect(text).not.toMatch(/@[A-Z_]+@/);
    expect(text).toMatch(/^SERVICE_HOST=172\.24\.4\.1$/m);
    expect(text).toMatch(/^HOST_IP=10\.0\.0\.5$/m);
    expect(text).toMatch(new RegExp(`^KURYR_NEUTRON_DEFAULT_SUBNETPOOL_ID=${POOL_ID}$`, 'm'));
    expect(text).toMatch(/^KURYR_NEUTRON_DEFAULT_ROUTER=router1$/m);
    expect(text).toMatch(/^ADMIN_PASSWORD=s3cretPW$/m);
    expect(text).toMatch(/^KURYR_POD_VIF_DRIVER=nested-vlan$/m);
    expect(text).toMatch(/^KURYR_K8S_API_URL=http:\/\/10\.0\.0\.5:8080$/m);
    expect(plan.secrets).toContain('s3cretPW');
  });

  it('refuses a profile that is not an overcloud profile, naming the input', () => {
    expect(() =>
      planOvercloud(
        settings({ profile: 'dragonflow' }),
        { serviceHost: 'h', subnetPoolId: 'p', router: 'r' },
        'u',
        'ip',
      ),
    ).toThrow(/overcloud-nested-vlan/);
  });
});

function settings(over: Partial<OvercloudSettings> = {}): OvercloudSettings {
  return {
    profile: OVERCLOUD_DEFAULTS.profile,
    fragments: [],
    router: 'router1',
    subnetPool: OVERCLOUD_DEFAULTS.subnetPool,
    adminPassword: 's3cretPW',
    devstackDir: '/opt/stack/devstack',
    remoteDir: 'devstack',
    kuryrConfPath: '/etc/kuryr/kuryr.conf',
    remoteKubeconfig: '.kube/config',
    kubeconfigPath: join(dir, `kubeconfig-${Math.random()}`),
    localConfPath: join(dir, `local.conf-${Math.random()}`),
    externalNetwork: 'public',
    stackTimeoutMinutes: 5,
    ...over,
  };
}

/** A fake undercloud API plus a fake VM behind ssh, keeping the files the toolkit writes. */
function world(stack: FakeResponse | ((call: FakeCall) => FakeResponse)) {
  const files: Record<string, string> = { '/etc/kuryr/kuryr.conf': KURYR_CONF, '.kube/config': 'apiVersion: v1\n' };
  const runner = new FakeCommandRunner();
  runner.on('openstack', undefined, ({ args }) => {
    const cmd = args.slice(2).join(' ');
    if (cmd.startsWith('subnet pool show')) return { stdout: fixture('subnet-pool-show.json') };
    if (cmd.startsWith('router show router1')) return { stdout: fixture('router-show.json') };
    if (cmd.startsWith('router show')) return { exitCode: 1, stderr: fixture('router-show-missing.err') };
    if (cmd.startsWith('network show public'))
      return { stdout: fixture('network-show.json').replace('"router:external": false', '"router:external": true') };
    if (cmd.startsWith('subnet show'))
      return { stdout: fixture('subnet-show.json').replace('"gateway_ip": "10.0.0.1"', '"gateway_ip": "172.24.4.1"') };
    return { exitCode: 1, stderr: `unexpected: ${cmd}` };
  });
  runner.on('tar', undefined, { stdout: '' });
  runner.on('scp', undefined, { stdout: '' });
  runner.on('ssh', undefined, (call) => {
    const remote = call.args.at(-1)!;
    if (remote === 'ip -o -4 addr show') return { stdout: IP_ADDR };
    if (remote.includes('exec ./stack.sh')) return typeof stack === 'function' ? stack(call) : stack;
    let m = /install -m (\d+) \/dev\/stdin (\S+)$/.exec(remote);
    if (m) return ((files[m[2]!] = call.options.input ?? ''), { stdout: '' });
    m = /^(?:sudo -n )?cat (\S+)$/.exec(remote);
    if (m)
      return files[m[1]!] === undefined
        ? { exitCode: 1, stderr: `cat: ${m[1]}: No such file` }
        : { stdout: files[m[1]!] };
    if (remote.startsWith('sudo -n systemctl restart')) return { stdout: '' };
    if (remote.startsWith('sh -c') && remote.includes('tar -xzf')) return { stdout: '' };
    if (remote.includes('stackenv')) return { exitCode: 1, stderr: 'no summary' };
    return { exitCode: 127, stderr: `unexpected remote command: ${remote}` };
  });
  const client = new OpenStackClient({ runner, cloud: 'devstack-admin', retry: { attempts: 1 } });
  const ssh = new SshClient(runner, { host: '172.24.4.10', user: 'centos', keyPath: '/k', knownHostsPath: '/kh' });
  return { runner, files, client, ssh };
}

const VM = { workerSubnetId: 'e0f682e0-77c2-4a7b-b4a8-30c6945edd2e', parentPortIp: '10.0.0.5' };

describe('stackOvercloud', () => {
  it('resolves, copies DevStack, stacks, edits kuryr.conf, restarts kuryr and fetches the kubeconfig', async () => {
    const w = world({
      stdout: '+ ./stack.sh:main:1 : run_phase stack pre-install\nstack.sh completed in 42 seconds.\n',
    });
    const logger = new RecordingLogger();
    const s = settings();
    const r = await stackOvercloud(s, VM, { client: w.client, ssh: w.ssh, runner: w.runner, logger });
    expect(r.success).toBe(true);
    expect(r).toMatchObject({ serviceHost: '172.24.4.1', subnetPoolId: POOL_ID, router: 'router1', linkIface: 'eth0' });
    // local.conf in the VM = the rendered one kept locally (0600), placeholders resolved
    expect(w.files['devstack/local.conf']).toBe(readFileSync(s.localConfPath, 'utf8'));
    expect(statSync(s.localConfPath).mode & 0o777).toBe(0o600);
    expect(w.files['devstack/local.conf']).toMatch(/^SERVICE_HOST=172\.24\.4\.1$/m);
    // kuryr.conf: docs/local-conf.md#kuryr-config-edits edits, other content kept
    const conf = w.files['/etc/kuryr/kuryr.conf']!;
    expect(getIniOption(conf, 'pod_vif_nested', 'worker_nodes_subnet')).toBe(VM.workerSubnetId);
    expect(getIniOption(conf, 'binding', 'driver')).toBe('kuryr.lib.binding.drivers.vlan');
    expect(getIniOption(conf, 'binding', 'link_iface')).toBe('eth0');
    expect(getIniOption(conf, 'kubernetes', 'api_root')).toBe('https://10.0.0.129:443');
    const remote = w.runner.calls.filter((c) => c.command === 'ssh').map((c) => c.args.at(-1));
    expect(remote).toContain(
      'sudo -n systemctl restart devstack@kuryr-kubernetes.service devstack@kuryr-daemon.service',
    );
    // order: copy before stack, edits after stack, restart after edits
    const idx = (re: RegExp) => remote.findIndex((x) => re.test(x ?? ''));
    expect(idx(/tar -xzf/)).toBeLessThan(idx(/stack\.sh/));
    expect(idx(/stack\.sh/)).toBeLessThan(idx(/kuryr\.conf$/));
    expect(idx(/install .*kuryr\.conf/)).toBeLessThan(idx(/systemctl restart/));
    expect(readFileSync(r.kubeconfigPath!, 'utf8')).toBe('apiVersion: v1\n');
    expect(statSync(r.kubeconfigPath!).mode & 0o777).toBe(0o600);
    // the stack.sh output went to a log group per phase, the password never
    expect(logger.text()).toContain('overcloud stack.sh: pre-install');
    expect(logger.secrets).toContain('s3cretPW');
  });

  it('reports a failed stack.sh with a finding and leaves kuryr.conf alone', async () => {
    const w = world({
      exitCode: 1,
      stdout: '[Call Trace]\n./stack.sh:1234:die\n[ERROR] ./stack.sh:1234 Timed out waiting for kubernetes-api\n',
    });
    const r = await stackOvercloud(settings(), VM, {
      client: w.client,
      ssh: w.ssh,
      runner: w.runner,
      logger: new RecordingLogger(),
    });
    expect(r.success).toBe(false);
    expect(r.findings.map((f) => `${f.title}: ${f.message}`)).toContain(
      'overcloud stack.sh: [ERROR]: Timed out waiting for kubernetes-api',
    );
    expect(w.files['/etc/kuryr/kuryr.conf']).toBe(KURYR_CONF);
    expect(w.runner.calls.some((c) => c.args.at(-1)?.includes('systemctl'))).toBe(false);
  });

  it('falls back to the auth_url host when the cloud cannot read the external subnet, and refuses loopback', async () => {
    const hidden = (w: ReturnType<typeof world>) => {
      // demo may not read admin's public-subnet: `subnet show` answers 'No Subnet found'
      const runner = new FakeCommandRunner();
      runner.on('openstack', (args) => args.includes('subnet') && args.includes('show') && !args.includes('pool'), {
        exitCode: 1,
        stderr: 'No Subnet found for 409fc182-e8e0-49fc-bc58-31bc691141e2\n',
      });
      runner.on(/.*/, undefined, (call) => w.runner.run(call.command, call.args, call.options));
      return new OpenStackClient({ runner, cloud: 'devstack', retry: { attempts: 1 } });
    };
    const w = world({ stdout: 'stack.sh completed in 1 seconds.\n' });
    const r = await stackOvercloud(settings({ authUrlHost: '192.168.7.2' }), VM, {
      client: hidden(w),
      ssh: w.ssh,
      runner: w.runner,
      logger: new RecordingLogger(),
    });
    expect(r.serviceHost).toBe('192.168.7.2');
    await expect(
      stackOvercloud(settings({ authUrlHost: '127.0.0.1' }), VM, {
        client: hidden(w),
        ssh: w.ssh,
        runner: w.runner,
        logger: new RecordingLogger(),
      }),
    ).rejects.toThrow(/auth_url host is loopback \(127\.0\.0\.1\); set 'overcloud-service-host'/);
  });

  it('names the router when the undercloud has no router1', async () => {
    const w = world({ stdout: '' });
    await expect(
      stackOvercloud(settings({ router: 'rtr9' }), VM, {
        client: w.client,
        ssh: w.ssh,
        runner: w.runner,
        logger: new RecordingLogger(),
      }),
    ).rejects.toThrow(/router 'rtr9' \(KURYR_NEUTRON_DEFAULT_ROUTER\) does not exist/);
  });

  /** The result with the per-test random paths replaced, for the full-shape pins below. */
  function shape(r: Awaited<ReturnType<typeof stackOvercloud>>, s: OvercloudSettings): unknown {
    return JSON.parse(
      JSON.stringify(r).split(s.localConfPath).join('<local.conf>').split(s.kubeconfigPath).join('<kubeconfig>'),
    );
  }

  it('returns the full result of a successful stack, of a failed one and of a missing kubeconfig', async () => {
    const deps = (w: ReturnType<typeof world>) => ({
      client: w.client,
      ssh: w.ssh,
      runner: w.runner,
      logger: new RecordingLogger(),
    });
    const ok = world({ stdout: 'stack.sh completed in 42 seconds.\n' });
    const s1 = settings();
    expect(shape(await stackOvercloud(s1, VM, deps(ok)), s1)).toMatchSnapshot('success');
    const failed = world({ exitCode: 1, stdout: '[ERROR] ./stack.sh:1234 Timed out waiting for kubernetes-api\n' });
    const s2 = settings();
    expect(shape(await stackOvercloud(s2, VM, deps(failed)), s2)).toMatchSnapshot('stack.sh failed');
    const noKube = world({ stdout: 'stack.sh completed in 42 seconds.\n' });
    delete noKube.files['.kube/config'];
    const s3 = settings();
    const r3 = await stackOvercloud(s3, VM, deps(noKube));
    expect(r3.success).toBe(false);
    expect(shape(r3, s3)).toMatchSnapshot('kubeconfig missing');
  });

  it("refuses a VM in which no interface holds port0's address", async () => {
    const w = world({ stdout: '' });
    await expect(
      stackOvercloud(
        settings(),
        { ...VM, parentPortIp: '10.9.9.9' },
        {
          client: w.client,
          ssh: w.ssh,
          runner: w.runner,
          logger: new RecordingLogger(),
        },
      ),
    ).rejects.toThrow(/no interface in the VM holds port0's address 10\.9\.9\.9/);
  });
});

/**
 * The sandbox's data plane (sandbox/dataplane): a Nova server made through the real `openstack` CLI becomes a
 * network namespace with its port's MAC and IP, a VLAN sub-interface per trunk subport (tagged frames on the
 * parent's veth), sshd with the key pair's public key, reachable at its floating IP from the sandbox namespace,
 * with the internet host behind the router's SNAT; the failure-injection knobs hold sshd back; deleting the server
 * removes it all. Every check uses real tools (ip, ping, ssh, curl, a packet socket).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';

import { CommandError } from '../../src/runtime/command.js';
import { dataplaneDir } from '../../src/sandbox/services.js';
import { host, layout, os, osRun, RUN_ID, sandboxState, waitFor } from './cloud.js';

jest.setTimeout(300_000);

type Row = Record<string, unknown>;
const DEMO = 'devstack';
const VLAN = 102;
const SSH_DELAY_S = 20;
const name = (base: string): string => `e2e-dp-${base}-${RUN_ID}`;
const user = `kdfdp${RUN_ID}`.slice(0, 30);
const knobsFile = join(layout.root, 'dataplane', 'knobs.json');
const dir = mkdtempSync(join(tmpdir(), 'kdf-dp-'));
const keyFile = join(dir, 'id_demo');

const created = {
  user: false,
  keypair: false,
  network: false,
  routerInterface: false,
  ports: [] as string[],
  trunk: false,
  server: false,
  fip: undefined as string | undefined,
};

let sbx: string;
let server: Row;
let port: Row;
let subport: Row;
let fip: string;
let vmNs: string;
let routerNs: string;
let routerGatewayIp: string;
let serverActiveAt: number;

const fixedIp = (p: Row): string => ((p.fixed_ips as { ip_address: string }[] | undefined) ?? [])[0]?.ip_address ?? '';
const short = (id: string, n: number): string => id.replace(/-/g, '').slice(0, n);

/** Runs a command in the root namespace (ip, ssh via `ip netns exec`, …); rejects on a non-zero exit. */
async function sh(command: string, ...args: string[]): Promise<string> {
  return (await host.run(command, args, { timeoutMs: 60_000 })).stdout;
}

/** Runs a command and reports its exit code and output instead of throwing. */
async function attempt(command: string, ...args: string[]): Promise<{ code: number | null; out: string }> {
  try {
    const r = await host.run(command, args, { timeoutMs: 60_000 });
    return { code: r.exitCode, out: r.stdout + r.stderr };
  } catch (err) {
    if (err instanceof CommandError) return { code: err.exitCode, out: err.result.stdout + err.result.stderr };
    throw err;
  }
}

/** `ssh -i KEY USER@ADDRESS CMD` from inside namespace `ns` (default: the sandbox namespace). */
function ssh(address: string, command: string, ns = sbx): Promise<{ code: number | null; out: string }> {
  return attempt(
    'ip',
    'netns',
    'exec',
    ns,
    'ssh',
    '-i',
    keyFile,
    '-o',
    'StrictHostKeyChecking=no',
    '-o',
    'UserKnownHostsFile=/dev/null',
    '-o',
    'BatchMode=yes',
    '-o',
    'ConnectTimeout=5',
    '-o',
    'LogLevel=ERROR',
    `${user}@${address}`,
    command,
  );
}

interface Link {
  ifname: string;
  address?: string;
  ifalias?: string;
  master?: string;
  linkinfo?: { info_kind?: string };
  addr_info?: { family: string; local: string; prefixlen: number }[];
}

async function link(ns: string, dev: string): Promise<Link | undefined> {
  const r = await attempt('ip', '-n', ns, '-j', '-d', 'address', 'show', 'dev', dev);
  return r.code === 0 ? (JSON.parse(r.out) as Link[])[0] : undefined;
}

const nsExists = (ns: string): boolean => existsSync(`/run/netns/${ns}`);

function writeKnobs(knobs: { sshDelaySeconds?: number; sshNever?: string[] }): void {
  mkdirSync(join(layout.root, 'dataplane'), { recursive: true });
  writeFileSync(knobsFile, JSON.stringify(knobs));
}

beforeAll(async () => {
  sbx = sandboxState().namespace;
  // a throwaway local user: the VM shares the machine's users; '*' (not '!') so that sshd without PAM lets it in
  await sh('useradd', '--create-home', '--shell', '/bin/sh', '--password', '*', user);
  created.user = true;

  await osRun(DEMO, 'keypair', 'create', '--private-key', keyFile, name('key'));
  created.keypair = true;
  chmodSync(keyFile, 0o600);

  // the subport's VLAN carries its own network, attached to router1 so that its gateway answers on the VLAN
  await os(DEMO, 'network', 'create', name('vlan-net'));
  created.network = true;
  await os(
    DEMO,
    'subnet',
    'create',
    '--network',
    name('vlan-net'),
    '--subnet-range',
    '198.18.77.0/24',
    '--gateway',
    '198.18.77.1',
    name('vlan-subnet'),
  );
  await osRun(DEMO, 'router', 'add', 'subnet', 'router1', name('vlan-subnet'));
  created.routerInterface = true;

  port = await os<Row>(DEMO, 'port', 'create', '--network', 'private', name('port0'));
  created.ports.push(name('port0'));
  subport = await os<Row>(DEMO, 'port', 'create', '--network', name('vlan-net'), name('subport'));
  created.ports.push(name('subport'));
  await os(
    DEMO,
    'network',
    'trunk',
    'create',
    '--parent-port',
    name('port0'),
    '--subport',
    `port=${name('subport')},segmentation-type=vlan,segmentation-id=${VLAN}`,
    name('trunk'),
  );
  created.trunk = true;

  // sshd of this server starts SSH_DELAY_S after the emulator sees it ACTIVE
  writeKnobs({ sshDelaySeconds: SSH_DELAY_S, sshNever: [] });
  server = await os<Row>(
    DEMO,
    'server',
    'create',
    '--image',
    'cirros-0.6.2-x86_64-disk',
    '--flavor',
    'm1.tiny',
    '--nic',
    `port-id=${String(port.id)}`,
    '--key-name',
    name('key'),
    '--wait',
    name('vm'),
  );
  created.server = true;
  serverActiveAt = Date.now();
  expect(server.status).toBe('ACTIVE');
  vmNs = `${sbx}-vm-${String(server.id).slice(0, 8)}`;

  const f = await os<Row>(DEMO, 'floating', 'ip', 'create', '--port', name('port0'), 'public');
  fip = String(f.floating_ip_address);
  created.fip = String(f.id);

  const router = await os<Row>(DEMO, 'router', 'show', 'router1');
  routerNs = `${sbx}-qr-${String(router.id).slice(0, 8)}`;
  const gw = router.external_gateway_info as { external_fixed_ips: { ip_address: string }[] };
  routerGatewayIp = gw.external_fixed_ips[0]?.ip_address ?? '';
});

afterAll(async () => {
  rmSync(knobsFile, { force: true });
  const quietly = async (fn: () => Promise<unknown>): Promise<void> => {
    try {
      await fn();
    } catch {
      /* already gone */
    }
  };
  if (created.fip) await quietly(() => osRun(DEMO, 'floating', 'ip', 'delete', created.fip ?? ''));
  if (created.server) await quietly(() => osRun(DEMO, 'server', 'delete', '--wait', name('vm')));
  if (created.trunk) await quietly(() => osRun(DEMO, 'network', 'trunk', 'delete', name('trunk')));
  for (const p of created.ports) await quietly(() => osRun(DEMO, 'port', 'delete', p));
  if (created.routerInterface)
    await quietly(() => osRun(DEMO, 'router', 'remove', 'subnet', 'router1', name('vlan-subnet')));
  if (created.network) await quietly(() => osRun(DEMO, 'network', 'delete', name('vlan-net')));
  if (created.keypair) await quietly(() => osRun(DEMO, 'keypair', 'delete', name('key')));
  if (created.user) await quietly(() => sh('userdel', '--remove', user));
  rmSync(dir, { recursive: true, force: true });
});

describe('a server with a trunk becomes a VM namespace', () => {
  it('has the VM namespace with eth0 = the port MAC and fixed IP, default route via the subnet gateway', async () => {
    await waitFor(
      () => Promise.resolve(nsExists(vmNs)),
      (x) => x,
      30_000,
    );
    const eth0 = await waitFor(
      () => link(vmNs, 'eth0'),
      (l) => (l?.addr_info ?? []).some((a) => a.family === 'inet'),
      30_000,
    );
    expect(eth0?.address).toBe(String(port.mac_address));
    expect(eth0?.addr_info).toEqual(
      expect.arrayContaining([expect.objectContaining({ family: 'inet', local: fixedIp(port), prefixlen: 26 })]),
    );
    expect(await sh('ip', '-n', vmNs, 'route', 'show', 'default')).toContain('via 10.0.0.1 dev eth0');
  });

  it(`holds sshd back for sshDelaySeconds (${SSH_DELAY_S} s), then logs in with the key pair at the floating IP`, async () => {
    // the floating IP sits on the router's qg-… device once the emulated L3 agent has seen it
    await waitFor(
      () => sh('ip', '-n', routerNs, '-j', 'address'),
      (out) => out.includes(`"${fip}"`),
      30_000,
    );
    // `server create --wait` polls: the emulator may have seen the server ACTIVE a few seconds before it returned
    if (Date.now() - serverActiveAt < (SSH_DELAY_S - 6) * 1000) {
      const early = await ssh(fip, 'hostname');
      expect(early.code).not.toBe(0);
      expect(early.out).toMatch(/Connection refused|timed out/);
    }
    const done = await waitFor(
      () => ssh(fip, 'hostname; id -un'),
      (r) => r.code === 0,
      60_000,
    );
    expect(Date.now() - serverActiveAt).toBeGreaterThanOrEqual((SSH_DELAY_S - 7) * 1000);
    expect(done.out.split('\n').slice(0, 2)).toEqual([name('vm'), user]);
    // its /etc/hosts names it (as an image's does), so sudo and friends never ask DNS, which no one answers here;
    // the machine's own /etc/hosts is left alone
    const hosts = await ssh(fip, 'getent hosts "$(hostname)"; grep -c "$(hostname)" /etc/hosts');
    expect(hosts.out.split('\n').slice(0, 2)).toEqual([`127.0.1.1       ${name('vm')}`, '1']);
    expect(readFileSync('/etc/hosts', 'utf8')).not.toContain(name('vm'));
  });

  it(`has eth0.${VLAN} with the subport's MAC and IP, and the host-side tv… device with VLAN id ${VLAN}`, async () => {
    const vlan = await waitFor(
      () => link(vmNs, `eth0.${VLAN}`),
      (l) => l !== undefined,
      30_000,
    );
    expect(vlan?.address).toBe(String(subport.mac_address));
    expect(vlan?.ifalias).toBe(`vlan ${VLAN} on eth0`);
    expect(vlan?.addr_info).toEqual(
      expect.arrayContaining([expect.objectContaining({ family: 'inet', local: fixedIp(subport), prefixlen: 24 })]),
    );
    const tv = await link(sbx, `tv${short(String(subport.id), 11)}`);
    expect(tv?.ifalias).toBe(`vlan ${VLAN} on tp${short(String(port.id), 11)}`);
    expect(tv?.master).toBe(`kb${short(String(subport.network_id), 12)}`);
    const tp = await link(sbx, `tp${short(String(port.id), 11)}`);
    expect(tp?.master).toBe(`kb${short(String(port.network_id), 12)}`);
  });

  it(`carries eth0.${VLAN}'s traffic tagged with VLAN ${VLAN} on the parent's veth, to the subnet's gateway`, async () => {
    // a packet socket on the parent's host side counts the frames tagged with the VLAN while the VM pings
    const capture = host.run(
      'ip',
      [
        'netns',
        'exec',
        sbx,
        '/usr/bin/python3',
        '-c',
        [
          'import sys, time',
          `sys.path.insert(0, ${JSON.stringify(dataplaneDir(layout))})`,
          'from kdfdp import vlanswitch as v',
          `s = v.open_parent(${JSON.stringify(sbx)}, sys.argv[1]); s.settimeout(0.5); n = 0; end = time.time() + 6`,
          'while time.time() < end:',
          '    try: got = v.read_tagged(s)',
          '    except OSError: continue',
          `    n += 1 if got and got[0] == ${VLAN} else 0`,
          'print(n)',
        ].join('\n'),
        `tp${short(String(port.id), 11)}`,
      ],
      { timeoutMs: 30_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const ping = await attempt(
      'ip',
      'netns',
      'exec',
      vmNs,
      'ping',
      '-c',
      '3',
      '-W',
      '2',
      '-I',
      `eth0.${VLAN}`,
      '198.18.77.1',
    );
    expect(ping.out).toContain('3 received');
    const tagged = Number((await capture).stdout.trim());
    expect(tagged).toBeGreaterThanOrEqual(3);
  });

  it('answers ping at its fixed IP from the router namespace', async () => {
    const r = await attempt('ip', 'netns', 'exec', routerNs, 'ping', '-c', '2', '-W', '2', fixedIp(port));
    expect(r.out).toContain('2 received');
  });

  it('reaches the internet host through the router NAT (source = its floating IP, as Neutron SNATs a VM with one)', async () => {
    const answer = await sh('ip', 'netns', 'exec', vmNs, 'curl', '-sS', '-m', '10', 'http://198.51.100.10/');
    expect(answer).toBe('internet: HELLO! I AM ALIVE!!!\n');
    const log = readFileSync(join(layout.log, 'inet-host.log'), 'utf8').trim().split('\n');
    expect(log[log.length - 1]).toMatch(new RegExp(`^${fip.replace(/\./g, '\\.')} "GET / `));
    // the rule for addresses without a floating IP is there too: the internal subnets leave as the gateway IP
    const nat = await sh('ip', 'netns', 'exec', routerNs, 'iptables-save', '-t', 'nat');
    expect(nat).toContain(`-A POSTROUTING -s 10.0.0.0/26 -o qg-`);
    expect(nat).toContain(`-j SNAT --to-source ${routerGatewayIp}`);
    expect(nat).toContain(`-A PREROUTING -d ${fip}/32 -j DNAT --to-destination ${fixedIp(port)}`);
  });

  it('stops sshd while the server is listed in sshNever, and starts it again afterwards', async () => {
    writeKnobs({ sshDelaySeconds: 0, sshNever: [name('vm')] });
    const refused = await waitFor(
      () => ssh(fip, 'true'),
      (r) => r.code !== 0,
      20_000,
    );
    expect(refused.out).toMatch(/Connection refused|timed out/);
    writeKnobs({ sshDelaySeconds: 0, sshNever: [] });
    const back = await waitFor(
      () => ssh(fip, 'hostname'),
      (r) => r.code === 0,
      20_000,
    );
    expect(back.out.trim()).toBe(name('vm'));
  });

  it('removes the namespace, the veth and the VLAN devices when the server is deleted', async () => {
    await osRun(DEMO, 'server', 'delete', '--wait', name('vm'));
    created.server = false;
    await waitFor(
      () => Promise.resolve(nsExists(vmNs)),
      (x) => !x,
      30_000,
    );
    expect(await link(sbx, `tp${short(String(port.id), 11)}`)).toBeUndefined();
    expect(await link(sbx, `tv${short(String(subport.id), 11)}`)).toBeUndefined();
    expect(existsSync(join('/run/kdfdp', sbx, 'vlans', `${vmNs}.eth0.${VLAN}.json`))).toBe(false);
    const pids = await attempt('ip', 'netns', 'pids', vmNs);
    expect(pids.out.trim()).not.toMatch(/^\d+/);
  });
});

describe("neutron-server's change journal (what the data plane's pollers wait on)", () => {
  /** A kind's line `<boot id>:<pid>:<count>`; undefined while the file is missing (no such change since the start). */
  const journal = (kind: string): { line: string; boot: string; pid: number; count: number } | undefined => {
    const path = join(layout.run, 'neutron-changes', kind);
    if (!existsSync(path)) return undefined;
    const line = readFileSync(path, 'utf8');
    const [boot = '', pid = '0', count = '0'] = line.trim().split(':');
    return { line, boot, pid: Number(pid), count: Number(count) };
  };
  /** True when `pid` is a neutron-server process (the parent or a worker it forked: API, RPC, periodic). */
  const isNeutronServer = (pid: number): boolean =>
    existsSync(`/proc/${pid}/cmdline`) && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('neutron-server');

  // The other e2e group changes the same cloud meanwhile: each change writes a line never written before, whichever
  // neutron-server process made it. Which kind a port event counts under is the unit test's
  // (sandbox/kuryr/tests/test_changes.py), and so is a forked worker's line.
  it('rewrites a line on each committed port change: compute:kuryr ports under kuryr-port, the others under port', async () => {
    const before = { port: journal('port'), kuryr: journal('kuryr-port') };
    expect(before.port?.boot).toMatch(/^[0-9a-f]{12}$/); // up made ports: the file is there
    const kuryrOwned = name('journal-kuryr');
    await os(DEMO, 'port', 'create', '--network', 'private', '--device-owner', 'compute:kuryr', kuryrOwned);
    created.ports.push(kuryrOwned);
    const kuryr = journal('kuryr-port');
    expect(kuryr?.line).not.toBe(before.kuryr?.line);
    expect(kuryr?.boot).toBe(before.port?.boot);
    expect(isNeutronServer(kuryr?.pid ?? 0)).toBe(true);
    expect(kuryr?.count).toBeGreaterThan(0);

    const plain = name('journal-plain');
    await os(DEMO, 'port', 'create', '--network', 'private', plain);
    const created1 = journal('port');
    await osRun(DEMO, 'port', 'delete', plain);
    const deleted = journal('port');
    expect(new Set([before.port?.line, created1?.line, deleted?.line]).size).toBe(3);
    expect(deleted?.boot).toBe(before.port?.boot);
    expect(isNeutronServer(deleted?.pid ?? 0)).toBe(true);
  });
});

/**
 * The data plane's pieces that need no cloud and no namespace: the `kdfdp` names and rules (run with Debian's
 * python3), the daemon specs and the way `Daemons` enters the namespace for them, the child-namespace listing of
 * `down`, and the PATH of `sandboxCommandRunner`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { type CommandResult, type CommandRunner, type RunOptions } from '../../../src/runtime/command.js';
import { ProcessCommandRunner } from '../../../src/runtime/process-runner.js';
import { Daemons } from '../../../src/sandbox/daemons.js';
import { sandboxCommandRunner } from '../../../src/sandbox/exec.js';
import { sandboxLayout, type SandboxLayout } from '../../../src/sandbox/layout.js';
import { Namespace } from '../../../src/sandbox/netns.js';
import { dataplaneDir, OPTIONAL_PROGRAM_DAEMONS, serviceDefs } from '../../../src/sandbox/services.js';
import { commandResult } from '../../__fixtures__/fake-command-runner.js';

const runner = new ProcessCommandRunner({ killGraceMs: 500 });
let dir: string;
let layout: SandboxLayout;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kdf-dataplane-'));
  layout = sandboxLayout(process.cwd(), {}, dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs Python code with the kdfdp package importable; returns its stdout. */
async function py(code: string): Promise<string> {
  const { stdout } = await runner.run('/usr/bin/python3', ['-c', code], {
    env: { PYTHONPATH: dataplaneDir(layout), PYTHONDONTWRITEBYTECODE: '1' },
  });
  return stdout;
}

/** Records every call instead of running it. */
class RecordingRunner implements CommandRunner {
  calls: { command: string; args: readonly string[]; options?: RunOptions }[] = [];
  run(command: string, args: readonly string[], options?: RunOptions): Promise<CommandResult> {
    this.calls.push({ command, args, options });
    return Promise.resolve(commandResult({ command }));
  }
}

describe('kdfdp (Python)', () => {
  it('names devices and namespaces as the contract says, within 15 characters', async () => {
    const out = await py(
      [
        'import json',
        'from kdfdp import wiring as w',
        "n = '0fb549f9-019c-4d1e-9c1a-0123456789ab'",
        "print(json.dumps([w.bridge_name(n), w.tap_name(n), w.vlan_tap_name(n), w.vm_netns('kdf-sbx', n),",
        "  w.netns_exec_argv('kdf-sbx-vm-0fb549f9', ['ip', 'a'])]))",
      ].join('\n'),
    );
    expect(JSON.parse(out)).toEqual([
      'kb0fb549f9019c',
      'tp0fb549f9019',
      'tv0fb549f9019',
      'kdf-sbx-vm-0fb549f9',
      ['ip', 'netns', 'exec', 'kdf-sbx-vm-0fb549f9', 'ip', 'a'],
    ]);
  });

  it('claims and releases subports with files under the state directory', async () => {
    const out = await py(
      [
        'from kdfdp import wiring as w',
        `d = ${JSON.stringify(dir)}`,
        "a = w.is_claimed(d, 'sp1'); w.claim_subport(d, 'sp1'); b = w.is_claimed(d, 'sp1')",
        "w.release_subport(d, 'sp1'); w.release_subport(d, 'sp1'); print(a, b, w.is_claimed(d, 'sp1'))",
      ].join('\n'),
    );
    expect(out.trim()).toBe('False True False');
  });

  it('writes the router NAT table: floating IPs first, then SNAT of the internal subnets', async () => {
    const out = await py(
      [
        'from kdfdp import router',
        "print(router.nat_rules('qg-1', '172.24.4.43', [('172.24.4.5', '10.0.0.7')], ['10.0.0.0/26']), end='')",
      ].join('\n'),
    );
    expect(out.split('\n')).toEqual([
      '*nat',
      ':PREROUTING ACCEPT [0:0]',
      ':INPUT ACCEPT [0:0]',
      ':OUTPUT ACCEPT [0:0]',
      ':POSTROUTING ACCEPT [0:0]',
      '-A PREROUTING -d 172.24.4.5/32 -j DNAT --to-destination 10.0.0.7',
      '-A OUTPUT -d 172.24.4.5/32 -j DNAT --to-destination 10.0.0.7',
      '-A POSTROUTING -s 10.0.0.7/32 -o qg-1 -j SNAT --to-source 172.24.4.5',
      '-A POSTROUTING -s 10.0.0.0/26 -o qg-1 -j SNAT --to-source 172.24.4.43',
      'COMMIT',
      '',
    ]);
  });

  it('tags frames with an 802.1Q header and reads knobs with defaults', async () => {
    mkdirSync(join(dir, 'dataplane'), { recursive: true });
    writeFileSync(join(dir, 'dataplane', 'knobs.json'), '{"sshNever": ["vm1"]}');
    const out = await py(
      [
        'from kdfdp import vlanswitch, vms, sshd',
        "f = bytes(range(12)) + b'\\x08\\x00payload'",
        'print(vlanswitch.tag(f, 102)[12:16].hex())',
        `print(sorted(vms.knobs(${JSON.stringify(dir)}).items()))`,
        "print(sshd.hostname('E2E VM_1', 'x'), sshd.hostname('', 'abc'))",
      ].join('\n'),
    );
    expect(out.split('\n')).toEqual([
      '81000066',
      "[('sshDelaySeconds', 0), ('sshNever', ['vm1'])]",
      'e2e-vm-1 server-abc',
      '',
    ]);
  });
});

describe("a VM's hosts file", () => {
  it("is the machine's /etc/hosts plus the VM's hostname on 127.0.1.1, rewritten only when it changes", async () => {
    const machine = join(dir, 'machine-hosts');
    writeFileSync(machine, '127.0.0.1 localhost\n::1 localhost ip6-localhost');
    const out = await py(
      [
        'from kdfdp import sshd',
        `p = sshd.write_hosts(${JSON.stringify(dir)}, 'srv1', 'overcloud-vm', ${JSON.stringify(machine)})`,
        'print(repr(open(p).read()))',
        `print(sshd.write_hosts(${JSON.stringify(dir)}, 'srv1', 'overcloud-vm', '/nonexistent') == p)`,
        'print(repr(open(p).read()))',
      ].join('\n'),
    );
    expect(out.split('\n')).toEqual([
      "'127.0.0.1 localhost\\n::1 localhost ip6-localhost\\n127.0.1.1\\tovercloud-vm\\n'",
      'True',
      "'127.0.0.1\\tlocalhost\\n127.0.1.1\\tovercloud-vm\\n'",
      '',
    ]);
  });
});

describe('data-plane daemons in the sandbox', () => {
  it('defines vlan-switch, inet-host and compute-emulator, entered with nsenter (host mounts)', () => {
    const defs = serviceDefs(layout, { octavia: false, namespace: 'kdf-x' });
    const dp = defs.filter((d) => d.component === 'dataplane');
    expect(dp.map((d) => d.name)).toEqual(['vlan-switch', 'inet-host', 'compute-emulator']);
    expect(dp.every((d) => d.hostMounts === true)).toBe(true);
    expect(dp.find((d) => d.name === 'compute-emulator')?.argv.slice(2)).toEqual([
      '--state-dir',
      layout.root,
      '--namespace',
      'kdf-x',
    ]);
    expect(dp[0]?.env?.PYTHONPATH).toContain(dataplaneDir(layout));
  });

  it('lists the optional kube/kuryr daemons only when their program exists', () => {
    const fake = { ...layout, assets: join(dir, 'nowhere', 'openstack') };
    const names = serviceDefs(fake, { octavia: false }).map((d) => d.name);
    for (const n of OPTIONAL_PROGRAM_DAEMONS) expect(names).not.toContain(n);
  });

  it('starts a hostMounts daemon with nsenter --net instead of ip netns exec', async () => {
    const rec = new RecordingRunner();
    const daemons = new Daemons(rec, new Namespace(rec, 'kdf-x'), layout);
    await expect(daemons.start({ name: 'x', argv: ['/bin/true'], hostMounts: true })).rejects.toThrow(
      /spawn wrote no pid file/,
    );
    expect(rec.calls[0]?.command).toBe('/usr/bin/nsenter');
    expect(rec.calls[0]?.args.slice(0, 2)).toEqual(['--net=/run/netns/kdf-x', '/usr/bin/python3']);
  });

  it('puts sandbox/kube/bin and sandbox/kuryr/bin first on the PATH of sandboxCommandRunner, keeping the rest', async () => {
    const rec = new RecordingRunner();
    writeFileSync(layout.stateFile, JSON.stringify({ version: 1, namespace: 'kdf-sbx', provision: {} }));
    if (!new Namespace(rec, 'kdf-sbx').exists()) {
      // the runner refuses without a namespace: nothing to run commands in
      expect(() => sandboxCommandRunner(rec, layout)).toThrow(/no sandbox is up/);
      return;
    }
    await sandboxCommandRunner(rec, layout).run('kubectl', ['version']);
    const path = String(rec.calls[0]?.options?.env?.PATH);
    expect(path.split(':').slice(0, 2)).toEqual([
      join(dataplaneDir(layout), '..', 'kube', 'bin'),
      join(dataplaneDir(layout), '..', 'kuryr', 'bin'),
    ]);
    expect(path.split(':').slice(2).join(':')).toBe(process.env.PATH);
    expect(rec.calls[0]?.args.slice(0, 4)).toEqual(['netns', 'exec', 'kdf-sbx', 'kubectl']);
  });
});

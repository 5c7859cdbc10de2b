import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from '@jest/globals';

import { OpenStackClient } from '../../src/openstack/client.js';
import { TeardownLedger } from '../../src/openstack/ledger.js';
import { downTrunkVm, TRUNK_VM_DEFAULTS, upTrunkVm, type TrunkVmSettings } from '../../src/openstack/trunk-vm.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { FakeCommandRunner, type FakeResponse } from '../__fixtures__/fake-command-runner.js';
import { RecordingLogger } from '../__fixtures__/recording-logger.js';
import { fixture } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'kdf-trunk-vm-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PEM =
  '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAz/+sK4PqMlo2a7BO2Y7T18Cwd3Pfh3kq2T\n-----END RSA PRIVATE KEY-----\n';
const missing = (name: string): FakeResponse => ({ exitCode: 1, stderr: fixture(name) });

/** A cloud where nothing of the run exists yet; `override` answers first. */
function cloud(override: (args: readonly string[]) => FakeResponse | undefined = () => undefined): FakeCommandRunner {
  const runner = new FakeCommandRunner();
  runner.on('openstack', undefined, ({ args }) => {
    const first = override(args);
    if (first) return first;
    const cmd = args.slice(2).join(' ');
    if (cmd.startsWith('keypair show kp'))
      return created.has('kp') ? { stdout: fixture('keypair-show.json') } : missing('server-show-missing.err');
    if (cmd.startsWith('keypair create')) return (created.add('kp'), { stdout: PEM });
    if (cmd.startsWith('token issue')) return { stdout: fixture('token-issue-project.json') };
    if (cmd.startsWith('security group list')) return { stdout: fixture('sg-list-admin.json') };
    if (cmd.startsWith('security group rule list')) return { stdout: fixture('sg-rule-list-long.json') };
    if (cmd.startsWith('security group rule create')) return { stdout: fixture('sg-rule-create.json') };
    if (cmd.startsWith('image show')) return { stdout: fixture('image-show.json') };
    if (cmd.startsWith('flavor show')) return { stdout: fixture('flavor-show.json') };
    if (cmd.startsWith('network show public'))
      return { stdout: fixture('network-show.json').replace('"router:external": false', '"router:external": true') };
    if (cmd.startsWith('network show')) return { stdout: fixture('network-show.json') };
    if (cmd.startsWith('port show')) return missing('port-show-missing.err');
    if (cmd.startsWith('port create')) return { stdout: fixture('port-create.json') };
    if (cmd.startsWith('network trunk show')) return missing('trunk-show-missing.err');
    if (cmd.startsWith('network trunk create')) return { stdout: fixture('trunk-create.json') };
    if (cmd.startsWith('server show vm')) return missing('server-show-missing.err');
    if (cmd.startsWith('server create')) return { stdout: fixture('server-create.json') };
    if (cmd.startsWith('server show')) return { stdout: fixture('server-show.json') };
    if (cmd.startsWith('floating ip list')) return { stdout: '[]' };
    if (cmd.startsWith('floating ip create')) return { stdout: fixture('floating-ip-show.json') };
    return { stdout: '' }; // set, unset, delete print nothing
  });
  const created = new Set<string>();
  return runner;
}

function settings(tag: string, overrides: Partial<TrunkVmSettings> = {}): TrunkVmSettings {
  return {
    ...TRUNK_VM_DEFAULTS,
    image: 'cirros-0.6.2-x86_64-disk',
    serverName: 'vm',
    keypairName: 'kp',
    sshKeyPath: join(dir, `${tag}.pem`),
    ledgerPath: join(dir, `${tag}.json`),
    pollIntervalMs: 1,
    ...overrides,
  };
}

const client = (runner: FakeCommandRunner): OpenStackClient => new OpenStackClient({ runner, cloud: 'devstack' });
const verbs = (runner: FakeCommandRunner): string[] =>
  runner.calls.map((c) => {
    const args = c.args.slice(2).filter((a) => a !== '-f' && a !== 'json');
    return args.slice(0, args[0] === 'security' ? 5 : 4).join(' ');
  });

describe('upTrunkVm', () => {
  it('creates in the docs/nested-topology.md#trunk-vm-procedure order, writes the key 0600, masks it and returns the ids', async () => {
    const runner = cloud();
    const logger = new RecordingLogger();
    const result = await upTrunkVm(settings('ok'), { client: client(runner), logger });
    expect(result).toMatchObject({
      serverId: '35012019-f183-4764-95d2-8736c4362e73',
      floatingIp: '172.24.4.65',
      trunkId: 'd8edac50-506d-471d-a805-2a521153d2fc',
      parentPortId: '7a27ff36-79f0-487d-a675-1719950f4ecc',
      workerSubnetId: 'e0f682e0-77c2-4a7b-b4a8-30c6945edd2e',
    });
    expect(statSync(result.sshKeyPath).mode & 0o777).toBe(0o600);
    expect(readFileSync(result.sshKeyPath, 'utf8')).toBe(PEM);
    expect(logger.secrets).toContain(PEM);
    const order = verbs(runner).filter((v) => / create/.test(v));
    expect(order).toEqual([
      'keypair create kp',
      'security group rule create --ingress', // tcp/22; icmp exists already
      'port create --network private',
      'network trunk create --parent-port',
      'server create --image dbfb2ded-7011-4cad-8df3-075207d063d9',
      'floating ip create --port',
    ]);
    const ledger = TeardownLedger.load(settings('ok').ledgerPath ?? '', 'devstack');
    expect(ledger.entries.map((e) => e.kind)).toEqual([
      'keypair',
      'security-group-rule',
      'port',
      'trunk',
      'server',
      'floating-ip',
    ]);
  });

  it('on a server in ERROR reports the fault and the console log, and tears everything down', async () => {
    const error = JSON.stringify({
      ...(JSON.parse(fixture('server-show.json')) as object),
      status: 'ERROR',
      fault: { code: 500, message: 'No valid host was found.' },
    });
    const runner = cloud((args) => {
      const cmd = args.slice(2).join(' ');
      if (cmd.startsWith('server show') && runner.calls.some((c) => c.args.includes('delete'))) {
        return missing('server-show-missing.err');
      }
      if (cmd.startsWith('server show 3501')) return { stdout: error };
      if (cmd.startsWith('console log show')) return { stdout: fixture('console-log.txt') };
      return undefined;
    });
    const s = settings('error');
    const run = upTrunkVm(s, { client: client(runner), logger: new RecordingLogger() });
    await expect(run).rejects.toThrow(
      /went to ERROR: No valid host was found\. \(code 500\)\nconsole log:\nFAKE CONSOLE OUTPUT/,
    );
    const deletes = verbs(runner).filter((v) => / delete/.test(v));
    expect(deletes).toEqual([
      'server delete 35012019-f183-4764-95d2-8736c4362e73',
      'network trunk delete d8edac50-506d-471d-a805-2a521153d2fc',
      'port delete 7a27ff36-79f0-487d-a675-1719950f4ecc',
      'keypair delete kp',
      'security group rule delete c3a998e3-d7ca-48c1-b569-9425c1d9a894',
    ]);
    expect(TeardownLedger.load(s.ledgerPath ?? '', 'devstack').entries).toEqual([]);
  });

  it('fails clearly when port0 exists without reuse, deleting only its own key pair', async () => {
    const runner = cloud((args) =>
      args.slice(2, 4).join(' ') === 'port show' ? { stdout: fixture('port-show.json') } : undefined,
    );
    const run = upTrunkVm(settings('exists'), { client: client(runner), logger: new RecordingLogger() });
    await expect(run).rejects.toThrow(ConfigurationError);
    await expect(run).rejects.toThrow("port 'port0' already exists: delete it, or set 'reuse: true' to adopt it");
    expect(verbs(runner).filter((v) => / delete/.test(v))).toEqual([
      'keypair delete kp',
      'security group rule delete c3a998e3-d7ca-48c1-b569-9425c1d9a894',
    ]);
  });

  it("uses the own project's default security group by id when an admin sees one per project", async () => {
    // sg-list-admin.json: two groups named default (the admin's and another project's); token issue says the
    // cloud is scoped to project a8b3…, whose default is 9e2a…
    const own = '9e2a7c41-3b5d-4f08-8d61-2c4b9a7e0f33';
    const runner = cloud((args) =>
      args.includes('default') && args[2] === 'security'
        ? { exitCode: 1, stderr: "More than one SecurityGroup exists with the name 'default'.\n" }
        : undefined,
    );
    await upTrunkVm(settings('admin-sg'), { client: client(runner), logger: new RecordingLogger() });
    const groupArgs = runner.calls
      .map((c) => c.args.slice(2))
      .filter((a) => a[0] === 'security' || (a[0] === 'port' && a[1] === 'create'));
    expect(groupArgs.filter((a) => a[2] === 'rule').map((a) => a.at(-3) === own)).toEqual([
      true, // rule list (icmp)
      true, // rule list (tcp/22)
      true, // rule create tcp/22
    ]);
    const portCreate = groupArgs.find((a) => a[0] === 'port') ?? [];
    expect(portCreate[portCreate.indexOf('--security-group') + 1]).toBe(own);
    expect(groupArgs.flat()).not.toContain('default');
  });

  it('rejects bad VLAN ids before touching the cloud', async () => {
    const runner = cloud();
    await expect(
      upTrunkVm(settings('vlan', { subportVlanIds: [0] }), { client: client(runner), logger: new RecordingLogger() }),
    ).rejects.toMatchObject({ input: 'subports' });
    expect(runner.calls).toHaveLength(0);
  });
});

describe('downTrunkVm', () => {
  it('tears down in dependency order, idempotently, and skips adopted objects', async () => {
    const runner = new FakeCommandRunner();
    runner.on(
      'openstack',
      ['--os-cloud', 'devstack', 'server', 'show', 's1', '-f', 'json'],
      missing('server-show-missing.err'),
    );
    runner.on('openstack', ['--os-cloud', 'devstack', 'port', 'delete', 'p1'], missing('port-delete-missing.err'));
    runner.on('openstack', undefined, { stdout: '' });
    const ledger = new TeardownLedger(join(dir, 'down.json'), 'devstack', [
      { kind: 'keypair', id: 'kp' },
      { kind: 'security-group-rule', id: 'r1' },
      { kind: 'port', id: 'p1' },
      { kind: 'trunk', id: 't1' },
      { kind: 'port', id: 'p2' },
      { kind: 'subport', id: 'p2', trunkId: 't1' },
      { kind: 'server', id: 's1' },
      { kind: 'floating-ip', id: 'f1' },
      { kind: 'port', id: 'theirs', adopted: true },
    ]);
    await downTrunkVm(ledger, { client: client(runner), logger: new RecordingLogger() }, { pollIntervalMs: 1 });
    expect(verbs(runner)).toEqual([
      'floating ip delete f1',
      'server delete s1',
      'server show s1',
      'network trunk unset --subport',
      'network trunk delete t1',
      'port delete p1', // gone already: fine
      'port delete p2',
      'keypair delete kp',
      'security group rule delete r1',
    ]);
    expect(ledger.entries).toEqual([]);
    expect(TeardownLedger.load(join(dir, 'down.json'), 'devstack').entries).toEqual([]);
  });

  it('keeps going after a failure and reports what is left', async () => {
    const runner = new FakeCommandRunner();
    runner.on('openstack', (args) => args.includes('trunk'), {
      exitCode: 1,
      stderr: 'Error while executing command: ConflictException: 409, Trunk t1 is currently in use.',
    });
    runner.on('openstack', undefined, { stdout: '' });
    const ledger = new TeardownLedger(undefined, 'devstack', [
      { kind: 'trunk', id: 't1' },
      { kind: 'keypair', id: 'kp' },
    ]);
    await expect(downTrunkVm(ledger, { client: client(runner), logger: new RecordingLogger() })).rejects.toThrow(
      /teardown incomplete:\n {2}trunk t1: .*409, Trunk t1 is currently in use/,
    );
    expect(ledger.entries).toEqual([{ kind: 'trunk', id: 't1' }]);
    expect(verbs(runner)).toContain('keypair delete kp');
  });
});

describe('upTrunkVm command sequence', () => {
  /** Every command line, the ledger and the log of one run, with the temporary directory normalised. */
  function transcript(runner: FakeCommandRunner, logger: RecordingLogger, ledgerPath: string) {
    const norm = (text: string): string => text.split(dir).join('<DIR>').replace(`.part-${process.pid}`, '.part-<PID>');
    return {
      commands: runner.commandLines().map(norm),
      ledger: TeardownLedger.load(ledgerPath, 'devstack').entries,
      log: logger.entries.map((e) => norm(`${e.level}: ${e.message}`)),
    };
  }

  it('downloads and uploads image-url, then creates everything with two subports', async () => {
    const runner = cloud((args) => {
      const cmd = args.slice(2).join(' ');
      if (cmd.startsWith('image show')) return missing('image-show-missing.err');
      if (cmd.startsWith('image create')) return { stdout: fixture('image-show.json') };
      if (cmd.startsWith('port create') && cmd.includes('vlan101')) return { stdout: fixture('port-create-sub.json') };
      if (cmd.startsWith('port create') && cmd.includes('vlan102'))
        return { stdout: fixture('port-create-sub.json').replace(/d4df3070-/g, 'e5ef4181-') };
      return undefined;
    });
    runner.on('curl', undefined, ({ args }) => {
      writeFileSync(args[args.indexOf('--output') + 1] ?? '', 'IMAGE');
      return {};
    });
    const logger = new RecordingLogger();
    const s = settings('sequence', {
      imageUrl: 'http://127.0.0.1:1/cirros.img',
      imageCacheDir: join(dir, 'cache'),
      subportVlanIds: [101, 102],
      subportNetwork: 'kuryr-pods',
    });
    const result = await upTrunkVm(s, { client: client(runner), logger, runner });
    expect(Object.keys(result.subportIds)).toEqual(['101', '102']);
    expect(transcript(runner, logger, s.ledgerPath ?? '')).toMatchSnapshot();
  });

  it('adopts what exists with reuse, creating nothing', async () => {
    const keyPath = join(dir, 'reuse.pem');
    writeFileSync(keyPath, PEM, { mode: 0o600 });
    const runner = cloud((args) => {
      const cmd = args.slice(2).join(' ');
      if (cmd.startsWith('keypair show kp')) return { stdout: fixture('keypair-show.json') };
      if (cmd.startsWith('port show')) return { stdout: fixture('port-show.json') };
      if (cmd.startsWith('network trunk show')) return { stdout: fixture('trunk-show.json') };
      if (cmd.startsWith('server show vm')) return { stdout: fixture('server-show.json') };
      if (cmd.startsWith('floating ip list')) return { stdout: '[{"ID": "fip-1"}]' };
      if (cmd.startsWith('floating ip show')) return { stdout: fixture('floating-ip-show.json') };
      return undefined;
    });
    const logger = new RecordingLogger();
    const s = settings('reuse', { reuse: true, sshKeyPath: keyPath, subportVlanIds: [102] });
    await upTrunkVm(s, { client: client(runner), logger });
    expect(verbs(runner).filter((v) => / create/.test(v))).toEqual(['security group rule create --ingress']);
    expect(transcript(runner, logger, s.ledgerPath ?? '')).toMatchSnapshot();
  });
});

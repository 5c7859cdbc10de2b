import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from '@jest/globals';

import { OpenStackClient } from '../../src/openstack/client.js';
import { TeardownLedger } from '../../src/openstack/ledger.js';
import { describeOperation, runTrunkVmAction, runTrunkVmPost } from '../../src/openstack/trunk-vm-action.js';
import { readTrunkVmSettings } from '../../src/openstack/trunk-vm-settings.js';
import type { ResultsDocument } from '../../src/results/model.js';
import { Inputs, recordInputSource } from '../../src/runtime/inputs.js';
import { FakeCommandRunner, type FakeResponse } from '../__fixtures__/fake-command-runner.js';
import { RecordingLogger } from '../__fixtures__/recording-logger.js';
import { fixture } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'kdf-trunk-vm-action-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PEM =
  '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAz/+sK4PqMlo2a7BO2Y7T18Cwd3Pfh3kq2T\n-----END RSA PRIVATE KEY-----\n';
const missing = (name: string): FakeResponse => ({ exitCode: 1, stderr: fixture(name) });
const SERVER_ID = '35012019-f183-4764-95d2-8736c4362e73';

/** A cloud where nothing of the run exists yet; `override` answers first. Deleted servers are gone. */
function cloud(
  override: (cmd: string) => FakeResponse | undefined = () => undefined,
  sshReply: FakeResponse = { stdout: '' },
): FakeCommandRunner {
  const created = new Set<string>();
  const runner = new FakeCommandRunner();
  runner.on('openstack', undefined, ({ args }) => {
    const cmd = args.slice(2).join(' ');
    const first = override(cmd);
    if (first) return first;
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
    if (cmd.startsWith('server delete')) return (created.add('server-deleted'), { stdout: '' });
    if (cmd.startsWith('server show'))
      return created.has('server-deleted')
        ? missing('server-show-missing.err')
        : { stdout: fixture('server-show.json') };
    if (cmd.startsWith('floating ip list')) return { stdout: '[]' };
    if (cmd.startsWith('floating ip create')) return { stdout: fixture('floating-ip-show.json') };
    return { stdout: '' }; // set, unset, delete print nothing
  });
  runner.on('ssh', undefined, sshReply); // by default SSH answers at once
  return runner;
}

function settings(values: Record<string, string> = {}) {
  const s = readTrunkVmSettings(
    new Inputs(
      recordInputSource({ image: 'cirros-0.6.2-x86_64-disk', 'server-name': 'vm', 'key-name': 'kp', ...values }),
    ),
  );
  return { ...s, vm: { ...s.vm, pollIntervalMs: 1, deleteTimeoutMs: 1000 } };
}

function deps(tag: string, runner: FakeCommandRunner, logger = new RecordingLogger()) {
  return {
    client: new OpenStackClient({ runner, cloud: 'devstack', retry: { attempts: 1 } }),
    logger,
    runner,
    resultsPath: join(dir, tag, 'results', 'trunk-vm.json'),
    workDir: join(dir, tag, 'work'),
    toolVersion: '0.1.0',
  };
}

const readDoc = (path: string): ResultsDocument => JSON.parse(readFileSync(path, 'utf8')) as ResultsDocument;
const deletes = (runner: FakeCommandRunner): string[] =>
  runner.calls.map((c) => c.args.slice(2, c.args[2] === 'security' ? 7 : 5).join(' ')).filter((v) => / delete/.test(v));

describe('runTrunkVmAction', () => {
  it('brings the VM up: outputs, a passed results file with one case per resource, and the ledger', async () => {
    const runner = cloud();
    const d = deps('ok', runner);
    const outcome = await runTrunkVmAction(settings(), d);
    expect(outcome.success).toBe(true);
    expect(outcome.outputs).toEqual({
      'server-id': SERVER_ID,
      'floating-ip': '172.24.4.65',
      'trunk-id': 'd8edac50-506d-471d-a805-2a521153d2fc',
      'parent-port-id': '7a27ff36-79f0-487d-a675-1719950f4ecc',
      'worker-subnet-id': 'e0f682e0-77c2-4a7b-b4a8-30c6945edd2e',
      'ssh-key-path': join(d.workDir, 'kp.pem'),
      'overcloud-kubeconfig': '',
      results: d.resultsPath,
    });
    expect(readFileSync(join(d.workDir, 'kp.pem'), 'utf8')).toBe(PEM);
    const doc = readDoc(d.resultsPath);
    expect(doc.run).toMatchObject({ stage: 'trunk-vm', status: 'passed' });
    expect(doc.cases.map((c) => `${c.status} ${c.name}`)).toEqual([
      'passed create keypair kp',
      'passed create security-group-rule c3a998e3-d7ca-48c1-b569-9425c1d9a894',
      'passed create port port0',
      'passed create trunk trunk0',
      'passed create server vm',
      'passed create floating-ip 172.24.4.65',
      'passed trunk VM vm up',
      'passed SSH to centos@172.24.4.65',
    ]);
    expect(doc.findings).toEqual([]);
    const ledger = TeardownLedger.load(outcome.ledgerPath, 'devstack');
    expect(ledger.entries.map((e) => e.kind)).toEqual([
      'keypair',
      'security-group-rule',
      'port',
      'trunk',
      'server',
      'floating-ip',
    ]);
    expect(deletes(runner)).toEqual([]);

    // post: the ledger is torn down in dependency order and a teardown case appended
    const line = await runTrunkVmPost(
      { ledgerPath: outcome.ledgerPath, keep: false, resultsPath: d.resultsPath },
      { client: d.client, logger: d.logger, toolVersion: '0.1.0' },
    );
    expect(line).toBe('torn down: 6 resource(s)');
    expect(deletes(runner)).toEqual([
      'floating ip delete',
      `server delete ${SERVER_ID}`,
      'network trunk delete',
      'port delete 7a27ff36-79f0-487d-a675-1719950f4ecc',
      'keypair delete kp',
      'security group rule delete c3a998e3-d7ca-48c1-b569-9425c1d9a894',
    ]);
    expect(TeardownLedger.load(outcome.ledgerPath, 'devstack').entries).toEqual([]);
    expect(readDoc(d.resultsPath).cases.at(-1)).toMatchObject({ id: 'teardown', status: 'passed' });
  });

  it('writes the results file before the first openstack call', async () => {
    let seen: boolean | undefined;
    const d = deps('first', new FakeCommandRunner());
    const runner = cloud(() => {
      seen ??= existsSync(d.resultsPath);
      return undefined;
    });
    await runTrunkVmAction(settings(), { ...d, runner, client: new OpenStackClient({ runner, cloud: 'devstack' }) });
    expect(seen).toBe(true);
  });

  it('on an API failure records a finding naming the operation, the resource and the message, and tears down', async () => {
    const runner = cloud((cmd) =>
      cmd.startsWith('floating ip create') ? missing('floating-ip-create-exhausted.err') : undefined,
    );
    const d = deps('fail', runner);
    const outcome = await runTrunkVmAction(settings(), d);
    expect(outcome.success).toBe(false);
    expect(outcome.outputs['server-id']).toBe('');
    expect(outcome.outputs.results).toBe(d.resultsPath);
    const doc = readDoc(d.resultsPath);
    expect(doc.run.status).toBe('failed');
    expect(doc.findings).toHaveLength(1);
    expect(doc.findings[0]).toMatchObject({
      level: 'failure',
      title: 'trunk-vm: openstack floating ip create failed',
      message: expect.stringMatching(
        /^openstack floating ip create failed \(HTTP 409\): .*No more IP addresses available on network 5b1c6c6e/,
      ),
      caseId: 'up',
    });
    expect(doc.findings[0]?.details).toContain('--port 7a27ff36-79f0-487d-a675-1719950f4ecc public');
    expect(doc.cases.map((c) => `${c.id} ${c.status}`)).toEqual(['up failed', 'teardown-after-failure passed']);
    expect(deletes(runner)).toEqual([
      `server delete ${SERVER_ID}`,
      'network trunk delete',
      'port delete 7a27ff36-79f0-487d-a675-1719950f4ecc',
      'keypair delete kp',
      'security group rule delete c3a998e3-d7ca-48c1-b569-9425c1d9a894',
    ]);
    expect(TeardownLedger.load(outcome.ledgerPath, 'devstack').entries).toEqual([]);
    expect(outcome.headline).toBe(doc.findings[0]?.message);
  });

  it('records a missing image as an error case naming the input, without creating the VM', async () => {
    const runner = cloud((cmd) => (cmd.startsWith('image show') ? missing('image-show-missing.err') : undefined));
    const d = deps('noimage', runner);
    const outcome = await runTrunkVmAction(settings(), d);
    expect(outcome.success).toBe(false);
    const doc = readDoc(d.resultsPath);
    expect(doc.run.status).toBe('error');
    expect(doc.cases[0]).toMatchObject({ id: 'up', status: 'error' });
    expect(doc.findings[0]).toMatchObject({ title: "trunk-vm: input 'image'" });
    expect(doc.findings[0]?.message).toContain('No Image found for no-such-image');
    expect(runner.calls.some((c) => c.args.includes('server') && c.args.includes('create'))).toBe(false);
  });

  it('image-url: uses an existing image without downloading', async () => {
    const logger = new RecordingLogger();
    const runner = cloud();
    await runTrunkVmAction(settings({ 'image-url': 'https://example.invalid/x.qcow2' }), deps('url', runner, logger));
    expect(logger.text()).toContain('image-url not downloaded');
    expect(runner.calls.some((c) => c.command === 'curl')).toBe(false);
  });

  it('image-url: downloads once into the cache, uploads, records the image and tears it down', async () => {
    let uploads = 0;
    const runner = cloud((cmd) => {
      if (cmd.startsWith('image show')) return uploads === 0 ? missing('image-show-missing.err') : undefined;
      if (cmd.startsWith('image create')) return (uploads++, { stdout: fixture('image-show.json') });
      return undefined;
    });
    runner.on('curl', undefined, ({ args }) => {
      writeFileSync(args[args.indexOf('--output') + 1]!, 'qcow2 bytes');
      return { stdout: '' };
    });
    const d = deps('url-dl', runner);
    const url = 'https://images.example.invalid/centos.qcow2';
    const outcome = await runTrunkVmAction(settings({ 'image-url': url, 'image-disk-format': 'raw' }), d);
    expect(outcome.headline).toMatch(/^trunk VM vm up/);
    const curl = runner.calls.filter((c) => c.command === 'curl');
    expect(curl).toHaveLength(1);
    expect(curl[0]!.args.slice(-2)).toEqual(['--', url]);
    const create = runner.calls.find((c) => c.args.slice(2, 4).join(' ') === 'image create')!;
    expect(create.args).toEqual(expect.arrayContaining(['--disk-format', 'raw', 'cirros-0.6.2-x86_64-disk']));
    const file = create.args[create.args.indexOf('--file') + 1]!;
    expect(readFileSync(file, 'utf8')).toBe('qcow2 bytes');
    expect(TeardownLedger.load(outcome.ledgerPath, 'devstack').entries.map((e) => e.kind)).toContain('image');
    await runTrunkVmPost({ ledgerPath: outcome.ledgerPath, keep: false }, { ...d, toolVersion: '0.1.0' });
    expect(deletes(runner)).toContain('image delete dbfb2ded-7011-4cad-8df3-075207d063d9');
    // a second run (same runner temp) with the image gone again finds the download in the cache
    const runner2 = cloud((cmd) =>
      cmd.startsWith('image show')
        ? missing('image-show-missing.err')
        : cmd.startsWith('image create')
          ? { stdout: fixture('image-show.json') }
          : undefined,
    );
    runner2.on('curl', undefined, { exitCode: 99, stderr: 'must not download again' });
    const again = await runTrunkVmAction(settings({ 'image-url': url }), deps('url-dl', runner2));
    expect(again.headline).toMatch(/^trunk VM vm up/);
    expect(runner2.calls.filter((c) => c.command === 'curl')).toHaveLength(0);
  });

  it('image-url: a failed download is a finding naming the input, and nothing is left behind', async () => {
    const runner = cloud((cmd) => (cmd.startsWith('image show') ? missing('image-show-missing.err') : undefined));
    runner.on('curl', undefined, { exitCode: 22, stderr: 'curl: (22) The requested URL returned error: 404' });
    const d = deps('url-404', runner);
    const outcome = await runTrunkVmAction(settings({ 'image-url': 'https://x.invalid/missing.img' }), d);
    expect(outcome.success).toBe(false);
    expect(outcome.findings[0]).toMatchObject({ title: "trunk-vm: input 'image-url'" });
    expect(outcome.findings[0]!.message).toMatch(/could not be downloaded.*404/);
    expect(TeardownLedger.load(outcome.ledgerPath, 'devstack').entries).toEqual([]);
  });

  it('SSH never ready: a failed ssh case and finding, outputs set, resources left for post', async () => {
    const runner = cloud(undefined, {
      exitCode: 255,
      stderr: 'ssh: connect to host 172.24.4.65 port 22: Connection refused',
    });
    const d = deps('ssh-never', runner);
    const s = settings();
    const outcome = await runTrunkVmAction(
      { ...s, vm: { ...s.vm, bootTimeoutMs: 50 } },
      { ...d, sshInitialIntervalMs: 10 },
    );
    expect(outcome.success).toBe(false);
    expect(outcome.outputs['server-id']).toBe(SERVER_ID);
    expect(outcome.findings[0]).toMatchObject({ rule: 'trunk-vm/ssh', caseId: 'ssh' });
    expect(outcome.findings[0]!.message).toMatch(
      /SSH to centos@172\.24\.4\.65 was not ready after .*connection refused/,
    );
    const doc = readDoc(d.resultsPath);
    expect(doc.cases.find((c) => c.id === 'ssh')?.status).toBe('failed');
    expect(TeardownLedger.load(outcome.ledgerPath, 'devstack').entries.map((e) => e.kind)).toContain('server');
  });

  it('a configuration error in the overcloud step is an error case (not a failed check) naming the input', async () => {
    const runner = cloud();
    const d = deps('overcloud-config', runner);
    const devstack = join(dir, 'devstack-checkout');
    mkdirSync(devstack, { recursive: true });
    writeFileSync(join(devstack, 'stack.sh'), '#!/bin/sh\n');
    const s = settings({ overcloud: 'true', 'admin-password': 'secret0', 'devstack-dir': devstack });
    // read as valid, then pointed outside the workspace: the step, not the settings reader, refuses it
    const o = { ...s.overcloud!, localConfFile: '../../etc/passwd' };
    const outcome = await runTrunkVmAction({ ...s, overcloud: o }, { ...d, workspace: join(dir, 'ws') });
    expect(outcome.success).toBe(false);
    const doc = readDoc(d.resultsPath);
    expect(doc.cases.find((c) => c.id === 'overcloud')?.status).toBe('error');
    expect(doc.run.status).toBe('error');
    expect(doc.findings).toContainEqual(
      expect.objectContaining({ caseId: 'overcloud', title: "trunk-vm: input 'overcloud-local-conf-file'" }),
    );
  });
});

describe('runTrunkVmPost', () => {
  it('with keep deletes nothing and says what stays', async () => {
    const runner = cloud();
    const d = deps('keep', runner);
    const outcome = await runTrunkVmAction(settings({ keep: 'true' }), d);
    const before = runner.calls.length;
    const line = await runTrunkVmPost(
      { ledgerPath: outcome.ledgerPath, keep: true, resultsPath: d.resultsPath },
      { client: d.client, logger: d.logger, toolVersion: '0.1.0' },
    );
    expect(runner.calls.length).toBe(before);
    expect(line).toMatch(/^keep: true, not tearing down; these stay .*server vm.*floating-ip 172\.24\.4\.65/);
    expect(TeardownLedger.load(outcome.ledgerPath, 'devstack').entries).toHaveLength(6);
  });

  it('with an empty or missing ledger does nothing', async () => {
    const runner = new FakeCommandRunner();
    const line = await runTrunkVmPost(
      { ledgerPath: join(dir, 'none.json'), keep: false },
      { client: new OpenStackClient({ runner, cloud: 'devstack' }), logger: new RecordingLogger(), toolVersion: '0' },
    );
    expect(line).toBe('torn down: 0 resource(s)');
    expect(runner.calls).toEqual([]);
  });
});

describe('describeOperation', () => {
  it.each([
    ['openstack --os-cloud devstack server create --image i vm -f json', 'server create'],
    ['ip netns exec x openstack --os-cloud devstack network trunk set --subport p t', 'network trunk set'],
    ['openstack --os-cloud devstack security group rule create --ingress default', 'security group rule create'],
  ])('%s → %s', (command, expected) => {
    expect(describeOperation(command)).toBe(expected);
  });
});

describe('runTrunkVmAction cancelled by SIGINT/SIGTERM', () => {
  const building = fixture('server-show.json').replace('"status": "ACTIVE"', '"status": "BUILD"');

  it('during the boot wait: stops, deletes every resource of the ledger and records the cancellation', async () => {
    const abort = new AbortController();
    let shows = 0;
    const runner = cloud((cmd) => {
      if (!cmd.startsWith(`server show ${SERVER_ID}`) || runner.calls.some((c) => c.args.includes('delete')))
        return undefined;
      if (++shows === 2) abort.abort('SIGTERM'); // the server is still BUILDing when the signal comes
      return { stdout: building };
    });
    const d = deps('cancel-boot', runner);
    const outcome = await runTrunkVmAction(settings(), { ...d, signal: abort.signal });
    expect(outcome).toMatchObject({ success: false, cancelled: true });
    expect(shows).toBe(2); // no poll after the signal
    expect(outcome.headline).toMatch(/^trunk VM vm: cancelled \(SIGTERM\) while waiting for server vm .* to be ACTIVE/);
    expect(deletes(runner)).toEqual([
      `server delete ${SERVER_ID}`,
      'network trunk delete',
      'port delete 7a27ff36-79f0-487d-a675-1719950f4ecc',
      'keypair delete kp',
      'security group rule delete c3a998e3-d7ca-48c1-b569-9425c1d9a894',
    ]);
    expect(TeardownLedger.load(outcome.ledgerPath, 'devstack').entries).toEqual([]);
    const doc = readDoc(d.resultsPath);
    expect(doc.run.status).toBe('failed');
    expect(doc.cases.map((c) => `${c.id} ${c.status}`)).toEqual(['up failed', 'teardown-after-failure passed']);
    expect(doc.findings[0]).toMatchObject({ rule: 'trunk-vm/cancelled', title: 'trunk-vm: cancelled' });
  });

  it('during the SSH wait: the VM is up, and the run tears it down from the ledger as down does', async () => {
    const abort = new AbortController();
    // the signal arrives as the floating IP is attached, the last step of up: the SSH wait sees it
    const runner = cloud((cmd) => {
      if (cmd.startsWith('floating ip create')) abort.abort('SIGINT');
      return undefined;
    });
    const d = deps('cancel-ssh', runner);
    const outcome = await runTrunkVmAction(settings(), { ...d, signal: abort.signal, sshInitialIntervalMs: 60_000 });
    expect(outcome).toMatchObject({ success: false, cancelled: true });
    expect(outcome.headline).toBe('trunk VM cancelled (SIGINT) after it booted; torn down');
    expect(outcome.outputs['server-id']).toBe('');
    expect(runner.callsTo('ssh')).toEqual([]);
    expect(deletes(runner)).toEqual([
      'floating ip delete',
      `server delete ${SERVER_ID}`,
      'network trunk delete',
      'port delete 7a27ff36-79f0-487d-a675-1719950f4ecc',
      'keypair delete kp',
      'security group rule delete c3a998e3-d7ca-48c1-b569-9425c1d9a894',
    ]);
    expect(TeardownLedger.load(outcome.ledgerPath, 'devstack').entries).toEqual([]);
    const doc = readDoc(d.resultsPath);
    expect(doc.cases.slice(-2).map((c) => `${c.id} ${c.status} ${c.message ?? ''}`)).toEqual([
      'cancelled failed cancelled (SIGINT)',
      'teardown-after-cancel passed ',
    ]);
  });
});

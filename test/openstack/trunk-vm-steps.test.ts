/** The single steps of the trunk VM's bring-up: what each refuses to adopt, and what it skips. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { OpenStackClient } from '../../src/openstack/client.js';
import { TeardownLedger } from '../../src/openstack/ledger.js';
import {
  bootInputs,
  ensureKeypair,
  ensureSubports,
  ensureTrunk,
  type TrunkVmRun,
} from '../../src/openstack/trunk-vm-steps.js';
import { TRUNK_VM_DEFAULTS, type TrunkVmSettings } from '../../src/openstack/trunk-vm.js';
import { parsePort, parseTrunk } from '../../src/openstack/types/port.js';
import { CancelledError } from '../../src/runtime/cancel.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { FakeCommandRunner } from '../__fixtures__/fake-command-runner.js';
import { RecordingLogger } from '../__fixtures__/recording-logger.js';
import { fixture } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'kdf-trunk-vm-steps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A run against `runner`; `answers` maps the start of an `openstack` sub-command to its stdout. */
function stepRun(answers: Record<string, string>, overrides: Partial<TrunkVmSettings> = {}) {
  const runner = new FakeCommandRunner();
  runner.on('openstack', undefined, ({ args }) => {
    const cmd = args.slice(2).join(' ');
    const hit = Object.entries(answers).find(([prefix]) => cmd.startsWith(prefix));
    return hit ? { stdout: hit[1] } : { exitCode: 1, stderr: fixture('server-show-missing.err') };
  });
  const logger = new RecordingLogger();
  const run: TrunkVmRun = {
    s: {
      ...TRUNK_VM_DEFAULTS,
      image: 'cirros',
      serverName: 'vm',
      keypairName: 'kp',
      sshKeyPath: join(dir, 'missing.pem'),
      ...overrides,
    },
    deps: { client: new OpenStackClient({ runner, cloud: 'devstack' }), logger, runner },
    ledger: new TeardownLedger(undefined, 'devstack'),
  };
  return { run, runner, logger };
}

/** The ConfigurationError `promise` rejects with. */
async function configError(promise: Promise<unknown>): Promise<ConfigurationError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigurationError);
  return error as ConfigurationError;
}

describe('ensureKeypair', () => {
  it('adopts an existing key pair only with reuse, and only when its private key is there', async () => {
    const answers = { 'keypair show kp': fixture('keypair-show.json') };
    expect(await configError(ensureKeypair(stepRun(answers).run))).toMatchObject({
      input: 'reuse',
      message: "key pair 'kp' already exists: delete it, or set 'reuse: true' to adopt it",
    });
    const noKey = await configError(ensureKeypair(stepRun(answers, { reuse: true }).run));
    expect(noKey.input).toBe('ssh-key-path');
    expect(noKey.message).toMatch(/private key .*missing\.pem does not: it cannot be adopted/);
  });
});

describe('bootInputs', () => {
  it('names the input of a missing image and refuses an external network that is not external', async () => {
    const missingImage = await configError(bootInputs(stepRun({}).run));
    expect(missingImage.input).toBe('image');
    expect(missingImage.message).toMatch(/^image 'cirros' does not exist \(/);
    const notExternal = await configError(
      bootInputs(
        stepRun({
          'image show': fixture('image-show.json'),
          'flavor show': fixture('flavor-show.json'),
          'network show': fixture('network-show.json'),
        }).run,
      ),
    );
    expect(notExternal).toMatchObject({
      input: 'external-network',
      message: "network 'public' is not external (router:external)",
    });
  });

  it('uploads a cached image-url download without downloading it again', async () => {
    const url = 'http://127.0.0.1:1/cached.img';
    const cache = join(dir, 'cache');
    mkdirSync(cache, { recursive: true });
    const file = join(cache, `${createHash('sha256').update(url).digest('hex').slice(0, 32)}.img`);
    writeFileSync(file, 'IMAGE');
    const { run, runner, logger } = stepRun(
      {
        'image create': fixture('image-show.json'),
        'flavor show': fixture('flavor-show.json'),
        'network show': fixture('network-show.json').replace('"router:external": false', '"router:external": true'),
      },
      { imageUrl: url, imageCacheDir: cache },
    );
    await bootInputs(run);
    expect(runner.callsTo('curl')).toEqual([]);
    expect(logger.entries.map((e) => e.message)).toContain(`image-url ${url}: cached in ${file}`);
    expect(run.ledger.entries.map((e) => e.kind)).toEqual(['image']);
  });
});

describe('ensureTrunk and ensureSubports', () => {
  const port = parsePort(fixture('port-show.json'));
  const trunk = parseTrunk(fixture('trunk-show.json'));

  it('refuses to adopt a trunk whose parent is another port', async () => {
    const { run } = stepRun({ 'network trunk show': fixture('trunk-show.json') }, { reuse: true });
    const error = await configError(ensureTrunk(run, { ...port, id: 'other-port' }));
    expect(error.input).toBe('reuse');
    expect(error.message).toMatch(/exists with parent port 7a27ff36-.*, not port0 \(other-port\)/);
  });

  it('creates only the VLANs the trunk lacks, and stops once cancelled', async () => {
    const { run, runner } = stepRun({ 'port create': fixture('port-create-sub.json'), 'network trunk set': '' });
    run.s.subportVlanIds = [102, 103];
    const ids = await ensureSubports(run, trunk);
    expect(Object.keys(ids)).toEqual(['102', '103']);
    expect(runner.commandLines().filter((c) => c.includes('port create'))).toEqual([
      'openstack --os-cloud devstack port create --network private trunk0-vlan103 -f json',
    ]);
    const controller = new AbortController();
    controller.abort();
    const cancelled = stepRun({});
    cancelled.run.s.subportVlanIds = [104];
    cancelled.run.deps.signal = controller.signal;
    await expect(ensureSubports(cancelled.run, trunk)).rejects.toBeInstanceOf(CancelledError);
    expect(cancelled.runner.calls).toEqual([]);
  });
});

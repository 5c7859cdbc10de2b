/**
 * Issue #14 items 10 and 11 for trunk-vm against the sandbox. As the admin cloud (which sees one `default` security
 * group per project) `up` uses the default group of the admin project, by id. `kdf trunk-vm up` (bundled CLI, `npm
 * run build` first) sent SIGTERM during the boot wait exits 130 and leaves nothing of its ledger behind.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { OpenStackApi } from '../../src/openstack/api.js';
import { connectOpenStack } from '../../src/openstack/connect.js';
import { TeardownLedger, type LedgerData } from '../../src/openstack/ledger.js';
import { downTrunkVm, TRUNK_VM_DEFAULTS, upTrunkVm } from '../../src/openstack/trunk-vm.js';
import type { ResultsDocument } from '../../src/results/model.js';
import { SANDBOX } from '../../src/sandbox/config.js';
import { RecordingLogger } from '../__fixtures__/recording-logger.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { host, layout, os, RUN_ID, sandboxState } from './cloud.js';

jest.setTimeout(600_000);

const ADMIN = 'devstack-admin';
const dir = mkdtempSync(join(tmpdir(), 'kdf-trunk-vm-cancel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** True when `openstack … show ID` says the object does not exist. */
async function gone(cloud: string, ...show: string[]): Promise<boolean> {
  try {
    await os(cloud, ...show);
    return false;
  } catch (err) {
    if (/No .* (found|exists)|could not be found|not found|Unable to find/i.test(String(err))) return true;
    throw err;
  }
}

describe('trunk VM as the admin cloud (one default security group per project)', () => {
  let client: OpenStackApi;
  const ledgerPath = join(dir, 'admin.ledger.json');
  const logger = new RecordingLogger();

  beforeAll(() => {
    client = connectOpenStack({
      runner: host,
      netns: sandboxState().namespace,
      cloud: ADMIN,
      cloudsYaml: layout.cloudsYaml,
    });
  });
  afterAll(async () => {
    await downTrunkVm(TeardownLedger.load(ledgerPath, ADMIN), { client, logger }).catch(() => undefined);
  });

  it('the name alone is ambiguous for admin, and up puts the rules and port0 into the admin project’s group', async () => {
    const groups = await os<{ ID: string; Name: string; Project: string }[]>(ADMIN, 'security', 'group', 'list');
    expect(groups.filter((g) => g.Name === 'default').length).toBeGreaterThan(1);
    const { project_id: project } = await os<{ project_id: string }>(ADMIN, 'token', 'issue', '-c', 'project_id');
    const own = groups.find((g) => g.Name === 'default' && g.Project === project)?.ID;
    expect(own).toBeDefined();

    const result = await upTrunkVm(
      {
        ...TRUNK_VM_DEFAULTS,
        image: SANDBOX.imageName,
        serverName: `e2e-adm-vm-${RUN_ID}`,
        portName: `e2e-adm-port0-${RUN_ID}`,
        trunkName: `e2e-adm-trunk0-${RUN_ID}`,
        keypairName: `e2e-adm-kp-${RUN_ID}`,
        sshKeyPath: join(dir, 'admin.pem'),
        ledgerPath,
        // a rule of its own, so the run creates (and later deletes) one in the group it resolved
        securityRules: [
          { protocol: 'tcp', dstPort: 22 },
          { protocol: 'udp', dstPort: 40000 + (process.pid % 20000) },
        ],
        pollIntervalMs: 1000,
      },
      { client, logger },
    );
    const port = await os<{ security_group_ids: string[] }>(ADMIN, 'port', 'show', result.parentPortId);
    expect(port.security_group_ids).toEqual([own]);
    const created = result.ledger.entries.filter((e) => e.kind === 'security-group-rule' && !e.adopted);
    expect(created.length).toBeGreaterThan(0);
    for (const rule of created) {
      expect(
        (await os<{ security_group_id: string }>(ADMIN, 'security', 'group', 'rule', 'show', rule.id))
          .security_group_id,
      ).toBe(own);
    }
    await downTrunkVm(result.ledger, { client, logger });
    for (const rule of created) expect(await gone(ADMIN, 'security', 'group', 'rule', 'show', rule.id)).toBe(true);
  });
});

describe('kdf trunk-vm up cancelled (SIGTERM during the boot wait)', () => {
  it('exits 130, tears down every resource of its ledger and records the cancellation', async () => {
    expect(existsSync(join(REPO_ROOT, 'dist', 'cli', 'index.js'))).toBe(true);
    const stateDir = join(dir, 'cli');
    const names = {
      server: `e2e-sig-vm-${RUN_ID}`,
      port: `e2e-sig-port0-${RUN_ID}`,
      trunk: `e2e-sig-trunk0-${RUN_ID}`,
      key: `e2e-sig-kp-${RUN_ID}`,
    };
    const child = spawn(
      process.execPath,
      [
        join(REPO_ROOT, 'bin', 'kdf.js'),
        'trunk-vm',
        'up',
        '--os-cloud',
        'devstack',
        '--clouds-yaml',
        layout.cloudsYaml,
        '--image',
        SANDBOX.imageName,
        '--server-name',
        names.server,
        '--port-name',
        names.port,
        '--trunk-name',
        names.trunk,
        '--key-name',
        names.key,
        '--subports',
        '101',
        '--boot-timeout-minutes',
        '3',
        '--state-dir',
        stateDir,
        '--prefix-netns',
        sandboxState().namespace,
      ],
      { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    let ledger: LedgerData | undefined;
    const booting = new Promise<void>((resolve) => {
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString();
        if (ledger === undefined && /server \S+ \(\S+\) created; waiting for ACTIVE/.test(stderr)) {
          // what exists at the signal: every one of these must be gone afterwards
          ledger = JSON.parse(readFileSync(join(stateDir, 'ledger.json'), 'utf8')) as LedgerData;
          child.kill('SIGTERM');
          resolve();
        }
      });
    });
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    await booting;
    expect(stdout).toMatch(/^CANCELLED: /m);
    expect(code).toBe(130);
    expect(ledger?.entries.map((e) => e.kind)).toEqual(expect.arrayContaining(['keypair', 'port', 'trunk', 'server']));
    expect(TeardownLedger.load(join(stateDir, 'ledger.json'), 'devstack').entries).toEqual([]);
    for (const e of ledger?.entries ?? []) {
      const show: Record<string, string[]> = {
        server: ['server', 'show', e.id],
        port: ['port', 'show', e.id],
        trunk: ['network', 'trunk', 'show', e.id],
        keypair: ['keypair', 'show', e.id],
        'floating-ip': ['floating', 'ip', 'show', e.id],
        'security-group-rule': ['security', 'group', 'rule', 'show', e.id],
      };
      if (show[e.kind])
        expect([e.kind, e.id, await gone('devstack', ...(show[e.kind] ?? []))]).toEqual([e.kind, e.id, true]);
    }
    // and nothing created after the snapshot either
    expect(await os<unknown[]>('devstack', 'server', 'list', '--name', names.server)).toEqual([]);
    expect(await os<unknown[]>('devstack', 'port', 'list', '--name', names.port)).toEqual([]);
    const doc = JSON.parse(readFileSync(join(stateDir, 'trunk-vm.json'), 'utf8')) as ResultsDocument;
    expect(doc.run.status).toBe('failed');
    const cancelled = doc.cases.find((c) => c.id === 'cancelled' || /cancelled \(SIGTERM\)/.test(c.message ?? ''));
    expect(cancelled?.message).toMatch(/cancelled \(SIGTERM\)/);
    expect(doc.cases.find((c) => c.id.startsWith('teardown-after'))?.status).toBe('passed');
  });
});

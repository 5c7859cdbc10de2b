/**
 * `kdf trunk-vm` through the CLI's main(): help, flag validation and the exit codes (no cloud needed); the built CLI
 * against a stub OpenStack API through `--prefix-netns`.
 */
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { main } from '../../src/cli/main.js';
import type { ResultsDocument } from '../../src/results/model.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { ApiStub } from '../openstack/rest/api-stub.js';

async function kdf(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const cwd = mkdtempSync(join(tmpdir(), 'kdf-trunk-vm-cli-'));
  const status = await main(args, {
    stdout: { write: (c: string) => (stdout += c) },
    stderr: { write: (c: string) => (stderr += c) },
    cwd,
    env,
  });
  return { status, stdout, stderr, cwd };
}

describe('kdf trunk-vm', () => {
  it('--help lists the verbs, every input flag and the knobs', async () => {
    const r = await kdf(['trunk-vm', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: kdf trunk-vm up|down');
    for (const flag of ['--image', '--subports', '--keep', '--reuse', '--state-dir', '--prefix-netns']) {
      expect(r.stdout).toContain(flag);
    }
  });

  it('is listed in the top-level help', async () => {
    expect((await kdf(['--help'])).stdout).toMatch(/^ {2}trunk-vm /m);
  });

  it.each([
    [['up', '--image', 'cirros', '--subports', '5000'], /Input 'subports' .*5000/],
    [['up'], /Input 'image' is required/],
    [['up', '--image', 'cirros', '--security-rules', 'icmp'], /Input 'security-rules' must include tcp\/22/],
    [['up', '--image', 'cirros', '--prefix-netns', 'a b'], /--prefix-netns/],
    [['sideways'], /expected 'up' or 'down'/],
    [['up', '--no-such-flag', 'x'], /no-such-flag/],
    // the overcloud's inputs: checked while parsing, before the key pair, the port or the server exist
    [['up', '--image', 'c', '--overcloud', 'true', '--overcloud-profile', 'ovs'], /'overcloud-profile' .*one of/],
    [['up', '--image', 'c', '--overcloud', 'true', '--overcloud-release', 'zed'], /'overcloud-release'.*'zed'/],
    [
      ['up', '--image', 'c', '--overcloud', 'true', '--overcloud-local-conf-file', 'no.conf'],
      /'overcloud-local-conf-file': cannot read 'no.conf'/,
    ],
    [['up', '--image', 'c', '--overcloud', 'true', '--admin-password', 'x;y'], /'admin-password' must be alphanumeric/],
    [
      ['up', '--image', 'c', '--overcloud', 'true', '--admin-password', 'pw', '--devstack-dir', '/nonexistent/ds'],
      /'devstack-dir': '\/nonexistent\/ds' is not a directory/,
    ],
  ])('kdf trunk-vm %j exits 2 naming the problem before touching the cloud', async (args, message) => {
    const r = await kdf(['trunk-vm', ...args]);
    expect(r.stderr).toMatch(message);
    expect(r.status).toBe(2);
    expect(existsSync(join(r.cwd, '.kdf'))).toBe(false);
  });

  it('down with no ledger in --state-dir has nothing to do', async () => {
    const r = await kdf(['trunk-vm', 'down', '--state-dir', 'st'], { KDF_OPENSTACK_NETNS: 'kdf-unused' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('ok: torn down: 0 resource(s)\n');
    expect(r.status).toBe(0);
  });

  it('up --prefix-netns reaches the APIs through ip netns exec and records the API failure (built CLI)', async () => {
    // the cloud: a stub API on 127.0.0.1 whose Nova refuses the first call; `ip` on PATH logs its argv and runs the
    // connection's pipe process here instead of inside a namespace
    const stub = await new ApiStub().start();
    stub.route('GET /compute/v2.1/os-keypairs/kdf-trunk-vm', {
      status: 409,
      body: { conflictingRequest: { code: 409, message: 'Quota exceeded for resources: [keypair].' } },
    });
    const bin = mkdtempSync(join(tmpdir(), 'kdf-fake-ip-'));
    const log = join(bin, 'calls.log');
    writeFileSync(join(bin, 'ip'), `#!/bin/sh\necho "$*" >> '${log}'\nshift 3\nexec "$@"\n`);
    chmodSync(join(bin, 'ip'), 0o755);
    const cloudsYaml = join(bin, 'clouds.yaml');
    writeFileSync(
      cloudsYaml,
      `clouds:\n  devstack:\n    auth:\n      auth_url: ${stub.url}/identity\n      username: demo\n      password: pw\n      project_name: demo\n`,
    );
    const state = mkdtempSync(join(tmpdir(), 'kdf-trunk-vm-state-'));
    const argv = ['trunk-vm', 'up', '--image', 'cirros', '--prefix-netns', 'kdf-test', '--state-dir', state];
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, OS_CLIENT_CONFIG_FILE: cloudsYaml };
    const r = await new Promise<{ stdout: string; status: number | null }>((resolve) => {
      const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'kdf.js'), ...argv], { env });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.on('close', (status) => resolve({ stdout, status }));
    }).finally(() => stub.stop());
    const port = new URL(stub.url).port;
    expect(readFileSync(log, 'utf8').split('\n')[0]).toMatch(
      new RegExp(`^netns exec kdf-test ${process.execPath.replace(/[/.]/g, '\\$&')} -e .* 127\\.0\\.0\\.1 ${port}$`),
    );
    expect(stub.calls('GET', '/compute/v2.1/os-keypairs/kdf-trunk-vm')).toHaveLength(1);
    expect(r.stdout).toMatch(/^FAILED: openstack keypair show failed \(HTTP 409\)/);
    expect(r.status).toBe(1);
    const doc = JSON.parse(readFileSync(join(state, 'trunk-vm.json'), 'utf8')) as ResultsDocument;
    expect(doc.findings.map((f) => f.title)).toEqual(['trunk-vm: openstack keypair show failed']);
  });
});

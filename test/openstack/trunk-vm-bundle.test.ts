/**
 * The BUNDLED actions/trunk-vm (dist/) run as the GitHub runner runs it, against a stub OpenStack API on 127.0.0.1
 * (test/openstack/rest/api-stub.ts) whose Nova answers the first call with a 409: the adapter's inputs, state,
 * outputs, annotation and results file.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';

import { ActionJob } from '../helpers/action-runner.js';
import { REPO_ROOT } from '../helpers/paths.js';
import type { ResultsDocument } from '../../src/results/model.js';
import { ApiStub } from './rest/api-stub.js';

const actionDir = join(REPO_ROOT, 'actions', 'trunk-vm');

beforeAll(() => {
  if (!existsSync(join(REPO_ROOT, 'dist', 'actions', 'trunk-vm', 'main.js')))
    throw new Error('dist/actions/trunk-vm is missing: run npm run build (npm test does)');
});

describe('actions/trunk-vm (bundled)', () => {
  it('rejects security rules without SSH naming the input, and post has nothing to tear down', async () => {
    const job = new ActionJob({ actionDir, with: { image: 'cirros', 'security-rules': 'icmp' } });
    const main = await job.run('main');
    expect(main.exitCode).toBe(1);
    expect(main.annotations.map((a) => a.message).join('\n')).toMatch(/Input 'security-rules' must include tcp\/22/);
    const post = await job.run('post');
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('nothing to tear down');
  });

  it('turns an openstack API failure into a failed step, an annotation, outputs and a results finding', async () => {
    const stub = await new ApiStub().start();
    stub.route('GET /compute/v2.1/os-keypairs/kdf-trunk-vm', {
      status: 409,
      body: { conflictingRequest: { code: 409, message: 'Quota exceeded for resources: [keypair].' } },
    });
    const dir = mkdtempSync(join(tmpdir(), 'kdf-stub-cloud-'));
    const cloudsYaml = join(dir, 'clouds.yaml');
    writeFileSync(
      cloudsYaml,
      `clouds:\n  sbx:\n    auth:\n      auth_url: ${stub.url}/identity\n      username: demo\n      password: pw\n      project_name: demo\n`,
    );
    const results = mkdtempSync(join(tmpdir(), 'kdf-trunk-vm-results-'));
    const job = new ActionJob({
      actionDir,
      with: { image: 'cirros', 'os-cloud': 'sbx', 'clouds-yaml': cloudsYaml },
      env: { KDF_RESULTS_DIR: results },
    });
    const main = await job.run('main').finally(() => stub.stop());
    expect(main.exitCode).toBe(1);
    expect(stub.calls('GET', '/compute/v2.1/os-keypairs/kdf-trunk-vm')).toHaveLength(1);
    expect(main.outputs.results).toBe(join(results, 'trunk-vm.json'));
    expect(main.outputs['server-id']).toBe('');
    expect(main.state).toMatchObject({ keep: 'false', cloud: 'sbx' });
    expect(main.state.ledger).toMatch(/kdf-trunk-vm\/ledger\.json$/);
    expect(main.annotations.map((a) => `${a.command} ${a.message}`).join('\n')).toMatch(
      /^error openstack keypair show failed \(HTTP 409\): .*Quota exceeded/m,
    );
    const doc = JSON.parse(readFileSync(join(results, 'trunk-vm.json'), 'utf8')) as ResultsDocument;
    expect(doc.run).toMatchObject({ stage: 'trunk-vm', status: 'failed' });
    expect(doc.findings[0]?.title).toBe('trunk-vm: openstack keypair show failed');
    expect(main.summary).toContain('❌');
    const post = await job.run('post');
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('torn down: 0 resource(s)');
  });
});

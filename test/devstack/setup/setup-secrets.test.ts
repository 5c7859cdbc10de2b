/**
 * setup-devstack and secrets: nothing it reports (results JSON, findings → annotations, headline, the stack.sh tail of
 * the job summary) carries the admin password, and a local-conf-file that resolves outside the workspace is refused.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeCommandRunner } from '../../__fixtures__/fake-command-runner.js';
import { RecordingLogger } from '../../__fixtures__/recording-logger.js';
import { runSetup, type SetupEnvironment } from '../../../src/devstack/setup/run.js';
import { readSetupSettings } from '../../../src/devstack/setup/settings.js';
import { pullRequestContext } from '../../../src/devstack/setup/fork.js';
import { Inputs, recordInputSource } from '../../../src/runtime/inputs.js';
import { ConfigurationError } from '../../../src/runtime/errors.js';

const PASSWORD = 'Pl4ntedAdm1n';
const BIONIC = 'NAME="Ubuntu"\nID=ubuntu\nVERSION_ID="18.04"\nVERSION_CODENAME=bionic\n';

function world(inputs: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'kdf-setup-secrets-'));
  writeFileSync(join(dir, 'os-release'), BIONIC);
  const workspace = join(dir, 'ws');
  mkdirSync(join(workspace, 'ci'), { recursive: true });
  const runner = new FakeCommandRunner();
  const settings = readSetupSettings(
    new Inputs(recordInputSource({ 'admin-password': PASSWORD, dest: join(dir, 'opt', 'stack'), ...inputs })),
  );
  const env: SetupEnvironment = {
    runner,
    logger: new RecordingLogger(),
    workspace,
    resultsPath: join(dir, 'results', 'setup-devstack.json'),
    lockDir: dir,
    etcDir: join(dir, 'etc'),
    osReleasePath: join(dir, 'os-release'),
    pr: pullRequestContext('push', {}),
    lockWaitMs: 0,
    saveState: () => undefined,
  };
  return { dir, runner, settings, env, workspace };
}

describe('setup-devstack never reports a password', () => {
  it('results JSON, findings, triage tail and headline are masked (stack.sh output naming the password)', async () => {
    const w = world({});
    const stackOutput = [
      'This is your host IP address: 192.0.2.5',
      `+ ./stack.sh:main:1400 : die 1400 'mysql://root:${PASSWORD}@127.0.0.1 refused'`,
      `[ERROR] ./stack.sh:1400 mysql://root:${PASSWORD}@127.0.0.1 refused`,
    ].join('\n');
    w.runner
      .on('id', ['-u', 'stack'], { exitCode: 1 })
      .on('sudo', (a) => a.some((x) => x.endsWith('/stack.sh')), { stdout: stackOutput, exitCode: 1 })
      .on('sudo', undefined, { exitCode: 0 });
    const result = await runSetup(w.settings, w.env);
    expect(result.success).toBe(false);
    const file = readFileSync(w.env.resultsPath, 'utf8');
    // the planted value did reach the reports' sources: a finding and the tail both quote the failing line
    expect(result.findings.map((f) => f.message).join('\n')).toContain('mysql://root:***@127.0.0.1');
    expect(result.triage?.tail.join('\n')).toContain('mysql://root:***@127.0.0.1');
    expect(file).not.toContain(PASSWORD);
    expect(JSON.stringify(result.findings)).not.toContain(PASSWORD);
    expect(JSON.stringify(result.triage)).not.toContain(PASSWORD);
    expect(result.headline).not.toContain(PASSWORD);
  });

  it('a local-conf-file that is a symbolic link to a file outside the workspace is refused, naming the input', async () => {
    const w = world({ 'local-conf-file': 'ci/extra.conf' });
    const outside = join(w.dir, 'elsewhere.conf');
    writeFileSync(outside, '[[local|localrc]]\nRABBIT_PASSWORD=runner-secret\n');
    symlinkSync(outside, join(w.workspace, 'ci', 'extra.conf'));
    const err = await runSetup(w.settings, w.env).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as ConfigurationError).input).toBe('local-conf-file');
    expect((err as Error).message).toMatch(
      /resolves through a symbolic link to .*elsewhere\.conf', outside the workspace/,
    );
    expect(w.runner.calls).toEqual([]);
  });

  it('a directory link inside the workspace that points outside is refused too; a link within it is fine', async () => {
    const w = world({ 'local-conf-file': 'linked/extra.conf' });
    mkdirSync(join(w.dir, 'other'));
    writeFileSync(join(w.dir, 'other', 'extra.conf'), '[[local|localrc]]\nX=1\n');
    symlinkSync(join(w.dir, 'other'), join(w.workspace, 'linked'));
    await expect(runSetup(w.settings, w.env)).rejects.toThrow(/outside the workspace/);

    const ok = world({ 'local-conf-file': 'ci/alias.conf', 'dry-run': 'true' });
    writeFileSync(join(ok.workspace, 'ci', 'real.conf'), '[[local|localrc]]\nX=1\n');
    symlinkSync(join(ok.workspace, 'ci', 'real.conf'), join(ok.workspace, 'ci', 'alias.conf'));
    ok.runner.on('sudo', undefined, { exitCode: 0 });
    await expect(runSetup(ok.settings, ok.env)).resolves.toMatchObject({ success: true });
  });
});

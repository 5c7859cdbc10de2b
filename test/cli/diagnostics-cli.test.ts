/**
 * The collect-logs path (actions/collect-logs → scripts/collect-diagnostics.sh → the built `kdf diagnostics`) redacts
 * like setup-devstack's post step: the secrets planted on the host and the ones the run passes in KDF_SECRETS (the
 * action's `secrets` input, through env:) appear in no file of the bundle.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { PW, filesUnder, plantHost } from '../__fixtures__/diagnostics-host.js';
import { REPO_ROOT } from '../helpers/paths.js';

describe('collect-logs / kdf diagnostics (built CLI, real programs)', () => {
  it('writes a bundle in which no planted or passed-in secret appears', () => {
    const root = mkdtempSync(join(tmpdir(), 'kdf-diag-cli-redact-'));
    const host = plantHost(root);
    const out = join(root, 'bundle');
    const r = spawnSync('bash', ['scripts/collect-diagnostics.sh', out, host.dest, 'stack'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      // a second line and CRLF, as a multi-line `secrets:` input arrives
      env: { ...process.env, KDF_ETC_DIR: host.etc, KDF_SECRETS: `not-planted-1\r\n${PW.extra}\n` },
      timeout: 60_000,
    });
    expect({ status: r.status, stderr: r.status === 0 ? '' : r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(readFileSync(join(out, 'INDEX.txt'), 'utf8')).toMatch(/^local\.conf\.redacted: ok$/m);
    const leaks = filesUnder(out).flatMap((f) =>
      Object.values(PW)
        .filter((v) => readFileSync(f, 'utf8').includes(v))
        .map((v) => `${f}: ${v}`),
    );
    expect(leaks).toEqual([]);
    expect(r.stdout + r.stderr).not.toContain(PW.extra);
  });

  it('the composite action hands its secrets input to the script through env:, not the command line', () => {
    const action = parseYaml(readFileSync(join(REPO_ROOT, 'actions', 'collect-logs', 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
      runs: { steps: { id?: string; env?: Record<string, string>; run?: string }[] };
    };
    expect(action.inputs).toHaveProperty('secrets');
    const step = action.runs.steps.find((s) => s.id === 'collect');
    expect(step?.env?.KDF_SECRETS).toBe('${{ inputs.secrets }}');
    expect(step?.run).not.toMatch(/KDF_SECRETS|inputs\.secrets/);
  });
});

/**
 * The root action's up-front check of every stage's inputs (pure: settings readers and the files they name), with
 * the errors in the root's input names.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';

import type { Topology } from '../../src/actions/pipeline.js';
import { validatePipelineInputs } from '../../src/actions/pipeline-validate.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { REPO_ROOT } from '../helpers/paths.js';

/** The root inputs as the runner passes them: action.yml's defaults, overridden by `with`. */
function rootInputs(withValues: Record<string, string>): (name: string) => string | undefined {
  const yml = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(yml.inputs)) if (spec.default !== undefined) values[name] = spec.default;
  Object.assign(values, withValues);
  return (name) => values[name];
}

function errorOf(withValues: Record<string, string>, topology: Topology = 'baremetal', workspace = REPO_ROOT) {
  try {
    validatePipelineInputs(topology, rootInputs(withValues), workspace);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigurationError);
    const e = err as ConfigurationError;
    // one line, whatever the stage's own message looked like
    expect(e.message).not.toContain('\n');
    return { message: e.message, input: e.input };
  }
  throw new Error('validatePipelineInputs accepted the inputs');
}

describe('root action: every stage input checked before the first stage', () => {
  it('accepts the defaults (baremetal) and a nested run with a VM image', () => {
    expect(() => validatePipelineInputs('baremetal', rootInputs({}), REPO_ROOT)).not.toThrow();
    expect(() => validatePipelineInputs('nested', rootInputs({ 'vm-image': 'bionic' }), REPO_ROOT)).not.toThrow();
  });

  it('before setup-devstack ran: the DevStack checkout and clouds.yaml it will make are not required, their form is', () => {
    const dest = mkdtempSync(join(tmpdir(), 'kdf-validate-dest-'));
    // nothing under dest yet (no devstack/stack.sh) and no admin-password: setup-devstack provides both later
    expect(() => validatePipelineInputs('nested', rootInputs({ 'vm-image': 'bionic', dest }), REPO_ROOT)).not.toThrow();
    expect(errorOf({ 'vm-image': 'bionic', 'admin-password': 'not alnum!' }, 'nested')).toEqual({
      message: expect.stringMatching(/^setup-devstack: Input 'admin-password'/),
      input: 'admin-password',
    });
  });

  it('refuses a bad input of connectivity, the last stage to run: replicas: 0, an unknown suite', () => {
    expect(errorOf({ replicas: '0' })).toEqual({
      message: "connectivity: Input 'replicas' must be an integer between 1 and 200 (got '0').",
      input: 'replicas',
    });
    expect(errorOf({ suites: 'basic, no-such-suite' })).toEqual({
      message: expect.stringMatching(/^connectivity: Input 'suites': 'no-such-suite' is neither a built-in suite/),
      input: 'suites',
    });
  });

  it("refuses publish-results' annotations-limit: -3", () => {
    expect(errorOf({ 'annotations-limit': '-3' })).toEqual({
      message: "publish-results: Input 'annotations-limit' must be an integer between 0 and 1000000 (got '-3').",
      input: 'annotations-limit',
    });
  });

  it('names the root input where the stage calls it differently', () => {
    expect(errorOf({ 'connectivity-timeout-minutes': '0' })).toEqual({
      message: "connectivity: Input 'connectivity-timeout-minutes' must be an integer between 1 and 1440 (got '0').",
      input: 'connectivity-timeout-minutes',
    });
    expect(errorOf({ 'stack-timeout-minutes': 'soon' }).input).toBe('stack-timeout-minutes');
    expect(errorOf({ 'publish-mode': 'loud' }).message).toMatch(/^publish-results: Input 'publish-mode' must be one/);
    expect(errorOf({}, 'nested')).toEqual({
      message: "trunk-vm: Input 'vm-image' is required but was not supplied.",
      input: 'vm-image',
    });
  });

  it("checks trunk-vm's inputs even when the topology skips trunk-vm", () => {
    expect(errorOf({ 'vm-boot-timeout-minutes': '0' }, 'baremetal')).toEqual({
      message: "trunk-vm: Input 'vm-boot-timeout-minutes' must be an integer between 1 and 1440 (got '0').",
      input: 'vm-boot-timeout-minutes',
    });
  });

  it("reports kuryr-ref: $(id) as 'kuryr-ref', never 'kuryr-kubernetes-ref'", () => {
    const e = errorOf({ 'kuryr-ref': '$(id)' });
    expect(e.input).toBe('kuryr-ref');
    expect(e.message).toMatch(/^setup-devstack: Input 'kuryr-ref' must be a branch, tag or commit SHA/);
    expect(e.message).not.toContain('kuryr-kubernetes-ref');
    expect(errorOf({ 'devstack-ref': 'a..b' }).input).toBe('devstack-ref');
    expect(errorOf({ 'git-base': 'https://x/$(id)' }).input).toBe('git-base');
    expect(errorOf({ 'admin-password': 'pa ss' }).input).toBe('admin-password');
  });

  it('reads local-conf-file and suite files from the workspace: missing ones, invalid suites', () => {
    const ws = mkdtempSync(join(tmpdir(), 'kdf-validate-'));
    expect(errorOf({ 'local-conf-file': 'nope.conf' }, 'baremetal', ws)).toEqual({
      message: "setup-devstack: Input 'local-conf-file': cannot read 'nope.conf' (ENOENT).",
      input: 'local-conf-file',
    });
    writeFileSync(join(ws, 'image.conf'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]));
    expect(errorOf({ 'local-conf-file': 'image.conf' }, 'baremetal', ws)).toEqual({
      message:
        "setup-devstack: Input 'local-conf-file': 'image.conf' is not a text file (NUL byte at offset 8); give a local.conf fragment.",
      input: 'local-conf-file',
    });
    writeFileSync(join(ws, 'bad.yaml'), 'name: bad\nscenarios:\n  - name: x\n    kind: nope\n  - kind: state\n');
    const e = errorOf({ suites: 'bad.yaml' }, 'baremetal', ws);
    expect(e.message).toMatch(/^connectivity: bad\.yaml:4:11: .*\(and \d+ more line\(s\)\)$/);
    expect(e.input).toBe('bad.yaml:4');
  });
});

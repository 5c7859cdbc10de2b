/**
 * actions/setup-devstack: a thin adapter. Reads typed inputs, calls the library (src/devstack/setup), and turns the
 * result into outputs, annotations and a job summary. `post` collects diagnostics and cleans the host.
 */
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotateFindings, resultsPathFor } from '../runtime/action-io.js';
import { ProcessCommandRunner } from '../runtime/process-runner.js';
import { CoreLogger } from '../runtime/core-logger.js';
import { kdfEnv, kdfEnvSecondsMs } from '../runtime/env.js';
import { actionsStageIO, type StageIO, type StageOutcome } from '../runtime/stage-io.js';
import { defaultMasker } from '../runtime/secrets.js';
import { readResults } from '../results/writer.js';
import { pullRequestContext } from '../devstack/setup/fork.js';
import { runSetupPost } from '../devstack/setup/post.js';
import { runSetup, type SetupResult } from '../devstack/setup/run.js';
import { STAGE } from '../results/model.js';
import { SETUP_DEVSTACK } from '../stages/definitions.js';

/** Test and special-host knobs (runtime/env.ts), read when a step starts, never at import. */
function knobs(env: NodeJS.ProcessEnv = process.env) {
  return {
    etcDir: kdfEnv('etcDir', env) ?? '/etc',
    lockDir: kdfEnv('lockDir', env) ?? tmpdir(),
    osRelease: kdfEnv('osRelease', env),
    lockWaitMs: kdfEnvSecondsMs('lockWaitSeconds', env),
    netns: kdfEnv('natNetns', env),
    heartbeatMs: kdfEnvSecondsMs('heartbeatSeconds', env),
  };
}

function readEvent(): unknown {
  try {
    return JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH ?? '', 'utf8'));
  } catch {
    return {};
  }
}

async function writeSummary(result: SetupResult | undefined, error?: Error): Promise<void> {
  const s = core.summary.addHeading(STAGE.setupDevstack, 2);
  if (result?.plan) {
    s.addTable([
      [
        { data: 'profile', header: true },
        { data: 'train', header: true },
        { data: 'devstack', header: true },
        { data: 'distro', header: true },
      ],
      [result.plan.profile.name, result.plan.train.name, result.plan.refs.devstack, result.plan.distro?.id ?? ''],
    ]);
  }
  s.addRaw(
    `\n**${result?.success ? '✅' : '❌'} ${error ? error.message.split('\n')[0] : (result?.headline ?? '')}**\n\n`,
  );
  if (result?.triage && !result.success && result.triage.tail.length) {
    s.addDetails('Last lines of stack.sh', `\n\n\`\`\`\n${result.triage.tail.slice(-30).join('\n')}\n\`\`\`\n`);
  }
  await s.write();
}

/** The main step. */
export async function main(io: StageIO = actionsStageIO()): Promise<StageOutcome> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const settings = SETUP_DEVSTACK.readSettings(io.inputs, { workspace, env: process.env });
  const knob = knobs();
  const logger = new CoreLogger();
  if (settings.adminPassword) logger.addSecret(settings.adminPassword);
  const runner = new ProcessCommandRunner({ masker: defaultMasker, logger });
  const abort = new AbortController();
  const onSignal = (): void => abort.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const path = resultsPathFor(STAGE.setupDevstack, io.context.resultsDir);
  let result: SetupResult | undefined;
  try {
    result = await runSetup(settings, {
      runner,
      logger,
      workspace,
      resultsPath: path,
      leg: io.context.leg,
      lockDir: knob.lockDir,
      etcDir: knob.etcDir,
      osReleasePath: knob.osRelease,
      pr: pullRequestContext(process.env.GITHUB_EVENT_NAME ?? '', readEvent(), process.env.GITHUB_ACTOR),
      runId: process.env.GITHUB_RUN_ID,
      signal: abort.signal,
      lockWaitMs: knob.lockWaitMs,
      heartbeatMs: knob.heartbeatMs,
      netns: knob.netns,
      artifactCache: {
        restore: (paths, key, restoreKeys) => cache.restoreCache(paths, key, restoreKeys),
        save: async (paths, key) => {
          await cache.saveCache(paths, key);
        },
      },
      cacheStaging: join(process.env.RUNNER_TEMP ?? tmpdir(), 'kdf-devstack-cache'),
      lockOwnerPid: process.ppid,
      saveState: (name, value) => io.saveState(name, value),
    });
  } catch (err) {
    // Preflight refusals and lint errors: the findings are already on disk; annotate them, then fail.
    const doc = await readResults(path).catch(() => undefined);
    if (doc) annotateFindings(doc.findings);
    io.setOutput('results', path);
    await writeSummary(undefined, err as Error);
    throw err;
  } finally {
    // In the root action the process goes on to other stages: a signal after this one belongs to them.
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  for (const [name, value] of Object.entries(result.outputs)) io.setOutput(name, value);
  annotateFindings(result.findings);
  await writeSummary(result);
  return { status: result.success ? 'passed' : 'failed', headline: result.headline };
}

/** The post step. */
export async function post(io: StageIO = actionsStageIO()): Promise<void> {
  const logger = new CoreLogger();
  // A fresh process: register again (line by line for a multi-line value) what main registered.
  for (const s of JSON.parse(io.getState('secrets') || '[]') as string[]) logger.addSecret(s);
  await runSetupPost({
    runner: new ProcessCommandRunner({ masker: defaultMasker }),
    logger,
    getState: (name) => io.getState(name),
    etcDir: knobs().etcDir,
    lockOwnerPid: process.ppid,
    // Outside DEST: clean.sh deletes the log directory.
    bundleDir: join(process.env.RUNNER_TEMP ?? tmpdir(), 'kdf-diagnostics'),
  });
}

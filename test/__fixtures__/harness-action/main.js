// Uses the real @actions/core so the harness is checked against what the toolkit really writes.
import * as core from '@actions/core';

// A slow start-up, as on a loaded machine: no SIGINT handler exists yet while this waits.
if (process.env.FIXTURE_SLOW_START_MS)
  await new Promise((r) => setTimeout(r, Number(process.env.FIXTURE_SLOW_START_MS)));

// Before the first output: a test cancels as soon as it sees output, and on a loaded machine the step may not have
// reached a handler registered later (it then died of the signal instead of exiting 130).
if (process.env.FIXTURE_WAIT) {
  process.on('SIGINT', () => {
    core.saveState('cancelled', 'yes');
    process.exit(130);
  });
}

core.setSecret('s3cr3t-value');
core.startGroup('greeting');
core.info(`greeting=${core.getInput('greeting')}`);
core.endGroup();
core.setOutput('token-length', String(core.getInput('token').length));
core.setOutput('multi', 'line one\nline two');
core.setOutput('spaced', core.getInput('spaced input'));
core.exportVariable('EXPORTED', 'yes');
core.addPath('/opt/fixture/bin');
core.saveState('started', 'at-main');
core.error('broken thing: 50%, really', { file: 'src/a.ts', startLine: 3, endLine: 4, title: 'Bad: x,y' });
core.warning('careful');
await core.summary.addHeading('Fixture').addRaw('body').write();
if (process.env.FIXTURE_FAIL) core.setFailed('asked to fail');
if (process.env.FIXTURE_WAIT) await new Promise((r) => setTimeout(r, 60_000));

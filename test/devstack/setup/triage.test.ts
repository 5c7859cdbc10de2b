/** Pins `triageStackRun`'s complete verdict (success, headline, findings, tail) for every way a run can end. */
import { describe, expect, it } from '@jest/globals';

import { type TriageInput, triageStackRun } from '../../../src/devstack/setup/triage.js';
import type { StackOutcome } from '../../../src/devstack/stack/output.js';

function outcome(over: Partial<StackOutcome> = {}): StackOutcome {
  return {
    completed: false,
    errorOnExit: false,
    errors: [],
    warnings: [],
    bashErrors: [],
    rootRefused: false,
    phases: ['pre-install', 'install'],
    timing: {},
    tail: Array.from({ length: 25 }, (_, i) => `tail line ${i + 1}`),
    ...over,
  };
}

function input(o: Partial<StackOutcome>, over: Partial<TriageInput> = {}): TriageInput {
  return {
    outcome: outcome(o),
    exitCode: 1,
    timedOut: false,
    cancelled: false,
    timeoutMinutes: 60,
    localConfPath: '/opt/stack/devstack/local.conf',
    // local.conf line 1 came from the user's fragment, line 1 of user.conf
    origins: [{ file: 'user.conf', line: 1 }],
    skippedPlugins: [],
    devstackDir: '/opt/stack/devstack',
    ...over,
  };
}

const TRACE = { file: 'lib/neutron', line: 77, func: 'start_neutron', command: 'sudo systemctl start q-svc' };

const CASES: [string, TriageInput][] = [
  ['success', input({ completed: true, completedSeconds: 42 }, { exitCode: 0 })],
  ['completed line but exit 1', input({ completed: true, completedSeconds: 42 })],
  [
    'an [ERROR] with a call trace, and one without a line or message',
    input({
      errors: [
        {
          file: './stack.sh',
          line: 1234,
          message: 'Timed out',
          callTrace: [{ file: './stack.sh', line: 1234, func: 'die' }],
        },
        { file: 'lib/nova', message: '', callTrace: [] },
      ],
    }),
  ],
  [
    'a skipped plugin after a completed run',
    input({ completed: true, completedSeconds: 9 }, { exitCode: 0, skippedPlugins: ['kuryr-kubernetes'] }),
  ],
  ['a password prompt', input({ passwordPrompt: 'ENTER A PASSWORD TO USE FOR THE DATABASE.' })],
  ['an unknown password prompt', input({ passwordPrompt: 'ENTER SOMETHING.' })],
  ['distro and root refused', input({ distroRefused: 'f99', rootRefused: true })],
  [
    'a bash error',
    input({
      lastTrace: TRACE,
      bashErrors: [
        { file: 'lib/a', line: 1, message: 'x: command not found' },
        { file: 'lib/b', line: 2, message: 'y: command not found' },
      ],
    }),
  ],
  ['a last xtrace line, with stack.sh failed', input({ lastTrace: TRACE, stackFailed: 'exit code 1' })],
  ['a last xtrace line in main', input({ lastTrace: { ...TRACE, func: '' } }, { exitCode: null })],
  ['a timeout with nothing to locate', input({}, { timedOut: true, exitCode: null })],
  ['a cancellation', input({ lastTrace: TRACE }, { cancelled: true, exitCode: null })],
  ['no origin for the local.conf line', input({ rootRefused: true }, { origins: [] })],
];

describe('triageStackRun', () => {
  it.each(CASES)('classifies %s', (_name, t) => {
    expect(triageStackRun(t)).toMatchSnapshot();
  });

  it('moves a local.conf finding onto the user fragment line it came from', () => {
    const r = triageStackRun(input({ rootRefused: true }));
    expect(r.findings[0]).toMatchObject({ file: 'user.conf', line: 1, rule: 'root-refused' });
    expect(r.success).toBe(false);
  });
});

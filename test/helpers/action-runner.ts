/** The runner harness lives in sandbox/runner (the demo uses it too); tests import it from here. */
export * from '../../sandbox/runner/action-runner.js';

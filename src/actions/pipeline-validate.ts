/**
 * The root action's up-front check: every stage's settings are read from the root inputs before the first stage
 * starts, so a bad input of any stage (even one that a failure or the topology would skip) fails the step at once,
 * in one line naming the root input the user wrote, before anything is installed, created or published.
 */
import { readFragmentFile } from '../runtime/fragment-file.js';
import { loadSuites } from '../kube/suite.js';
import { ConfigurationError } from '../runtime/errors.js';
import { Inputs, recordInputSource, type InputSource } from '../runtime/inputs.js';
import { CONNECTIVITY, PUBLISH_RESULTS, SETUP_DEVSTACK, TRUNK_VM } from '../stages/definitions.js';
import { STAGE_INPUTS, STAGES, stageInputs, wiring, type Stage, type Topology } from './pipeline.js';

/** The root name of a stage input, or `undefined` when the root does not pass that input through. */
export function rootNameOf(stage: Stage, stageInput: string): string | undefined {
  return Object.entries(STAGE_INPUTS[stage]).find(([, own]) => own === stageInput)?.[0];
}

/**
 * A stage's ConfigurationError in the root action's words: `Input 'timeout-minutes'` of connectivity becomes
 * `Input 'connectivity-timeout-minutes'`, and the error's `input` is the root name. An error about an input the root
 * does not pass through (wired from another stage) keeps its words and says which stage it came from.
 */
export function inRootTerms(stage: Stage, err: ConfigurationError): ConfigurationError {
  const own = err.input;
  const root = own === undefined ? undefined : rootNameOf(stage, own);
  if (own === undefined || root === undefined) return err;
  if (root === own) return err;
  const quoted = `Input '${own}'`;
  const message = err.message.includes(quoted)
    ? err.message.split(quoted).join(`Input '${root}'`)
    : `${err.message} (root action input '${root}')`;
  return new ConfigurationError(message, root);
}

/** The first line of a (possibly multi-line) message, saying how many more lines there were. */
function oneLine(message: string): string {
  const lines = message.split('\n').filter((l) => l.trim() !== '');
  const first = lines[0] ?? message;
  return lines.length > 1 ? `${first} (and ${lines.length - 1} more line(s))` : first;
}

/** Placeholder for `vm-image` when trunk-vm will not run: its other inputs are still checked. */
const UNUSED_VM_IMAGE = 'unused-without-nested-topology';

/** Reads one stage's settings (and the files they name) exactly as the stage will, without running anything. */
function checkStage(stage: Stage, topology: Topology, root: InputSource, workspace: string): void {
  const values = stageInputs(stage, root, wiring(stage, topology, {}, root));
  const inputs = new Inputs(recordInputSource(values));
  const context = { workspace, env: process.env, beforeStack: true };
  switch (stage) {
    case 'setup-devstack': {
      const settings = SETUP_DEVSTACK.readSettings(inputs, context);
      if (settings.localConfFile) readFragmentFile(workspace, settings.localConfFile, 'local-conf-file');
      return;
    }
    case 'trunk-vm':
      // Without `topology: nested` trunk-vm never runs and `vm-image` is not needed; every other input still counts.
      if (topology !== 'nested' && values.image === undefined) values.image = UNUSED_VM_IMAGE;
      TRUNK_VM.readSettings(inputs, context);
      return;
    case 'connectivity':
      loadSuites(CONNECTIVITY.readSettings(inputs, context).suites, workspace);
      return;
    case 'publish-results':
      PUBLISH_RESULTS.readSettings(inputs, context);
      return;
  }
}

/**
 * Checks every stage's inputs, in pipeline order, before any stage runs.
 * @param topology the root's `topology`
 * @param root the root action's inputs
 * @param workspace where relative files (local-conf-file, suite files) are read from
 * @throws ConfigurationError with a one-line message naming the root input, for the first bad input found
 */
export function validatePipelineInputs(topology: Topology, root: InputSource, workspace: string): void {
  for (const stage of STAGES) {
    try {
      checkStage(stage, topology, root, workspace);
    } catch (err) {
      if (!(err instanceof ConfigurationError)) throw err;
      const named = inRootTerms(stage, err);
      throw new ConfigurationError(`${stage}: ${oneLine(named.message)}`, named.input);
    }
  }
}

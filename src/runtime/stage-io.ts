/**
 * What an action adapter reads and writes through the runner: inputs, outputs, the main→post state, and the
 * {@link StageContext} the pipeline hands it. Alone, an action uses the runner's own ({@link actionsStageIO});
 * inside the root action's pipeline each stage gets a view with its own inputs, its outputs collected, its state
 * keys namespaced so stages never collide, and the context as arguments (never through the environment).
 * Whether a stage failed is its returned {@link StageOutcome}, not a message: the caller decides what to fail.
 */
import * as core from '@actions/core';

import { resultsDir } from './action-io.js';
import { kdfEnv } from './env.js';
import { Inputs, actionsInputSource } from './inputs.js';

/** What a stage gets besides its inputs. */
export interface StageContext {
  /** Where the stage writes its results file. */
  resultsDir: string;
  /** The matrix leg its results are labelled with (unset: not labelled). */
  leg?: string;
  /** The clouds.yaml the openstack CLI reads (unset: the runner's `OS_CLIENT_CONFIG_FILE`, then its search path). */
  cloudsYaml?: string;
}

/** How a stage's main step ended: `failed` = a check failed, `error` = the stage could not do its job. */
export interface StageOutcome {
  status: 'passed' | 'failed' | 'error';
  /** One line: the job summary's, and the step's failure message unless passed. */
  headline: string;
}

/** The runner-facing side of one stage. */
export interface StageIO {
  inputs: Inputs;
  context: StageContext;
  setOutput(name: string, value: string): void;
  saveState(name: string, value: string): void;
  getState(name: string): string;
}

/** The context of a stage running as its own action: the defaults, from the runner's environment. */
export function actionsStageContext(env: NodeJS.ProcessEnv = process.env): StageContext {
  return { resultsDir: resultsDir(env), leg: kdfEnv('leg', env), cloudsYaml: env.OS_CLIENT_CONFIG_FILE };
}

/** The runner's own inputs, outputs and state (a stage running as its own action). */
export function actionsStageIO(): StageIO {
  return {
    inputs: new Inputs(actionsInputSource),
    context: actionsStageContext(),
    setOutput: (name, value) => core.setOutput(name, value),
    saveState: (name, value) => core.saveState(name, value),
    getState: (name) => core.getState(name),
  };
}

/** A pipeline stage's view: given inputs and context, outputs recorded, state under `<stage>.` keys. */
export class PipelineStageIO implements StageIO {
  readonly outputs: Record<string, string> = {};

  constructor(
    readonly stage: string,
    readonly inputs: Inputs,
    readonly context: StageContext,
    private readonly state: { save(name: string, value: string): void; get(name: string): string } = {
      save: (n, v) => core.saveState(n, v),
      get: (n) => core.getState(n),
    },
  ) {}

  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }

  saveState(name: string, value: string): void {
    this.state.save(`${this.stage}.${name}`, value);
  }

  getState(name: string): string {
    return this.state.get(`${this.stage}.${name}`);
  }
}

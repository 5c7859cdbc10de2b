/**
 * What an action adapter reads and writes through the runner: inputs, outputs, failure and the main→post state.
 * Alone, an action uses the runner's own ({@link actionsStageIO}); inside the root action's pipeline each stage gets
 * a view with its own inputs, its outputs collected, and its state keys namespaced so stages never collide.
 */
import * as core from '@actions/core';

import { Inputs, actionsInputSource } from './inputs.js';

/** The runner-facing side of one stage. */
export interface StageIO {
  inputs: Inputs;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  saveState(name: string, value: string): void;
  getState(name: string): string;
}

/** The runner's own inputs, outputs, failure and state (a stage running as its own action). */
export function actionsStageIO(): StageIO {
  return {
    inputs: new Inputs(actionsInputSource),
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (message) => core.setFailed(message),
    saveState: (name, value) => core.saveState(name, value),
    getState: (name) => core.getState(name),
  };
}

/** A pipeline stage's view: given inputs, outputs and failure recorded, state under `<stage>.` keys. */
export class PipelineStageIO implements StageIO {
  readonly outputs: Record<string, string> = {};
  failure: string | undefined;

  constructor(
    readonly stage: string,
    readonly inputs: Inputs,
    private readonly state: { save(name: string, value: string): void; get(name: string): string } = {
      save: (n, v) => core.saveState(n, v),
      get: (n) => core.getState(n),
    },
  ) {}

  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }

  setFailed(message: string): void {
    this.failure = message;
    core.error(`${this.stage}: ${message}`);
  }

  saveState(name: string, value: string): void {
    this.state.save(`${this.stage}.${name}`, value);
  }

  getState(name: string): string {
    return this.state.get(`${this.stage}.${name}`);
  }
}

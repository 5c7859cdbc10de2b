/**
 * The action side of the stage contract (src/stages/definitions.ts): every pipeline stage's adapter module, loaded
 * lazily. The actions bundle's registry (src/index.ts) and the root action's pipeline both take the adapters from
 * here, and decide failure on the adapter's returned {@link StageOutcome}, never on its message.
 */
import * as core from '@actions/core';

import type { PipelineStage } from '../results/model.js';
import type { StageIO, StageOutcome } from '../runtime/stage-io.js';

/** What every stage's adapter module (src/actions/<stage>.ts) exports. */
export interface StageAdapter {
  /** The main step: settings from `io.inputs`, the run, outputs and state through `io`; throws for bad inputs. */
  main(io?: StageIO): Promise<StageOutcome>;
  /** The post step (clean-up from the state main saved), if the stage has one. */
  post?(io?: StageIO): Promise<void>;
}

/** Stage name → lazy adapter module. */
export const ADAPTERS: { readonly [K in PipelineStage]: () => Promise<StageAdapter> } = {
  'setup-devstack': () => import('./setup-devstack.js'),
  'trunk-vm': () => import('./trunk-vm.js'),
  connectivity: () => import('./connectivity.js'),
  'publish-results': () => import('./publish-results.js'),
};

/** A stage run as its own action: the runner's IO, and the step fails with the headline unless the stage passed. */
export function standalone(adapter: StageAdapter): { main: () => Promise<void>; post?: () => Promise<void> } {
  const post = adapter.post;
  return {
    main: async () => {
      const outcome = await adapter.main();
      if (outcome.status !== 'passed') core.setFailed(outcome.headline);
    },
    ...(post ? { post: () => post() } : {}),
  };
}

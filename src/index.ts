/**
 * The actions bundle (`dist/index.js`). Each JS action's action.yml points at a tiny generated stub
 * (`dist/actions/<name>/<phase>.js`) that imports this module and calls `runAction(name, phase)`. One bundle keeps
 * the shared library loaded once and the committed dist/ small.
 */
import { PIPELINE_STAGES } from './results/model.js';
import { runWrapper } from './runtime/run-wrapper.js';

export type ActionPhase = 'main' | 'post';
type ActionModule = { main: () => Promise<void>; post?: () => Promise<void> };

/** Action name → lazy module: every pipeline stage (src/actions/stages.ts), and the pipeline itself. */
export const ACTIONS: Record<string, () => Promise<ActionModule>> = {
  ...Object.fromEntries(
    PIPELINE_STAGES.map((stage) => [
      stage,
      async (): Promise<ActionModule> => {
        const { ADAPTERS, standalone } = await import('./actions/stages.js');
        return standalone(await ADAPTERS[stage]());
      },
    ]),
  ),
  pipeline: () => import('./actions/pipeline.js'),
};

/** Runs one phase of one action inside the last-resort wrapper. */
export async function runAction(name: string, phase: ActionPhase): Promise<void> {
  await runWrapper(async () => {
    const load = ACTIONS[name];
    if (!load) throw new Error(`Unknown action '${name}'. Known: ${Object.keys(ACTIONS).join(', ') || '(none)'}.`);
    const mod = await load();
    const fn = phase === 'main' ? mod.main : mod.post;
    if (!fn) throw new Error(`Action '${name}' has no ${phase} phase.`);
    await fn();
  });
}

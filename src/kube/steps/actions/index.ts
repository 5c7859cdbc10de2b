// Registry of step actions (design F): the YAML key of a step -> its module. One line per action.
import type { StepAction } from '../types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const STEP_ACTIONS: Record<string, StepAction<any>> = {};

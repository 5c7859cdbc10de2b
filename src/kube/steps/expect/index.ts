// Registry of step expectations (design F): the key under a step's `expect` -> its module. One line per expectation.
import type { StepExpectation } from '../types.js';
import { reachability } from './reachability.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const STEP_EXPECTATIONS: Record<string, StepExpectation<any>> = {
  reachability,
};

/** The rule contract: static metadata plus a pure check over the shared analysis. */
import type { Analysis } from '../analysis.js';
import type { Draft, RuleInfo } from '../types.js';

export interface Rule extends RuleInfo {
  /** Pure and synchronous. Rules implemented outside the pure pass (LC301) return nothing here. */
  check(a: Analysis): Draft[];
}

/** The rule registry, ordered by id. Every rule listed here must have a failing and a passing test example. */
import type { RuleInfo } from '../types.js';
import { COMMAND_RULES } from './commands.js';
import { CREDENTIAL_RULES } from './credentials.js';
import { FILE_SPEC_RULES } from './file-spec.js';
import { HEADER_RULES } from './headers.js';
import { HOST_RULES } from './host.js';
import { INI_RULES } from './ini.js';
import { KURYR_DF_RULES } from './kuryr-df.js';
import { LOCALRC_SYNTAX_RULES } from './localrc.js';
import type { Rule } from './rule.js';
import { SERVICE_RULES } from './services.js';

export type { Rule } from './rule.js';

/** All rules, sorted by id. */
export const RULES: readonly Rule[] = [
  ...HEADER_RULES,
  ...FILE_SPEC_RULES,
  ...LOCALRC_SYNTAX_RULES,
  ...COMMAND_RULES,
  ...SERVICE_RULES,
  ...CREDENTIAL_RULES,
  ...INI_RULES,
  ...KURYR_DF_RULES,
  ...HOST_RULES,
].sort((x, y) => x.id.localeCompare(y.id));

/** Static rule metadata (id, name, default severity, summary), sorted by id. */
export const RULE_INFO: readonly RuleInfo[] = RULES.map(({ id, name, severity, summary }) => ({
  id,
  name,
  severity,
  summary,
}));

/** Looks a rule up by id (`LC403`) or name (`logfile-relative`). */
export function findRule(idOrName: string): Rule | undefined {
  return RULES.find((r) => r.id === idOrName || r.name === idOrName);
}

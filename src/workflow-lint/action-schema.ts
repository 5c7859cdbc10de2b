/**
 * Rule `action-schema`: action metadata (`action.yml`) against `schemas/action.schema.json`, written from GitHub's
 * documented metadata syntax. actionlint checks workflows only, so this is what catches a typo in `runs.using`, an
 * input without a description or a composite step with both `run` and `uses`. Errors point at the offending line.
 */
import ajvModule from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import schemaJson from '../../schemas/action.schema.json' with { type: 'json' };
import type { WorkflowFinding } from './finding.js';
import { nodeAt, nodePosition } from '../runtime/yaml-source.js';
import type { YamlSource } from '../runtime/yaml-source.js';

/** The rule id. */
export const ACTION_SCHEMA_RULE = 'action-schema';

// ajv is CommonJS: see src/results/validate.ts for why `.default ?? module` is right under Node, jest and ncc.
type AjvClass = typeof ajvModule.default;
const Ajv2020 = ((ajvModule as unknown as { default?: AjvClass }).default ?? ajvModule) as AjvClass;

let validate: ValidateFunction | undefined;

/** Compiles the schema once, on first use. */
function validator(): ValidateFunction {
  // strictRequired is off: the if/then and anyOf branches name properties declared by the enclosing schema;
  // allowUnionTypes: `if` and `continue-on-error` take a boolean or an expression string.
  validate ??= new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    logger: false,
  }).compile(schemaJson);
  return validate;
}

/** Splits a JSON pointer into keys and indexes. */
function pointerPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Turns one ajv error into a message that names the property. */
function describe(e: ErrorObject): { path: (string | number)[]; message: string } {
  const path = pointerPath(e.instancePath);
  const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(root)';
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'additionalProperties') {
    const name = String(p.additionalProperty);
    return { path: [...path, name], message: `${where}: unknown key "${name}"` };
  }
  if (e.keyword === 'required')
    return { path, message: `${where}: missing required key "${String(p.missingProperty)}"` };
  // The only `false` schemas are step keys that do not go with run: (uses, with) or with uses: (shell,
  // working-directory); the only anyOf is "a step has run: or uses:".
  if (e.keyword === 'false schema')
    return { path, message: `${where}: not allowed here (run: takes shell:, uses: takes with:)` };
  if (e.keyword === 'anyOf') return { path, message: `${where}: a step needs run: (with shell:) or uses:` };
  if (e.keyword === 'enum') {
    const allowed = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
    return { path, message: `${where}: must be one of ${allowed}` };
  }
  return { path, message: `${where}: ${e.message ?? e.keyword}` };
}

/**
 * Validates an action.yml against the action metadata schema.
 * @param src the parsed action.yml
 * @returns one finding per schema error (duplicates removed); the document must have parsed without errors
 */
export function checkActionSchema(src: YamlSource): WorkflowFinding[] {
  const check = validator();
  if (check(src.doc.toJS())) return [];
  const seen = new Set<string>();
  const findings: WorkflowFinding[] = [];
  for (const e of check.errors ?? []) {
    // An `if` wrapper repeats what its `then` branch already said.
    if (e.keyword === 'if') continue;
    const { path, message } = describe(e);
    const { node, key } = nodeAt(src, path);
    const at = e.keyword === 'additionalProperties' && key ? nodePosition(src, key) : nodePosition(src, node);
    const id = `${at.line}:${at.column}:${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    findings.push({ file: src.file, ...at, rule: ACTION_SCHEMA_RULE, message });
  }
  return findings;
}

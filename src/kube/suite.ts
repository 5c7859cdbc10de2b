/**
 * Connectivity suites: YAML files validated against `schemas/suite.schema.json` (ajv, draft 2020-12) with errors that
 * name `file:line`, built-ins in `suites/` found by name, `${variables}`, and the `filter` input (scenario names,
 * `tag:NAME`, `!` negation).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ajvModule from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import schemaJson from '../../schemas/suite.schema.json' with { type: 'json' };
import { parseDuration } from '../runtime/duration.js';
import { ConfigurationError } from '../runtime/errors.js';
import { visit, type Node } from 'yaml';
import { scenarioKind } from './scenarios/index.js';
import { STEP_ACTION_NAMES, STEP_EXPECTATION_NAMES } from './suite-objects.js';
import { referenceProblems } from './suite-refs.js';
import { readinessProblems } from './suite-probes.js';
import { nodeAt, nodePosition, parseYamlSource, position, type YamlSource } from '../runtime/yaml-source.js';
import type { SuiteNamespace, SuitePolicy, SuiteStep, SuiteWorkloadSpec } from './suite-objects.js';

/** The suite JSON Schema, as parsed JSON. */
export const suiteSchema: Readonly<Record<string, unknown>> = schemaJson;

/** The built-in suites (files `suites/<name>.yaml`). */
export const BUILTIN_SUITES = [
  'default-config',
  'basic',
  'udp',
  'nested',
  'external',
  'network-policy',
  'namespaces',
  'lifecycle',
  'services',
  'ports-pool',
  'nested-vm',
] as const;

export type ProbeOutcomeName = 'ok' | 'timeout' | 'refused' | 'http-error' | 'resolve' | 'any';
export type StateCheck =
  | 'pods-running'
  | 'pod-ips-in-subnet'
  | 'pod-ports-active'
  | 'loadbalancer-active'
  | 'loadbalancer-members'
  | 'trunk-subports'
  | 'network-exists'
  | 'subnet-exists'
  | 'security-group-exists'
  | 'api-loadbalancer';

export type { SuiteService } from './suite-objects.js';

/** A scenario as written in the suite (see the schema for the meaning of each field). */
export interface Scenario {
  name: string;
  description?: string;
  kind: 'state' | 'pod-to-pod' | 'pod-to-service' | 'pod-to-external' | 'steps' | 'dns';
  tags?: string[];
  check?: StateCheck;
  resource?: string;
  cidr?: string;
  protocol?: 'http' | 'tcp' | 'icmp' | 'udp';
  port?: number;
  from?: 'every-pod' | 'one-pod';
  to?: string;
  placement?: 'any' | 'same-node' | 'other-node';
  /** dns: how long the names may take to resolve (a duration, default 60s). */
  within?: string;
  expect?: {
    outcome?: ProbeOutcomeName;
    body?: string;
    everyBackend?: boolean;
    requestsPerBackend?: number;
  };
  repeat?: number;
  timeouts?: { connect?: string; max?: string };
  /** Kind steps: the actions and what must hold after each. */
  steps?: SuiteStep[];
}

/** A suite as written. */
export interface SuiteDocument {
  $schema?: string;
  name: string;
  description?: string;
  tags?: string[];
  modes?: ('baremetal' | 'nested')[];
  variables?: Record<string, string>;
  workload?: SuiteWorkloadSpec;
  /** Several workloads (never with `workload`). */
  workloads?: (SuiteWorkloadSpec & { name: string })[];
  /** Extra namespaces the run creates. */
  namespaces?: SuiteNamespace[];
  /** NetworkPolicies by name; `steps` scenarios apply them. */
  policies?: Record<string, SuitePolicy>;
  waits?: { deployment?: string; ports?: string; loadBalancer?: string; interval?: string };
  repeat?: number;
  scenarios: Scenario[];
}

/** A scenario with where it is written. */
export interface LocatedScenario extends Scenario {
  /** Repository-relative (or as given) path of the suite file. */
  file: string;
  line: number;
  endLine: number;
  /** Kind steps: the lines of each step. */
  stepLines?: { line: number; endLine: number }[];
}

/** A loaded, validated suite. */
export interface Suite extends Omit<SuiteDocument, 'scenarios'> {
  file: string;
  /** Line of `name:` (for suite-level findings). */
  line: number;
  scenarios: LocatedScenario[];
}

// Same CommonJS interop as src/results/validate.ts.
type AjvClass = typeof ajvModule.default;
const Ajv2020 = ((ajvModule as unknown as { default?: AjvClass }).default ?? ajvModule) as AjvClass;
let validator: ValidateFunction<SuiteDocument> | undefined;

function validate(): ValidateFunction<SuiteDocument> {
  validator ??= new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    logger: false,
  }).compile<SuiteDocument>(schemaJson);
  return validator;
}

/** The directory of the built-in suites: `suites/` at the package root (two levels above this file or the bundle). */
export function builtinSuitesDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, '..', '..', 'suites'), join(here, '..', 'suites'), join(here, 'suites')]) {
    if (existsSync(join(candidate, 'basic.yaml'))) return candidate;
  }
  return join(here, '..', '..', 'suites');
}

/** One problem of a suite file, at its line. */
export interface SuiteProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Thrown for an invalid suite: a ConfigurationError whose message lists every problem as `file:line:col: …`. */
export class SuiteError extends ConfigurationError {
  readonly problems: SuiteProblem[];

  constructor(problems: SuiteProblem[]) {
    super(
      problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n'),
      problems[0] ? `${problems[0].file}:${problems[0].line}` : undefined,
    );
    this.name = 'SuiteError';
    this.problems = problems;
  }
}

function pathOf(instancePath: string): (string | number)[] {
  return instancePath
    .split('/')
    .slice(1)
    .map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
}

/** A probe's or a probe port's `oneOf` (ajv reports a schema referenced twice relative to itself: `#/oneOf`). */
const PROBE_ONE_OF = /^#(\/\$defs\/probe)?\/oneOf$|^#\/\$defs\/probePort\/oneOf$/;
const HANDLERS = 'httpGet, tcpSocket, exec';

/** An error of one branch of a probe's `oneOf`: its own error names them all. */
function isProbeBranch(e: ErrorObject): boolean {
  const branch = /^(.*\/oneOf)\/\d+\//.exec(e.schemaPath)?.[1] ?? '';
  return PROBE_ONE_OF.test(branch) && /\/readinessProbe(\/(httpGet|tcpSocket)\/port)?$/.test(e.instancePath);
}

/** The message of a probe's or a probe port's `oneOf`, or undefined for another `oneOf`. */
function probeOneOfMessage(e: ErrorObject, where: string): string | undefined {
  if (!PROBE_ONE_OF.test(e.schemaPath)) return undefined;
  if (/\/readinessProbe$/.test(e.instancePath)) return `${where} must have exactly one of ${HANDLERS}`;
  if (/\/readinessProbe\/(httpGet|tcpSocket)\/port$/.test(e.instancePath))
    return `${where} must be a port number from 1 to 65535 or a port name`;
  return undefined;
}

function describeError(e: ErrorObject): { path: (string | number)[]; message: string } {
  const path = pathOf(e.instancePath);
  const where = e.instancePath === '' ? 'the suite' : `'${path.join('.')}'`;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      if (/^scenarios\.\d+\.steps\.\d+$/.test(path.join('.'))) {
        return {
          path: [...path, String(p.additionalProperty)],
          message: `${where} has an unknown action '${String(p.additionalProperty)}' (actions: ${STEP_ACTION_NAMES.join(', ')}; and expect)`,
        };
      }
      if (/^scenarios\.\d+\.steps\.\d+\.expect$/.test(path.join('.'))) {
        return {
          path: [...path, String(p.additionalProperty)],
          message: `${where} has an unknown expectation '${String(p.additionalProperty)}' (expectations: ${STEP_EXPECTATION_NAMES.join(', ')})`,
        };
      }
      return {
        path: [...path, String(p.additionalProperty)],
        message: `${where} has an unknown property '${String(p.additionalProperty)}'`,
      };
    case 'required':
      return { path, message: `${where} must have property '${String(p.missingProperty)}'` };
    case 'oneOf':
      return { path, message: probeOneOfMessage(e, where) ?? `${where} ${e.message ?? 'is invalid'}` };
    case 'enum':
      return { path, message: `${where} must be one of: ${(p.allowedValues as unknown[]).join(', ')}` };
    default:
      return { path, message: `${where} ${e.message ?? 'is invalid'}` };
  }
}

/**
 * Parses and validates one suite's text.
 * @param text the YAML
 * @param file the path to report (repository-relative when possible)
 * @throws SuiteError listing every syntax or schema problem with its line
 */
export function parseSuite(text: string, file: string): Suite {
  const src = parseYamlSource(text, file);
  if (src.doc.errors.length > 0) {
    throw new SuiteError(
      src.doc.errors.map((err) => ({
        file,
        ...position(src, err.pos[0]),
        message: `YAML syntax: ${err.message.split('\n')[0] ?? err.code}`,
      })),
    );
  }
  const data = toData(src);
  const check = validate();
  const problems: SuiteProblem[] = [];
  if (!check(data)) {
    // `if`/`then` wrappers repeat the real error, and the branches of a probe's `oneOf` only half-say what its own
    // error says: keep only errors that say something.
    const errors = (check.errors ?? []).filter((e) => e.keyword !== 'if' && !isProbeBranch(e));
    const seen = new Set<string>();
    for (const e of errors) {
      const { path, message } = describeError(e);
      const { node, key } = nodeAt(src, path);
      const at = nodePosition(src, e.keyword === 'additionalProperties' ? (key ?? node) : node);
      const id = `${at.line}:${message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      problems.push({ file, ...at, message });
    }
  } else {
    problems.push(...semanticProblems(src, data));
  }
  if (problems.length > 0) throw new SuiteError(problems.sort((a, b) => a.line - b.line || a.column - b.column));
  const doc = data as SuiteDocument;
  return {
    ...doc,
    file,
    line: nodePosition(src, nodeAt(src, ['name']).key).line,
    scenarios: doc.scenarios.map((s, i) => ({ ...s, file, ...scenarioLines(src, i), ...stepLines(src, i, s) })),
  };
}

/**
 * The document as plain data. `yaml` refuses aliases that expand too much (a "billion laughs" file) with a
 * ReferenceError: that is a problem of the suite file, at its first alias, not a crash.
 */
function toData(src: YamlSource): unknown {
  try {
    return src.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
  } catch (err) {
    if (!(err instanceof ReferenceError)) throw err;
    let alias: Node | undefined;
    visit(src.doc, {
      Alias: (_key, node) => {
        alias = node;
        return visit.BREAK;
      },
    });
    throw new SuiteError([
      {
        file: src.file,
        ...nodePosition(src, alias ?? null),
        message: `YAML aliases expand too much (${err.message}); write the scenarios out instead`,
      },
    ]);
  }
}

/** How many alias expansions a suite may use (yaml's default): plenty for sharing a few blocks. */
const MAX_ALIAS_COUNT = 100;

function scenarioLines(src: YamlSource, index: number): { line: number; endLine: number } {
  return linesOf(src, ['scenarios', index]);
}

/** Kind steps: the lines of each step (its case and finding point there). */
function stepLines(src: YamlSource, index: number, s: Scenario): Pick<LocatedScenario, 'stepLines'> {
  if (s.steps === undefined) return {};
  return { stepLines: s.steps.map((_, j) => linesOf(src, ['scenarios', index, 'steps', j])) };
}

function linesOf(src: YamlSource, path: (string | number)[]): { line: number; endLine: number } {
  const { node } = nodeAt(src, path);
  const start = nodePosition(src, node).line;
  const end = node?.range ? position(src, Math.max(node.range[0], node.range[1] - 1)).line : start;
  return { line: start, endLine: Math.max(start, end) };
}

/** Rules the schema cannot express: unique scenario names, parsable durations and regexes, and each kind's own. */
function semanticProblems(src: YamlSource, doc: SuiteDocument): SuiteProblem[] {
  const out: SuiteProblem[] = [];
  const at = (path: (string | number)[], message: string): void => {
    const { node } = nodeAt(src, path);
    out.push({ file: src.file, ...nodePosition(src, node), message });
  };
  const names = new Set<string>();
  for (const [k, v] of Object.entries(doc.waits ?? {})) {
    if (parseDuration(v) === undefined) at(['waits', k], `'waits.${k}' is not a duration: ${v}`);
  }
  const { workload } = doc;
  if (workload?.scaleFrom !== undefined && workload.replicas !== undefined && workload.scaleFrom > workload.replicas) {
    at(
      ['workload', 'scaleFrom'],
      `'workload.scaleFrom' (${workload.scaleFrom}) exceeds replicas (${workload.replicas})`,
    );
  }
  for (const p of referenceProblems(doc)) at(p.path, p.message);
  for (const p of readinessProblems(doc)) at(p.path, p.message);
  doc.scenarios.forEach((s, i) => {
    if (names.has(s.name)) at(['scenarios', i, 'name'], `scenario name '${s.name}' is used twice`);
    names.add(s.name);
    if (s.expect?.body !== undefined) {
      try {
        new RegExp(s.expect.body);
      } catch (err) {
        at(['scenarios', i, 'expect', 'body'], `'expect.body' is not a valid regex: ${(err as Error).message}`);
      }
    }
    // the rest is the kind's own (src/kube/scenarios/)
    for (const p of scenarioKind(s.kind)?.validate?.(s, doc) ?? []) at(['scenarios', i, ...p.path], p.message);
  });
  return out;
}

/**
 * Loads suites by built-in name or path (relative to `cwd`).
 * @param specs items of the `suites` input
 * @param cwd the workspace, for relative paths and repository-relative finding paths
 */
export function loadSuites(specs: readonly string[], cwd: string): Suite[] {
  const builtins = builtinSuitesDir();
  return specs.map((spec) => {
    const builtin = (BUILTIN_SUITES as readonly string[]).includes(spec);
    const abs = builtin ? join(builtins, `${spec}.yaml`) : isAbsolute(spec) ? spec : resolve(cwd, spec);
    const rel = relative(cwd, abs);
    const display = builtin ? `suites/${spec}.yaml` : rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
    if (!existsSync(abs) && looksLikePath(spec)) {
      // meant as a file: report it at that file (its annotation names it), not at the workflow's input
      throw new SuiteError([
        {
          file: display.split('\\').join('/'),
          line: 1,
          column: 1,
          message: `suite file '${spec}' does not exist (suites are read relative to the workspace)`,
        },
      ]);
    }
    if (!existsSync(abs)) {
      throw new ConfigurationError(
        `Input 'suites': '${spec}' is neither a built-in suite (${BUILTIN_SUITES.join(', ')}) nor an existing file.`,
        'suites',
      );
    }
    const file = display.split('\\').join('/');
    let text: string;
    try {
      text = readFileSync(abs, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? String(err);
      throw new SuiteError([{ file, line: 1, column: 1, message: `cannot read the suite file (${code})` }]);
    }
    return parseSuite(text, file);
  });
}

/** A `suites` item that names a file rather than a built-in suite: it has a directory or a YAML extension. */
const looksLikePath = (spec: string): boolean => /[/\\]/.test(spec) || /\.ya?ml$/i.test(spec);

/**
 * Keeps the scenarios the filter selects. Items: a scenario name, `suite/scenario`, `tag:NAME`, or any of those
 * prefixed with `!` to exclude. Without positive items every scenario is selected before exclusions apply.
 */
export function filterScenarios(suite: Suite, filter: readonly string[]): Suite {
  if (filter.length === 0) return suite;
  const positive = filter.filter((f) => !f.startsWith('!'));
  const negative = filter.filter((f) => f.startsWith('!')).map((f) => f.slice(1));
  const hit = (s: LocatedScenario, item: string): boolean => {
    if (item.startsWith('tag:')) {
      const tag = item.slice(4);
      return (s.tags ?? []).includes(tag) || (suite.tags ?? []).includes(tag);
    }
    return item === s.name || item === `${suite.name}/${s.name}` || item === suite.name;
  };
  return {
    ...suite,
    scenarios: suite.scenarios.filter(
      (s) => (positive.length === 0 || positive.some((f) => hit(s, f))) && !negative.some((f) => hit(s, f)),
    ),
  };
}

/**
 * Validation of results documents against `schemas/results.schema.json` (ajv, draft 2020-12) plus the rules JSON
 * Schema cannot express (unique case ids, `endLine >= line`).
 *
 * The schema is imported as a JSON module: tsc (NodeNext), ts-jest, tsx and ncc all understand
 * `with { type: 'json' }`, ncc inlines it into the bundle, and nothing depends on the working directory.
 */
import ajvModule from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import schemaJson from '../../schemas/results.schema.json' with { type: 'json' };
import { ConfigurationError } from '../runtime/errors.js';
import type { Finding, ResultsDocument, TestCase } from './model.js';

/** The results JSON Schema, as parsed JSON. */
export const resultsSchema: Readonly<Record<string, unknown>> = schemaJson;

/** How many problems an error message lists before it says "and N more". */
export const MAX_LISTED_ERRORS = 10;

// ajv and ajv-formats are CommonJS with `module.exports = fn` and `exports.default = fn`. Under NodeNext, TypeScript
// types the default import as the whole module (so `.default` is the class); Node and jest hand us module.exports (the
// class itself, whose `.default` is the class again), while webpack/ncc hands us `exports.default`. `.default ?? x`
// is right in every case.
type AjvClass = typeof ajvModule.default;
type AddFormats = typeof formatsModule.default;
const Ajv2020 = ((ajvModule as unknown as { default?: AjvClass }).default ?? ajvModule) as AjvClass;
const addFormats = ((formatsModule as unknown as { default?: AddFormats }).default ?? formatsModule) as AddFormats;

interface Validators {
  document: ValidateFunction<ResultsDocument>;
  testCase: ValidateFunction<TestCase>;
  finding: ValidateFunction<Finding>;
}

let validators: Validators | undefined;

/** Compiles the schema once, on first use (about 20 ms we do not want to pay at import time). */
function getValidators(): Validators {
  if (validators) return validators;
  const ajv = new Ajv2020({ allErrors: true, strict: true, logger: false });
  addFormats(ajv);
  ajv.addSchema(schemaJson);
  const id = schemaJson.$id;
  const get = <T>(ref: string): ValidateFunction<T> => {
    const fn = ajv.getSchema<T>(ref);
    if (!fn) throw new Error(`results schema: cannot resolve ${ref}`);
    return fn;
  };
  validators = {
    document: get<ResultsDocument>(id),
    testCase: get<TestCase>(`${id}#/$defs/case`),
    finding: get<Finding>(`${id}#/$defs/finding`),
  };
  return validators;
}

function describeAjvError(e: ErrorObject): string {
  const where = e.instancePath || '/';
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return `${where} must NOT have additional property ${JSON.stringify(p.additionalProperty)}`;
    case 'enum':
      return `${where} ${e.message ?? 'is invalid'}: ${(p.allowedValues as unknown[]).join(', ')}`;
    case 'const':
      return `${where} ${e.message ?? 'is invalid'} ${JSON.stringify(p.allowedValue)}`;
    default:
      return `${where} ${e.message ?? 'is invalid'}`;
  }
}

function checkLines(problems: string[], path: string, obj: { line?: number; endLine?: number } | undefined): void {
  if (obj?.line !== undefined && obj.endLine !== undefined && obj.endLine < obj.line) {
    problems.push(`${path}/endLine must be >= line (${obj.line})`);
  }
}

/** Rules the schema cannot express; only run on schema-valid documents. */
function semanticProblems(doc: ResultsDocument): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  doc.cases.forEach((c, i) => {
    const first = seen.get(c.id);
    if (first !== undefined)
      problems.push(`/cases/${i}/id duplicates case id ${JSON.stringify(c.id)} of /cases/${first}`);
    else seen.set(c.id, i);
    checkLines(problems, `/cases/${i}/location`, c.location);
  });
  doc.findings.forEach((f, i) => checkLines(problems, `/findings/${i}`, f));
  return problems;
}

function collect<T>(fn: ValidateFunction<T>, value: unknown, source: string, extra?: (v: T) => string[]): string[] {
  const problems = fn(value) ? (extra?.(value) ?? []) : [...new Set((fn.errors ?? []).map(describeAjvError))];
  return problems.map((p) => `${source}: ${p}`);
}

function fail(source: string, what: string, problems: string[]): never {
  const listed = problems.slice(0, MAX_LISTED_ERRORS);
  const more = problems.length - listed.length;
  const lines = [
    `${source}: invalid ${what} (${problems.length} problem${problems.length === 1 ? '' : 's'})`,
    ...listed,
  ];
  if (more > 0) lines.push(`${source}: ... and ${more} more`);
  throw new ConfigurationError(lines.join('\n'), source);
}

/**
 * Every problem with `value` as a results document, each formatted `<source>: <instancePath> <message>`.
 * Empty when the document is valid.
 */
export function resultsProblems(value: unknown, source = 'results'): string[] {
  return collect(getValidators().document, value, source, semanticProblems);
}

/**
 * Checks that `value` is a valid results document and returns it typed.
 * @param source file name (or other label) that prefixes every problem in the error message
 * @throws ConfigurationError listing up to {@link MAX_LISTED_ERRORS} problems as `<source>: <instancePath> <message>`
 */
export function validateResults(value: unknown, source = 'results'): ResultsDocument {
  const problems = resultsProblems(value, source);
  if (problems.length > 0) fail(source, 'results document', problems);
  return value as ResultsDocument;
}

/**
 * Checks one case against the schema (paths are relative to the case).
 * @throws ConfigurationError as {@link validateResults}
 */
export function validateCase(value: unknown, source = 'case'): TestCase {
  const problems = collect<TestCase>(getValidators().testCase, value, source, (c) => {
    const p: string[] = [];
    checkLines(p, '/location', c.location);
    return p;
  });
  if (problems.length > 0) fail(source, 'test case', problems);
  return value as TestCase;
}

/**
 * Checks one finding against the schema (paths are relative to the finding).
 * @throws ConfigurationError as {@link validateResults}
 */
export function validateFinding(value: unknown, source = 'finding'): Finding {
  const problems = collect<Finding>(getValidators().finding, value, source, (f) => {
    const p: string[] = [];
    checkLines(p, '', f);
    return p;
  });
  if (problems.length > 0) fail(source, 'finding', problems);
  return value as Finding;
}

import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CASE_STATUSES,
  FINDING_LEVELS,
  KNOWN_STAGES,
  RESULTS_SCHEMA_ID,
  RUN_STATUSES,
  STAGE_PATTERN,
  TOOL_NAME,
  resultsProblems,
  resultsSchema,
  validateCase,
  validateFinding,
  validateResults,
} from '../../src/results/index.js';
import { ConfigurationError } from '../../src/runtime/errors.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../__fixtures__/results/${name}`, import.meta.url));
const load = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(fixture(name), 'utf8')) as Record<string, unknown>;

// These tests write deliberately invalid documents, so edits go through an untyped view of the JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Untyped = any;

/** A deep copy of the full example, edited by `edit`. */
function fullWith(edit: (doc: Untyped) => void): unknown {
  const doc = load('full.json');
  edit(doc);
  return doc;
}

/** The ConfigurationError message `validateResults` throws for `value`. */
function errorOf(value: unknown, source = 'results.json'): ConfigurationError {
  try {
    validateResults(value, source);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigurationError);
    return err as ConfigurationError;
  }
  throw new Error('expected validateResults to throw');
}

type Json = Record<string, Untyped>; // schema nodes, read loosely
const defs = (resultsSchema as Json).$defs as Json;

describe('results schema', () => {
  it('is the file on disk, with the public $id the model exports', () => {
    const onDisk = JSON.parse(
      readFileSync(fileURLToPath(new URL('../../schemas/results.schema.json', import.meta.url)), 'utf8'),
    ) as Json;
    expect(resultsSchema).toEqual(onDisk);
    expect(onDisk.$id).toBe(RESULTS_SCHEMA_ID);
    expect(onDisk.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('accepts the full example and returns it typed', () => {
    const doc = validateResults(load('full.json'), 'full.json');
    expect(doc.cases).toHaveLength(4);
    expect(doc.findings.map((f) => f.level)).toEqual(['warning', 'notice']);
    expect(doc.run.github?.runId).toBe(12345678901);
  });

  it('accepts the minimal example', () => {
    expect(resultsProblems(load('minimal.json'))).toEqual([]);
    expect(validateResults(load('minimal.json')).run.stage).toBe('lint');
  });

  it('rejects a wrong case status and lists the allowed values', () => {
    const err = errorOf(
      fullWith((d) => {
        d.cases[1].status = 'broken';
      }),
    );
    expect(err.message).toContain(
      'results.json: /cases/1/status must be equal to one of the allowed values: passed, failed, error, skipped, flaky',
    );
    expect(err.input).toBe('results.json');
  });

  it('rejects line 0 and non-integer lines', () => {
    const err = errorOf(
      fullWith((d) => {
        d.findings[0].line = 0;
        d.cases[1].location.line = 1.5;
      }),
      'out/lint.json',
    );
    expect(err.message).toContain('out/lint.json: /findings/0/line must be >= 1');
    expect(err.message).toContain('out/lint.json: /cases/1/location/line must be integer');
  });

  it('rejects a finding without title, naming the file and the path', () => {
    const err = errorOf(
      fullWith((d) => {
        delete d.findings[1].title;
      }),
      '/tmp/x/results.json',
    );
    expect(err.message).toContain("/tmp/x/results.json: /findings/1 must have required property 'title'");
  });

  it.each([
    ['root', (d: Untyped) => (d.extraField = 1), '/ must NOT have additional property "extraField"'],
    ['run', (d: Untyped) => (d.run.stge = 'lint'), '/run must NOT have additional property "stge"'],
    ['github', (d: Untyped) => (d.run.github.sah = 'x'), '/run/github must NOT have additional property "sah"'],
    ['case', (d: Untyped) => (d.cases[0].duration = 1), '/cases/0 must NOT have additional property "duration"'],
    [
      'location',
      (d: Untyped) => (d.cases[1].location.col = 1),
      '/cases/1/location must NOT have additional property "col"',
    ],
    ['evidence', (d: Untyped) => (d.cases[1].evidence[0].mime = 'x'), '/cases/1/evidence/0 must NOT have additional'],
    ['finding', (d: Untyped) => (d.findings[0].severity = 'high'), '/findings/0 must NOT have additional property'],
  ])('rejects an unknown property on %s', (_where, edit, expected) => {
    expect(errorOf(fullWith(edit)).message).toContain(`results.json: ${expected}`);
  });

  it('keeps escape hatches open: run.extra and evidence.data take anything', () => {
    const doc = fullWith((d) => {
      d.run.extra = { nested: { deeply: [1, 'two', null, { x: true }] } };
      d.cases[1].evidence[0].data = [null, 'anything', { with: { unknown: 'keys' } }];
      d.cases[1].evidence[1].data = null;
    });
    expect(resultsProblems(doc)).toEqual([]);
  });

  it('rejects bad stages, versions, timestamps and foreign tools', () => {
    const err = errorOf(
      fullWith((d) => {
        d.schemaVersion = 2;
        d.run.tool = 'other';
        d.run.stage = 'Setup_DevStack';
        d.run.startedAt = 'yesterday';
        d.run.github.sha = 'HEAD';
      }),
    );
    expect(err.message).toContain('results.json: /schemaVersion must be equal to constant 1');
    expect(err.message).toContain('results.json: /run/tool must be equal to constant "kuryr-dragonflow-actions"');
    expect(err.message).toContain('results.json: /run/stage must match pattern');
    expect(err.message).toContain('results.json: /run/startedAt must match format "date-time"');
    expect(err.message).toContain('results.json: /run/github/sha must match pattern');
  });

  it('rejects duplicate case ids and inverted line ranges, which JSON Schema cannot express', () => {
    const err = errorOf(
      fullWith((d) => {
        d.cases[3].id = d.cases[0].id;
        d.findings[0].endLine = 11;
        d.cases[1].location.endLine = 41;
      }),
    );
    expect(err.message).toContain(
      'results.json: /cases/3/id duplicates case id "connectivity/pod-to-pod/same-node" of /cases/0',
    );
    expect(err.message).toContain('results.json: /findings/0/endLine must be >= line (12)');
    expect(err.message).toContain('results.json: /cases/1/location/endLine must be >= line (42)');
  });

  it('lists at most 10 problems and counts the rest', () => {
    const doc = fullWith((d) => {
      d.findings = Array.from({ length: 15 }, () => ({
        file: 'a',
        line: 0,
        level: 'notice',
        title: 't',
        message: 'm',
      }));
    });
    const err = errorOf(doc, 'many.json');
    const lines = err.message.split('\n');
    expect(lines[0]).toBe('many.json: invalid results document (15 problems)');
    expect(lines.filter((l) => l.includes('must be >= 1'))).toHaveLength(10);
    expect(lines.at(-1)).toBe('many.json: ... and 5 more');
  });

  it('rejects things that are not results documents at all', () => {
    expect(errorOf([]).message).toContain('results.json: / must be object');
    expect(errorOf(null).message).toContain('results.json: / must be object');
    expect(errorOf({}).message).toContain("results.json: / must have required property 'run'");
  });

  it('validates single cases and findings with paths relative to them', () => {
    expect(validateCase({ id: 'a', name: 'a', suite: 's', status: 'passed' }).id).toBe('a');
    expect(() => validateCase({ id: '', name: 'a', suite: 's', status: 'ok' }, 'c')).toThrow(
      /c: \/id must NOT have fewer than 1 characters[\s\S]*c: \/status must be equal to one of the allowed values/,
    );
    expect(() =>
      validateFinding({ file: 'f', line: 3, endLine: 2, level: 'notice', title: 't', message: 'm' }, 'f1'),
    ).toThrow('f1: /endLine must be >= line (3)');
  });

  it('has enums equal to the TypeScript constants', () => {
    expect(defs.case.properties.status.enum).toEqual([...CASE_STATUSES]);
    expect(defs.finding.properties.level.enum).toEqual([...FINDING_LEVELS]);
    expect(defs.run.properties.status.enum).toEqual([...RUN_STATUSES]);
    expect(defs.run.properties.tool.const).toBe(TOOL_NAME);
    expect(defs.run.properties.stage.pattern).toBe(STAGE_PATTERN.source);
    expect(defs.run.properties.stage.examples).toEqual([...KNOWN_STAGES]);
    for (const stage of KNOWN_STAGES) expect(STAGE_PATTERN.test(stage)).toBe(true);
  });

  it('gives every property a title and a description (editor help), directly or through its $ref', () => {
    const missing: string[] = [];
    const resolveRef = (ref: string): Json => defs[ref.replace('#/$defs/', '')] as Json;
    const visit = (node: Json, path: string): void => {
      for (const [name, prop] of Object.entries((node.properties ?? {}) as Record<string, Json>)) {
        const target = typeof prop.$ref === 'string' && Object.keys(prop).length === 1 ? resolveRef(prop.$ref) : prop;
        if (typeof target.title !== 'string' || typeof target.description !== 'string') missing.push(`${path}.${name}`);
      }
    };
    visit(resultsSchema as Json, 'root');
    for (const [name, def] of Object.entries(defs)) visit(def as Json, name);
    expect(missing).toEqual([]);
    // And core objects reject typos.
    for (const name of ['run', 'github', 'location', 'evidence', 'case', 'finding']) {
      expect([name, defs[name].additionalProperties]).toEqual([name, false]);
    }
    expect((resultsSchema as Json).additionalProperties).toBe(false);
  });
});

/**
 * Types ↔ schema agreement. The arbitraries are typed from the TypeScript model so that `tsc` fails if a property is
 * added to or removed from a type without updating them; the tests then check that the same property names (and
 * required names) are in the schema, and that every generated document validates and survives a write/read round trip.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CASE_STATUSES,
  FINDING_LEVELS,
  KNOWN_STAGES,
  RUN_STATUSES,
  SCHEMA_VERSION,
  TOOL_NAME,
  ResultsWriter,
  readResults,
  resultsProblems,
  resultsSchema,
  writeResults,
  type Evidence,
  type Finding,
  type GitHubContext,
  type Location,
  type ResultsDocument,
  type RunMetadata,
  type TestCase,
} from '../../src/results/index.js';

/** One arbitrary per property of `T`, optional ones included: a missing or extra key is a compile error. */
type Model<T> = { [K in keyof T]-?: fc.Arbitrary<Exclude<T[K], undefined>> };
/** Keys of `T` that are not optional. */
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
/** Accepts a key list only if it names every key of `K` (compile error otherwise). */
const allOf =
  <K extends string>() =>
  <const A extends readonly K[]>(keys: A & ([K] extends [A[number]] ? unknown : never)): readonly string[] =>
    keys;

interface Spec<T> {
  model: Model<T>;
  required: readonly string[];
  def: string | null; // schema $defs entry (null = root)
}

function recordOf<T>(spec: Spec<T>): fc.Arbitrary<T> {
  return fc.record(spec.model as Record<string, fc.Arbitrary<unknown>>, {
    requiredKeys: [...spec.required],
  }) as unknown as fc.Arbitrary<T>;
}

// JSON.stringify(-0) is "0": normalize so generated values are exactly what JSON can carry.
const jsonData = fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as unknown);
const text = fc.string({ unit: 'binary', maxLength: 40 });
const nonEmpty = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 });
const dateTime = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const lineNo = fc.integer({ min: 1, max: 100_000 });
const word = fc.stringMatching(/^[A-Za-z0-9._-]{1,12}$/);

/** Schema-only rule: endLine must not be before line. */
function orderLines<T extends { line?: number; endLine?: number }>(o: T): T {
  if (o.line !== undefined && o.endLine !== undefined && o.endLine < o.line) {
    return { ...o, line: o.endLine, endLine: o.line };
  }
  return o;
}

const githubSpec: Spec<GitHubContext> = {
  def: 'github',
  model: {
    repository: fc.tuple(word, word).map(([o, n]) => `${o}/${n}`),
    sha: fc.oneof(fc.stringMatching(/^[0-9a-f]{40}$/), fc.stringMatching(/^[0-9a-f]{64}$/)),
    runId: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    runAttempt: fc.integer({ min: 1, max: 50 }),
    job: nonEmpty,
    workflow: nonEmpty,
    ref: nonEmpty,
    serverUrl: fc.webUrl(),
    eventName: nonEmpty,
  },
  required: allOf<RequiredKeys<GitHubContext>>()(['repository', 'sha', 'runId']),
};

const runSpec: Spec<RunMetadata> = {
  def: 'run',
  model: {
    tool: fc.constant(TOOL_NAME),
    toolVersion: nonEmpty,
    stage: fc.oneof(fc.constantFrom(...KNOWN_STAGES), fc.stringMatching(/^[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,5}){0,3}$/)),
    startedAt: dateTime,
    finishedAt: dateTime,
    status: fc.constantFrom(...RUN_STATUSES),
    profile: nonEmpty,
    release: nonEmpty,
    distro: nonEmpty,
    runner: nonEmpty,
    host: nonEmpty,
    github: recordOf(githubSpec),
    extra: fc.dictionary(fc.string(), jsonData, { maxKeys: 4 }),
  },
  required: allOf<RequiredKeys<RunMetadata>>()(['tool', 'toolVersion', 'stage', 'startedAt']),
};

const locationSpec: Spec<Location> = {
  def: 'location',
  model: { file: nonEmpty, line: lineNo, endLine: lineNo },
  required: allOf<RequiredKeys<Location>>()(['file']),
};

const evidenceSpec: Spec<Evidence> = {
  def: 'evidence',
  model: { kind: nonEmpty, title: text, data: jsonData },
  required: allOf<RequiredKeys<Evidence>>()(['kind', 'data']),
};

const caseSpec: Spec<TestCase> = {
  def: 'case',
  model: {
    id: nonEmpty,
    name: nonEmpty,
    suite: nonEmpty,
    status: fc.constantFrom(...CASE_STATUSES),
    durationMs: fc.double({ min: 0, max: 1e9, noNaN: true }).map((n) => n + 0),
    message: text,
    details: text,
    location: recordOf(locationSpec).map(orderLines),
    attempts: fc.integer({ min: 1, max: 10 }),
    evidence: fc.array(recordOf(evidenceSpec), { maxLength: 3 }),
    tags: fc.array(nonEmpty, { maxLength: 3 }),
  },
  required: allOf<RequiredKeys<TestCase>>()(['id', 'name', 'suite', 'status']),
};

const findingSpec: Spec<Finding> = {
  def: 'finding',
  model: {
    file: nonEmpty,
    line: lineNo,
    endLine: lineNo,
    column: fc.integer({ min: 1, max: 500 }),
    endColumn: fc.integer({ min: 1, max: 500 }),
    level: fc.constantFrom(...FINDING_LEVELS),
    title: nonEmpty,
    message: nonEmpty,
    details: text,
    rule: nonEmpty,
    caseId: nonEmpty,
  },
  required: allOf<RequiredKeys<Finding>>()(['file', 'line', 'level', 'title', 'message']),
};

const documentSpec: Spec<ResultsDocument> = {
  def: null,
  model: {
    $schema: fc.webUrl(),
    schemaVersion: fc.constant(SCHEMA_VERSION),
    run: recordOf(runSpec),
    cases: fc.uniqueArray(recordOf(caseSpec), { selector: (c) => c.id, maxLength: 6 }),
    findings: fc.array(recordOf(findingSpec).map(orderLines), { maxLength: 6 }),
  },
  required: allOf<RequiredKeys<ResultsDocument>>()(['schemaVersion', 'run', 'cases', 'findings']),
};

const documentArb = recordOf(documentSpec);

type Json = Record<string, unknown>;
const schemaNode = (def: string | null): Json =>
  def === null ? (resultsSchema as Json) : ((resultsSchema.$defs as Json)[def] as Json);

describe('TypeScript model ↔ JSON schema', () => {
  const specs: { def: string | null; model: object; required: readonly string[] }[] = [
    githubSpec,
    runSpec,
    locationSpec,
    evidenceSpec,
    caseSpec,
    findingSpec,
    documentSpec,
  ];
  it.each(specs.map((spec) => ({ name: spec.def ?? 'the document', spec })))(
    'has the same property names and required names for $name',
    ({ spec }) => {
      const node = schemaNode(spec.def);
      expect(Object.keys(spec.model).sort()).toEqual(Object.keys(node.properties as Json).sort());
      expect([...spec.required].sort()).toEqual([...(node.required as string[])].sort());
    },
  );

  it('accepts every document generated from the types', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        expect(resultsProblems(doc, 'generated')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects a generated document once any core object gets an unknown property', () => {
    const coreObjects = (doc: ResultsDocument): Json[] => [
      doc as unknown as Json,
      doc.run as unknown as Json,
      ...(doc.run.github ? [doc.run.github as unknown as Json] : []),
      ...doc.cases.flatMap((c) => [
        c as unknown as Json,
        ...(c.location ? [c.location as unknown as Json] : []),
        ...(c.evidence ?? []).map((e) => e as unknown as Json),
      ]),
      ...doc.findings.map((f) => f as unknown as Json),
    ];
    fc.assert(
      fc.property(documentArb, fc.nat(), fc.stringMatching(/^[a-z]{1,8}$/), (doc, pick, key) => {
        const targets = coreObjects(doc);
        const target = targets[pick % targets.length]!;
        fc.pre(!(`x${key}` in target));
        target[`x${key}`] = 1;
        const problems = resultsProblems(doc, 'mutated');
        expect(problems.some((p) => p.includes(`must NOT have additional property "x${key}"`))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('write → read round trip', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kdf-results-prop-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writeResults then readResults gives a deep-equal document', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(documentArb, async (doc) => {
        const path = join(dir, `whole-${n++}.json`);
        await writeResults(path, doc);
        expect(await readResults(path)).toEqual(doc);
      }),
      { numRuns: 60 },
    );
  });

  it('ResultsWriter appends then readResults gives the same cases, findings and run', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(documentArb, async (doc) => {
        const path = join(dir, `appended-${n++}.json`);
        const writer = await ResultsWriter.open(path, doc.run);
        await writer.addCases(doc.cases);
        await writer.addFindings(doc.findings);
        const read = await readResults(path);
        expect(read.run).toEqual({ status: 'running', ...doc.run }); // open() defaults the status
        expect(read.cases).toEqual(doc.cases);
        expect(read.findings).toEqual(doc.findings);
        expect(writer.document).toEqual(read);
      }),
      { numRuns: 40 },
    );
  });
});

/** Fixture paths and small readers shared by the publish-results tests. */
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../helpers/paths.js';
import { parseJUnit } from '../../../src/results/junit/parse.js';
import type { TestCase } from '../../../src/results/model.js';
import { parseSubunit } from '../../../src/results/subunit/cases.js';

export const FIXTURES = join(REPO_ROOT, 'test', '__fixtures__', 'publish');
export const fixture = (...p: string[]): string => join(FIXTURES, ...p);

/** Bytes of a file as a stream of `chunk`-byte pieces (1 = byte by byte). */
export async function* chunked(bytes: Uint8Array, chunk: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
}

/** Every case of a JUnit file. */
export async function junitCases(file: string, chunk?: number): Promise<TestCase[]> {
  const cases: TestCase[] = [];
  const source = chunk ? chunked(readFileSync(file), chunk) : createReadStream(file);
  await parseJUnit(source, (c) => cases.push(c), { source: file });
  return cases;
}

/** Every case of a subunit file. */
export async function subunitCases(file: string, chunk?: number): Promise<TestCase[]> {
  const cases: TestCase[] = [];
  const source = chunk ? chunked(readFileSync(file), chunk) : createReadStream(file);
  await parseSubunit(source, (c) => cases.push(c), { source: file });
  return cases;
}

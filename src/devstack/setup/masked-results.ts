/**
 * setup-devstack's last-line guard: everything it reports (results JSON, findings that become annotations, the
 * headline and the stack.sh tail of the job summary) passes through the masker, so a password that slipped into a
 * message (a lint fix, an error, stack.sh's own output) is `***` there too. Annotations and results files are not
 * masked by GitHub, and results are uploaded as artifacts.
 */
import type { FinalStatus, Finding, ResultsDocument, TestCase } from '../../results/model.js';
import type { ResultsWriter } from '../../results/writer.js';
import type { SecretMasker } from '../../runtime/secrets.js';

/** A copy of `value` with every string in it (at any depth) masked. Only plain data (JSON-like) is walked. */
export function maskDeep<T>(value: T, masker: SecretMasker): T {
  if (typeof value === 'string') return masker.mask(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => maskDeep(v, masker)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, masker)])) as T;
  }
  return value;
}

/** The part of ResultsWriter setup-devstack writes through. */
export interface GuardedResults {
  addCase(testCase: TestCase): Promise<void>;
  addFindings(findings: readonly Finding[]): Promise<void>;
  finish(status?: FinalStatus): Promise<ResultsDocument>;
}

/** Wraps `writer` so every case and finding is masked before it reaches the results file. */
export function guardResults(writer: ResultsWriter, masker: SecretMasker): GuardedResults {
  return {
    addCase: (c) => writer.addCase(maskDeep(c, masker)),
    addFindings: (fs) => writer.addFindings(fs.map((f) => maskDeep(f, masker))),
    finish: (status) => writer.finish(status),
  };
}

/**
 * `kdf publish` hands the connectivity sections to publish-results for each run (no process-wide registry): the
 * summary of a results file with reachability and load-balancer evidence carries both tables, and a second publish
 * in the same process starts from empty tables.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { main } from '../../src/cli/main.js';
import { createResultsDocument } from '../../src/results/model.js';
import { writeResults } from '../../src/results/writer.js';
import { LB_EVIDENCE } from '../__fixtures__/connectivity/evidence.js';

async function publish(cwd: string, results: string, out: string): Promise<string> {
  let stderr = '';
  const status = await main(['publish', '--results', results, '--dry-run', '--out', out, '--commit', 'a'.repeat(40)], {
    stdout: { write: () => true },
    stderr: { write: (c: string) => (stderr += c) },
    cwd,
    env: { GITHUB_REPOSITORY: 'o/r' },
  });
  expect({ status, stderr }).toMatchObject({ status: 1 });
  return readFileSync(join(cwd, out, 'summary.md'), 'utf8');
}

describe('kdf publish summary sections', () => {
  it('renders the reachability matrix and the load-balancer table from the evidence, fresh for every run', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'kdf-publish-sections-'));
    const doc = createResultsDocument({ toolVersion: '0.1.0', stage: 'connectivity', status: 'failed' });
    doc.run.finishedAt = doc.run.startedAt;
    doc.cases.push({
      id: 'pods/a-to-b',
      name: 'a to b',
      suite: 'pods',
      status: 'failed',
      message: 'timeout',
      evidence: [
        {
          kind: 'reachability',
          data: [{ from: 'a', to: 'b', protocol: 'http/8080', expected: 'ok', observed: 'timeout', passed: false }],
        },
        LB_EVIDENCE,
      ],
    });
    await writeResults(join(cwd, 'r.json'), doc);
    const first = await publish(cwd, 'r.json', 'out1');
    expect(first).toContain('| a | ❌ timeout (want ok) |');
    expect(first).toContain('| ns/demo | 10.0.0.130 | ACTIVE | ONLINE |');
    // the same process again: one load balancer and one pair, not two (the sections are not shared between runs)
    const second = await publish(cwd, 'r.json', 'out2');
    expect(second.match(/\| ns\/demo \| 10\.0\.0\.130 \|/g)).toHaveLength(1);
    expect(second.match(/❌ timeout \(want ok\)/g)).toHaveLength(1);
  });
});

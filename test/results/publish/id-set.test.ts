/** FingerprintSet (the collector's memory-flat set of dropped failure ids) behaves like a Set of strings. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';

import { ResultsCollector } from '../../../src/results/publish/collector.js';
import { FingerprintSet } from '../../../src/results/publish/id-set.js';

describe('FingerprintSet', () => {
  it('answers add/has/delete exactly like a Set, through growth and tombstones', () => {
    const op = fc.tuple(fc.constantFrom('add', 'delete', 'has'), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        const model = new Set<string>();
        const set = new FingerprintSet(16);
        for (const [kind, s] of ops) {
          if (kind === 'add') {
            set.add(s);
            model.add(s);
          } else if (kind === 'delete') {
            expect(set.delete(s)).toBe(model.delete(s));
          } else {
            expect(set.has(s)).toBe(model.has(s));
          }
          expect(set.size).toBe(model.size);
        }
        for (const s of model) expect(set.has(s)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('holds 200 000 ids, tells them from 200 000 others, and deletes them', () => {
    const set = new FingerprintSet();
    for (let i = 0; i < 200_000; i++) set.add(`0\0tempest.api.network.test_ports.PortsTest.test_${i}`);
    expect(set.size).toBe(200_000);
    let wrong = 0;
    for (let i = 0; i < 200_000; i++) {
      if (!set.has(`0\0tempest.api.network.test_ports.PortsTest.test_${i}`)) wrong++;
      if (set.has(`1\0tempest.api.network.test_ports.PortsTest.test_${i}`)) wrong++;
    }
    expect(wrong).toBe(0);
    for (let i = 0; i < 200_000; i += 2) set.delete(`0\0tempest.api.network.test_ports.PortsTest.test_${i}`);
    expect(set.size).toBe(100_000);
    expect(set.has('0\0tempest.api.network.test_ports.PortsTest.test_2')).toBe(false);
    expect(set.has('0\0tempest.api.network.test_ports.PortsTest.test_3')).toBe(true);
  });
});

describe('ResultsCollector beyond its limit', () => {
  it('still recognises the retry of a failure it only counted as flaky', () => {
    const c = new ResultsCollector({ keepFailures: 10 });
    const f = c.addFile({ display: 'r.xml', abs: '/r.xml', format: 'junit' });
    for (let i = 0; i < 5000; i++) c.addCase({ id: `t${i}`, name: `t${i}`, suite: 's', status: 'failed' }, f);
    for (let i = 0; i < 5000; i += 2) c.addCase({ id: `t${i}`, name: `t${i}`, suite: 's', status: 'passed' }, f);
    c.addCase({ id: 'new', name: 'new', suite: 's', status: 'passed' }, f);
    expect(c.totals).toMatchObject({ total: 5001, failed: 2500, flaky: 2500, passed: 1 });
    expect(c.failures).toHaveLength(5);
    // failures kept + failures only counted = failed; a counted failure that passed on a retry is no longer one
    expect(c.failures.length + c.dropped.failures).toBe(c.totals.failed);
  });
});

/**
 * The kube clusters the e2e files make share Kuryr's k8s-service-subnet (10.0.0.128/26) with the sandbox's cluster
 * `kdf`, which lives for the whole `.ci/run` and hands out ClusterIPs from 10.0.0.128/27, lowest free first. A
 * load balancer's VIP is its service's ClusterIP, so a file whose range overlapped kdf's could be handed a VIP a kdf
 * service held (with sixteen kdf services alive, kuryr-nested's load balancer never came up). Every range
 * an e2e file passes must sit in the subnet's upper half, and the small ranges must not overlap one another (the
 * cluster group runs its files one after another, but a load balancer may outlive its cluster for a moment).
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { REPO_ROOT } from '../helpers/paths.js';

const E2E = join(REPO_ROOT, 'test', 'e2e');
const KDF_RANGE = '10.0.0.128/27';
const SERVICE_SUBNET = '10.0.0.128/26';

/** [first, last] address of an IPv4 CIDR as numbers. */
function span(cidr: string): [number, number] {
  const [ip = '', bits = '32'] = cidr.split('/');
  const n = ip.split('.').reduce((a, o) => a * 256 + Number(o), 0);
  const size = 2 ** (32 - Number(bits));
  return [n, n + size - 1];
}

const overlap = (a: string, b: string): boolean => {
  const [a0, a1] = span(a);
  const [b0, b1] = span(b);
  return a0 <= b1 && b0 <= a1;
};

/** Each e2e file's service ranges: `--service-cluster-ip-range` arguments and `serviceRange:` options. */
function ranges(): { file: string; range: string }[] {
  const out: { file: string; range: string }[] = [];
  for (const file of readdirSync(E2E).filter((f) => f.endsWith('.test.ts'))) {
    const text = readFileSync(join(E2E, file), 'utf8');
    const re = /(?:'--service-cluster-ip-range',\s*|serviceRange:\s*)'([\d./]+)'/g;
    for (const m of text.matchAll(re)) out.push({ file, range: m[1] ?? '' });
  }
  return out;
}

describe("e2e clusters' service ranges", () => {
  it('finds the ranges the nested and policy files pass', () => {
    const files = ranges().map((r) => r.file);
    expect(files).toEqual(
      expect.arrayContaining(['kuryr-nested.test.ts', 'connectivity-nested.test.ts', 'kuryr-emulator.test.ts']),
    );
  });

  it("lie in k8s-service-subnet's upper half, outside the range of cluster kdf", () => {
    const bad = ranges().filter((r) => overlap(r.range, KDF_RANGE) || !overlap(r.range, SERVICE_SUBNET));
    expect(bad).toEqual([]);
    for (const r of ranges()) expect(span(r.range)[1]).toBeLessThanOrEqual(span(SERVICE_SUBNET)[1]);
  });

  it('do not overlap one another, but for the namespace-driver cluster that takes the whole upper half', () => {
    const small = ranges().filter((r) => Number(r.range.split('/')[1]) > 27);
    const clashes = small.flatMap((a, i) =>
      small
        .slice(i + 1)
        .flatMap((b) => (overlap(a.range, b.range) ? [`${a.file} ${a.range} / ${b.file} ${b.range}`] : [])),
    );
    expect(clashes).toEqual([]);
  });

  it('the overlap check itself: adjacent ranges apart, nested ones together', () => {
    expect(overlap('10.0.0.160/30', '10.0.0.164/30')).toBe(false);
    expect(overlap('10.0.0.144/29', KDF_RANGE)).toBe(true);
    expect(overlap('10.0.0.176/29', '10.0.0.160/27')).toBe(true);
  });
});

/**
 * Summary sections for publish-results (and the action's own job summary): a reachability matrix (expected vs
 * observed per source/target pair) and a load-balancer table. Both are built from the evidence the connectivity stage
 * attaches to its cases (kinds `reachability` and `loadbalancer`), so they work on any merged results.
 */
import type { TestCase } from '../results/model.js';
import { cell } from '../results/publish/summary/markdown.js';
import { legOf } from '../results/publish/summary/matrix.js';
import type { SummarySection } from '../results/publish/summary/renderer.js';
import { truncateUtf8, utf8Length } from '../results/publish/utf8.js';

/** One cell of the matrix, as stored in `reachability` evidence. */
export interface ReachabilityCell {
  from: string;
  to: string;
  protocol: string;
  expected: string;
  observed: string;
  passed: boolean;
  /** The matrix leg the cell was observed in (publish-results over several legs' results). */
  leg?: string;
}

/** One row of the LB table, as stored in `loadbalancer` evidence. */
export interface LoadBalancerRow {
  name: string;
  vip: string;
  provisioning: string;
  operating: string;
  listeners: string[];
  members: number;
  expectedMembers?: number;
  convergenceMs?: number;
  /** The matrix leg the load balancer was checked in. */
  leg?: string;
}

/** A table cell: escaped, on one line (names and pods come from the suite, legs from the results). */
const esc = cell;

/** Markdown of the reachability matrix: one row per source, one column per target, `✅`/`❌` with what was observed. */
export function renderMatrix(cells: readonly ReachabilityCell[], maxBytes: number): string {
  if (cells.length === 0) return '';
  const head = '#### Reachability (expected vs observed)';
  const groups = new Map<string, ReachabilityCell[]>();
  // one table per leg and protocol: pods of different legs never meet in one table
  for (const c of cells) {
    const key = c.leg === undefined ? c.protocol : `${c.leg} · ${c.protocol}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const parts = [head];
  for (const [title, list] of groups) {
    const rows = [...new Set(list.map((c) => c.from))].sort();
    const cols = [...new Set(list.map((c) => c.to))].sort();
    parts.push(`\n**${esc(title)}**\n`);
    parts.push(`| from \\ to | ${cols.map(esc).join(' | ')} |`, `| --- |${cols.map(() => ' :-: |').join('')}`);
    for (const r of rows) {
      const cellsOf = cols.map((col) => {
        const c = list.find((x) => x.from === r && x.to === col);
        if (!c) return '·';
        return c.passed ? '✅' : `❌ ${esc(c.observed)} (want ${esc(c.expected)})`;
      });
      parts.push(`| ${esc(r)} | ${cellsOf.join(' | ')} |`);
    }
  }
  const text = parts.join('\n');
  if (utf8Length(text) <= maxBytes) return text;
  const failed = cells.filter((c) => !c.passed);
  const short = [
    head,
    '',
    `${cells.length - failed.length}/${cells.length} pairs as expected. Failing pairs:`,
    ...failed.map(
      (c) =>
        `- ${c.leg === undefined ? '' : `${esc(c.leg)}: `}${esc(c.from)} → ${esc(c.to)} (${esc(c.protocol)}): ${esc(c.observed)}, want ${esc(c.expected)}`,
    ),
  ].join('\n');
  return truncateUtf8(short, maxBytes);
}

/** Markdown of the load-balancer table. */
export function renderLoadBalancers(rows: readonly LoadBalancerRow[], maxBytes: number): string {
  if (rows.length === 0) return '';
  const legs = rows.some((r) => r.leg !== undefined);
  const lines = [
    '#### Load balancers',
    '',
    `|${legs ? ' leg |' : ''} load balancer | VIP | provisioning | operating | listeners | members | converged in |`,
    `|${legs ? ' --- |' : ''} --- | --- | --- | --- | --- | --- | --- |`,
    ...rows.map(
      (r) =>
        `|${legs ? ` ${esc(r.leg ?? '')} |` : ''} ${esc(r.name)} | ${esc(r.vip)} | ${esc(r.provisioning)} | ${esc(r.operating)} | ${r.listeners.map(esc).join('<br>')} | ${r.members}${r.expectedMembers === undefined ? '' : `/${r.expectedMembers}`} | ${r.convergenceMs === undefined ? '' : `${(r.convergenceMs / 1000).toFixed(1)} s`} |`,
    ),
  ];
  return truncateUtf8(lines.join('\n'), maxBytes);
}

/** Collects the cells and rows from cases (what the observers do while results stream in). */
export class ConnectivityEvidence {
  readonly cells: ReachabilityCell[] = [];
  readonly loadBalancers: LoadBalancerRow[] = [];

  /** Takes the `reachability` and `loadbalancer` evidence of one case, observed in `leg` if given. */
  observe(c: TestCase, leg?: string): void {
    const tag = <T extends object>(x: T): T => (leg === undefined ? x : { ...x, leg });
    for (const e of c.evidence ?? []) {
      if (e.kind === 'reachability' && Array.isArray(e.data)) {
        this.cells.push(...(e.data as ReachabilityCell[]).map(tag));
      }
      if (e.kind === 'loadbalancer' && e.data !== null && typeof e.data === 'object') {
        this.loadBalancers.push(tag(e.data as LoadBalancerRow));
      }
    }
  }
}

/** The two sections for one publish run (`PublishPorts.sections`), sharing one observer state. */
export function connectivitySections(): SummarySection[] {
  const seen = new ConnectivityEvidence();
  return [
    {
      id: 'connectivity-reachability',
      order: 25,
      observer: { observe: (c, file) => seen.observe(c, legOf(file)) },
      minimal: () => {
        const failed = seen.cells.filter((c) => !c.passed).length;
        return seen.cells.length === 0
          ? ''
          : `#### Reachability\n${seen.cells.length - failed}/${seen.cells.length} pairs as expected`;
      },
      render: (_ctx, max) => renderMatrix(seen.cells, max),
    },
    {
      id: 'connectivity-loadbalancers',
      order: 26,
      minimal: () =>
        seen.loadBalancers.length === 0 ? '' : `#### Load balancers\n${seen.loadBalancers.length} checked`,
      render: (_ctx, max) => renderLoadBalancers(seen.loadBalancers, max),
    },
  ];
}

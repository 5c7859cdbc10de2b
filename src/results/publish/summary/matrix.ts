/**
 * The matrix section: one row per leg of a matrix (a distro × topology job, named by the `leg` every results
 * document carries in `run.extra.leg`), one column per stage, each cell the stage's status in that leg. A reviewer
 * sees at a glance which leg failed where, before reading any annotation. Documents without a leg are left out;
 * when no document has one the section is empty.
 *
 * A stage the root action skipped has no document of its own: the pipeline's document (stage `pipeline`) records it
 * as a skipped case named after the stage, which this section observes.
 */
import type { CaseStatus, RunStatus } from '../../model.js';
import type { SourceFile } from '../collector.js';
import { table } from './markdown.js';
import type { SummarySection } from './renderer.js';

/** Stages in pipeline order; other stages follow in the order first seen. */
const STAGE_ORDER = ['lint', 'plan', 'setup-devstack', 'trunk-vm', 'connectivity'];
/** Documents that describe the run itself rather than one stage of it. */
const NOT_A_COLUMN = new Set(['pipeline', 'publish-results']);

type CellStatus = RunStatus | 'skipped';

const CELL: Record<CellStatus, string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  error: '❌ error',
  running: '⚠️ unfinished',
  skipped: '⏭️ skipped',
};

/** Worst first: a leg with two documents for one stage shows the worse. */
const RANK: Record<CellStatus, number> = { error: 0, failed: 1, running: 2, passed: 3, skipped: 4 };

/** The leg a document belongs to (`run.extra.leg`), if any. */
export function legOf(file: Pick<SourceFile, 'run'>): string | undefined {
  const leg = file.run?.extra?.leg;
  return typeof leg === 'string' && leg.trim() !== '' ? leg.trim() : undefined;
}

interface Leg {
  cells: Map<string, CellStatus>;
  cases: number;
}

/** The matrix section (order 35: after failures and flaky cases, before the stages table). */
export function matrixSection(): SummarySection {
  const skipped = new Map<string, Set<string>>();
  return {
    id: 'matrix',
    order: 35,
    priority: 4,
    minimal: () => '',
    observer: {
      observe(c: { id: string; status: CaseStatus }, file: SourceFile): void {
        const leg = legOf(file);
        if (leg === undefined || file.run?.stage !== 'pipeline' || c.status !== 'skipped') return;
        const set = skipped.get(leg) ?? new Set<string>();
        set.add(c.id);
        skipped.set(leg, set);
      },
    },
    render: (ctx) => {
      const legs = new Map<string, Leg>();
      const stages: string[] = [];
      const legFor = (name: string): Leg => {
        let leg = legs.get(name);
        if (!leg) legs.set(name, (leg = { cells: new Map(), cases: 0 }));
        return leg;
      };
      const addStage = (stage: string): void => {
        if (!stages.includes(stage)) stages.push(stage);
      };
      for (const f of ctx.collector.files) {
        const name = legOf(f);
        if (name === undefined || !f.run) continue;
        const leg = legFor(name);
        if (NOT_A_COLUMN.has(f.run.stage)) continue;
        addStage(f.run.stage);
        leg.cases += f.cases;
        const status: CellStatus = f.run.status ?? 'running';
        const before = leg.cells.get(f.run.stage);
        if (before === undefined || RANK[status] < RANK[before]) leg.cells.set(f.run.stage, status);
      }
      for (const [name, ids] of skipped) {
        const leg = legFor(name);
        for (const stage of ids) {
          if (NOT_A_COLUMN.has(stage)) continue;
          addStage(stage);
          if (!leg.cells.has(stage)) leg.cells.set(stage, 'skipped');
        }
      }
      if (legs.size === 0) return '';
      const known = (s: string): number => (STAGE_ORDER.includes(s) ? STAGE_ORDER.indexOf(s) : STAGE_ORDER.length);
      const columns = stages
        .map((s, i) => ({ s, i }))
        .sort((a, b) => known(a.s) - known(b.s) || a.i - b.i)
        .map((x) => x.s);
      const rows = [...legs].map(([name, leg]) => [
        name,
        ...columns.map((s) => {
          const status = leg.cells.get(s);
          return status === undefined ? '—' : CELL[status];
        }),
        String(leg.cases),
      ]);
      return `#### Matrix\n${table(['leg', ...columns, 'cases'], rows)}`;
    },
  };
}

import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ResultsCollector } from '../../../src/results/publish/collector.js';
import { readResultsFiles } from '../../../src/results/publish/read.js';
import { legOf, matrixSection } from '../../../src/results/publish/summary/matrix.js';
import { SummaryRenderer, type SummaryContext } from '../../../src/results/publish/summary/renderer.js';
import { defaultSections } from '../../../src/results/publish/summary/sections.js';
import { LEG_ENV, ResultsWriter } from '../../../src/results/writer.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  delete process.env[LEG_ENV];
});

/** Writes one stage's document for a leg with real ResultsWriter calls; returns its path. */
async function stageDoc(
  dir: string,
  leg: string | undefined,
  stage: string,
  cases: Array<['passed' | 'failed' | 'skipped', string]>,
  status?: 'passed' | 'failed' | 'error',
): Promise<string> {
  const path = join(dir, `${(leg ?? 'none').replace('/', '-')}-${stage}.json`);
  const w = await ResultsWriter.open(path, { toolVersion: '1.0.0', stage }, { leg });
  for (const [s, id] of cases) await w.addCase({ id, name: id, suite: stage, status: s });
  if (status !== 'error') await w.finish(status);
  else await w.finish('error');
  return path;
}

async function render(files: string[], sections = [matrixSection()]): Promise<string> {
  const renderer = new SummaryRenderer(sections);
  const collector = new ResultsCollector({ observers: renderer.observers() });
  await readResultsFiles(files, collector, { root: '/' });
  const ctx: SummaryContext = {
    name: 'kuryr-dragonflow',
    target: 'check-run',
    totals: collector.totals,
    collector,
    annotations: { entries: [], dropped: 0 } as unknown as SummaryContext['annotations'],
    conclusion: 'failure',
    notes: [],
  };
  return renderer.render(ctx, 65535).trim();
}

describe('the Matrix summary section', () => {
  it('one row per leg, one column per stage in pipeline order, skipped stages from the pipeline document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kdf-matrix-'));
    dirs.push(dir);
    const files = [
      await stageDoc(dir, 'ubuntu-18.04/baremetal', 'connectivity', [
        ['passed', 'a'],
        ['passed', 'b'],
      ]),
      await stageDoc(dir, 'ubuntu-18.04/baremetal', 'setup-devstack', [['passed', 's']]),
      await stageDoc(dir, 'ubuntu-18.04/nested', 'setup-devstack', [['passed', 's']]),
      await stageDoc(dir, 'ubuntu-18.04/nested', 'trunk-vm', [['passed', 'up']]),
      await stageDoc(dir, 'ubuntu-18.04/nested', 'connectivity', [['failed', 'x']]),
      await stageDoc(dir, 'fedora-31/baremetal', 'setup-devstack', [['failed', 's']]),
      await stageDoc(
        dir,
        'fedora-31/baremetal',
        'pipeline',
        [
          ['failed', 'setup-devstack'],
          ['skipped', 'connectivity'],
        ],
        'failed',
      ),
      await stageDoc(dir, undefined, 'lint', [['passed', 'l']]),
    ];
    const out = await render(files);
    expect(out.split('\n')).toEqual([
      '#### Matrix',
      '| leg | setup-devstack | trunk-vm | connectivity | cases |',
      '| --- | --- | --- | --- | --- |',
      '| ubuntu-18.04/baremetal | ✅ passed | — | ✅ passed | 3 |',
      '| ubuntu-18.04/nested | ✅ passed | ✅ passed | ❌ failed | 3 |',
      '| fedora-31/baremetal | ❌ failed | — | ⏭️ skipped | 1 |',
    ]);
  });

  it('the worse of two documents for one stage wins; an unfinished document says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kdf-matrix-'));
    dirs.push(dir);
    const passed = await stageDoc(dir, 'a', 'connectivity', [['passed', 'p']]);
    const errored = join(dir, 'a-connectivity-2.json');
    const w = await ResultsWriter.open(errored, { toolVersion: '1', stage: 'connectivity' }, { leg: 'a' });
    await w.finish('error');
    const running = join(dir, 'b-setup.json');
    await ResultsWriter.open(running, { toolVersion: '1', stage: 'setup-devstack' }, { leg: 'b' });
    const out = await render([passed, errored, running]);
    // the reader counts a case for an errored or unfinished document without cases
    expect(out).toContain('| a | — | ❌ error | 2 |');
    expect(out).toContain('| b | ⚠️ unfinished | — | 1 |');
  });

  it('is absent without legs, and escapes a hostile leg name; the default sections include it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kdf-matrix-'));
    dirs.push(dir);
    const plain = await stageDoc(dir, undefined, 'connectivity', [['passed', 'p']]);
    expect(await render([plain])).toBe('');
    const hostile = await stageDoc(dir, '<b>x</b>|y', 'connectivity', [['passed', 'p']]);
    const out = await render([hostile], defaultSections());
    expect(out).toContain('| &lt;b&gt;x&lt;/b&gt;\\|y | ✅ passed | 1 |');
    // the stages table gets a leg column too
    expect(out).toContain('| leg | stage | status | profile | release | distro | cases |');
    expect(out).toContain('| &lt;b&gt;x&lt;/b&gt;\\|y | connectivity | passed |');
  });

  it('ResultsWriter labels documents with $KDF_LEG unless the run names its own leg', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kdf-matrix-'));
    dirs.push(dir);
    process.env[LEG_ENV] = ' fedora-31/nested ';
    const a = join(dir, 'a.json');
    await (await ResultsWriter.open(a, { toolVersion: '1', stage: 'trunk-vm' })).finish();
    const b = join(dir, 'b.json');
    await (await ResultsWriter.open(b, { toolVersion: '1', stage: 'trunk-vm', extra: { leg: 'own' } })).finish();
    const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as { run: { extra?: { leg?: string } } };
    expect(read(a).run.extra?.leg).toBe('fedora-31/nested');
    expect(read(b).run.extra?.leg).toBe('own');
    expect(legOf({ run: read(a).run as never })).toBe('fedora-31/nested');
    delete process.env[LEG_ENV];
    const c = join(dir, 'c.json');
    await (await ResultsWriter.open(c, { toolVersion: '1', stage: 'trunk-vm' })).finish();
    expect(read(c).run.extra).toBeUndefined();
  });
});

/**
 * `npm run bench`: runs every `bench/*.bench.ts` (or those whose name contains an argument) one after another and
 * prints their reports. Each bench module exports `default async function (): Promise<BenchReport>`; figures are
 * ratios against a baseline measured in the same run, so they mean the same on any machine.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchRow {
  name: string;
  /** The measured value and its unit (e.g. ms, MB/s, MB). */
  value: number;
  unit: string;
  /** value / baseline, when a baseline applies. */
  ratio?: number;
  note?: string;
}

export interface BenchReport {
  title: string;
  baseline: string;
  rows: BenchRow[];
}

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<BenchReport> };
  const report = await mod.default();
  console.log(`\n## ${report.title}\nbaseline: ${report.baseline}\n`);
  console.log('| measurement | value | ratio to baseline | note |\n| --- | --- | --- | --- |');
  for (const r of report.rows) {
    const ratio = r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`;
    console.log(`| ${r.name} | ${r.value.toFixed(r.value < 10 ? 3 : 1)} ${r.unit} | ${ratio} | ${r.note ?? ''} |`);
  }
}
if (files.length === 0) console.log(`no bench/*.bench.ts matched ${filters.join(' ')}`);

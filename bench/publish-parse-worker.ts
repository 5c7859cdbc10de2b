/**
 * Child process of bench/publish-parse.bench.ts: parses one JUnit file one way and prints
 * `{"cases":…,"failed":…,"ms":…,"maxRssMB":…}` (or `{"error":…}`), so each parser's peak RSS is its own.
 *
 *   node --import tsx bench/publish-parse-worker.ts stream FILE   # publish-results' reader (saxes, streaming)
 *   node --import tsx bench/publish-parse-worker.ts whole  FILE   # read whole file, build a document tree, walk it
 */
import { readFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { ResultsCollector } from '../src/results/publish/collector.js';
import { readResultsFile } from '../src/results/publish/read.js';

interface Node {
  name: string;
  attributes: Record<string, string>;
  children: Node[];
  text: string;
}

/** The whole-document way (xml2js/xml-js style, as common reporter actions do): all of it in memory at once. */
function parseWhole(file: string): { cases: number; failed: number } {
  const text = readFileSync(file, 'utf8');
  const parser = new SaxesParser();
  const root: Node = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: Node[] = [root];
  parser.on('opentag', (t) => {
    const node: Node = { name: t.name, attributes: t.attributes as Record<string, string>, children: [], text: '' };
    stack[stack.length - 1]?.children.push(node);
    stack.push(node);
  });
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(text).close();
  let cases = 0;
  let failed = 0;
  const walk = (n: Node): void => {
    if (n.name === 'testcase') {
      cases++;
      if (n.children.some((c) => c.name === 'failure' || c.name === 'error')) failed++;
    }
    n.children.forEach(walk);
  };
  walk(root);
  return { cases, failed };
}

async function parseStream(file: string): Promise<{ cases: number; failed: number }> {
  const collector = new ResultsCollector({ keepFailures: 200 });
  const f = await readResultsFile(file, collector, { root: '/' });
  if (f.problem) throw new Error(f.problem);
  return { cases: collector.totals.total, failed: collector.totals.failed };
}

const [mode, file] = process.argv.slice(2);
const started = performance.now();
try {
  if (!file || (mode !== 'stream' && mode !== 'whole')) throw new Error('usage: stream|whole FILE');
  const r = mode === 'stream' ? await parseStream(file) : parseWhole(file);
  const ms = performance.now() - started;
  console.log(JSON.stringify({ ...r, ms, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
} catch (err) {
  console.log(
    JSON.stringify({
      error: err instanceof Error ? err.message : String(err),
      ms: performance.now() - started,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

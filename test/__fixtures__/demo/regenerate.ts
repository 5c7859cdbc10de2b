/**
 * Rewrites summary.md.txt and check-run.json in this folder from a fresh demo run (see demo-run.ts):
 * `npx tsx test/__fixtures__/demo/regenerate.ts`. Not run by CI: the outputs are committed. The summary is stored
 * as .txt so that `prettier --write .` leaves the renderer's Markdown exactly as it was written.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';

import { generateDemoRun } from './demo-run.js';

const here = dirname(fileURLToPath(import.meta.url));
const { summaryMarkdown, checkRun } = await generateDemoRun();
writeFileSync(join(here, 'summary.md.txt'), summaryMarkdown);
writeFileSync(join(here, 'check-run.json'), await format(JSON.stringify(checkRun), { parser: 'json' }));
console.log(`wrote ${join(here, 'summary.md.txt')} and ${join(here, 'check-run.json')}`);

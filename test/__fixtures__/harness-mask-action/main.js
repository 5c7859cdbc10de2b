// Uses the real @actions/core: the harness must treat what it writes as the runner does.
import * as core from '@actions/core';

core.info('before: early-s3cret is not masked yet');
core.setSecret('early-s3cret');
core.info('after: early-s3cret is masked');
process.stderr.write('stderr: early-s3cret too\n');
// A multi-line value registered whole (the %0A form): the runner masks per line, so its lines are NOT masked.
core.setSecret('KEYLINE-ONE-whole\nKEYLINE-TWO-whole');
core.info('whole-registered line: KEYLINE-ONE-whole');
// Registered line by line (what CoreLogger.addSecret does): masked.
core.setSecret('KEYLINE-THREE-split');
core.info('split-registered line: KEYLINE-THREE-split');
core.warning('annotation with early-s3cret');
// A line written in two chunks must be masked as a whole line.
process.stdout.write('chunked: early-');
await new Promise((r) => setTimeout(r, 50));
process.stdout.write('s3cret end\n');

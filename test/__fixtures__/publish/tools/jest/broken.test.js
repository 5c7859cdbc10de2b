// A test file that fails to load: jest-junit reports it as a suite-level error.
/* global require, test */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS test file for jest-junit, on purpose broken */
require('./does-not-exist');
test('never runs', () => {});

/* global module */
module.exports = {
  testEnvironment: 'node',
  reporters: [
    [
      'jest-junit',
      {
        outputDirectory: '.',
        outputName: 'jest-junit.xml',
        addFileAttribute: 'true',
        includeConsoleOutput: 'true',
        reportTestSuiteErrors: 'true',
      },
    ],
  ],
};

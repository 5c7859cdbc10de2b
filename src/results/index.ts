/** The results format every stage writes and publish-results reads. */
export * from './model.js';
export * from './validate.js';
export * from './writer.js';

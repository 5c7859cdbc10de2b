/** The GitHub Checks API stub for tests and benchmarks (127.0.0.1 only). */
export * from './server.js';
export { OpenApiValidator } from './validator.js';

/** publish-results: streaming readers, annotation planning, summary rendering and the paced Checks API sender. */
export * from './annotations.js';
export * from './collector.js';
export * from './event.js';
export * from './files.js';
export * from './limits.js';
export * from './locate.js';
export * from './octokit.js';
export * from './pacer.js';
export * from './planner.js';
export * from './publish.js';
export * from './read.js';
export * from './sender.js';
export * from './summary/markdown.js';
export * from './summary/renderer.js';
export * from './summary/sections.js';
export * from './utf8.js';
export * from './workflow-annotations.js';

// Node-only extras (files, streams, worker pools). Never imported by the browser entry.
export * from './index.js';
export { readInput } from './cli/io.js';

export * from './types.js';
export { sources, sourceIds } from './sources.js';
export { procedures, procedureIds } from './procedures.js';

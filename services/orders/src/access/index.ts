/** The authorization home of the orders subgraph: what the rest of the service imports to decide who may see or do what. */
export * from './matrix.js';
export * from './scope.js';
export * from './require.js';
export { permissions, ruleTree } from './permissions.js';

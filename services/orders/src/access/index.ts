export * from './scope.js';
export { permissions, ruleTree } from './permissions.js';

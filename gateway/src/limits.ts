import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Environment } from '@mentor/common';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
}

export function limitsFromEnvironment(env: Environment): QueryLimits {
  return {
    maxDepth: env.GATEWAY_MAX_DEPTH,
    maxCost: env.GATEWAY_MAX_COST,
    maxAliases: env.GATEWAY_MAX_ALIASES,
    maxDirectives: env.GATEWAY_MAX_DIRECTIVES,
    maxTokens: env.GATEWAY_MAX_TOKENS,
  };
}

export const defaultLimits: QueryLimits = { maxDepth: 12, maxCost: 5000, maxAliases: 15, maxDirectives: 10, maxTokens: 2000 };

/** Replaces the library's message with one that carries a code a client can act on. */
function refuse(code: string, limit: string, max: number) {
  return () => {
    throw new GraphQLError(`The operation exceeds the ${limit} limit of ${max}`, { extensions: { code, limit, max } });
  };
}

/** Depth, cost, alias, directive and token limits, and no field suggestions that map the schema. */
export function useQueryLimits(limits: QueryLimits) {
  return EnvelopArmorPlugin({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, onReject: [refuse('DEPTH_LIMIT_EXCEEDED', 'depth', limits.maxDepth)] },
    costLimit: { maxCost: limits.maxCost, onReject: [refuse('COST_LIMIT_EXCEEDED', 'cost', limits.maxCost)] },
    maxAliases: { n: limits.maxAliases, onReject: [refuse('ALIAS_LIMIT_EXCEEDED', 'alias', limits.maxAliases)] },
    maxDirectives: { n: limits.maxDirectives, onReject: [refuse('DIRECTIVE_LIMIT_EXCEEDED', 'directive', limits.maxDirectives)] },
    maxTokens: { n: limits.maxTokens, onReject: [refuse('TOKEN_LIMIT_EXCEEDED', 'token', limits.maxTokens)] },
    blockFieldSuggestion: { enabled: true },
  });
}

const SUGGESTION = /\s*Did you mean[^?]*\?/g;

/**
 * No error names a field, type or enum value the caller did not write: suggestions map the schema
 * for an attacker. The armor plugin covers validation; this covers the rest (enum values and
 * variables), and gives variable errors the code they lack.
 */
export function useNoSuggestions(): GatewayPlugin {
  return {
    onResultProcess({ result, setResult }) {
      if (!result || typeof result !== 'object' || Array.isArray(result) || !('errors' in result) || !result.errors) return;
      const { errors } = result as { errors: readonly GraphQLError[] };
      setResult({ ...(result as object), errors: errors.map(withoutSuggestions) } as never);
    },
  };
}

/** The error without suggestions, still a GraphQLError (the server answers 500 for anything else). */
export function withoutSuggestions(error: GraphQLError): GraphQLError {
  const message = error.message.replace(SUGGESTION, '');
  const extensions = error.extensions?.code || !message.startsWith('Variable "') ? error.extensions : { ...error.extensions, code: 'BAD_USER_INPUT' };
  if (!(error instanceof GraphQLError)) return { ...(error as object), message, ...(extensions ? { extensions } : {}) } as GraphQLError;
  if (message === error.message && extensions === error.extensions) return error;
  return new GraphQLError(message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError, extensions });
}

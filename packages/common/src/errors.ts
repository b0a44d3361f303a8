import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE'
  | 'AUDIT_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export function unauthenticated(message = 'A valid bearer token is required'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message = 'Not allowed'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found`, { extensions: { code: 'NOT_FOUND' } });
}

export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT' } });
}

/** The request's audit records could not be stored, so it is answered without any data. */
export function auditUnavailable(): GraphQLError {
  return new GraphQLError('The request could not be recorded in the audit log, so its data is withheld', { extensions: { code: 'AUDIT_UNAVAILABLE' } });
}

/** A broken input rule: names the field and the rule so a client can show it next to the field. */
export class RuleViolation extends Error {
  constructor(
    readonly field: string,
    readonly rule: string,
    message: string,
  ) {
    super(message);
    this.name = 'RuleViolation';
  }
}

export function badInput(field: string, rule: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field, rule } });
}

export function toGraphQLError(violation: RuleViolation): GraphQLError {
  return badInput(violation.field, violation.rule, violation.message);
}

/**
 * Throws BAD_USER_INPUT for the first violation, if any, naming its field and rule; its
 * `violations` extension lists every violation of the request, so a form can show them all at once.
 */
export function assertRules(violations: readonly RuleViolation[]): void {
  const first = violations[0];
  if (!first) return;
  const error = toGraphQLError(first);
  throw new GraphQLError(error.message, {
    extensions: { ...error.extensions, violations: violations.map(({ field, rule, message }) => ({ field, rule, message })) },
  });
}

const passThroughCodes = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'AUDIT_UNAVAILABLE',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Keeps deliberate errors and replaces everything else with a masked internal error:
 * no stack, no SQL, no personal data leaves the service.
 */
export function maskError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
  if (code && passThroughCodes.has(code)) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, extensions, path: formatted.path, locations: formatted.locations };
  }
  return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' }, path: formatted.path };
}

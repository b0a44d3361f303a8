import { GraphQLError } from 'graphql';
import type { ServiceName } from './config.js';
import { REQUEST_ID_HEADER, signRequest } from './signing.js';
import { injectTraceContext, type Context } from './tracing.js';

/**
 * Where the other subgraphs listen, filled in once they all do (a stack started on free ports
 * learns them only then), so it is passed by reference.
 */
export type ServiceDirectory = Partial<Record<ServiceName, string>>;

export interface InternalCall {
  directory: ServiceDirectory;
  service: ServiceName;
  secret: string;
  /** The caller's own `Authorization` header, passed on: the peer checks the same person. */
  authorization: string;
  requestId: string;
  /** The trace of the request being served, continued in the peer. */
  trace?: Context;
  timeoutMs?: number;
}

/** Where the other subgraphs are, and the secret calls to them are signed with. */
export interface Peers {
  directory: ServiceDirectory;
  signingSecret: string;
}

/** A call to `service` on behalf of the caller of the request being served. */
export function internalCall(peers: Peers, caller: Pick<InternalCall, 'authorization' | 'requestId'> & { trace?: { context: Context } }, service: ServiceName): InternalCall {
  return { directory: peers.directory, service, secret: peers.signingSecret, authorization: caller.authorization, requestId: caller.requestId, trace: caller.trace?.context };
}

function unavailable(service: ServiceName): GraphQLError {
  return new GraphQLError(`The ${service} service did not answer; nothing was stored, try again`, {
    extensions: { code: 'SERVICE_UNAVAILABLE', service },
  });
}

/**
 * A signed GraphQL call from one subgraph to another, for facts the other owns. Fields only
 * such calls use are `@inaccessible`, so the gateway never routes a client's query to them.
 */
export async function callService<T>(call: InternalCall, query: string, variables: Record<string, unknown>): Promise<T> {
  const url = call.directory[call.service];
  if (!url) throw unavailable(call.service);
  const body = JSON.stringify({ query, variables });
  const traceHeaders: Record<string, string> = {};
  if (call.trace) injectTraceContext(call.trace, traceHeaders);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: call.authorization,
        [REQUEST_ID_HEADER]: call.requestId,
        ...traceHeaders,
        ...signRequest(call.secret, call.authorization, body),
      },
      body,
      signal: AbortSignal.timeout(call.timeoutMs ?? 3_000),
    });
  } catch {
    throw unavailable(call.service);
  }
  const result = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  const error = result.errors?.[0];
  if (error) {
    const code = error.extensions?.code;
    // The peer's deliberate refusals pass on as they are; anything else is the peer failing.
    if (code === 'BAD_USER_INPUT' || code === 'FORBIDDEN' || code === 'NOT_FOUND' || code === 'CONFLICT') {
      throw new GraphQLError(error.message, { extensions: { ...error.extensions } });
    }
    throw unavailable(call.service);
  }
  if (!response.ok || !result.data) throw unavailable(call.service);
  return result.data;
}

import { globalAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { globalAgent as httpsGlobalAgent, request as httpsRequest } from 'node:https';
import { GraphQLError, print, type DocumentNode, type ExecutionResult } from 'graphql';
import { CLIENT_REQUEST_ID_HEADER, OPERATION_HEADER, REQUEST_ID_HEADER, signRequest } from '@mentor/common';

/** What one subgraph call needs to know about the client request it serves. */
export interface CallerOf {
  /** The gateway's own id of the request and the client's, if it sent a well-formed one. */
  ids(request: Request): { own: string; client: string | null } | undefined;
  /** The client's operation name, passed on as the audit purpose. */
  operationName(context: GatewayCallContext): string | undefined;
  /** A client span for the call, with the headers that carry its trace context on, or nothing when tracing is off. */
  startSpan(request: Request, url: URL): { headers: Record<string, string>; end(status: number | undefined): void } | undefined;
}

/** The part of the gateway context the runtime passes with each subgraph call. */
export interface GatewayCallContext {
  request?: Request;
  params?: { operationName?: unknown; query?: unknown };
}

interface SubgraphCall {
  document: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string;
  context?: unknown;
  signal?: AbortSignal;
}

/** The answer a subgraph call gets when the subgraph cannot be reached or answers nothing usable: no address or library text in it. */
function unavailable(subgraph: string): ExecutionResult {
  return {
    errors: [new GraphQLError(`Tjenesten ${subgraph} svarer ikke (service unavailable)`, { extensions: { code: 'SERVICE_UNAVAILABLE', service: subgraph, serviceName: subgraph } })],
  };
}

interface SentError {
  message?: unknown;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

/**
 * A subgraph's answer as the runtime expects it: its errors as `GraphQLError`s (the runtime masks
 * anything else as an unexpected error), with their message, path and extensions; the locations
 * they carry point into the subgraph's query, not the client's document, and are left out. Each
 * error names its subgraph (`serviceName`) and has a code (`DOWNSTREAM_SERVICE_ERROR` when it came
 * without one), as the runtime's subgraph-error plugin did in a hook around every call.
 */
function asResult(parsed: unknown, subgraph: string): ExecutionResult | undefined {
  if (!parsed || typeof parsed !== 'object') return undefined;
  const { data, errors } = parsed as { data?: Record<string, unknown> | null; errors?: unknown };
  const sent = Array.isArray(errors) ? (errors as SentError[]) : [];
  if (data == null && sent.length === 0) return undefined;
  const result: ExecutionResult = { data };
  if (sent.length) {
    result.errors = sent.map(
      (error) =>
        new GraphQLError(String(error?.message ?? 'Unexpected error.'), {
          path: Array.isArray(error?.path) ? error.path : undefined,
          extensions: { ...error?.extensions, code: error?.extensions?.code || 'DOWNSTREAM_SERVICE_ERROR', serviceName: error?.extensions?.serviceName || subgraph },
        }),
    );
  }
  return result;
}

/**
 * The gateway's HTTP client for subgraph calls, in place of the runtime's HTTP transport (its
 * fetch ponyfill, `Request`/`Headers` objects and per-call plugin hooks cost more CPU than the
 * call itself): one `node:http` request per call on Node's kept-alive global agent, with exactly
 * the headers a subgraph needs and nothing a client chose: the caller's Authorization header, the
 * request ids, the operation name as the audit purpose, the trace context, and the signature over
 * the timestamp, the token and the exact body sent. Every call is its own request (no in-flight
 * deduplication: each read is audited under its request's id). The query text of each planned
 * fetch is printed once.
 */
export function createSubgraphTransport(secret: string, caller: CallerOf) {
  const texts = new WeakMap<DocumentNode, string>();
  const textOf = (document: DocumentNode) => {
    let text = texts.get(document);
    if (text === undefined) {
      text = print(document);
      texts.set(document, text);
    }
    return text;
  };
  return {
    transport: {
      getSubgraphExecutor({ subgraphName, transportEntry }: { subgraphName: string; transportEntry: { location?: string } }) {
        if (!transportEntry.location) throw new Error(`No location for subgraph ${subgraphName}`);
        const url = new URL(transportEntry.location);
        const secure = url.protocol === 'https:';
        // Node's global agents, as the runtime's fetch used: kept-alive connections that close after
        // 5 s idle, so a balancer in front of subgraph replicas sees new connections to spread.
        const agent = secure ? httpsGlobalAgent : globalAgent;
        const send = secure ? httpsRequest : httpRequest;
        const target = { protocol: url.protocol, hostname: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method: 'POST', agent };
        return (call: SubgraphCall): Promise<ExecutionResult> => {
          const context = (call.context ?? {}) as GatewayCallContext;
          const request = context.request;
          const body = JSON.stringify({ query: textOf(call.document), variables: call.variables, operationName: call.operationName });
          const authorization = request?.headers.get('authorization') ?? '';
          const headers: Record<string, string> = {
            'content-type': 'application/json',
            accept: 'application/json',
            'content-length': String(Buffer.byteLength(body)),
          };
          if (authorization) headers.authorization = authorization;
          const ids = request && caller.ids(request);
          if (ids) {
            headers[REQUEST_ID_HEADER] = ids.own;
            if (ids.client) headers[CLIENT_REQUEST_ID_HEADER] = ids.client;
          }
          // The client's operation name travels along as the audit purpose; never a client header.
          const operationName = caller.operationName(context);
          if (operationName) headers[OPERATION_HEADER] = operationName;
          Object.assign(headers, signRequest(secret, authorization, body));
          const span = request && caller.startSpan(request, url);
          if (span) Object.assign(headers, span.headers);
          return new Promise<ExecutionResult>((resolve) => {
            let settled = false;
            const finish = (result: ExecutionResult, status: number | undefined) => {
              if (settled) return;
              settled = true;
              call.signal?.removeEventListener('abort', abort);
              span?.end(status);
              resolve(result);
            };
            const outgoing = send({ ...target, headers }, (response: IncomingMessage) => {
              const chunks: Buffer[] = [];
              response.on('data', (chunk: Buffer) => chunks.push(chunk));
              response.on('error', () => finish(unavailable(subgraphName), response.statusCode));
              response.on('end', () => {
                const status = response.statusCode;
                let parsed: unknown;
                try {
                  parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
                } catch {
                  return finish(unavailable(subgraphName), status);
                }
                // A refusal (401, 413, …) answers with GraphQL errors; anything else unusable is unavailability.
                const result = asResult(parsed, subgraphName);
                finish(result ?? unavailable(subgraphName), status);
              });
            });
            const abort = () => {
              outgoing.destroy();
              finish(unavailable(subgraphName), undefined);
            };
            if (call.signal?.aborted) return abort();
            call.signal?.addEventListener('abort', abort, { once: true });
            outgoing.on('error', () => finish(unavailable(subgraphName), undefined));
            outgoing.end(body);
          });
        };
      },
    },
    /** Closes the kept-alive connections that are idle; the server's own drain has ended the calls in flight. */
    close() {
      for (const agent of [globalAgent, httpsGlobalAgent]) {
        for (const sockets of Object.values(agent.freeSockets)) for (const socket of sockets ?? []) socket.destroy();
      }
    },
  };
}

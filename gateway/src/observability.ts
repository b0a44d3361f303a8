import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { endWithCodes, OTHER_OPERATION, ROOT_CONTEXT, SpanKind, type Context, type ProcessMetrics, type Span, type Tracing } from '@mentor/common';
import type { TrustedDocuments } from './trusted-documents.js';

const OPERATION_NAME = /(?:^|\n)\s*(?:query|mutation|subscription)\s+([A-Za-z_]\w*)/g;

/** The operations of the trusted documents: the only operation labels the gateway gives, and each document's name by its id. */
export function trustedOperations(documents: TrustedDocuments): { names: Set<string>; byId: Map<string, string> } {
  const names = new Set<string>();
  const byId = new Map<string, string>();
  for (const [id, text] of documents) {
    const found = [...text.matchAll(OPERATION_NAME)].map((match) => match[1]!);
    for (const name of found) names.add(name);
    if (found.length === 1) byId.set(id, found[0]!);
  }
  return { names, byId };
}

/** The operation's name as the client gave it, or as its document names its only operation. */
export function clientOperationName(params: { operationName?: unknown; query?: unknown } | undefined): string | undefined {
  if (typeof params?.operationName === 'string' && params.operationName) return params.operationName.slice(0, 100);
  const named = typeof params?.query === 'string' ? /^\s*(?:#[^\n]*\n\s*)*(?:query|mutation|subscription)\s+([A-Za-z_]\w*)/.exec(params.query) : null;
  return named?.[1]?.slice(0, 100);
}

/** What a refusal before execution (a response without a GraphQL result) is counted as. */
const REFUSAL_CODES: Record<number, string> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 413: 'PAYLOAD_TOO_LARGE' };

interface Pending {
  started: number;
  operation: string;
  codes: string[];
  span: Span;
  trace: Context;
}

/**
 * `GET /metrics`, and for each GraphQL request one observation and one trace: its operation (a
 * trusted document's name, else `other`: a name a client made up never becomes a label or a span
 * name), duration and error codes (the GraphQL errors' codes, or the HTTP status when the request
 * was refused before execution). The trace starts here, whatever a client sends: each subgraph
 * fetch is a child span and carries `traceparent` on to the subgraph.
 */
export function useObservability(metrics: ProcessMetrics, tracing: Tracing, documents: TrustedDocuments) {
  const known = trustedOperations(documents);
  const pending = new WeakMap<object, Pending>();
  /** A client span for one subgraph call of the request, and the headers that carry its trace on; nothing when tracing is off. */
  const startSubgraphSpan = (request: object, target: URL) => {
    const entry = pending.get(request);
    if (!entry || !tracing.enabled) return undefined;
    const span = tracing.start('subgraph fetch', entry.trace, SpanKind.CLIENT, { 'server.address': target.hostname, 'server.port': Number(target.port) });
    const headers: Record<string, string> = {};
    tracing.inject(tracing.within(span, entry.trace), headers);
    return {
      headers,
      end: (status: number | undefined) =>
        endWithCodes(span, status !== undefined && status >= 200 && status < 300 ? [] : [status === undefined ? 'UNREACHABLE' : `HTTP_${status}`], status),
    };
  };
  /** Starts the observation and the trace of one GraphQL request, kept under `request` (a Request, or the trusted path's own key). */
  const begin = (request: object, method: string) => {
    const span = tracing.start('graphql', ROOT_CONTEXT, SpanKind.SERVER, { 'http.request.method': method });
    pending.set(request, { started: performance.now(), operation: OTHER_OPERATION, codes: [], span, trace: tracing.within(span, ROOT_CONTEXT) });
  };
  /** The operation's label, when it is a trusted document's name. */
  const name = (request: object, operation: string | undefined) => {
    const entry = pending.get(request);
    if (entry && operation && known.names.has(operation)) entry.operation = operation;
  };
  const codesOf = (request: object, result: unknown) => {
    const entry = pending.get(request);
    if (!entry) return;
    for (const one of Array.isArray(result) ? result : [result]) {
      for (const error of (one as { errors?: readonly { extensions?: { code?: unknown } }[] }).errors ?? []) {
        entry.codes.push(String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
      }
    }
  };
  const end = (request: object, status: number) => {
    const entry = pending.get(request);
    if (!entry) return;
    pending.delete(request);
    if (entry.codes.length === 0 && status >= 400) entry.codes.push(REFUSAL_CODES[status] ?? `HTTP_${status}`);
    metrics.observe(entry.operation, (performance.now() - entry.started) / 1000, entry.codes);
    entry.span.updateName(`graphql ${entry.operation}`);
    entry.span.setAttribute('graphql.operation.name', entry.operation);
    endWithCodes(entry.span, entry.codes, status);
  };
  const plugin: GatewayPlugin = {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname === '/metrics' && request.method === 'GET') {
        const { contentType, body } = await metrics.render();
        return endResponse(new Response(body, { headers: { 'content-type': contentType } }));
      }
      if (url.pathname !== '/graphql') return;
      begin(request, request.method);
    },
    onParams({ request, params }) {
      const entry = pending.get(request);
      if (!entry) return;
      const { documentId, extensions } = params as { documentId?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } };
      const id = typeof documentId === 'string' ? documentId : extensions?.persistedQuery?.sha256Hash;
      name(request, clientOperationName(params) ?? (typeof id === 'string' ? (known.byId.get(id) ?? known.byId.get(`sha256:${id}`)) : undefined));
    },
    onResultProcess({ request, result }) {
      codesOf(request, result);
    },
    onResponse({ request, response }) {
      end(request, response.status);
    },
  };
  return { plugin, startSubgraphSpan, begin, name, codesOf, end };
}

import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { defaultLimits, useNoSuggestions, useQueryLimits, type QueryLimits } from './limits.js';
import { readTrustedDocuments, trustedDocumentsOption, type TrustedDocuments } from './trusted-documents.js';
import { useWebView, type DemoSignIn } from './web.js';
import { clientOperationName, useObservability } from './observability.js';
import { createSubgraphTransport } from './subgraph-client.js';
import { createTrustedPath } from './trusted-path.js';

export { clientOperationName } from './observability.js';
import { signInConfigFromEnvironment, useSignInConfig, type SignInConfig } from './sign-in.js';
import { renderGraphiQL, useGraphiQLAssets } from './graphiql.js';

export { defaultLimits, limitsFromEnvironment, type QueryLimits } from './limits.js';
export type { SignInConfig } from './sign-in.js';
import {
  bearerToken,
  CLIENT_REQUEST_ID_HEADER,
  closeGracefully,
  createProcessMetrics,
  createTracing,
  readEnvironment,
  REQUEST_ID_HEADER,
  type Logger,
  type TokenVerifier,
} from '@mentor/common';

export interface GatewayOptions {
  supergraph: string;
  verifyToken: TokenVerifier;
  signingSecret: string;
  log: Logger;
  production: boolean;
  limits?: QueryLimits;
  /** The operations committed under clients/; the only ones accepted in production. Default: the generated manifest. */
  trustedDocuments?: TrustedDocuments;
  /** Demo sign-in for the web view (the development stack passes testkit's); never in production. */
  demoSignIn?: DemoSignIn | false;
  /** The identity provider the web view signs in with; default from the environment (AUTH_ISSUER, WEB_OIDC_*). */
  signIn?: SignInConfig;
  /** The built web view served at `/`; default clients/web/dist. */
  webRoot?: string;
  /** The largest request body read, in bytes; default `defaultMaxBodyBytes`. */
  maxBodyBytes?: number;
  port?: number;
  host?: string;
}

/** 1 MB, as `GATEWAY_MAX_BODY_BYTES` defaults to: the limit each subgraph holds its own bodies to. */
export const defaultMaxBodyBytes = 1_000_000;

/** The one path GraphQL is served at. */
const GRAPHQL_PATH = '/graphql';

export interface RunningGateway {
  url: string;
  port: number;
  server: Server;
  stop(): Promise<void>;
}

const REQUEST_ID_PATTERN = /^[\w-]{1,100}$/;

function graphqlError(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/**
 * A body over `maxBytes` is answered 413 before anything reads it as JSON: by the length it
 * declares, or, when it declares none (chunked), as soon as more than that has arrived. Node's
 * parser never takes more than a declared length as the body, so a declared body within the limit
 * is passed on as it is, without a copy; only an undeclared one is read here, up to the limit. The
 * connection is closed after a 413, so the rest of the body is never read.
 */
function useBodyLimit(maxBytes: number): GatewayPlugin {
  const tooLarge = () =>
    graphqlError(413, 'PAYLOAD_TOO_LARGE', `Forespørgslen er for stor: højst ${maxBytes} bytes (request body too large)`, { connection: 'close' });
  return {
    async onRequest({ request, setRequest, endResponse, fetchAPI }) {
      if (request.method === 'GET' || request.method === 'HEAD' || !request.body) return;
      const declared = request.headers.get('content-length');
      if (declared !== null && !request.headers.has('transfer-encoding')) {
        if (Number(declared) > maxBytes) endResponse(tooLarge());
        return;
      }
      const reader = request.body.getReader();
      const chunks: Uint8Array[] = [];
      let size = 0;
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        size += chunk.value.byteLength;
        if (size > maxBytes) {
          await reader.cancel().catch(() => undefined);
          return endResponse(tooLarge());
        }
        chunks.push(chunk.value);
      }
      setRequest(new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body: Buffer.concat(chunks) }));
    },
  };
}

interface RequestIds {
  own: string;
  client: string | null;
}

/**
 * The request's own id, made here for every request, whatever the client sends: it keys the
 * subgraphs' audit records (one per request, user and youth), so no client can merge two reads into
 * one record or hide one user's read in another's. A well-formed `x-request-id` of the client's is
 * kept beside it: passed on and answered as `x-client-request-id`, stored beside the audit key.
 */
function useRequestIds(ids: WeakMap<object, RequestIds>): GatewayPlugin {
  return {
    onRequest({ request }) {
      const given = request.headers.get(REQUEST_ID_HEADER);
      ids.set(request, { own: randomUUID(), client: given && REQUEST_ID_PATTERN.test(given) ? given : null });
    },
    onResponse({ request, response }) {
      const id = ids.get(request);
      if (!id) return;
      response.headers.set(REQUEST_ID_HEADER, id.own);
      if (id.client) response.headers.set(CLIENT_REQUEST_ID_HEADER, id.client);
    },
  };
}

/**
 * One structured line per request, with its request id, so a request can be followed from the
 * gateway into each subgraph's log. No query text, variables or tokens: they can carry personal data.
 */
function useRequestLog(log: Logger): GatewayPlugin {
  const started = new WeakMap<Request, number>();
  return {
    // Nothing is kept or built for the line unless it will be written.
    onRequest({ request }) {
      if (log.isLevelEnabled('debug')) started.set(request, performance.now());
    },
    onResponse({ request, response }) {
      if (!log.isLevelEnabled('debug')) return;
      const began = started.get(request);
      log.debug(
        {
          requestId: response.headers.get(REQUEST_ID_HEADER),
          clientRequestId: response.headers.get(CLIENT_REQUEST_ID_HEADER) ?? undefined,
          method: request.method,
          path: new URL(request.url).pathname,
          status: response.status,
          durationMs: began === undefined ? undefined : Math.round(performance.now() - began),
        },
        'request',
      );
    },
  };
}

/** The query parameters a GraphQL request over GET carries. */
const OPERATION_PARAMETERS = ['query', 'extensions', 'documentId', 'operationName', 'variables'];

/**
 * Refuses any GraphQL operation without a valid bearer token before it is parsed; the GraphiQL
 * page itself (a GET for HTML without a query) stays reachable outside production. GraphQL is
 * served at `/graphql` exactly: an operation on any other path (`/graphql/`, `//graphql`,
 * `/GraphQL`, …), with or without a token, is answered 404 and never runs.
 */
function useAuthentication(verifyToken: TokenVerifier): GatewayPlugin {
  return {
    async onRequest({ request, url, endResponse }) {
      const isOperation = request.method !== 'GET' || OPERATION_PARAMETERS.some((name) => url.searchParams.has(name));
      if (!isOperation) return;
      if (url.pathname !== GRAPHQL_PATH) {
        return endResponse(graphqlError(404, 'NOT_FOUND', `GraphQL findes kun på ${GRAPHQL_PATH} (GraphQL is served at ${GRAPHQL_PATH} only)`));
      }
      const token = bearerToken(request.headers.get('authorization'));
      if (!token) return endResponse(graphqlError(401, 'UNAUTHENTICATED', 'A valid bearer token is required'));
      try {
        await verifyToken(token);
      } catch {
        endResponse(graphqlError(401, 'UNAUTHENTICATED', 'The bearer token is invalid or expired'));
      }
    },
  };
}

export function createGateway(options: GatewayOptions) {
  const trustedDocuments = options.trustedDocuments ?? readTrustedDocuments(options.production);
  const metrics = createProcessMetrics('gateway');
  const tracing = createTracing('gateway', readEnvironment().OTEL_EXPORTER_OTLP_ENDPOINT);
  const signIn = options.signIn ?? signInConfigFromEnvironment();
  const requestIds = new WeakMap<object, RequestIds>();
  const observability = useObservability(metrics, tracing, trustedDocuments);
  // Every subgraph call is signed, carries the request's ids, the operation as the audit purpose and
  // the trace context, and forwards only the caller's Authorization header (subgraph-client.ts).
  const subgraphs = createSubgraphTransport(options.signingSecret, {
    ids: (request) => requestIds.get(request),
    operationName: (context) => clientOperationName(context.params),
    startSpan: observability.startSubgraphSpan,
  });
  const runtime = createGatewayRuntime({
    supergraph: options.supergraph,
    // The query planner of Hive Router (Rust, shipped as a prebuilt addon) and its plan executor:
    // half the CPU per request of the default JavaScript runtime (docs/BENCHMARKS.md).
    unifiedGraphHandler,
    // Our own HTTP client for subgraph calls. It never merges identical concurrent calls: each
    // carries its own request id and is audited as its own read.
    transports: { http: subgraphs.transport as never },
    logging: false,
    // Our subgraph client names the subgraph and gives a code to each of its errors itself, as this
    // option's plugin did in a hook (and a promise chain) around every subgraph call.
    subgraphErrors: false,
    maskedErrors: true,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthcheck',
    readinessCheckEndpoint: '/readiness',
    landingPage: false,
    graphiql: options.production ? false : { title: 'Mentor network' },
    // Its assets come from the installed package through this gateway, never from a CDN.
    renderGraphiQL,
    disableIntrospection: options.production ? { disableIf: () => true } : undefined,
    // The runtime's own request ids take the client's header as they are; `useRequestIds` makes them.
    requestId: false,
    // No headers are propagated by the runtime: the subgraph client sends an allow-list of its own
    // (the caller's Authorization header and nothing else a client sent).
    batching: false,
    persistedDocuments: trustedDocumentsOption(trustedDocuments, options.production),
    plugins: () => [
      useBodyLimit(options.maxBodyBytes ?? defaultMaxBodyBytes),
      useRequestIds(requestIds),
      observability.plugin,
      useSignInConfig(signIn),
      useRequestLog(options.log),
      ...(options.production ? [] : [useGraphiQLAssets()]),
      useWebView({ root: options.webRoot, demoSignIn: options.production ? false : (options.demoSignIn ?? false), identityProvider: signIn.issuer }),
      useAuthentication(options.verifyToken),
      useQueryLimits(options.limits ?? defaultLimits),
      useNoSuggestions(),
    ],
  });
  // In production, a trusted document sent by its id skips the runtime's HTTP and Yoga layers
  // (trusted-path.ts); anything else, and anything it does not finish, goes to the runtime.
  const trustedPath = options.production
    ? createTrustedPath({
        documents: trustedDocuments,
        getEnveloped: (initial) => runtime.getEnveloped(initial) as never,
        verifyToken: options.verifyToken,
        maxBodyBytes: options.maxBodyBytes ?? defaultMaxBodyBytes,
        fallback: (request, response, body) => void answerWithRuntime(runtime, request, response, body),
        ids: requestIds as WeakMap<object, RequestIds>,
        observability,
        log: options.log,
      })
    : undefined;
  const handleNode = (request: IncomingMessage, response: ServerResponse) => {
    if (trustedPath?.takes(request)) return trustedPath.handle(request, response);
    return runtime(request, response);
  };
  // The buffered spans leave with the runtime.
  const dispose = runtime.dispose.bind(runtime);
  return Object.assign(runtime, {
    handleNode,
    dispose: async () => {
      await dispose();
      subgraphs.close();
      await tracing.shutdown();
    },
  });
}

/** A request whose body the trusted path has read, answered by the runtime as if it had come to it. */
async function answerWithRuntime(runtime: ReturnType<typeof createGatewayRuntime>, request: IncomingMessage, response: ServerResponse, body: Buffer | undefined) {
  try {
    const headers = new Headers();
    for (let index = 0; index < request.rawHeaders.length; index += 2) headers.append(request.rawHeaders[index]!, request.rawHeaders[index + 1]!);
    const answer = await runtime.fetch(new Request(`http://${request.headers.host ?? 'localhost'}${request.url}`, { method: request.method, headers, body: body as unknown as BodyInit | undefined }), { req: request, res: response });
    const outgoing: Record<string, string | string[]> = {};
    answer.headers.forEach((value, name) => {
      outgoing[name] = value;
    });
    const cookies = answer.headers.getSetCookie();
    if (cookies.length) outgoing['set-cookie'] = cookies;
    const content = Buffer.from(await answer.arrayBuffer());
    response.writeHead(answer.status, outgoing);
    response.end(content);
  } catch {
    response.destroy();
  }
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const gateway = createGateway(options);
  const server = createHttpServer(gateway.handleNode);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  options.log.info({ port }, 'gateway listening');
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    server,
    async stop() {
      await closeGracefully(server);
      await gateway.dispose();
    },
  };
}

import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { defaultLimits, useNoSuggestions, useQueryLimits, type QueryLimits } from './limits.js';
import { readTrustedDocuments, trustedDocumentsOption, type TrustedDocuments } from './trusted-documents.js';
import { developmentSignIn, useWebView, type DemoSignIn } from './web.js';
import { renderGraphiQL, useGraphiQLAssets } from './graphiql.js';

export { defaultLimits, limitsFromEnvironment, type QueryLimits } from './limits.js';
import { bearerToken, closeGracefully, OPERATION_HEADER, REQUEST_ID_HEADER, signRequest, type Logger, type TokenVerifier } from '@mentor/common';

export interface GatewayOptions {
  supergraph: string;
  verifyToken: TokenVerifier;
  signingSecret: string;
  log: Logger;
  production: boolean;
  limits?: QueryLimits;
  /** The operations committed under clients/; the only ones accepted in production. Default: the generated manifest. */
  trustedDocuments?: TrustedDocuments;
  /** Demo sign-in for the web view; outside production it defaults to the development key. */
  demoSignIn?: DemoSignIn | false;
  /** The built web view served at `/`; default clients/web/dist. */
  webRoot?: string;
  port?: number;
  host?: string;
}

export interface RunningGateway {
  url: string;
  port: number;
  server: Server;
  stop(): Promise<void>;
}

const REQUEST_ID_PATTERN = /^[\w-]{1,100}$/;

function graphqlError(status: number, code: string, message: string): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
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

/**
 * Refuses any GraphQL operation without a valid bearer token before it is parsed; the GraphiQL
 * page itself (a GET for HTML without a query) stays reachable outside production.
 */
function useAuthentication(verifyToken: TokenVerifier): GatewayPlugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== '/graphql') return;
      const isOperation =
        request.method !== 'GET' || url.searchParams.has('query') || url.searchParams.has('extensions') || url.searchParams.has('documentId');
      if (!isOperation) return;
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

/** The operation's name as the client gave it, or as its document names its only operation. */
export function clientOperationName(params: { operationName?: unknown; query?: unknown } | undefined): string | undefined {
  if (typeof params?.operationName === 'string' && params.operationName) return params.operationName.slice(0, 100);
  const named = typeof params?.query === 'string' ? /^\s*(?:#[^\n]*\n\s*)*(?:query|mutation|subscription)\s+([A-Za-z_]\w*)/.exec(params.query) : null;
  return named?.[1]?.slice(0, 100);
}

/**
 * Signs every subgraph request over its timestamp, the forwarded token and the exact body, so a
 * subgraph can refuse anything that did not come through here.
 */
function useSubgraphSigning(secret: string): GatewayPlugin {
  return {
    onFetch({ context, options, setOptions }) {
      const headers = new Headers(options.headers as HeadersInit | undefined);
      // The client's operation name travels along as the audit purpose; never a client header.
      const operationName = clientOperationName((context as { params?: { operationName?: unknown; query?: unknown } } | undefined)?.params);
      headers.delete(OPERATION_HEADER);
      if (operationName) headers.set(OPERATION_HEADER, operationName);
      const body = typeof options.body === 'string' ? options.body : '';
      for (const [name, value] of Object.entries(signRequest(secret, headers.get('authorization') ?? '', body))) {
        headers.set(name, value);
      }
      setOptions({ ...options, headers: Object.fromEntries(headers.entries()) });
    },
  };
}

export function createGateway(options: GatewayOptions) {
  return createGatewayRuntime({
    supergraph: options.supergraph,
    // The query planner of Hive Router (Rust, shipped as a prebuilt addon) and its plan executor:
    // half the CPU per request of the default JavaScript runtime (docs/BENCHMARKS.md).
    unifiedGraphHandler,
    // Identical concurrent subgraph requests must stay separate: each carries its own request id
    // and is audited as its own read.
    transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
    logging: false,
    maskedErrors: true,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthcheck',
    readinessCheckEndpoint: '/readiness',
    landingPage: false,
    graphiql: options.production ? false : { title: 'Mentor network' },
    // Its assets come from the installed package through this gateway, never from a CDN.
    renderGraphiQL,
    disableIntrospection: options.production ? { disableIf: () => true } : undefined,
    requestId: {
      headerName: REQUEST_ID_HEADER,
      generateRequestId: ({ request }) => {
        const given = request.headers.get(REQUEST_ID_HEADER);
        return given && REQUEST_ID_PATTERN.test(given) ? given : randomUUID();
      },
    },
    // An allow-list: identity headers a client sends (x-user-id, x-roles, …) never reach a subgraph.
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => {
        const authorization = request.headers.get('authorization');
        return authorization ? { authorization } : {};
      },
    },
    batching: false,
    persistedDocuments: trustedDocumentsOption(options.trustedDocuments ?? readTrustedDocuments(options.production), options.production),
    plugins: () => [
      useRequestLog(options.log),
      ...(options.production ? [] : [useGraphiQLAssets()]),
      useWebView({ root: options.webRoot, demoSignIn: options.production ? false : (options.demoSignIn ?? developmentSignIn) }),
      useAuthentication(options.verifyToken),
      useQueryLimits(options.limits ?? defaultLimits),
      useNoSuggestions(),
      useSubgraphSigning(options.signingSecret),
    ],
  });
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const gateway = createGateway(options);
  const server = createHttpServer(gateway);
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

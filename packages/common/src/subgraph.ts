import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { IMiddlewareGenerator } from 'graphql-middleware';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { Logger } from 'pino';
import { bearerToken, type Identity, type TokenVerifier } from './auth.js';
import { AuditTrail, AuditUnavailable, purgeAuditRecords } from './audit.js';
import { auditUnavailable, maskError, unauthenticated } from './errors.js';
import { CLIENT_REQUEST_ID_HEADER, REQUEST_ID_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyRequestSignature } from './signing.js';
import { countedDataSource } from './statements.js';
import { createProcessMetrics, OTHER_OPERATION, type ProcessMetrics } from './metrics.js';
import { createTracing, endWithCodes, SpanKind, type Context, type Span } from './tracing.js';
import { readEnvironment } from './config.js';
import { applyPermissions, type RuleAnswers } from './shield.js';
import { serviceIdentity, servicePrincipalHeaders, SERVICE_PRINCIPAL_HEADER, verifyServiceRequest, type Principal } from './service-principal.js';
import { startRelay, type OutboxEvent, type Relay } from './outbox.js';

/** Response header with the number of SQL statements the request cost this subgraph. */
export const STATEMENTS_HEADER = 'x-sql-statements';

/** What every resolver of every subgraph gets. */
export interface BaseContext<Loaders> {
  principal: Principal;
  identity: Identity;
  requestId: string;
  /** The caller's Authorization header, for signed calls to other subgraphs on their behalf. */
  authorization: string;
  db: DataSource;
  loaders: Loaders;
  log: Logger;
  /** Records personal-data reads, one record per youth per request. */
  audit: AuditTrail;
  /** The answers of the parent rules in this request (see `parentRule`). */
  ruleAnswers: RuleAnswers;
  /** The request's span and its trace context, continued in calls to peers (a span that records nothing when tracing is off). */
  trace: { span: Span; context: Context };
}

/** The header the gateway passes the client's operation name in, for the audit purpose. */
export const OPERATION_HEADER = 'x-client-operation';

export interface SubgraphOptions<Loaders> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<BaseContext<Loaders>>;
  /** The graphql-shield rules; applied to every field, deny by default. */
  permissions?: IMiddlewareGenerator<unknown, BaseContext<Loaders>, unknown>;
  db: DataSource;
  verifyToken: TokenVerifier;
  signingSecret: string;
  /** A new set of loaders per request, so nothing cached crosses callers. */
  createLoaders: (db: DataSource, identity: Identity) => Loaders;
  log: Logger;
  introspection?: boolean;
  plugins?: ApolloServerPlugin<BaseContext<Loaders>>[];
  /** Set for subgraphs that keep an audit table: records older than this many days are purged. */
  auditRetentionDays?: number;
  /**
   * Set for subgraphs that replicate to peers: a relay delivering the outbox's events with
   * `deliver` runs while the server does, and stops before it (so before the database closes).
   */
  outbox?: { deliver: (event: OutboxEvent) => Promise<void> };
  /**
   * No permissions and no audit: only the benchmark's `hive-no-shield` target, which measures what
   * they cost. An option of this one server, never configuration a deployment could set, and
   * refused in production.
   */
  unguarded?: boolean;
}

/**
 * The audit of each request: sets its purpose once the operation is known, and stores its records,
 * in one INSERT, before the response leaves. When they cannot be stored, the response carries no
 * data at all, only the error: no personal data leaves unaudited.
 */
function auditPlugin<Loaders>(): ApolloServerPlugin<BaseContext<Loaders>> {
  const listener: GraphQLRequestListener<BaseContext<Loaders>> = {
    async didResolveOperation({ contextValue, operation, request }) {
      const client = request.http?.headers.get(OPERATION_HEADER);
      if (!operation) return;
      const rootFields = operation.selectionSet.selections
        .map((selection) => (selection.kind === 'Field' ? selection.name.value : '…'))
        .join(',');
      // Apollo hands each operation a shallow copy of the context: the trail is shared, so set it there.
      contextValue.audit.purpose = `${client && /^[\w-]{1,100}$/.test(client) ? client : 'unnamed operation'} (${operation.operation} ${rootFields})`;
    },
    async willSendResponse({ contextValue, response }) {
      try {
        await contextValue.audit.store();
      } catch (error) {
        if (!(error instanceof AuditUnavailable)) throw error;
        contextValue.log.error({ err: error.reason, youths: error.youths }, 'the audit records could not be stored; the response carries no data');
        const { message, extensions } = auditUnavailable();
        response.body = { kind: 'single', singleResult: { data: null, errors: [{ message, extensions: { code: extensions.code } }] } };
      }
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}

/**
 * Requests, errors and durations per operation, labelled by the root fields the operation selects
 * (names of this schema, so a finite set; `_entities` for the gateway's entity fetches).
 */
function metricsPlugin<Loaders>(metrics: ProcessMetrics, schema: GraphQLSchema): ApolloServerPlugin<BaseContext<Loaders>> {
  const rootFields = new Set([schema.getQueryType(), schema.getMutationType()].flatMap((type) => (type ? Object.keys(type.getFields()) : [])));
  return {
    async requestDidStart() {
      const started = performance.now();
      let operation = OTHER_OPERATION;
      return {
        async didResolveOperation({ operation: resolved }) {
          const fields = new Set<string>();
          for (const selection of resolved?.selectionSet.selections ?? []) {
            if (selection.kind === 'Field' && rootFields.has(selection.name.value)) fields.add(selection.name.value);
          }
          // At most three fields in a label, so the set of labels stays small.
          if (fields.size > 0) operation = fields.size > 3 ? 'several' : [...fields].sort().join('+');
        },
        async willSendResponse({ response, contextValue }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          metrics.observe(operation, (performance.now() - started) / 1000, codes);
          const { span } = contextValue.trace;
          span.updateName(`graphql ${operation}`);
          span.setAttribute('graphql.operation.name', operation);
          endWithCodes(span, codes);
        },
      };
    },
  };
}

/** The subgraphs' own query limits. */
export const SUBGRAPH_LIMITS = { maxDepth: 30, maxAliases: 100, maxDirectives: 50, maxTokens: 20_000, maxCost: 1_000_000 };

const PURGE_INTERVAL_MS = 6 * 60 * 60 * 1000;

export interface RunningSubgraph {
  url: string;
  port: number;
  schema: GraphQLSchema;
  server: Server;
  /** Delivers every outbox event due now (0 without an outbox); for tests and tools that must see replication settle. */
  drainOutbox(): Promise<number>;
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 1_000_000;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(Object.assign(new Error('body too large'), { status: 413 }));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown, requestId?: string): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
  });
  response.end(text);
}

function errorBody(error: { message: string; extensions: Record<string, unknown> }) {
  return { errors: [{ message: error.message, extensions: { code: error.extensions.code } }] };
}

export function buildSchema<Loaders>(options: Pick<SubgraphOptions<Loaders>, 'typeDefs' | 'resolvers' | 'permissions' | 'unguarded'>): GraphQLSchema {
  const schema = buildSubgraphSchema([{ typeDefs: options.typeDefs, resolvers: options.resolvers }]);
  if (!options.permissions || options.unguarded) return schema;
  const guarded = applyPermissions(schema, options.permissions);
  // The middleware rebuilds each type from its config, which drops the federation reference
  // resolvers; put them back. They scope what they return themselves.
  for (const [name, type] of Object.entries(schema.getTypeMap())) {
    const { resolveReference } = type as { resolveReference?: unknown };
    if (resolveReference) Object.assign(guarded.getType(name) ?? {}, { resolveReference });
  }
  return guarded;
}

/**
 * A subgraph behind the gateway: health endpoints are open; every GraphQL request must carry the
 * gateway's signature and a valid user token, or it is refused before any resolver runs.
 */
export async function startSubgraph<Loaders>(options: SubgraphOptions<Loaders>, listen: { port?: number; host?: string } = {}): Promise<RunningSubgraph> {
  const env = readEnvironment();
  if (options.unguarded && env.NODE_ENV === 'production') throw new Error('Permissions and audit cannot be switched off in production');
  const schema = buildSchema(options);
  const metrics = createProcessMetrics(options.name);
  const tracing = createTracing(options.name, env.OTEL_EXPORTER_OTLP_ENDPOINT);
  // Looser than the gateway's: the gateway's own query plans are deeper and wider than a client's
  // document, and only a holder of the signing secret gets this far.
  const armor = new ApolloArmor({
    maxDepth: { n: SUBGRAPH_LIMITS.maxDepth },
    maxAliases: { n: SUBGRAPH_LIMITS.maxAliases },
    maxDirectives: { n: SUBGRAPH_LIMITS.maxDirectives },
    maxTokens: { n: SUBGRAPH_LIMITS.maxTokens },
    costLimit: { maxCost: SUBGRAPH_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  const apollo = new ApolloServer<BaseContext<Loaders>>({
    schema,
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    introspection: options.introspection ?? false,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted) => maskError(formatted),
    // Inline traces would send resolver timings to whoever asks; nobody here needs them. Nothing
    // here uses cache hints either, and the default cache-control plugin wraps every field to collect them.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ...(armor.plugins as ApolloServerPlugin<BaseContext<Loaders>>[]),
      auditPlugin<Loaders>(),
      metricsPlugin<Loaders>(metrics, schema),
      ...(options.plugins ?? []),
    ],
    csrfPrevention: false, // only the gateway reaches us, with a signature; no browser does
    stopOnTerminationSignals: false, // the process's own handler drains and closes the database
  });
  await apollo.start();

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://subgraph');
    if (request.method === 'GET' && url.pathname === '/healthcheck') return sendJson(response, 200, { status: 'ok' });
    if (request.method === 'GET' && url.pathname === '/metrics') {
      const { contentType, body } = await metrics.render();
      response.writeHead(200, { 'content-type': contentType });
      return void response.end(body);
    }
    if (request.method === 'GET' && url.pathname === '/readiness') {
      const ready = await options.db
        .query('SELECT 1')
        .then(() => true)
        .catch(() => false);
      return sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'database unreachable' });
    }
    if (url.pathname !== '/graphql') return sendJson(response, 404, { error: 'not found' });
    if (request.method !== 'POST') return sendJson(response, 405, { error: 'POST only' });

    const requestIdHeader = request.headers[REQUEST_ID_HEADER];
    const requestId = typeof requestIdHeader === 'string' && /^[\w-]{1,100}$/.test(requestIdHeader) ? requestIdHeader : randomUUID();
    const clientRequestIdHeader = request.headers[CLIENT_REQUEST_ID_HEADER];
    const clientRequestId = typeof clientRequestIdHeader === 'string' && /^[\w-]{1,100}$/.test(clientRequestIdHeader) ? clientRequestIdHeader : null;
    const body = await readBody(request);
    const authorization = request.headers.authorization ?? '';
    let identity: Identity;
    let principal: Principal;
    if (request.headers[SERVICE_PRINCIPAL_HEADER] !== undefined) {
      // Another subgraph calling as itself: its own signature, no user token.
      const check = verifyServiceRequest(options.signingSecret, servicePrincipalHeaders(request.headers), body);
      if (!check.ok) {
        options.log.warn({ requestId, reason: check.reason }, 'refused a request without a valid service principal signature');
        return sendJson(response, 401, errorBody(unauthenticated('Not a valid service principal')), requestId);
      }
      principal = { kind: 'service', service: check.service };
      identity = serviceIdentity(check.service);
    } else {
      const signature = verifyRequestSignature(
        options.signingSecret,
        {
          signature: request.headers[SIGNATURE_HEADER] as string | undefined,
          timestamp: request.headers[TIMESTAMP_HEADER] as string | undefined,
          authorization,
        },
        body,
      );
      if (!signature.ok) {
        options.log.warn({ requestId, reason: signature.reason }, 'refused a request without a valid gateway signature');
        return sendJson(response, 401, errorBody(unauthenticated('Requests must come through the gateway')), requestId);
      }
      const token = bearerToken(authorization);
      try {
        if (!token) throw unauthenticated();
        identity = await options.verifyToken(token);
      } catch (error) {
        const refusal = error instanceof Error && 'extensions' in error ? (error as ReturnType<typeof unauthenticated>) : unauthenticated();
        return sendJson(response, 401, errorBody(refusal as never), requestId);
      }
      principal = { kind: 'user' };
    }
    // NUL cannot be stored in PostgreSQL text; refuse it wherever it hides (a variable, a literal,
    // an idempotency key) before any resolver turns it into a database error.
    if (/\\u0000/i.test(body)) {
      return sendJson(response, 400, { errors: [{ message: 'Text must not contain NUL characters', extensions: { code: 'BAD_USER_INPUT', field: 'variables', rule: 'controlCharacters' } }] }, requestId);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return sendJson(response, 400, { errors: [{ message: 'Body is not JSON', extensions: { code: 'BAD_REQUEST' } }] }, requestId);
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    // The trace goes on from the gateway's (or a peer's) span; the request's SQL statements are its children.
    const parent = tracing.extract(request.headers);
    const span = tracing.start('graphql', parent, SpanKind.SERVER);
    const traceContext = tracing.within(span, parent);
    // The request's statements, the audit INSERT included, are counted on its own view of the data source.
    const counted = countedDataSource(options.db, { tracing, parent: traceContext });
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: url.search, body: parsed },
      context: async () => {
        const context: BaseContext<Loaders> = {
          principal,
          identity,
          requestId,
          authorization,
          db: counted.db,
          loaders: options.createLoaders(counted.db, identity),
          log: options.log.child({ requestId }),
          audit: new AuditTrail(counted.db, identity, requestId, clientRequestId, options.unguarded),
          ruleAnswers: new WeakMap(),
          trace: { span, context: traceContext },
        };
        return context;
      },
    });
    // Ended by the metrics plugin once the operation is known; a request Apollo refused before that ends here.
    if (span.isRecording()) span.end();
    const outHeaders: Record<string, string> = { [REQUEST_ID_HEADER]: requestId, [STATEMENTS_HEADER]: String(counted.count()) };
    // While draining, tell keep-alive clients to go, so the process can exit once they have.
    if (stopping) outHeaders.connection = 'close';
    for (const [key, value] of result.headers) outHeaders[key] = value;
    response.writeHead(result.status ?? 200, outHeaders);
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    }
  }

  let stopping = false;
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const status = (error as { status?: number }).status ?? 500;
      options.log.error({ err: { message: (error as Error).message, name: (error as Error).name } }, 'request failed');
      if (!response.headersSent) sendJson(response, status, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else response.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  let purgeTimer: NodeJS.Timeout | undefined;
  if (options.auditRetentionDays !== undefined) {
    const retentionDays = options.auditRetentionDays;
    const purge = () =>
      purgeAuditRecords(options.db, retentionDays).then(
        (deleted) => options.log.info({ deleted, retentionDays }, 'purged expired audit records'),
        (error: Error) => options.log.error({ err: { name: error.name } }, 'audit purge failed'),
      );
    void purge();
    purgeTimer = setInterval(purge, PURGE_INTERVAL_MS).unref();
  }
  const host = listen.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(listen.port ?? 0, host, resolve));
  const actualPort = (server.address() as AddressInfo).port;
  // The relay works on a small pool of its own: its background statements are not any request's,
  // so they stay out of the per-request statement counts (STATEMENTS_HEADER, the counting logger).
  const relayDb = options.outbox
    ? await new DataSource({ ...options.db.options, logger: undefined, logging: false, migrationsRun: false, synchronize: false, poolSize: 2 } as DataSourceOptions).initialize()
    : null;
  const relay: Relay | null = options.outbox && relayDb ? startRelay({ db: relayDb, deliver: options.outbox.deliver, log: options.log.child({ component: 'outbox-relay' }) }) : null;
  return {
    // Where this process reaches itself; other hosts use the configured URL (ORDERS_URL, …).
    url: `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host}:${actualPort}/graphql`,
    port: actualPort,
    schema,
    server,
    drainOutbox: () => relay?.drain() ?? Promise.resolve(0),
    async stop() {
      // The relay first: it uses the database, which the caller closes after this.
      await relay?.stop();
      await relayDb?.destroy();
      clearInterval(purgeTimer);
      stopping = true;
      await closeGracefully(server);
      await apollo.stop();
      await tracing.shutdown();
    },
  };
}

/** How long in-flight requests get to finish when a server stops. */
export const DRAIN_DEADLINE_MS = 10_000;

/**
 * Stops accepting connections, lets in-flight requests finish (their responses say
 * `connection: close`), drops idle keep-alive connections as they become idle, and cuts what is
 * left at the deadline.
 */
export function closeGracefully(server: Server, deadlineMs = DRAIN_DEADLINE_MS): Promise<void> {
  return new Promise<void>((resolve) => {
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    const deadline = setTimeout(() => server.closeAllConnections(), deadlineMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve();
    });
    server.closeIdleConnections();
  });
}

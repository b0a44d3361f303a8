import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { bearerToken, OPERATION_HEADER, signRequest, type TokenVerifier } from '@mentor/common';
import { GraphQLError } from 'graphql';

/** What the Apollo gateway passes from the client's request to each subgraph request. */
export interface ForwardedContext {
  authorization: string;
}

/**
 * The body RemoteGraphQLDataSource sends: `sendRequest` posts `JSON.stringify` of the request
 * with `query` first and `http` removed (gateway 2.14, APQ off), so the signature covers exactly it.
 */
export function bodyAsSent(request: GraphQLDataSourceProcessOptions['request']): string {
  const { query, http: _http, ...rest } = request;
  return JSON.stringify({ query, ...rest });
}

/**
 * A subgraph request as our gateway sends it: the client's bearer token forwarded, the client's
 * operation name as the audit purpose, and the HMAC signature over timestamp, token and body.
 */
export class SigningDataSource extends RemoteGraphQLDataSource<ForwardedContext> {
  constructor(
    url: string,
    private readonly signingSecret: string,
  ) {
    super({ url });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<ForwardedContext>): void {
    const { request } = options;
    const headers = request.http!.headers;
    let authorization = '';
    // Only a client's operation carries a caller; the gateway's own health checks carry none.
    if ('incomingRequestContext' in options) {
      authorization = options.context.authorization;
      headers.set('authorization', authorization);
      const operationName = options.incomingRequestContext.request.operationName;
      if (operationName) headers.set(OPERATION_HEADER, operationName.slice(0, 100));
    }
    for (const [name, value] of Object.entries(signRequest(this.signingSecret, authorization, bodyAsSent(request)))) headers.set(name, value);
  }
}

export interface RunningApolloGateway {
  url: string;
  stop(): Promise<void>;
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * `@apollo/gateway` serving the same supergraph, for comparison only: the same JWT check before
 * execution, the same signed subgraph requests, masked errors, no landing page, no introspection.
 */
export async function startApolloGateway(options: { supergraph: string; verifyToken: TokenVerifier; signingSecret: string }): Promise<RunningApolloGateway> {
  // Otherwise the gateway probes cloud metadata addresses and exports metrics to Apollo: no traffic leaves this machine.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraph,
    buildService: ({ url }) => new SigningDataSource(url!, options.signingSecret),
  });
  const server = new ApolloServer<ForwardedContext>({
    gateway,
    introspection: false,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    // Runs before the operation is parsed: a request without a valid token costs no planning.
    context: async ({ req }) => {
      const authorization = req.headers.authorization ?? '';
      const token = bearerToken(authorization);
      if (!token) throw unauthenticated('A valid bearer token is required');
      try {
        await options.verifyToken(token);
      } catch {
        throw unauthenticated('The bearer token is invalid or expired');
      }
      return { authorization };
    },
  });
  const port = new URL(url).port;
  return { url: `http://127.0.0.1:${port}/graphql`, stop: () => server.stop() };
}

import { createLogger, gatewaySigningSecret, loadDevelopmentKey, readEnvironment, serviceNames, verifierFromEnvironment, type Environment } from '@mentor/common';
import { limitsFromEnvironment } from '@mentor/gateway';
import { openDatabases, resolveDatabases, seedDatabases, startStack, type RunningStack } from './stack.js';
import { drift, reconcileReplication } from './reconcile.js';
import type { RunningIdentityProvider } from './identity-provider.js';

// `npm start`: the whole system in one process, on the ports of DESIGN §7.
const env = readEnvironment();
const log = createLogger('stack', env.LOG_LEVEL);
const server = await resolveDatabases(env, log);
let stack: RunningStack | undefined;
let identityProvider: RunningIdentityProvider | undefined;
let databases: Awaited<ReturnType<typeof openDatabases>> | undefined;

/**
 * Outside production, without an identity provider of the municipality's (AUTH_JWKS_URL): the
 * development OpenID provider, signing with the development key the gateway already trusts, so
 * the web view signs in as in production. It is a development dependency: never loaded in production.
 */
async function startDevelopmentIdentityProvider(env: Environment): Promise<RunningIdentityProvider | undefined> {
  const issuer = `http://localhost:${env.DEV_IDENTITY_PROVIDER_PORT}`;
  if (env.NODE_ENV === 'production' || env.AUTH_JWKS_URL) return undefined;
  if (env.AUTH_ISSUER !== issuer) {
    log.info({ issuer }, 'the development identity provider is not started: AUTH_ISSUER names another');
    return undefined;
  }
  const { startIdentityProvider } = await import('./identity-provider.js');
  const { privateJwk } = await loadDevelopmentKey(env);
  const web = [`http://localhost:${env.GATEWAY_PORT}/`, `http://127.0.0.1:${env.GATEWAY_PORT}/`];
  return startIdentityProvider({
    issuer,
    port: env.DEV_IDENTITY_PROVIDER_PORT,
    audience: env.AUTH_AUDIENCE,
    client: { id: env.WEB_OIDC_CLIENT_ID, redirectUris: web, postLogoutRedirectUris: web },
    keys: [privateJwk],
  });
}

async function shutdown(code: number): Promise<never> {
  await identityProvider?.stop().catch(() => undefined);
  await stack?.stop().catch(() => undefined);
  await Promise.all(Object.values(databases ?? {}).map((db) => db.destroy().catch(() => undefined)));
  // The embedded server is a separate process: stop it on every way out, or it outlives us.
  await server.embedded?.stop().catch(() => undefined);
  process.exit(code);
}

try {
  databases = await openDatabases(server.urls);
  const seeded = await seedDatabases(databases, Number(process.env.DEMO_YOUTHS ?? 200));
  log.info({ seeded }, 'databases migrated; demo data loaded where missing');
  stack = await startStack({
    databases,
    verifyToken: await verifierFromEnvironment(env),
    signingSecret: gatewaySigningSecret(env),
    log,
    production: env.NODE_ENV === 'production',
    auditRetentionDays: env.AUDIT_RETENTION_DAYS,
    limits: limitsFromEnvironment(env),
    ports: { gateway: env.GATEWAY_PORT, orders: env.ORDERS_PORT, mentors: env.MENTORS_PORT, partners: env.PARTNERS_PORT },
  });
  // The demo seeders write each side's copy of the replicated relations on their own, and the copies
  // can disagree with their owners: bring them in step as the relays would, before anyone signs in.
  const directory = Object.fromEntries(serviceNames.map((name) => [name, stack!.subgraphs[name].url]));
  const report = await reconcileReplication({ orders: databases.orders, partners: databases.partners, directory, signingSecret: gatewaySigningSecret(env) });
  await stack.drainOutboxes();
  log.info({ repaired: drift(report) }, 'replicated relations compared with their owners');
  identityProvider = await startDevelopmentIdentityProvider(env);
} catch (error) {
  log.error({ err: { name: (error as Error).name, message: (error as Error).message } }, 'start failed');
  await shutdown(1);
}

process.stdout.write(
  [
    '',
    `Gateway:  http://localhost:${stack!.gateway.port}/graphql  (GraphiQL in a browser)`,
    ...serviceNames.map((name) => `${name.padEnd(9)} ${stack!.subgraphs[name].url}  (signed requests only)`),
    ...(identityProvider ? [`Sign-in:  ${identityProvider.issuer}  (the development OpenID provider: demo users)`] : []),
    'A token:  npm run --silent token -- --demo caseworker',
    '',
  ].join('\n'),
);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    void shutdown(0);
  });
}

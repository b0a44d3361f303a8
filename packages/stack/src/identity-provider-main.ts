import { createLogger, loadDevelopmentKey, readEnvironment } from '@mentor/common';
import { startIdentityProvider } from './identity-provider.js';

// The development OpenID provider as a process of its own (compose.yaml's `demo` profile): the
// demo users sign in on its page, and the gateway verifies its tokens against its JWKS. Its key is
// the development key under DATA_DIR, refused in production: this is never a municipality's provider.
const env = readEnvironment();
const log = createLogger('identity-provider', env.LOG_LEVEL);
const web = (env.DEV_IDENTITY_PROVIDER_WEB_ORIGINS ?? `http://localhost:${env.GATEWAY_PORT}`).split(',').map((origin) => `${origin.trim().replace(/\/$/, '')}/`);
const { privateJwk } = await loadDevelopmentKey(env);
const provider = await startIdentityProvider({
  issuer: env.AUTH_ISSUER,
  port: env.DEV_IDENTITY_PROVIDER_PORT,
  host: env.DEV_IDENTITY_PROVIDER_HOST,
  audience: env.AUTH_AUDIENCE,
  client: { id: env.WEB_OIDC_CLIENT_ID, redirectUris: web, postLogoutRedirectUris: web },
  keys: [privateJwk],
});
log.info({ issuer: provider.issuer, web }, 'development identity provider listening');
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void provider.stop().then(() => process.exit(0)));

import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { readEnvironment } from '@mentor/common';

/** What the web view needs to sign staff in with the identity provider (OpenID Connect, code flow with PKCE). */
export interface SignInConfig {
  issuer: string;
  clientId: string;
  scope: string;
  /** The resource indicator the access token is for, where the provider wants one. */
  resource?: string;
}

export function signInConfigFromEnvironment(env = readEnvironment()): SignInConfig {
  return { issuer: env.AUTH_ISSUER, clientId: env.WEB_OIDC_CLIENT_ID, scope: env.WEB_OIDC_SCOPE, ...(env.WEB_OIDC_RESOURCE ? { resource: env.WEB_OIDC_RESOURCE } : {}) };
}

/** `GET /auth/config`: the identity provider and client the web view signs in with; public, like the provider's own discovery document. */
export function useSignInConfig(config: SignInConfig): GatewayPlugin {
  const body = JSON.stringify(config);
  return {
    onRequest({ request, url, endResponse }) {
      if (url.pathname !== '/auth/config' || request.method !== 'GET') return;
      endResponse(new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } }));
    },
  };
}

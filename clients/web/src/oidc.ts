import { UserManager, WebStorageStateStore } from 'oidc-client-ts';

/** What the gateway says about the identity provider (`GET /auth/config`). */
interface SignInConfig {
  issuer: string;
  clientId: string;
  scope: string;
  resource?: string;
}

let manager: Promise<UserManager | null> | undefined;

/**
 * The sign-in with the municipality's identity provider (OpenID Connect): authorization code with
 * PKCE, the access token kept for the tab only (sessionStorage), a new sign-in when it expires
 * (the provider's own session makes that a pair of redirects, not a form), sign-out at the provider.
 */
export function identityProvider(): Promise<UserManager | null> {
  manager ??= fetch('/auth/config')
    .then((response) => (response.ok ? (response.json() as Promise<SignInConfig>) : null))
    .then((config) => {
      if (!config) return null;
      const here = `${window.location.origin}/`;
      const users = new UserManager({
        authority: config.issuer,
        client_id: config.clientId,
        redirect_uri: here,
        post_logout_redirect_uri: here,
        response_type: 'code',
        scope: config.scope,
        ...(config.resource ? { extraQueryParams: { resource: config.resource }, extraTokenParams: { resource: config.resource } } : {}),
        userStore: new WebStorageStateStore({ store: window.sessionStorage }),
        stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
        automaticSilentRenew: false,
        monitorSession: false,
      });
      users.events.addAccessTokenExpired(() => void users.signinRedirect());
      return users;
    })
    .catch(() => null);
  return manager;
}

/** The access token of a sign-in the provider just sent the browser back from, or null when this page load is not one. */
export async function completeSignIn(): Promise<string | null> {
  const params = new URLSearchParams(window.location.search);
  if (!params.has('state') || !(params.has('code') || params.has('error'))) return null;
  const users = await identityProvider();
  if (!users) return null;
  try {
    const user = await users.signinRedirectCallback();
    return user.access_token;
  } finally {
    // The code is used once; it does not stay in the address bar or the history.
    window.history.replaceState(null, '', `${window.location.pathname}#/`);
  }
}

export async function signOutAtProvider(): Promise<void> {
  const users = await identityProvider();
  if (!users || !(await users.getUser())) return;
  await users.signoutRedirect();
}

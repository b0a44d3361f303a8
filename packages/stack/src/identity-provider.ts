import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import Provider, { type Configuration } from 'oidc-provider';
import type { JWK } from 'jose';
import { type Identity } from '@mentor/common';
import { demoUsers } from '@mentor/testkit';

/**
 * A real OpenID provider for development and tests, standing in for the municipality's (MitID
 * Erhverv through NemLog-in or a broker): authorization code with PKCE for the web view, signed
 * JWT access tokens for the API with the claims the system reads (`roles`, `org`, `name`), a JWKS
 * the gateway verifies against, and a Danish sign-in page where a demo user is chosen. Never part
 * of a production deployment.
 */
export interface IdentityProviderOptions {
  /** Where the provider is reached, its `iss`: e.g. http://localhost:4005 (the port is `port`). */
  issuer: string;
  port: number;
  host?: string;
  /** The audience access tokens are for (the gateway's AUTH_AUDIENCE). */
  audience: string;
  /** The web view's client: its id and where it may be sent back to. */
  client: { id: string; redirectUris: string[]; postLogoutRedirectUris: string[] };
  /** Private signing keys, the first one signs; the public halves are the JWKS. */
  keys: JWK[];
  /** Who may sign in, by user key; default the demo users. */
  users?: Record<string, Identity>;
  /** Access token lifetime in seconds (default one hour). */
  accessTokenSeconds?: number;
}

export interface RunningIdentityProvider {
  issuer: string;
  jwksUrl: string;
  /** The resource indicator the web view asks for; its tokens' audience is `audience`. */
  resource: string;
  stop(): Promise<void>;
}

/** The resource indicator of the API (an absolute URI, as RFC 8707 wants); the tokens say `aud: audience`. */
export const API_RESOURCE = 'urn:mentor-network:api';

const escape = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title><style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}
label{display:flex;gap:.5rem;align-items:center;min-height:2rem}button{min-height:2.5rem;padding:0 1.25rem;font-size:1rem;margin-top:1rem}</style></head>
<body><main>${body}</main></body></html>`;
}

function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString();
      if (body.length > 10_000) request.destroy();
    });
    request.on('end', () => resolve(new URLSearchParams(body)));
    request.on('error', reject);
  });
}

export async function startIdentityProvider(options: IdentityProviderOptions): Promise<RunningIdentityProvider> {
  const users = options.users ?? (demoUsers as Record<string, Identity>);
  const bySub = new Map(Object.values(users).map((user) => [user.sub, user]));
  const configuration: Configuration = {
    clients: [
      {
        client_id: options.client.id,
        token_endpoint_auth_method: 'none',
        id_token_signed_response_alg: 'ES256',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: options.client.redirectUris,
        post_logout_redirect_uris: options.client.postLogoutRedirectUris,
      },
    ],
    jwks: { keys: options.keys as never },
    pkce: { required: () => true },
    scopes: ['openid', 'profile', 'offline_access'],
    claims: { openid: ['sub'], profile: ['name', 'roles', 'org'] },
    findAccount: async (_ctx, sub) => {
      const user = bySub.get(sub);
      return user ? { accountId: sub, claims: async () => ({ sub, name: user.name, roles: user.roles, org: user.org }) } : undefined;
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        // The provider asks before it ends the session; in Danish, like the sign-in page.
        logoutSource: async (ctx, form) => {
          ctx.type = 'html';
          ctx.body = page('Log ud', `<h1>Log ud</h1><p>Vil du logge ud af Mentornetværket?</p>${form.replace('</form>', '')}<button type="submit" form="op.logoutForm" name="logout" value="yes">Log ud</button></form>`);
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.type = 'html';
          ctx.body = page('Logget ud', '<h1>Du er logget ud</h1>');
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => API_RESOURCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx, resource) => {
          if (resource !== API_RESOURCE) throw new Error('unknown resource');
          return { scope: 'api', audience: options.audience, accessTokenTTL: options.accessTokenSeconds ?? 3600, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'ES256' } } };
        },
      },
    },
    // The claims the gateway reads, in the access token itself.
    extraTokenClaims: async (_ctx, token) => {
      const user = 'accountId' in token && typeof token.accountId === 'string' ? bySub.get(token.accountId) : undefined;
      return user ? { roles: user.roles, org: user.org, name: user.name } : undefined;
    },
    clientBasedCORS: (_ctx, origin, client) => client.redirectUris?.some((uri) => new URL(uri).origin === origin) ?? false,
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    renderError: (ctx) => {
      ctx.type = 'html';
      ctx.body = page('Log ind', '<h1>Log ind mislykkedes</h1><p>Anmodningen kunne ikke gennemføres. Gå tilbage til Mentornetværket og prøv igen.</p>');
    },
    // Interaction and session cookies are signed with a key of this run: a restart signs everyone out.
    cookies: { keys: [randomBytes(32).toString('hex')] },
    ttl: { Session: 8 * 3600, Interaction: 600, Grant: 8 * 3600, AccessToken: options.accessTokenSeconds ?? 3600, IdToken: 3600, RefreshToken: 8 * 3600 },
  };
  const provider = new Provider(options.issuer, configuration);
  provider.proxy = false;
  const callback = provider.callback();

  async function interaction(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(request, response);
    if (details.prompt.name === 'login') {
      if (request.method === 'POST') {
        const form = await readForm(request);
        const user = users[form.get('bruger') ?? ''];
        if (user) return void (await provider.interactionFinished(request, response, { login: { accountId: user.sub } }, { mergeWithLastSubmission: false }));
      }
      const choices = Object.entries(users)
        .map(([key, user], index) => `<label><input type="radio" name="bruger" value="${escape(key)}"${index === 0 ? ' checked' : ''}> ${escape(user.name)} <small>(${escape(key)})</small></label>`)
        .join('\n');
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return void response.end(
        page(
          'Log ind',
          `<h1>Log ind</h1><p>Udviklingsmiljøets identitetsudbyder: vælg en demobruger. I drift logger medarbejdere ind med MitID Erhverv.</p>
<form method="post" action="/interaction/${escape(details.uid)}"><fieldset><legend>Demobruger</legend>${choices}</fieldset><button type="submit">Log ind</button></form>`,
        ),
      );
    }
    // Consent: the web view is the system's own client, so its scopes and the API are granted.
    const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId: details.session!.accountId, clientId: details.params.client_id as string });
    grant!.addOIDCScope('openid profile offline_access');
    grant!.addResourceScope(API_RESOURCE, 'api');
    const grantId = await grant!.save();
    await provider.interactionFinished(request, response, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', options.issuer).pathname;
    if (path.startsWith('/interaction/')) {
      interaction(request, response).catch(() => {
        if (!response.headersSent) response.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
        response.end(page('Log ind', '<h1>Log ind mislykkedes</h1><p>Login-forløbet er udløbet eller ugyldigt. Gå tilbage og prøv igen.</p>'));
      });
      return;
    }
    void callback(request, response);
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? '127.0.0.1', resolve));
  return {
    issuer: options.issuer,
    jwksUrl: `${options.issuer}/jwks`,
    resource: API_RESOURCE,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

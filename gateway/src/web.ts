import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { repoRoot } from '@mentor/common';

/** Where `npm run build` puts the web view (clients/web). */
export const webRoot = path.join(repoRoot, 'clients', 'web', 'dist');

/** Demo sign-in: who may sign in, and a token for one of them by key (null for an unknown key). */
export interface DemoSignIn {
  users: { key: string; name: string; roles: readonly string[]; relatesTo?: string }[];
  sign(user: string): Promise<string | null>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The page's headers; `identityProvider` is the origin the page may call besides this one (its discovery and token endpoints). */
const pageHeaders = (identityProvider: string | undefined) => ({
  'content-security-policy': `default-src 'self'; connect-src 'self'${identityProvider ? ` ${identityProvider}` : ''}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'`,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
});

const reserved = new Set(['/graphql', '/healthcheck', '/readiness']);

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });
}

async function fileIn(root: string, pathname: string): Promise<string | null> {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const file = path.resolve(root, `.${relative}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  const info = await stat(file).catch(() => null);
  return info?.isFile() ? file : null;
}

export interface WebOptions {
  root?: string;
  /** Demo sign-in at /auth/demo; off in production. */
  demoSignIn?: DemoSignIn | false;
  /** The identity provider the page signs in with (its issuer URL). */
  identityProvider?: string;
}

/**
 * Serves the web view's built files at `/` (any other path without a file gets the page, for
 * client-side routes), and outside production a demo sign-in.
 */
export function useWebView(options: WebOptions = {}): GatewayPlugin {
  const root = options.root ?? webRoot;
  const signIn = options.demoSignIn;
  const headers = pageHeaders(options.identityProvider ? new URL(options.identityProvider).origin : undefined);
  return {
    async onRequest({ request, url, endResponse }) {
      if (reserved.has(url.pathname)) return;
      if (url.pathname === '/auth/demo') {
        if (!signIn) return endResponse(json(404, { error: 'Demo sign-in is not available' }));
        if (request.method === 'GET') {
          return endResponse(json(200, signIn.users));
        }
        if (request.method !== 'POST') return endResponse(json(405, { error: 'GET or POST' }));
        const body = (await request.json().catch(() => null)) as { user?: unknown } | null;
        const token = typeof body?.user === 'string' ? await signIn.sign(body.user) : null;
        return endResponse(token ? json(200, { token }) : json(400, { error: 'Unknown demo user' }));
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const file = (await fileIn(root, url.pathname)) ?? (path.extname(url.pathname) ? null : await fileIn(root, '/index.html'));
      if (!file) return;
      const isPage = file.endsWith('.html');
      endResponse(
        new Response(request.method === 'HEAD' ? null : await readFile(file), {
          status: 200,
          headers: {
            'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
            // Vite names assets by content hash: cache them for good, the page never.
            'cache-control': isPage ? 'no-cache' : 'public, max-age=31536000, immutable',
            ...(isPage ? headers : { 'x-content-type-options': 'nosniff' }),
          },
        }),
      );
    },
  };
}

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createLogger } from '@mentor/common';
import { createTestIdentityProvider, TEST_SIGNING_SECRET } from '@mentor/testkit';
import { supergraphPath } from './compose.js';
import { GRAPHIQL_ASSETS, renderGraphiQL } from './graphiql.js';
import { startGateway } from './server.js';

describe('GraphiQL from the installed package', () => {
  it('names no asset outside the gateway and keeps its options out of script', () => {
    const page = renderGraphiQL({ title: 'Mentor network </script><script>alert(1)</script>' });
    expect(page).not.toMatch(/https?:\/\//);
    expect(page).toContain(`src="${GRAPHIQL_ASSETS}graphiql.js"`);
    expect(page).not.toContain('<script>alert(1)');
  });

  it('is served with its assets outside production, and neither in production', async () => {
    const supergraph = await readFile(supergraphPath, 'utf8');
    const identity = await createTestIdentityProvider();
    const options = { supergraph, verifyToken: identity.verifyToken, signingSecret: TEST_SIGNING_SECRET, log: createLogger('graphiql-test', 'silent') };
    const [development, production] = await Promise.all([startGateway({ ...options, production: false }), startGateway({ ...options, production: true })]);
    try {
      const base = (gateway: { url: string }) => gateway.url.replace(/\/graphql$/, '');
      const page = await fetch(development.url, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(GRAPHIQL_ASSETS);
      for (const asset of ['graphiql.js', 'graphiql.css', 'editor.worker.js', 'json.worker.js', 'graphql.worker.js', 'environment.js', 'start.js', 'favicon.ico']) {
        const response = await fetch(`${base(development)}${GRAPHIQL_ASSETS}${asset}`);
        expect(response.status, asset).toBe(200);
        expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(0);
      }
      expect((await fetch(`${base(development)}${GRAPHIQL_ASSETS}unknown.js`)).status).toBe(404);
      expect((await fetch(`${base(production)}${GRAPHIQL_ASSETS}graphiql.js`)).status).not.toBe(200);
    } finally {
      await Promise.all([development.stop(), production.stop()]);
    }
  });
});

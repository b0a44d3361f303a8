import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/stack.js';

/**
 * The gateway's edges: GraphQL is served at `/graphql` only, and nothing on any other path runs an
 * operation, with a token or without.
 */

let system: TestStack;

beforeAll(async () => {
  system = await startTestStack({ youths: 4 });
});

afterAll(async () => {
  await system?.stop();
});

const probe = JSON.stringify({ query: 'query EdgeProbe { __typename }', operationName: 'EdgeProbe' });

/** A raw request to the gateway at `path` (not normalised by a URL parser). */
function post(path: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port: system.stack.gateway.port, path, method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const response = await fetch(`http://127.0.0.1:${system.stack.gateway.port}${path}`, { headers: { accept: 'application/json', ...headers } });
  return { status: response.status, text: await response.text() };
}

describe('GraphQL on one path only', () => {
  const others = ['/graphql/', '//graphql', '/GraphQL', '/GRAPHQL', '/graphql//', '/api/graphql', '/graphql/x', '/', '/graphql;x'];

  for (const path of others) {
    it(`runs no operation at ${path} without a token`, async () => {
      const { status, text } = await post(path, probe);
      expect(status).toBe(404);
      expect(text).not.toContain('"__typename"');
    });
  }

  it('runs no operation at another path with a valid token either: 404, no data', async () => {
    const authorization = `Bearer ${await system.token('caseworker')}`;
    for (const path of ['/graphql/', '//graphql', '/GraphQL']) {
      const { status, text } = await post(path, probe, { authorization });
      expect(`${path} ${status}`).toBe(`${path} 404`);
      expect(text).not.toContain('"__typename"');
    }
  });

  it('runs no operation sent as a GET with a query string at another path (the web view may answer with its page)', async () => {
    const query = `query=${encodeURIComponent('{ __typename }')}`;
    for (const path of ['/graphql/', '//graphql', '/GraphQL', '/graphql/x']) {
      const { text } = await get(`${path}?${query}`);
      expect(text, path).not.toMatch(/"data"|__typename/);
    }
  });

  it('refuses /graphql with a query string without a token, and answers it with one', async () => {
    const refused = await post('/graphql?x', probe);
    expect(refused.status).toBe(401);
    expect(refused.text).toContain('UNAUTHENTICATED');
    const answered = await post('/graphql?x', probe, { authorization: `Bearer ${await system.token('caseworker')}` });
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.text)).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a GET operation at /graphql without a token', async () => {
    const { status } = await get(`/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(status).toBe(401);
  });
});

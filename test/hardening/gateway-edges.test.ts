import { request as httpRequest, type ClientRequest } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnvironment } from '@mentor/common';
import { startTestStack, type TestStack } from '../support/stack.js';

/**
 * The gateway's edges: GraphQL is served at `/graphql` only, and nothing on any other path runs an
 * operation, with a token or without; a body over the limit (1 MB by default) is answered 413
 * before it is parsed, however its length is given.
 */

let system: TestStack;

beforeAll(async () => {
  system = await startTestStack({ youths: 4 });
});

afterAll(async () => {
  await system?.stop();
});

const probe = JSON.stringify({ query: 'query EdgeProbe { __typename }', operationName: 'EdgeProbe' });
const MAX_BODY_BYTES = 1_000_000;

/**
 * A request to the gateway at `path` (not normalised by a URL parser), with a body given whole or
 * written by `body` (chunked: no content-length); the connection goes when the answer is in.
 */
function post(path: string, body: string | ((request: ClientRequest) => void), headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port: system.stack.gateway.port, path, method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
          request.destroy();
        });
      },
    );
    request.on('error', (error) => (request.destroyed ? undefined : reject(error)));
    if (typeof body === 'string') request.end(body);
    else body(request);
  });
}

/** The status line of the first answer on a raw connection to the gateway, after `write` sends what it likes. */
function firstStatusLine(write: (socket: Socket) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(system.stack.gateway.port, '127.0.0.1', () => write(socket));
    let received = '';
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('utf8');
      if (!received.includes('\r\n\r\n')) return;
      socket.destroy();
      resolve(received.split('\r\n')[0]!);
    });
    socket.on('error', (error) => (socket.destroyed ? undefined : reject(error)));
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

describe('the body limit', () => {
  it('is 1 MB unless GATEWAY_MAX_BODY_BYTES says otherwise', () => {
    expect(readEnvironment({}).GATEWAY_MAX_BODY_BYTES).toBe(MAX_BODY_BYTES);
    expect(readEnvironment({ GATEWAY_MAX_BODY_BYTES: '2048' }).GATEWAY_MAX_BODY_BYTES).toBe(2048);
  });

  it('answers a body within the limit', async () => {
    const body = JSON.stringify({ query: 'query EdgeProbe { __typename }', operationName: 'EdgeProbe', variables: { pad: 'x'.repeat(MAX_BODY_BYTES - 200) } });
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MAX_BODY_BYTES);
    const { status, text } = await post('/graphql', body, { authorization: `Bearer ${await system.token('caseworker')}` });
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers 413 to a declared body over the limit, with a token, before running it', async () => {
    const body = JSON.stringify({ query: 'query EdgeProbe { __typename }', operationName: 'EdgeProbe', variables: { pad: 'x'.repeat(MAX_BODY_BYTES) } });
    const { status, text } = await post('/graphql', body, { authorization: `Bearer ${await system.token('caseworker')}` });
    expect(status).toBe(413);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(text).not.toContain('"__typename"');
  });

  it('answers 413 to a chunked body as soon as it passes the limit, without waiting for its end', async () => {
    const authorization = `Bearer ${await system.token('caseworker')}`;
    // The body never ends, so only an answer given while it is still arriving can come back.
    const { status } = await post(
      '/graphql',
      (request) => {
        request.write(`{"query":"query EdgeProbe { __typename }","variables":{"pad":"`);
        const chunk = 'x'.repeat(64 * 1024);
        let sent = 0;
        const more = () => {
          while (sent <= 2 * MAX_BODY_BYTES && !request.destroyed) {
            sent += chunk.length;
            if (!request.write(chunk)) return void request.once('drain', more);
          }
        };
        more();
      },
      { authorization },
    );
    expect(status).toBe(413);
  });

  it('answers a chunked body within the limit', async () => {
    const authorization = `Bearer ${await system.token('caseworker')}`;
    const { text } = await post(
      '/graphql',
      (request) => {
        request.write(probe.slice(0, 10));
        request.end(probe.slice(10));
      },
      { authorization },
    );
    expect(JSON.parse(text)).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers 413 to a declared length over the limit at once, however little of the body is sent', async () => {
    const head = await firstStatusLine((socket) =>
      socket.write(`POST /graphql HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\nContent-Length: ${20 * MAX_BODY_BYTES}\r\n\r\n{"query":"`),
    );
    expect(head).toMatch(/^HTTP\/1\.1 413\b/);
  });

  it('takes no more than the declared length as the body when the client sends more', async () => {
    // The extra bytes are read as the next request on the connection, which is malformed: the first is answered alone.
    const head = await firstStatusLine((socket) => {
      socket.write(`POST /graphql HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(probe)}\r\n\r\n${probe}`);
      socket.write('x'.repeat(2 * MAX_BODY_BYTES));
    });
    // No token: the declared body alone was read, and refused for what it is.
    expect(head).toMatch(/^HTTP\/1\.1 401\b/);
  });
});

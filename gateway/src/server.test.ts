import { describe, expect, it } from 'vitest';
import { clientOperationName } from './server.js';

describe('the operation name passed on as the audit purpose', () => {
  it('is the one the client sends', () => {
    expect(clientOperationName({ operationName: 'Dashboard', query: 'query Other { a }' })).toBe('Dashboard');
  });

  it('is read from the document when the client sends none', () => {
    expect(clientOperationName({ query: 'query StudentList($first: Int) { youths(first: $first) { totalCount } }' })).toBe('StudentList');
    expect(clientOperationName({ query: '# a comment\n  mutation LogSession { logSession { id } }' })).toBe('LogSession');
  });

  it('is absent for an anonymous operation', () => {
    expect(clientOperationName({ query: '{ youths { totalCount } }' })).toBeUndefined();
    expect(clientOperationName(undefined)).toBeUndefined();
  });
});

describe('the gateway request log', () => {
  it('writes one structured line per request with the request id, and no token', async () => {
    const { readFile } = await import('node:fs/promises');
    const { Writable } = await import('node:stream');
    const { default: pino } = await import('pino');
    const { createTestIdentityProvider, TEST_SIGNING_SECRET } = await import('@mentor/testkit');
    const { startGateway } = await import('./server.js');
    const { supergraphPath } = await import('./compose.js');
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const identity = await createTestIdentityProvider();
    const gateway = await startGateway({
      supergraph: await readFile(supergraphPath, 'utf8'),
      verifyToken: identity.verifyToken,
      signingSecret: TEST_SIGNING_SECRET,
      log: pino({ level: 'debug' }, sink),
      production: false,
    });
    try {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token', 'x-request-id': 'log-check-1' },
        body: JSON.stringify({ query: '{ orders(first: 1) { totalCount } }' }),
      });
      expect(response.status).toBe(401);
      // The request's id is the gateway's own; the client's is answered and logged beside it.
      const requestId = response.headers.get('x-request-id');
      expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(response.headers.get('x-client-request-id')).toBe('log-check-1');
      const line = lines.find((entry) => entry.msg === 'request');
      expect(line).toMatchObject({ requestId, clientRequestId: 'log-check-1', method: 'POST', path: '/graphql', status: 401 });
      expect(JSON.stringify(lines)).not.toContain('not-a-token');
    } finally {
      await gateway.stop();
    }
  });
});

import { signRequest, signServiceRequest } from '@mentor/common';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { callAsServicePrincipal, callSubgraph, startServiceStub, startSignedStub, TEST_SIGNING_SECRET, type SignedCall, type SignedStub } from './testing.js';

const request = { query: '{ ping }', variables: { a: 1 } };

async function post(url: string, headers: Record<string, string>, body = JSON.stringify(request)): Promise<number> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return response.status;
}

describe('startServiceStub: only the named service as itself', () => {
  let stub: SignedStub;
  const calls: SignedCall[] = [];

  beforeAll(async () => {
    stub = await startServiceStub('orders', (call) => {
      calls.push(call);
      return { data: { ping: true } };
    });
  });
  afterAll(() => stub.stop());

  test('accepts a valid service signature from the named service and says who called', async () => {
    const response = await callAsServicePrincipal(stub.url, 'orders', request, { headers: { 'x-request-id': 'svc-1' } });
    expect(response).toMatchObject({ status: 200, body: { data: { ping: true } } });
    expect(calls.splice(0)).toEqual([{ query: request.query, variables: request.variables, authorization: '', requestId: 'svc-1', principal: 'orders' }]);
    expect(stub.refused).toBe(0);
  });

  test('refuses a gateway-signed user call, another service, a wrong secret, a changed body and a user token alongside', async () => {
    const body = JSON.stringify(request);
    expect((await callSubgraph(stub.url, request, { token: 'a.b.c' })).status).toBe(401);
    expect(await post(stub.url, signServiceRequest(TEST_SIGNING_SECRET, 'partners', body), body)).toBe(401);
    expect(await post(stub.url, signServiceRequest('another-secret-0123456789abcdef0123456789', 'orders', body), body)).toBe(401);
    expect(await post(stub.url, signServiceRequest(TEST_SIGNING_SECRET, 'orders', body), JSON.stringify({ ...request, variables: { a: 2 } }))).toBe(401);
    expect(await post(stub.url, { ...signServiceRequest(TEST_SIGNING_SECRET, 'orders', body), authorization: 'Bearer a.b.c' }, body)).toBe(401);
    // A gateway signature passed off as a service one.
    const gateway = signRequest(TEST_SIGNING_SECRET, 'service orders', body);
    expect(await post(stub.url, { 'x-service-principal': 'orders', 'x-service-timestamp': gateway['x-gateway-timestamp']!, 'x-service-signature': gateway['x-gateway-signature']! }, body)).toBe(401);
    expect(await post(stub.url, { 'x-service-principal': 'orders', 'x-service-timestamp': String(Date.now() - 10 * 60_000), 'x-service-signature': signServiceRequest(TEST_SIGNING_SECRET, 'orders', body, Date.now() - 10 * 60_000)['x-service-signature']! }, body)).toBe(401);
    expect(stub.refused).toBe(7);
    expect(calls).toEqual([]);
  });
});

describe('startSignedStub with a service: user calls signed like the gateway, and that service as itself', () => {
  let stub: SignedStub;
  const principals: (string | null)[] = [];

  beforeAll(async () => {
    stub = await startSignedStub(
      (call) => {
        principals.push(call.principal);
        return { data: { ping: true } };
      },
      TEST_SIGNING_SECRET,
      { service: 'partners' },
    );
  });
  afterAll(() => stub.stop());

  test('both are accepted, another service is not', async () => {
    expect((await callSubgraph(stub.url, request, { token: 'a.b.c' })).status).toBe(200);
    expect((await callAsServicePrincipal(stub.url, 'partners', request)).status).toBe(200);
    expect((await callAsServicePrincipal(stub.url, 'mentors', request)).status).toBe(401);
    expect(principals).toEqual([null, 'partners']);
    expect(stub.refused).toBe(1);
  });

  test('without a service, a service principal is refused', async () => {
    const plain = await startSignedStub(() => ({ data: {} }));
    try {
      expect((await callAsServicePrincipal(plain.url, 'partners', request)).status).toBe(401);
      expect(plain.refused).toBe(1);
    } finally {
      await plain.stop();
    }
  });
});

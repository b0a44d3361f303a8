import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceNames } from '@mentor/common';
import { TEST_SIGNING_SECRET } from '@mentor/testkit';
import { startApolloGateway, type RunningApolloGateway } from '@mentor/bench/apollo-gateway';
import { itemCount, workloads } from '@mentor/bench/workloads';
import { supergraphPath, withSubgraphUrls } from '@mentor/gateway/compose';
import { startTestStack, type TestStack } from '../support/stack.js';

// The benchmark compares like with like only if @apollo/gateway, set up as the bench sets it up,
// gets through the same checks and returns the same answers as our gateway.
let system: TestStack;
let apollo: RunningApolloGateway;

beforeAll(async () => {
  system = await startTestStack({ youths: 200 });
  const supergraph = withSubgraphUrls(
    await readFile(supergraphPath, 'utf8'),
    Object.fromEntries(serviceNames.map((name) => [name, system.stack.subgraphs[name].url])),
  );
  apollo = await startApolloGateway({ supergraph, verifyToken: system.identity.verifyToken, signingSecret: TEST_SIGNING_SECRET });
});

afterAll(async () => {
  await apollo?.stop();
  await system?.stop();
});

async function viaApollo(token: string | undefined, body: Record<string, unknown>) {
  const response = await fetch(apollo.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
}

describe('@apollo/gateway as the benchmark runs it', () => {
  it.each(workloads.map((workload) => [workload.name, workload] as const))('answers %s exactly as our gateway does', async (_, workload) => {
    const request = { query: workload.query, variables: workload.variables(20), operationName: workload.operationName };
    const ours = await system.send(workload.user, request);
    const theirs = await viaApollo(await system.token(workload.user), request);
    expect(ours.body.errors).toBeUndefined();
    expect(theirs.body.errors).toBeUndefined();
    expect(theirs.status).toBe(200);
    expect(itemCount(workload, theirs.body.data)).toBe(20);
    expect(theirs.body.data).toEqual(ours.body.data);
  });

  it('refuses a request without a valid token before it plans anything', async () => {
    const probe = { query: '{ orders(first: 1) { totalCount } }' };
    for (const token of [undefined, 'not-a-token']) {
      const { status, body } = await viaApollo(token, probe);
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(body.data ?? null).toBeNull();
    }
  });
});

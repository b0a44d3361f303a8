import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, serviceNames } from '@mentor/common';
import { startTestStack, type TestStack } from '../support/stack.js';

/** A counter's value in Prometheus text, or 0 when the series is absent. */
function sample(text: string, name: string, labels: Record<string, string>): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const inside = line.slice(name.length + 1, line.indexOf('}'));
    if (wanted.every((pair) => inside.split(',').includes(pair))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return 0;
}

describe('Prometheus metrics on every process', () => {
  let stack: TestStack;
  const metricsOf = async (url: string) => {
    const response = await fetch(new URL('/metrics', url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    return response.text();
  };
  const gatewayMetrics = () => metricsOf(stack.stack.gateway.url);

  beforeAll(async () => {
    stack = await startTestStack({ youths: 10 });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('counts requests and durations per trusted operation at the gateway, and per root field in each subgraph', async () => {
    const manifest = JSON.parse(await readFile(path.join(repoRoot, 'clients', 'operations', 'src', 'generated', 'persisted-documents.json'), 'utf8')) as Record<string, string>;
    const [documentId, text] = Object.entries(manifest).find(([, document]) => /query CaseworkerOrders\b/.test(document))!;
    const before = await gatewayMetrics();
    const ordersBefore = await metricsOf(stack.stack.subgraphs.orders.url);
    const answers = await Promise.all([
      stack.send('caseworker', { query: text, operationName: 'CaseworkerOrders', variables: { first: 5 } }),
      fetch(stack.stack.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.token('caseworker')}` },
        body: JSON.stringify({ documentId, variables: { first: 5 } }),
      }).then((response) => response.json() as Promise<{ data?: unknown; errors?: unknown }>),
    ]);
    expect(answers[0].body.errors).toBeUndefined();
    expect(answers[1].errors).toBeUndefined();
    const after = await gatewayMetrics();
    // Sent as text with its name and by document id without one: both are the same operation.
    expect(sample(after, 'graphql_requests_total', { operation: 'CaseworkerOrders', service: 'gateway' }) - sample(before, 'graphql_requests_total', { operation: 'CaseworkerOrders' })).toBe(2);
    expect(sample(after, 'graphql_request_duration_seconds_count', { operation: 'CaseworkerOrders' })).toBeGreaterThanOrEqual(2);
    const ordersAfter = await metricsOf(stack.stack.subgraphs.orders.url);
    expect(sample(ordersAfter, 'graphql_requests_total', { operation: 'orders', service: 'orders' }) - sample(ordersBefore, 'graphql_requests_total', { operation: 'orders' })).toBe(2);
    // The entity fetches for the provider, mentor and institution went to the other subgraphs.
    for (const service of serviceNames.filter((name) => name !== 'orders')) {
      expect(sample(await metricsOf(stack.stack.subgraphs[service].url), 'graphql_requests_total', { operation: '_entities', service })).toBeGreaterThan(0);
    }
    expect(after).toMatch(/process_cpu_seconds_total\{service="gateway"\}/);
  });

  it('counts errors by code: a refused token and a refused field', async () => {
    const before = await gatewayMetrics();
    expect((await stack.query(null, '{ orders(first: 1) { totalCount } }')).status).toBe(401);
    const forbidden = await stack.query('auditor', '{ orders(first: 1) { totalCount } }');
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const after = await gatewayMetrics();
    const delta = (code: string) => sample(after, 'graphql_request_errors_total', { operation: 'other', code }) - sample(before, 'graphql_request_errors_total', { operation: 'other', code });
    expect(delta('UNAUTHENTICATED')).toBe(1);
    expect(delta('FORBIDDEN')).toBe(1);
  });

  it('carries no personal data and no name a client made up, in any process', async () => {
    const youth = { cpr: '010190-1234', lastName: 'Sørensenholm' };
    const cpr = youth.cpr.replace('-', '');
    // Personal data in the operation name, the variables and a made-up field: none of it may become a label.
    const forged = `Lookup_${cpr}_${youth.lastName}`;
    await stack.send('caseworker', { query: `query ${forged}($search: String) { youths(first: 1, search: $search) { totalCount } }`, operationName: forged, variables: { search: youth.cpr } });
    await stack.send('caseworker', { query: `query ${forged} { ${youth.lastName.toLowerCase()}Field }`, operationName: forged });
    for (const url of [stack.stack.gateway.url, ...serviceNames.map((name) => stack.stack.subgraphs[name].url)]) {
      const text = await metricsOf(url);
      expect(text).not.toContain(cpr);
      expect(text).not.toContain(youth.cpr);
      expect(text).not.toContain(youth.lastName);
      expect(text).not.toContain(youth.lastName.toLowerCase());
      expect(text).not.toContain('Lookup_');
    }
    expect(sample(await gatewayMetrics(), 'graphql_requests_total', { operation: 'other' })).toBeGreaterThanOrEqual(2);
  });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/stack.js';

interface CollectedSpan {
  service: string;
  name: string;
  kind: number;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: Record<string, unknown>;
}

/** An OpenTelemetry collector's OTLP/HTTP trace endpoint: keeps every body as it came, and the spans in it. */
async function startCollector(): Promise<{ url: string; bodies: string[]; spans: CollectedSpan[]; stop: () => Promise<void> }> {
  const bodies: string[] = [];
  const spans: CollectedSpan[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      bodies.push(body);
      const parsed = JSON.parse(body) as {
        resourceSpans: {
          resource: { attributes: { key: string; value: { stringValue?: string } }[] };
          scopeSpans: { spans: { name: string; kind: number; traceId: string; spanId: string; parentSpanId?: string; attributes?: { key: string; value: Record<string, unknown> }[] }[] }[];
        }[];
      };
      for (const resource of parsed.resourceSpans) {
        const service = resource.resource.attributes.find((attribute) => attribute.key === 'service.name')?.value.stringValue ?? '?';
        for (const scope of resource.scopeSpans) {
          for (const span of scope.spans) {
            const attributes = Object.fromEntries((span.attributes ?? []).map((attribute) => [attribute.key, Object.values(attribute.value)[0]]));
            spans.push({ service, name: span.name, kind: span.kind, traceId: span.traceId, spanId: span.spanId, parentSpanId: span.parentSpanId || undefined, attributes });
          }
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, bodies, spans, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('OpenTelemetry traces from the gateway through every subgraph down to SQL', () => {
  let stack: TestStack;
  let collector: Awaited<ReturnType<typeof startCollector>>;

  beforeAll(async () => {
    collector = await startCollector();
    // Read by each server as it starts; the stack is the test's own.
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = collector.url;
    try {
      stack = await startTestStack({ youths: 10 });
    } finally {
      delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    }
  });
  afterAll(async () => {
    await stack?.stop();
    await collector?.stop();
  });

  it('joins one trace across the processes, with each SQL statement under its request, and carries no personal data', async () => {
    const cpr = '0101901234';
    const joined = await stack.send('caseworker', {
      query: `query CaseworkerOrders { orders(first: 5) { edges { node { reference youth { firstName lastName cpr } mentor { name } provider { name } institution { name } } } } }`,
      operationName: 'CaseworkerOrders',
    });
    expect(joined.body.errors).toBeUndefined();
    const nodes = (joined.body.data as { orders: { edges: { node: { reference: string; youth: { firstName: string; lastName: string; cpr: string }; mentor: { name: string } | null } }[] } }).orders.edges.map(
      (edge) => edge.node,
    );
    expect(nodes.length).toBeGreaterThan(0);
    const search = await stack.send('caseworker', { query: `query Search($search: String) { youths(first: 3, search: $search) { totalCount } }`, variables: { search: cpr }, operationName: 'Search' });
    expect(search.body.errors).toBeUndefined();

    // The gateway's span for the joined request, once every process has sent its part.
    const traceOf = () => {
      const root = collector.spans.find((span) => span.service === 'gateway' && span.name === 'graphql CaseworkerOrders');
      return root ? collector.spans.filter((span) => span.traceId === root.traceId) : [];
    };
    await expect
      .poll(() => new Set(traceOf().filter((span) => span.name.startsWith('graphql')).map((span) => span.service)), { timeout: 15_000, interval: 250 })
      .toEqual(new Set(['gateway', 'orders', 'mentors', 'partners']));
    const spans = traceOf();
    const byId = new Map(spans.map((span) => [span.spanId, span]));
    const root = spans.find((span) => span.service === 'gateway' && span.name === 'graphql CaseworkerOrders')!;
    expect(root.parentSpanId).toBeUndefined();
    for (const service of ['orders', 'mentors', 'partners']) {
      const served = spans.filter((span) => span.service === service && span.name.startsWith('graphql'));
      expect(served.length, service).toBeGreaterThan(0);
      for (const span of served) {
        // Each subgraph's request hangs under one of the gateway's fetches, which hangs under the request.
        const fetch = byId.get(span.parentSpanId!);
        expect(fetch?.service).toBe('gateway');
        expect(fetch?.name).toBe('subgraph fetch');
        expect(fetch?.parentSpanId).toBe(root.spanId);
      }
    }
    const ordersRequest = spans.find((span) => span.service === 'orders' && span.name === 'graphql orders')!;
    const statements = spans.filter((span) => span.service === 'orders' && span.name.startsWith('db '));
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(statement.parentSpanId).toBe(ordersRequest.spanId);
      expect(statement.attributes['db.system.name']).toBe('postgresql');
      expect(['SELECT', 'WITH', 'INSERT']).toContain(statement.attributes['db.operation.name']);
    }

    // Nothing a client sent or was answered reaches the collector: no names, CPR numbers, tokens or query text.
    await expect.poll(() => collector.spans.some((span) => span.service === 'orders' && span.name === 'graphql youths'), { timeout: 15_000 }).toBe(true);
    const everything = collector.bodies.join('\n');
    const token = await stack.token('caseworker');
    for (const secret of [cpr, ...nodes.flatMap((node) => [node.youth.firstName, node.youth.lastName, node.youth.cpr, node.youth.cpr.replace('-', '')]), 'Bearer', token.slice(0, 20), 'youths(first']) {
      expect(everything, secret).not.toContain(secret);
    }
  });
});

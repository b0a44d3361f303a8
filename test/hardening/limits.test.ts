import { Lexer, Source, TokenKind } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/stack.js';
import type { ErrorShape } from './checks.js';

/**
 * The gateway's limits, set small so the queries stay readable: at each limit a query passes with
 * all its data; one step over, it is refused with the limit's own code. Validation errors suggest
 * no field names, and a batch of operations in one request is refused.
 */

const limits = { maxDepth: 4, maxCost: 70, maxAliases: 3, maxDirectives: 3, maxTokens: 60 };

let system: TestStack;

beforeAll(async () => {
  system = await startTestStack({ youths: 30, limits });
});

afterAll(async () => {
  await system?.stop();
});

/** The tokens the gateway's parser counts: every lexical token but the end of the document. */
function tokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

async function run(query: string) {
  const operationName = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
  return system.send('caseworker', { query, operationName });
}

async function expectPasses(query: string) {
  const response = await run(query);
  expect(response.body.errors, query).toBeUndefined();
  expect(response.body.data, query).toBeTruthy();
  expect(Object.values(response.body.data!).every((value) => value !== null)).toBe(true);
}

async function expectRefused(query: string, code: string) {
  const response = await run(query);
  expect(response.body.data ?? null, query).toBeNull();
  expect(response.body.errors?.map((error) => error.extensions?.code), query).toEqual([code]);
}

/** `count` aliased copies of a small orders field. */
const aliased = (count: number) =>
  `query LimitsAliases { ${Array.from({ length: count }, (_, index) => `a${index}: orders(first: 1) { totalCount }`).join(' ')} }`;

/** An operation of exactly `count` tokens: a small field, then `__typename` until the count is reached. */
function ofTokens(count: number): string {
  const head = 'query LimitsTokens { orders(first: 1) { totalCount }';
  const query = `${head} ${'__typename '.repeat(count - tokens(`${head} }`))}}`;
  expect(tokens(query)).toBe(count);
  return query;
}

describe('gateway limits', () => {
  it('depth: a query as deep as the limit passes; one level deeper is refused', async () => {
    await expectPasses('query LimitsDepth { orders(first: 1) { edges { node { id } } } }');
    await expectRefused('query LimitsDepth { orders(first: 1) { edges { node { mentor { id } } } } }', 'DEPTH_LIMIT_EXCEEDED');
  });

  it('cost: a page that costs exactly the limit passes; one item more is refused', async () => {
    // orders(first: n) { totalCount } costs (2 + 1.5 × 1) × n.
    await expectPasses(`query LimitsCost { orders(first: ${limits.maxCost / 3.5}) { totalCount } }`);
    await expectRefused(`query LimitsCost { orders(first: ${limits.maxCost / 3.5 + 1}) { totalCount } }`, 'COST_LIMIT_EXCEEDED');
  });

  it('aliases: as many as the limit pass; one more is refused', async () => {
    await expectPasses(aliased(limits.maxAliases));
    await expectRefused(aliased(limits.maxAliases + 1), 'ALIAS_LIMIT_EXCEEDED');
  });

  it('directives: as many as the limit pass; one more is refused', async () => {
    await expectPasses('query LimitsDirectives { orders(first: 1) { totalCount @include(if: true) pageInfo @include(if: true) { hasNextPage @skip(if: false) } } }');
    await expectRefused(
      'query LimitsDirectives { orders(first: 1) { totalCount @include(if: true) pageInfo @include(if: true) { hasNextPage @skip(if: false) endCursor @include(if: true) } } }',
      'DIRECTIVE_LIMIT_EXCEEDED',
    );
  });

  it('tokens: a document of exactly the limit passes; one token more is refused', async () => {
    await expectPasses(ofTokens(limits.maxTokens));
    await expectRefused(ofTokens(limits.maxTokens + 1), 'TOKEN_LIMIT_EXCEEDED');
  });
});

describe('what a refusal gives away', () => {
  const mistakes: [string, { query: string; variables?: Record<string, unknown> }][] = [
    ['a misspelt field', { query: 'query LimitsTypo { orderz(first: 1) { totalCount } }' }],
    ['a misspelt argument', { query: 'query LimitsTypo { orders(firts: 1) { totalCount } }' }],
    ['a misspelt enum value', { query: 'query LimitsTypo { orders(first: 1, status: ACTIV) { totalCount } }' }],
    ['a misspelt enum value in a variable', { query: 'query LimitsTypo($status: OrderStatus) { orders(first: 1, status: $status) { totalCount } }', variables: { status: 'ACTIV' } }],
    [
      'a misspelt input field in a variable',
      {
        query: 'mutation LimitsTypo($input: CancelOrderInput!) { cancelOrder(input: $input) { id } }',
        variables: { input: { orderId: '00000000-0000-4000-8000-000000000000', reasn: 'Flyttet.' } },
      },
    ],
  ];

  for (const [what, request] of mistakes) {
    it(`suggests no names for ${what}`, async () => {
      const response = await system.send('caseworker', { ...request, operationName: 'LimitsTypo' });
      const errors = (response.body.errors ?? []) as ErrorShape[];
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.map((error) => error.message).filter((message) => /did you mean/i.test(message))).toEqual([]);
    });
  }

  it('refuses a wrong variable at the gateway, as BAD_USER_INPUT with status 200, before any subgraph is asked', async () => {
    const requests: string[] = [];
    const servers = Object.values(system.stack.subgraphs).map((subgraph) => subgraph.server);
    const count = (request: { url?: string }) => requests.push(request.url ?? '');
    for (const server of servers) server.on('request', count);
    try {
      const response = await system.send('caseworker', {
        query: 'mutation LimitsVariable($input: CancelOrderInput!) { cancelOrder(input: $input) { id } }',
        variables: { input: { orderId: '00000000-0000-4000-8000-000000000000', reason: 42 } },
        operationName: 'LimitsVariable',
      });
      expect(response.status).toBe(200);
      expect(response.body.data ?? null).toBeNull();
      const errors = (response.body.errors ?? []) as ErrorShape[];
      expect(errors.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(errors[0]!.message).toMatch(/^Variable "\$input" got invalid value 42 at "input\.reason"/);
      expect(requests).toEqual([]);
    } finally {
      for (const server of servers) server.off('request', count);
    }
  });

  it('refuses a batch of operations in one request', async () => {
    const response = await fetch(system.stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await system.token('caseworker')}` },
      body: JSON.stringify([
        { query: 'query LimitsBatchA { orders(first: 1) { totalCount } }' },
        { query: 'query LimitsBatchB { orders(first: 1) { totalCount } }' },
      ]),
    });
    const body = (await response.json()) as unknown;
    expect(Array.isArray(body)).toBe(false);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(JSON.stringify(body)).not.toContain('totalCount');
  });
});

describe('subgraph limits', () => {
  /** `youth { orders { edges { node { youth { … } } } } }`, about `depth` fields deep. */
  function nested(depth: number): string {
    let selection = 'id';
    for (let level = 0; level < depth; level += 4) selection = `youth { orders(first: 1) { edges { node { ${selection} } } } }`;
    return `query SubgraphDepth { orders(first: 1) { edges { node { ${selection} } } } }`;
  }

  it('a subgraph refuses, by itself, a signed document deeper than its own looser limit', async () => {
    const { SUBGRAPH_LIMITS } = await import('@mentor/common');
    const shallow = await system.subgraph('orders', 'caseworker', { query: nested(8) });
    expect(shallow.body.errors).toBeUndefined();
    const deep = await system.subgraph('orders', 'caseworker', { query: nested(SUBGRAPH_LIMITS.maxDepth + 8) });
    expect(deep.body.data ?? null).toBeNull();
    expect(deep.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // Depth and cost both grow with nesting; whichever limit trips first refuses it.
    expect(deep.body.errors?.[0]?.message).toMatch(/(depth|cost) limit of/i);
  });
});

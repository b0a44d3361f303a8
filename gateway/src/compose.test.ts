import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, supergraphPath, withSubgraphUrls } from './compose.js';

describe('the supergraph', () => {
  it('composes the three subgraph schemas without errors', async () => {
    const supergraph = await composeSupergraph();
    for (const name of ['ORDERS', 'MENTORS', 'PARTNERS']) expect(supergraph).toContain(`${name} @join__graph(name: "${name.toLowerCase()}"`);
  });

  it('is committed as composed now (run `npm run compose` after changing a schema)', async () => {
    const committed = await readFile(supergraphPath, 'utf8');
    expect(committed).toBe(await composeSupergraph());
  });

  it('can be pointed at subgraphs on other addresses', async () => {
    const moved = withSubgraphUrls(await readFile(supergraphPath, 'utf8'), { orders: 'http://127.0.0.1:5555/graphql' });
    expect(moved).toContain('@join__graph(name: "orders", url: "http://127.0.0.1:5555/graphql")');
    expect(() => withSubgraphUrls(moved, { nonexistent: 'http://x' } as never)).toThrow(/no subgraph named/);
  });
});

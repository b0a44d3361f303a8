import { buildSchema, graphql } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { describe, expect, it } from 'vitest';
import { allow, createPermissions, parentRule, type RuleAnswers } from './shield.js';

interface Item {
  id: string;
  visible: boolean;
}

function setup() {
  const decided: string[] = [];
  const visible = parentRule<Item, { ruleAnswers: RuleAnswers }>('item:visible', (item) => {
    decided.push(item.id);
    return item.visible;
  });
  const permissions = createPermissions({ Query: { items: allow }, Item: { id: visible, name: visible, note: visible } });
  const schema = applyMiddleware(buildSchema('type Query { items: [Item!]! } type Item { id: ID name: String note: String }'), permissions);
  const items = [
    { id: 'a', name: 'A', note: 'a', visible: true },
    { id: 'b', name: 'B', note: 'b', visible: false },
    { id: 'c', name: 'C', note: 'c', visible: true },
  ];
  const run = () => graphql({ schema, source: '{ items { id name note } }', rootValue: { items: () => items }, contextValue: { ruleAnswers: new WeakMap() } });
  return { decided, run };
}

describe('parentRule', () => {
  it('decides once per object for all the fields it guards, each object by itself', async () => {
    const { decided, run } = setup();
    const result = await run();
    expect(decided.sort()).toEqual(['a', 'b', 'c']);
    expect(result.data).toEqual({
      items: [
        { id: 'a', name: 'A', note: 'a' },
        { id: null, name: null, note: null },
        { id: 'c', name: 'C', note: 'c' },
      ],
    });
    expect(result.errors?.map((error) => `${error.path?.join('.')} ${String(error.extensions.code)}`).sort()).toEqual([
      'items.1.id FORBIDDEN',
      'items.1.name FORBIDDEN',
      'items.1.note FORBIDDEN',
    ]);
  });

  it('keeps nothing from one request for the next', async () => {
    const { decided, run } = setup();
    await run();
    await run();
    expect(decided.sort()).toEqual(['a', 'a', 'b', 'b', 'c', 'c']);
  });
});

import { buildSchema, graphql, GraphQLError, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { shield, type IRules } from 'graphql-shield';
import { describe, expect, it } from 'vitest';
import type { Role } from './auth.js';
import { forbidden } from './errors.js';
import { allow, and, createPermissions, deny, parentRule, roleRule, type RuleAnswers, type RuleTree } from './shield.js';

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

describe('createPermissions', () => {
  const typeDefs = `
    type Query { open: String reserved: String both: String refused: String unlisted: String thrower: String item: Item whole: Whole starred: Starred }
    type Item { id: ID secret: String }
    type Whole { a: String b: String }
    type Starred { a: String b: String }
  `;
  const caseworker = roleRule('CASEWORKER');
  const auditor = roleRule('AUDITOR');
  const tree = {
    Query: { open: allow, reserved: caseworker, both: and(caseworker, roleRule('CASEWORKER', 'MENTOR')), refused: deny, thrower: caseworker, item: allow, whole: allow, starred: allow },
    Item: { id: allow, secret: auditor },
    Whole: caseworker,
    Starred: { '*': auditor, a: caseworker },
  } satisfies RuleTree;
  const rootValue = {
    open: () => 'open',
    reserved: () => 'reserved',
    both: () => 'both',
    refused: () => 'refused',
    unlisted: () => 'unlisted',
    thrower: () => {
      throw new GraphQLError('no such thing', { extensions: { code: 'NOT_FOUND' } });
    },
    item: () => ({ id: '1', secret: 's' }),
    whole: () => ({ a: 'a', b: 'b' }),
    starred: () => ({ a: 'a', b: 'b' }),
  };
  const source = '{ open reserved both refused unlisted thrower item { id secret } whole { a b } starred { a b } }';
  const answer = async (schema: GraphQLSchema, roles: Role[]) => {
    const result = await graphql({ schema, source, rootValue, contextValue: { identity: { roles }, ruleAnswers: new WeakMap() } });
    return { data: result.data, errors: result.errors?.map((error) => `${error.path?.join('.')} ${String(error.extensions.code)} ${error.message}`).sort() };
  };
  const base = buildSchema(typeDefs);
  const ours = applyMiddleware(base, createPermissions(tree));
  const plain = applyMiddleware(base, shield(tree as IRules, { fallbackRule: deny, fallbackError: forbidden(), allowExternalErrors: true, debug: false }));

  it.each([[['CASEWORKER']], [['AUDITOR']], [['MENTOR']], [[]]] as [Role[]][])('answers as graphql-shield itself does, for roles %j', async (roles) => {
    expect(await answer(ours, roles)).toEqual(await answer(plain, roles));
  });

  it('refuses a field without a rule and a field whose role the caller lacks', async () => {
    const { data, errors } = await answer(ours, ['CASEWORKER']);
    expect(data).toMatchObject({ open: 'open', reserved: 'reserved', both: 'both', refused: null, unlisted: null, item: { id: '1', secret: null }, whole: { a: 'a', b: 'b' }, starred: { a: 'a', b: null } });
    expect(errors).toEqual([
      'item.secret FORBIDDEN Not allowed',
      'refused FORBIDDEN Not allowed',
      'starred.b FORBIDDEN Not allowed',
      'thrower NOT_FOUND no such thing',
      'unlisted FORBIDDEN Not allowed',
    ]);
  });

  it('refuses role-guarded fields when the context has no identity', async () => {
    const result = await graphql({ schema: ours, source: '{ reserved }', rootValue, contextValue: { ruleAnswers: new WeakMap() } });
    expect(result.data).toEqual({ reserved: null });
    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

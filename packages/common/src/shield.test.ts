import { buildSchema, graphql, GraphQLError, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { shield, type IRules } from 'graphql-shield';
import { describe, expect, it } from 'vitest';
import type { Role } from './auth.js';
import { forbidden } from './errors.js';
import { allow, and, applyPermissions, auditedField, createPermissions, deny, fieldRule, parentRule, perParent, roleRule, type RuleAnswers, type RuleTree, type Verdict } from './shield.js';

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
  const schema = applyPermissions(buildSchema('type Query { items: [Item!]! } type Item { id: ID name: String note: String }'), permissions);
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
  const ours = applyPermissions(base, createPermissions(tree));
  // The same permissions through graphql-middleware alone, without the checks set in place.
  const middlewareOnly = applyMiddleware(base, createPermissions(tree));
  const plain = applyMiddleware(base, shield(tree as IRules, { fallbackRule: deny, fallbackError: forbidden(), allowExternalErrors: true, debug: false }));

  it.each([[['CASEWORKER']], [['AUDITOR']], [['MENTOR']], [[]]] as [Role[]][])('answers as graphql-shield itself does, for roles %j', async (roles) => {
    const expected = await answer(plain, roles);
    expect(await answer(ours, roles)).toEqual(expected);
    expect(await answer(middlewareOnly, roles)).toEqual(expected);
  });

  it('applies only the permissions createPermissions made', () => {
    expect(() => applyPermissions(base, shield(tree as IRules) as never)).toThrow(/createPermissions/);
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

describe('parent, field and audited rules run in place', () => {
  interface Row {
    id: string;
    youthId: string;
    visible: boolean;
    name: string;
    note: string;
    secret: string;
  }
  interface AuditContext {
    ruleAnswers: RuleAnswers;
    identity: { roles: Role[] };
    audit: { readNow(youthId: string, field: string, allowed: boolean): boolean; read(youthId: string, field: string, allowed: boolean): Promise<boolean> };
  }
  const rows: Row[] = Array.from({ length: 6 }, (_, index) => ({
    id: `r${index}`,
    youthId: `y${index % 3}`,
    visible: index % 2 === 0,
    name: `N${index}`,
    note: `n${index}`,
    secret: `s${index}`,
  }));
  // Decided asynchronously, as the services' rules are (from loaders).
  const verdict = perParent<Row, AuditContext, Verdict | null>(async (row) => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    return row.id === 'r5' ? null : { youthId: row.youthId, allowed: row.visible };
  });
  const visible = parentRule<Row, AuditContext>('row:visible', async (row) => {
    await Promise.resolve();
    return row.visible;
  });
  const failing = fieldRule<Row, AuditContext>('row:failing', (row) => {
    if (row.id === 'r2') throw new Error('the check failed');
    return true;
  });
  const tree = {
    Query: { rows: allow },
    Row: { id: allow, name: visible, note: failing, secret: auditedField('Row.secret', verdict), thrower: visible, later: allow },
  } satisfies RuleTree;
  const base = buildSchema('type Query { rows: [Row!]! } type Row { id: ID name: String note: String secret: String thrower: String later: Row }');
  const ours = applyPermissions(base, createPermissions(tree));
  const middlewareOnly = applyMiddleware(base, createPermissions(tree));
  const plain = applyMiddleware(base, shield(tree as IRules, { fallbackRule: deny, fallbackError: forbidden(), allowExternalErrors: true, debug: false }));
  const rootValue = {
    rows: () =>
      rows.map((row) => {
        const item = { ...row, thrower: () => { throw new GraphQLError('resolver refused', { extensions: { code: 'NOT_FOUND' } }); }, later: async () => {
          // The same object again, once the decisions about it are made: its fields take the answers already made.
          await new Promise((resolve) => setTimeout(resolve, 20));
          return item;
        } };
        return item;
      }),
  };

  async function answer(schema: GraphQLSchema) {
    const reads: string[] = [];
    const audit = {
      readNow: (youthId: string, field: string, allowed: boolean) => (reads.push(`${youthId} ${field} ${allowed}`), true),
      read: async (youthId: string, field: string, allowed: boolean) => (reads.push(`${youthId} ${field} ${allowed}`), true),
    };
    const contextValue: AuditContext = { ruleAnswers: new WeakMap(), identity: { roles: [] }, audit };
    const result = await graphql({ schema, source: '{ rows { id name note secret thrower later { name note secret thrower } } }', rootValue, contextValue });
    return { data: result.data, errors: result.errors?.map((error) => `${error.path?.join('.')} ${String(error.extensions.code)} ${error.message}`).sort(), reads: reads.sort() };
  }

  it('answers, refuses and audits exactly as graphql-shield does', async () => {
    const expected = await answer(plain);
    expect(await answer(ours)).toEqual(expected);
    expect(await answer(middlewareOnly)).toEqual(expected);
    // What the comparison covers: allowed and refused rows, a failed check, no verdict, a resolver's own error.
    expect(expected.errors).toContain('rows.2.note FORBIDDEN Not allowed');
    expect(expected.errors).toContain('rows.0.thrower NOT_FOUND resolver refused');
    expect(expected.errors).toContain('rows.1.secret FORBIDDEN Not allowed');
    expect(expected.errors).toContain('rows.5.secret FORBIDDEN Not allowed');
    expect(expected.errors).toContain('rows.1.later.thrower FORBIDDEN Not allowed');
    // r5 has no verdict: nothing to read, nothing recorded. Each row's secret is read twice (itself, and `later`).
    const once = ['y0 Row.secret true', 'y0 Row.secret false', 'y1 Row.secret false', 'y1 Row.secret true', 'y2 Row.secret true'];
    expect(expected.reads).toEqual([...once, ...once].sort());
  });
});

describe('perParent', () => {
  const context = () => ({ ruleAnswers: new WeakMap() as RuleAnswers });

  it('answers with the plain value when it decides at once, and decides once per object', () => {
    const calls: string[] = [];
    const decide = perParent<{ id: string }, { ruleAnswers: RuleAnswers }, boolean>((item) => (calls.push(item.id), item.id === 'a'));
    const request = context();
    const a = { id: 'a' };
    const b = { id: 'b' };
    expect(decide(a, request)).toBe(true);
    expect(decide(a, request)).toBe(true);
    expect(decide(b, request)).toBe(false);
    expect(calls).toEqual(['a', 'b']);
    // Another request decides again.
    expect(decide(a, context())).toBe(true);
    expect(calls).toEqual(['a', 'b', 'a']);
  });

  it('answers with a promise while deciding, then with the plain value', async () => {
    let calls = 0;
    const decide = perParent<object, { ruleAnswers: RuleAnswers }, string>(async () => (calls++, 'made'));
    const request = context();
    const item = {};
    const first = decide(item, request);
    expect(first).toBeInstanceOf(Promise);
    expect(decide(item, request)).toBe(first);
    expect(await first).toBe('made');
    expect(decide(item, request)).toBe('made');
    expect(calls).toBe(1);
  });

  it('keeps a failed decision failed for every later field of the object', async () => {
    let calls = 0;
    const decide = perParent<object, { ruleAnswers: RuleAnswers }, boolean>(() => {
      calls++;
      throw new Error('no facts');
    });
    const request = context();
    const item = {};
    await expect(decide(item, request)).rejects.toThrow('no facts');
    await expect(decide(item, request)).rejects.toThrow('no facts');
    expect(calls).toBe(1);
  });
});

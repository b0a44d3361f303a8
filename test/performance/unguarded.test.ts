import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, openDatabase, type RunningSubgraph } from '@mentor/common';
import { callSubgraph, createTestDatabase, createTestIdentityProvider, demoUsers, TEST_SIGNING_SECRET } from '@mentor/testkit';
import { services } from '@mentor/stack';
import type { DataSource } from 'typeorm';

/** The benchmark's server without permissions and audit is an option of one server, not a switch of the process. */
describe('the unguarded benchmark server', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;
  let guarded: RunningSubgraph;
  let unguarded: RunningSubgraph;
  let identity: Awaited<ReturnType<typeof createTestIdentityProvider>>;

  beforeAll(async () => {
    database = await createTestDatabase('unguarded');
    db = await openDatabase(services.orders.dataSourceSpec(database.url));
    await services.orders.seed(db, { youths: 10 });
    identity = await createTestIdentityProvider();
    const options = { db, verifyToken: identity.verifyToken, signingSecret: TEST_SIGNING_SECRET, log: createLogger('unguarded-test', 'silent'), port: 0, peers: {} };
    // Unguarded first: a process-wide switch would now reach the guarded one too.
    unguarded = await services.orders.createServer({ ...options, unguarded: true });
    guarded = await services.orders.createServer(options);
  });
  afterAll(async () => {
    await unguarded?.stop();
    await guarded?.stop();
    await db?.destroy();
    await database?.drop();
  });

  it('skips permissions and audit only in the server started with it', async () => {
    const [youth] = (await db.query('SELECT id FROM youth WHERE caseworker_unit_id = $1 LIMIT 1', [demoUsers.caseworker!.org])) as { id: string }[];
    const token = await identity.token(demoUsers.caseworker!);
    const records = async () => ((await db.query('SELECT count(*)::int AS n FROM audit_record')) as { n: number }[])[0]!.n;
    const request = { query: 'query Peek($id: ID!) { youth(id: $id) { id cpr } }', variables: { id: youth!.id } };

    const before = await records();
    const open = await callSubgraph<{ youth: { cpr: string } | null }>(unguarded.url, request, { token });
    expect(open.body.data?.youth?.cpr).toMatch(/^\d{6}-\d{4}$/);
    expect(await records()).toBe(before);

    // The same read from the guarded server, in the same process, is audited.
    const audited = await callSubgraph<{ youth: { cpr: string } | null }>(guarded.url, request, { token });
    expect(audited.body.data?.youth?.cpr).toBe(open.body.data?.youth?.cpr);
    expect(await records()).toBe(before + 1);
  });

  it('is refused in production', async () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await expect(
        services.orders.createServer({ db, verifyToken: identity.verifyToken, signingSecret: TEST_SIGNING_SECRET, log: createLogger('unguarded-test', 'silent'), port: 0, unguarded: true }),
      ).rejects.toThrow(/cannot be switched off in production/);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });
});

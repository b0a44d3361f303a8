import { expect } from 'vitest';
import { testWithStack } from '../support/fixtures.js';
import { changedTables, fingerprint } from './flow.js';

/**
 * The "nothing stored" check compares what the rows hold, not how many there are: a write that
 * changes a value, or swaps values between rows, keeps count(*) and sum(version) but changes the
 * fingerprint.
 */

const test = testWithStack({ youths: 12 });

/** What a count-and-version-sum check would see of the orders. */
async function countAndVersions(system: Parameters<typeof fingerprint>[0]): Promise<{ rows: number; versions: number }> {
  const [row] = await system.databases.orders.query('SELECT count(*)::int AS rows, coalesce(sum(version), 0)::int AS versions FROM mentor_order');
  return row;
}

test('one changed column of one row, with the row count and version sum unchanged, changes that table’s fingerprint', async ({ system }) => {
  const db = system.databases.orders;
  const [order] = (await db.query('SELECT id, goal FROM mentor_order ORDER BY id LIMIT 1')) as [{ id: string; goal: string }];
  const before = await fingerprint(system);
  const counted = await countAndVersions(system);

  await db.query('UPDATE mentor_order SET goal = $2 WHERE id = $1', [order.id, `${order.goal} (ændret)`]);
  expect(await countAndVersions(system)).toEqual(counted);
  expect(changedTables(before, await fingerprint(system))).toEqual(['orders.mentor_order']);

  await db.query('UPDATE mentor_order SET goal = $2 WHERE id = $1', [order.id, order.goal]);
  expect(changedTables(before, await fingerprint(system))).toEqual([]);
});

test('two rows that swap a value change the fingerprint', async ({ system }) => {
  const db = system.databases.orders;
  const [first, second] = (await db.query('SELECT id, goal FROM mentor_order WHERE goal IS NOT NULL ORDER BY id')) as { id: string; goal: string }[];
  expect(first!.goal).not.toBe(second!.goal);
  const before = await fingerprint(system);
  const counted = await countAndVersions(system);

  const swap = (a: { id: string; goal: string }, b: { id: string; goal: string }) =>
    db.transaction(async (manager) => {
      await manager.query('UPDATE mentor_order SET goal = $2 WHERE id = $1', [a.id, b.goal]);
      await manager.query('UPDATE mentor_order SET goal = $2 WHERE id = $1', [b.id, a.goal]);
    });
  await swap(first!, second!);
  expect(await countAndVersions(system)).toEqual(counted);
  expect(changedTables(before, await fingerprint(system))).toEqual(['orders.mentor_order']);

  await swap({ ...first!, goal: second!.goal }, { ...second!, goal: first!.goal });
  expect(changedTables(before, await fingerprint(system))).toEqual([]);
});

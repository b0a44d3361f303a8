import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createTestDatabase } from '@mentor/testkit';
import { createDataSource } from './database.js';
import { prepared, preparedName } from './prepared.js';
import { countedDataSource } from './statements.js';

describe('prepared statements', () => {
  let db: DataSource;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const database = await createTestDatabase('prepared');
    drop = database.drop;
    // One connection, so every statement below runs in the session whose prepared statements are read.
    db = await createDataSource({ url: database.url, entities: [], migrations: [], poolSize: 1 }).initialize();
  });
  afterAll(async () => {
    await db?.destroy();
    await drop?.();
  });

  const preparedTexts = async (): Promise<string[]> =>
    ((await db.query('SELECT statement FROM pg_prepared_statements')) as { statement: string }[]).map((row) => row.statement);

  it('sends a marked text under its name, parsed once per connection, and leaves other texts unnamed', async () => {
    const marked = prepared('SELECT $1::int + 1 AS answer /* prepared test */');
    const unmarked = 'SELECT $1::int + 2 AS answer /* unmarked test */';
    expect(preparedName(marked)).toMatch(/^mentor_\d+$/);
    expect(preparedName(unmarked)).toBeUndefined();

    // Through a request's counted view, as the loaders send them: answers as before, and counted.
    const view = countedDataSource(db);
    expect(await view.db.query(marked, [41])).toEqual([{ answer: 42 }]);
    expect(await view.db.query(marked, [1])).toEqual([{ answer: 2 }]);
    expect(await view.db.query(unmarked, [40])).toEqual([{ answer: 42 }]);
    expect(view.count()).toBe(3);

    const texts = await preparedTexts();
    expect(texts).toContain(marked);
    expect(texts).not.toContain(unmarked);
    expect(texts.filter((text) => text === marked)).toHaveLength(1);
  });

  it('marks the same text once, whoever marks it', () => {
    const text = 'SELECT $1::text AS same /* marked twice */';
    expect(prepared(text)).toBe(text);
    const name = preparedName(text);
    prepared(`SELECT $1::text AS same /* marked twice */`);
    expect(preparedName(text)).toBe(name);
  });
});

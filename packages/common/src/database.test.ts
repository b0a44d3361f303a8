import pg from 'pg';
import { createTestDatabase } from '@mentor/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { danishToday } from './dates.js';

describe('a database the project creates', () => {
  let database: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    database = await createTestDatabase('time_zone');
  });
  afterAll(() => database?.drop());

  it("runs its sessions in Denmark's time zone, so current_date is the day the rules call today", async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ zone: string; today: string }>('SELECT current_setting($1) AS zone, current_date::text AS today', ['TimeZone']);
      expect(rows[0]).toEqual({ zone: 'Europe/Copenhagen', today: danishToday() });
    } finally {
      await client.end();
    }
  });
});

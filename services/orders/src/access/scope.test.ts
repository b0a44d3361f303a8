import pg from 'pg';
import { danishToday, danishTodaySql } from '@mentor/common';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays } from '../dates.js';
import { currentConsentCondition } from './scope.js';

// Between them the two zones are a day off Denmark's at every hour: Kiritimati (UTC+14) is a day
// ahead from 11:00 Danish time, Pago Pago (UTC−11) a day behind until noon. A rule that used the
// session's `current_date` would fail in one of them whenever the test runs.
const zones = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Copenhagen'];

describe("a rule's today in SQL is Denmark's day, whatever time zone the database session runs in", () => {
  let client: pg.Client;
  beforeAll(async () => {
    client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
  });
  afterAll(() => client.end());

  test.each(zones)('in %s', async (zone) => {
    await client.query(`SET TIME ZONE '${zone}'`);
    const today = danishToday();
    const { rows } = await client.query<{ today: string; given_today: boolean; given_tomorrow: boolean; withdrawn_today: boolean; withdrawn_tomorrow: boolean }>(
      `SELECT (${danishTodaySql})::text AS today,
         (SELECT ${currentConsentCondition('c')} FROM (VALUES ($1::date, NULL::date)) AS c(given_on, withdrawn_on)) AS given_today,
         (SELECT ${currentConsentCondition('c')} FROM (VALUES ($2::date, NULL::date)) AS c(given_on, withdrawn_on)) AS given_tomorrow,
         (SELECT ${currentConsentCondition('c')} FROM (VALUES ($3::date, $1::date)) AS c(given_on, withdrawn_on)) AS withdrawn_today,
         (SELECT ${currentConsentCondition('c')} FROM (VALUES ($3::date, $2::date)) AS c(given_on, withdrawn_on)) AS withdrawn_tomorrow`,
      [today, addDays(today, 1), addDays(today, -30)],
    );
    expect(rows[0]).toEqual({ today, given_today: true, given_tomorrow: false, withdrawn_today: false, withdrawn_tomorrow: true });
  });
});

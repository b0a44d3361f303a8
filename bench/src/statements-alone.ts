import { parseArgs } from 'node:util';
import pg from 'pg';
import { demoUsers } from '@mentor/testkit';
import { readEnvironment } from '@mentor/common';
import { prepareDatabases } from './database.js';
import { processCpuMicros } from './postgres-cpu.js';

/**
 * One statement alone, in a loop, against freshly seeded bench databases: Node CPU of this process
 * and CPU of its PostgreSQL backend (from /proc) per execution, for variants of the same query,
 * alternated round by round so a noisy moment hits each alike. For changes to a service's SQL whose
 * effect the whole bench, on a shared machine, would drown.
 *
 *   node bench/dist/statements-alone.js [--youths 10000] [--runs 200] [--rounds 3]
 */

const { values } = parseArgs({ options: { youths: { type: 'string' }, runs: { type: 'string' }, rounds: { type: 'string' } } });
const youths = Number(values.youths ?? 10_000);
const runs = Number(values.runs ?? 200);
const rounds = Number(values.rounds ?? 3);

interface Variant {
  name: string;
  sql: string;
  params: unknown[];
}

/** The orders list as `rootPage` (orders, resolvers/Query.ts) builds it, with a given scope, facts column and page columns. */
function ordersList(where: string, facts: string, pageColumns: string): string {
  return `WITH list AS (SELECT count(*)::int AS total_count FROM mentor_order o WHERE ${where})
     SELECT ${pageColumns}, ${facts}, list.total_count
     FROM list LEFT JOIN LATERAL (
       SELECT o.* FROM mentor_order o WHERE ${where}
       ORDER BY o.reference DESC LIMIT $2 OFFSET $3
     ) page ON TRUE
     ORDER BY page.reference DESC`;
}

/** As orders' `closedRecentlyCondition`. */
const closedRecentlyCondition = (order: string) => `(${order}.status IN ('COMPLETED', 'CANCELLED', 'REJECTED') AND ${order}.closed_at > now() - interval '30 days')`;

function orderFacts(order: string, unitAndGuide: (column: string) => string): string {
  return `json_build_object('id', ${order}.id, 'youthId', ${order}.youth_id, 'providerId', ${order}.provider_id, 'mentorId', ${order}.mentor_id,
    'institutionId', ${order}.institution_id, 'status', ${order}.status, 'closedRecently', ${closedRecentlyCondition(order)},
    'caseworkerUnitId', ${unitAndGuide('caseworker_unit_id')}, 'youthGuideId', ${unitAndGuide('youth_guide_id')}) AS order_facts`;
}

const caseworkerUnit = demoUsers.caseworker.org;
const variants: Variant[] = [
  {
    name: 'orders(first: 50), caseworker: scope through youth (before)',
    sql: ordersList(
      '((o.youth_id IN (SELECT scope_youth.id FROM youth scope_youth WHERE scope_youth.caseworker_unit_id = $1)))',
      orderFacts('page', (column) => `(SELECT facts_youth.${column} FROM youth facts_youth WHERE facts_youth.id = page.youth_id)`),
      'page.*',
    ),
    params: [caseworkerUnit, 50, 0],
  },
  {
    name: 'orders(first: 50), caseworker: scope on the order row (after)',
    sql: ordersList('((o.caseworker_unit_id = $1))', orderFacts('page', (column) => `page.${column}`), 'page.*'),
    params: [caseworkerUnit, 50, 0],
  },
];

const env = readEnvironment();
const databases = await prepareDatabases(env, youths);
const client = new pg.Client({ connectionString: databases.urls.orders });
await client.connect();
const [{ pid }] = (await client.query('SELECT pg_backend_pid() AS pid')).rows as [{ pid: number }];
const results = new Map<string, { node: number[]; postgres: number[] }>(variants.map((variant) => [variant.name, { node: [], postgres: [] }]));
for (const variant of variants) for (let warm = 0; warm < 20; warm++) await client.query(variant.sql, variant.params);
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? variants : [...variants].reverse();
  for (const variant of order) {
    const pgBefore = (await processCpuMicros(pid)) ?? 0;
    const nodeBefore = process.cpuUsage();
    for (let run = 0; run < runs; run++) await client.query(variant.sql, variant.params);
    const node = process.cpuUsage(nodeBefore);
    const pgAfter = (await processCpuMicros(pid)) ?? 0;
    const result = results.get(variant.name)!;
    result.node.push((node.user + node.system) / 1000 / runs);
    result.postgres.push((pgAfter - pgBefore) / 1000 / runs);
  }
}
const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;
console.log(`${youths} youths, ${runs} runs × ${rounds} rounds (medians of the rounds; ms per execution)`);
for (const [name, { node, postgres }] of results) {
  console.log(`${name}: Node ${median(node).toFixed(2)} ms, PostgreSQL ${median(postgres).toFixed(2)} ms  (rounds: ${postgres.map((value) => value.toFixed(2)).join(' / ')})`);
}
await client.end();
await databases.embedded?.stop();

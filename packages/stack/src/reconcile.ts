import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import {
  callAsService,
  configuredDatabaseUrl,
  connectDatabase,
  gatewaySigningSecret,
  readEnvironment,
  reconcile,
  RECONCILE_BATCH,
  subgraphUrls,
  type ReconcileReport,
  type ServiceDirectory,
} from '@mentor/common';
import * as ordersData from '@mentor/orders/data-source';
import { sendYouthLink, youthLinkOf, type YouthLinkInput } from '@mentor/orders/replication';
import * as partnersData from '@mentor/partners/data-source';
import { sendYouthRelations, youthRelationsOf, type YouthRelationsInput } from '@mentor/partners/replication';

/**
 * `npm run reconcile [-- --dry-run]`: compares, for every youth, the relations each owner
 * replicates (orders → partners: the youth link; partners → orders: consents, enrollments, youth
 * guide) with what the peer holds, asked as the owning service itself, and re-enqueues the whole
 * state of every youth that differs (`--dry-run`: reports, repairs nothing).
 */

export interface ReplicationSides {
  orders: DataSource;
  partners: DataSource;
  /** Where the subgraphs listen. */
  directory: ServiceDirectory;
  signingSecret: string;
}

export interface ReplicationReport {
  ordersToPartners: ReconcileReport;
  partnersToOrders: ReconcileReport;
}

/** Stream keys a page at a time, in id order. */
async function* pages(db: DataSource, sql: string): AsyncIterable<string[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = (await db.query(sql, [after, RECONCILE_BATCH])) as { id: string }[];
    if (!rows.length) return;
    yield rows.map((row) => row.id);
    after = rows[rows.length - 1]!.id;
  }
}

const replicatedLinksQuery = `#graphql
query ReconcileYouthLinks($youthIds: [ID!]!) { replicatedYouthLinks(youthIds: $youthIds) { youthId caseworkerUnitId providerIds mentorIds orderIds placedInstitutionIds } }`;
const replicatedRelationsQuery = `#graphql
query ReconcileYouthRelations($youthIds: [ID!]!) {
  replicatedYouthRelations(youthIds: $youthIds) { youthId consents { id bodyId scope givenOn withdrawnOn } enrolledInstitutionIds youthGuideId }
}`;

/** Both directions, one after the other; with `dryRun` nothing is re-enqueued. */
export async function reconcileReplication(sides: ReplicationSides, options: { dryRun?: boolean } = {}): Promise<ReplicationReport> {
  const ordersToPartners = await reconcile<YouthLinkInput>({
    dryRun: options.dryRun,
    async *listLocal() {
      for await (const ids of pages(sides.orders, 'SELECT id::text AS id FROM youth WHERE id > $1::uuid ORDER BY id LIMIT $2')) {
        const manager = sides.orders.manager;
        yield new Map(await Promise.all(ids.map(async (id) => [id, await youthLinkOf(manager, id)] as const)));
      }
    },
    async listRemote(keys) {
      const call = { directory: sides.directory, service: 'partners' as const, from: 'orders' as const, secret: sides.signingSecret, requestId: `reconcile-${randomUUID()}` };
      const data = await callAsService<{ replicatedYouthLinks: YouthLinkInput[] }>(call, replicatedLinksQuery, { youthIds: keys });
      return new Map(data.replicatedYouthLinks.map((link) => [link.youthId, link]));
    },
    async repair(keys) {
      await sides.orders.transaction(async (manager) => {
        for (const key of [...keys].sort()) await sendYouthLink(manager, key);
      });
    },
  });
  const partnersToOrders = await reconcile<YouthRelationsInput>({
    dryRun: options.dryRun,
    async *listLocal() {
      // The youths orders told partners of: those are the ones orders holds.
      for await (const ids of pages(sides.partners, 'SELECT youth_id::text AS id FROM youth_link WHERE youth_id > $1::uuid ORDER BY youth_id LIMIT $2')) {
        const manager = sides.partners.manager;
        yield new Map(await Promise.all(ids.map(async (id) => [id, await youthRelationsOf(manager, id)] as const)));
      }
    },
    async listRemote(keys) {
      const call = { directory: sides.directory, service: 'orders' as const, from: 'partners' as const, secret: sides.signingSecret, requestId: `reconcile-${randomUUID()}` };
      const data = await callAsService<{ replicatedYouthRelations: YouthRelationsInput[] }>(call, replicatedRelationsQuery, { youthIds: keys });
      return new Map(data.replicatedYouthRelations.map((relations) => [relations.youthId, relations]));
    },
    async repair(keys) {
      await sides.partners.transaction(async (manager) => {
        for (const key of [...keys].sort()) await sendYouthRelations(manager, key);
      });
    },
  });
  return { ordersToPartners, partnersToOrders };
}

/** One line per direction: how many were compared, missing at the peer, differing, re-enqueued. */
export function summary(report: ReplicationReport): string[] {
  const line = (name: string, r: ReconcileReport) => `${name}: ${r.checked} youths checked, ${r.missing.length} missing, ${r.differing.length} differing, ${r.repaired} re-enqueued`;
  return [line('orders → partners', report.ordersToPartners), line('partners → orders', report.partnersToOrders)];
}

/** Youths whose replicated state differs or is missing, both directions together. */
export function drift(report: ReplicationReport): number {
  return [report.ordersToPartners, report.partnersToOrders].reduce((total, r) => total + r.missing.length + r.differing.length, 0);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
  const env = readEnvironment();
  const urls = { orders: configuredDatabaseUrl(env, 'orders'), partners: configuredDatabaseUrl(env, 'partners') };
  if (!urls.orders || !urls.partners) throw new Error('Set DATABASE_URL, or ORDERS_DATABASE_URL and PARTNERS_DATABASE_URL');
  const orders = await connectDatabase(ordersData.dataSourceSpec(urls.orders));
  const partners = await connectDatabase(partnersData.dataSourceSpec(urls.partners));
  try {
    const report = await reconcileReplication({ orders, partners, directory: subgraphUrls(env), signingSecret: gatewaySigningSecret(env) }, { dryRun: values['dry-run'] });
    for (const line of summary(report)) process.stdout.write(`reconcile: ${line}\n`);
    if (values['dry-run']) process.stdout.write(`reconcile: dry run, nothing re-enqueued (${drift(report)} youths drifted)\n`);
    return 0;
  } finally {
    await orders.destroy();
    await partners.destroy();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (error: Error) => {
      process.stderr.write(`reconcile: failed: ${error.message}\n`);
      process.exit(1);
    },
  );
}

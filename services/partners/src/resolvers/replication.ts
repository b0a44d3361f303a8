import { assertRules, reconcileBatchViolations } from '@mentor/common';
import type { EntityManager } from 'typeorm';
import { requireReplicationFrom } from '../access/index.js';
import type { QueryResolvers, ReplicatedYouthLink } from '../generated/resolvers.js';

const sorted = (column: string) => `coalesce((SELECT array_agg(v::text ORDER BY v::text) FROM unnest(l.${column}) AS v), '{}')`;

/** The replicated links of these youths (what orders compares its own with), each list sorted as orders sorts its own; a youth not here is left out. */
export async function replicatedLinksOf(db: Pick<EntityManager, 'query'>, youthIds: readonly string[]): Promise<ReplicatedYouthLink[]> {
  const rows = (await db.query(
    `SELECT l.youth_id::text AS youth_id, l.caseworker_unit_id::text AS caseworker_unit_id, ${sorted('provider_ids')} AS provider_ids, ${sorted('mentor_ids')} AS mentor_ids,
            ${sorted('order_ids')} AS order_ids, ${sorted('placed_institution_ids')} AS placed_institution_ids
     FROM youth_link l WHERE l.youth_id = ANY($1::uuid[]) ORDER BY l.youth_id`,
    [youthIds],
  )) as { youth_id: string; caseworker_unit_id: string; provider_ids: string[]; mentor_ids: string[]; order_ids: string[]; placed_institution_ids: string[] }[];
  return rows.map((row) => ({
    youthId: row.youth_id,
    caseworkerUnitId: row.caseworker_unit_id,
    providerIds: row.provider_ids,
    mentorIds: row.mentor_ids,
    orderIds: row.order_ids,
    placedInstitutionIds: row.placed_institution_ids,
  }));
}

export const replicationQuery: Pick<QueryResolvers, 'replicatedYouthLinks'> = {
  /** For orders' reconciliation only (the service principal): what is replicated of these youths. */
  async replicatedYouthLinks(_, { youthIds }, context) {
    requireReplicationFrom(context.principal, 'Query', 'replicatedYouthLinks');
    assertRules(reconcileBatchViolations('youthIds', youthIds));
    return replicatedLinksOf(context.db, youthIds);
  },
};

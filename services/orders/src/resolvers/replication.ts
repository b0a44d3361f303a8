import { assertRules, reconcileBatchViolations } from '@mentor/common';
import type { EntityManager } from 'typeorm';
import { requireReplicationFrom } from '../access/index.js';
import type { QueryResolvers } from '../generated/resolvers.js';

/** A youth's relations as mirrored here from partners: what partners compares its own with. */
export interface MirroredRelations {
  youthId: string;
  consents: { id: string; bodyId: string; scope: string; givenOn: string; withdrawnOn: string | null }[];
  enrolledInstitutionIds: string[];
  youthGuideId: string | null;
}

/** The mirrored relations of these youths, sorted as partners sorts its own; a youth not here is left out. */
export async function mirroredRelationsOf(db: Pick<EntityManager, 'query'>, youthIds: readonly string[]): Promise<MirroredRelations[]> {
  const rows = (await db.query(
    `SELECT y.id::text AS youth_id,
            coalesce((SELECT array_agg(i::text ORDER BY i::text) FROM unnest(y.institution_ids) AS i), '{}') AS institution_ids,
            y.youth_guide_id::text AS youth_guide_id,
            coalesce((SELECT json_agg(json_build_object('id', c.id::text, 'bodyId', c.body_id::text, 'scope', c.scope, 'givenOn', c.given_on::text, 'withdrawnOn', c.withdrawn_on::text)
                                      ORDER BY c.given_on, c.id) FROM youth_consent c WHERE c.youth_id = y.id), '[]') AS consents
     FROM youth y WHERE y.id = ANY($1::uuid[]) ORDER BY y.id`,
    [youthIds],
  )) as { youth_id: string; institution_ids: string[]; youth_guide_id: string | null; consents: MirroredRelations['consents'] }[];
  return rows.map((row) => ({ youthId: row.youth_id, consents: row.consents, enrolledInstitutionIds: row.institution_ids, youthGuideId: row.youth_guide_id }));
}

export const replicationQuery: Pick<QueryResolvers, 'replicatedYouthRelations'> = {
  /** For partners' reconciliation only (the service principal): what is mirrored of these youths. */
  async replicatedYouthRelations(_, { youthIds }, context) {
    requireReplicationFrom(context.principal, 'Query', 'replicatedYouthRelations');
    assertRules(reconcileBatchViolations('youthIds', youthIds));
    return mirroredRelationsOf(context.db, youthIds);
  },
};

import { callService, internalCall, type Peers } from '@mentor/common';
import type { EntityManager } from 'typeorm';
import type { Context } from './context.js';

export type { Peers };

/** The relations partners decides access from and this subgraph owns (DESIGN §2). */
export interface YouthLinkInput {
  youthId: string;
  caseworkerUnitId: string;
  /** The providers the youth's orders are placed with (PLACED or later: a DRAFT is not the provider's). */
  providerIds: string[];
  /** The mentors of the youth's ACTIVE orders. */
  mentorIds: string[];
  /** Every order of the youth: partners shows collaboration feedback on them to the youth's unit. */
  orderIds: string[];
  /** The institutions of the youth's placed orders (not DRAFT, REJECTED or CANCELLED): only their staff may enroll the youth. */
  placedInstitutionIds: string[];
}

export const recordYouthLinkMutation = '#graphql\nmutation($input: YouthLinkInput!) { recordYouthLink(input: $input) }';

/** The youth's link as this transaction sees it, after its own changes. */
export async function youthLinkOf(manager: EntityManager, youthId: string): Promise<YouthLinkInput> {
  const [row] = (await manager.query(
    `SELECT y.caseworker_unit_id::text AS caseworker_unit_id,
            coalesce(array_agg(DISTINCT o.provider_id::text ORDER BY o.provider_id::text) FILTER (WHERE o.status <> 'DRAFT'), '{}') AS provider_ids,
            coalesce(array_agg(DISTINCT o.mentor_id::text ORDER BY o.mentor_id::text) FILTER (WHERE o.status = 'ACTIVE' AND o.mentor_id IS NOT NULL), '{}') AS mentor_ids,
            coalesce(array_agg(DISTINCT o.id::text ORDER BY o.id::text) FILTER (WHERE o.id IS NOT NULL), '{}') AS order_ids,
            coalesce(array_agg(DISTINCT o.institution_id::text ORDER BY o.institution_id::text) FILTER (WHERE o.status NOT IN ('DRAFT', 'REJECTED', 'CANCELLED')), '{}') AS placed_institution_ids
     FROM youth y LEFT JOIN mentor_order o ON o.youth_id = y.id
     WHERE y.id = $1
     GROUP BY y.id`,
    [youthId],
  )) as { caseworker_unit_id: string; provider_ids: string[]; mentor_ids: string[]; order_ids: string[]; placed_institution_ids: string[] }[];
  if (!row) throw new Error(`youth ${youthId} vanished inside its own transaction`);
  return {
    youthId,
    caseworkerUnitId: row.caseworker_unit_id,
    providerIds: row.provider_ids,
    mentorIds: row.mentor_ids,
    orderIds: row.order_ids,
    placedInstitutionIds: row.placed_institution_ids,
  };
}

/**
 * Tells the partners subgraph, on behalf of the caller and inside the caller's transaction: when
 * partners does not take it (down, slow or refusing), the error rolls the transaction back, so
 * nothing is half-written.
 */
export async function sendYouthLink(manager: EntityManager, peers: Peers, context: Pick<Context, 'authorization' | 'requestId' | 'trace'>, youthId: string): Promise<void> {
  const input = await youthLinkOf(manager, youthId);
  await callService(internalCall(peers, context, 'partners'), recordYouthLinkMutation, { input });
}

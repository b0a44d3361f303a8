import { deliverAsService, enqueue, type Peers } from '@mentor/common';
import type { EntityManager } from 'typeorm';

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

export const recordYouthLinkMutation = '#graphql\nmutation($input: YouthLinkInput!, $sequence: ID!) { recordYouthLink(input: $input, sequence: $sequence) }';

/** The outbox event that carries a youth's link to partners: its stream is the youth. */
export const YOUTH_LINK_EVENT = 'YouthLink';

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
 * Tells the partners subgraph the youth's whole link as this transaction leaves it: the event is
 * enqueued in the caller's transaction (`manager`), so it is committed with the change or not at
 * all, and the relay delivers it afterwards. Nothing is called while the transaction holds its locks.
 */
export async function sendYouthLink(manager: EntityManager, youthId: string): Promise<void> {
  await enqueue(manager, { destination: 'partners', streamKey: youthId, type: YOUTH_LINK_EVENT, payload: (locked) => youthLinkOf(locked, youthId) });
}

/** The relay's delivery of the youth links to partners, as the orders service itself. */
export const deliverToPartners = (peers: Peers) => deliverAsService(peers, { from: 'orders', to: 'partners', type: YOUTH_LINK_EVENT, mutation: recordYouthLinkMutation });

import { callService, deliverAsService, enqueue, forbidden, internalCall, notFound, type Peers } from '@mentor/common';
import { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import { sharedConsentKinds } from '../access/index.js';
import type { Context } from '../context.js';

export type { Peers };

/**
 * The relations the orders subgraph decides access from and this subgraph owns (DESIGN §2): the
 * youth's whole state every time, so a later event replaces an earlier one and a repair is a re-send.
 */
export interface YouthRelationsInput {
  youthId: string;
  /** Every consent of the youth that opens anything in orders (to a social services body), withdrawn ones included. */
  consents: SharedConsent[];
  /** The institutions of the youth's ACTIVE enrollments. */
  enrolledInstitutionIds: string[];
  /** The guide of the youth's open assignment; null: none. */
  youthGuideId: string | null;
}

/** A consent as orders keeps it: which body (organisation unit), for what, and when it is in force. */
export interface SharedConsent {
  id: string;
  bodyId: string;
  scope: string;
  givenOn: string;
  withdrawnOn: string | null;
}

export const recordYouthRelationsMutation = /* GraphQL */ `#graphql
  mutation RecordYouthRelations($input: YouthRelationsInput!, $sequence: ID!) {
    recordYouthRelations(input: $input, sequence: $sequence)
  }
`;

/** The outbox event that carries a youth's relations to orders: its stream is the youth. */
export const YOUTH_RELATIONS_EVENT = 'YouthRelations';

/** The youth's whole replicated state as this transaction sees it, after its own changes. */
export async function youthRelationsOf(manager: EntityManager, youthId: string): Promise<YouthRelationsInput> {
  return {
    youthId,
    consents: await sharedConsentsOf(manager, youthId),
    enrolledInstitutionIds: await activeInstitutionIds(manager, youthId),
    youthGuideId: await currentYouthGuideId(manager, youthId),
  };
}

/**
 * Tells the orders subgraph the youth's whole state as this transaction leaves it: the event is
 * enqueued in the caller's transaction (`manager`), committed with the change or not at all, and
 * delivered by the relay afterwards. Nothing is called while the transaction holds its locks.
 */
export async function sendYouthRelations(manager: EntityManager, youthId: string): Promise<void> {
  await enqueue(manager, { destination: 'orders', streamKey: youthId, type: YOUTH_RELATIONS_EVENT, payload: (locked) => youthRelationsOf(locked, youthId) });
}

/** The relay's delivery of the youths' relations to orders, as the partners service itself. */
export const deliverToOrders = (peers: Peers) => deliverAsService(peers, { from: 'partners', to: 'orders', type: YOUTH_RELATIONS_EVENT, mutation: recordYouthRelationsMutation });

export const orderOfCallerQuery = /* GraphQL */ `#graphql
  query OrderOfCaller($id: ID!) {
    order(id: $id) {
      id
    }
  }
`;

/**
 * Refuses unless the caller takes part in the order: orders answers `order(id)`, on the caller's
 * behalf, only for an order the caller's role and relations let them see, so its answer decides.
 * One they may not see is reported like a missing one; a role that sees no orders is refused.
 */
export async function requireOrderParty(peers: Peers, context: Pick<Context, 'authorization' | 'requestId' | 'trace'>, orderId: string): Promise<void> {
  let order: { id: string } | null;
  try {
    ({ order } = await callService<{ order: { id: string } | null }>(internalCall(peers, context, 'orders'), orderOfCallerQuery, { id: orderId }));
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === 'FORBIDDEN') throw forbidden('Only a partner that takes part in the order gives feedback on it');
    throw error;
  }
  if (!order) throw notFound('Order');
}

/** The institutions of the youth's ACTIVE enrollments, as this transaction sees them. */
export async function activeInstitutionIds(manager: EntityManager, youthId: string): Promise<string[]> {
  const rows: { institution_id: string }[] = await manager.query(
    `SELECT DISTINCT institution_id FROM enrollment WHERE youth_id = $1 AND status = 'ACTIVE' ORDER BY institution_id`,
    [youthId],
  );
  return rows.map((row) => row.institution_id);
}

/** The guide of the youth's open assignment (a youth has at most one), as this transaction sees it. */
export async function currentYouthGuideId(manager: EntityManager, youthId: string): Promise<string | null> {
  const [row] = (await manager.query('SELECT guide_user_id::text AS guide FROM youth_guide_assignment WHERE youth_id = $1 AND to_date IS NULL ORDER BY from_date DESC LIMIT 1', [youthId])) as { guide: string }[];
  return row?.guide ?? null;
}

/** The youth's consents to the bodies whose consent orders decides access from, as this transaction sees them. */
export async function sharedConsentsOf(manager: EntityManager, youthId: string): Promise<SharedConsent[]> {
  const rows: { id: string; body_id: string; scope: string; given_on: string; withdrawn_on: string | null }[] = await manager.query(
    `SELECT id, body_id, scope, given_on::text, withdrawn_on::text FROM consent WHERE youth_id = $1 AND body_kind = ANY($2) ORDER BY given_on, id`,
    [youthId, sharedConsentKinds],
  );
  return rows.map((row) => ({ id: row.id, bodyId: row.body_id, scope: row.scope, givenOn: row.given_on, withdrawnOn: row.withdrawn_on }));
}

import { callService, forbidden, internalCall, notFound, type Peers } from '@mentor/common';
import { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import { sharedConsentKinds } from '../access/index.js';
import type { Context } from '../context.js';

export type { Peers };

/**
 * The relations the orders subgraph decides access from and this subgraph owns (DESIGN §2):
 * only what changed is sent.
 */
export interface YouthRelationsInput {
  youthId: string;
  /** Every consent of the youth that opens anything in orders (to a social services body), withdrawn ones included: the whole set, replacing what orders holds. */
  consents?: SharedConsent[];
  /** The institutions of the youth's ACTIVE enrollments. */
  enrolledInstitutionIds?: string[];
  youthGuideId?: string;
  clearYouthGuide?: boolean;
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
  mutation RecordYouthRelations($input: YouthRelationsInput!) {
    recordYouthRelations(input: $input)
  }
`;

/**
 * Tells the orders subgraph, on behalf of the caller, inside the caller's transaction: when orders
 * does not take it (down, slow or refusing), the error rolls the transaction back, so nothing is
 * half-written.
 */
export async function sendYouthRelations(peers: Peers, context: Pick<Context, 'authorization' | 'requestId' | 'trace'>, input: YouthRelationsInput): Promise<void> {
  await callService(internalCall(peers, context, 'orders'), recordYouthRelationsMutation, { input });
}

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

/** The youth's consents to the bodies whose consent orders decides access from, as this transaction sees them. */
export async function sharedConsentsOf(manager: EntityManager, youthId: string): Promise<SharedConsent[]> {
  const rows: { id: string; body_id: string; scope: string; given_on: string; withdrawn_on: string | null }[] = await manager.query(
    `SELECT id, body_id, scope, given_on::text, withdrawn_on::text FROM consent WHERE youth_id = $1 AND body_kind = ANY($2) ORDER BY given_on, id`,
    [youthId, sharedConsentKinds],
  );
  return rows.map((row) => ({ id: row.id, bodyId: row.body_id, scope: row.scope, givenOn: row.given_on, withdrawnOn: row.withdrawn_on }));
}

import { callService, forbidden, internalCall, notFound, type Peers } from '@mentor/common';
import { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { PartnersContext } from './context.js';
import { isCurrentConsent } from './rules/consent.js';

export type { Peers };

/**
 * The relations the orders subgraph decides access from and this subgraph owns (DESIGN §2):
 * only what changed is sent.
 */
export interface YouthRelationsInput {
  youthId: string;
  /** Whether a consent to the social services administration is current. */
  socialServicesConsent?: boolean;
  /** The institutions of the youth's ACTIVE enrollments. */
  enrolledInstitutionIds?: string[];
  youthGuideId?: string;
  clearYouthGuide?: boolean;
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
export async function sendYouthRelations(peers: Peers, context: Pick<PartnersContext, 'authorization' | 'requestId' | 'trace'>, input: YouthRelationsInput): Promise<void> {
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
export async function requireOrderParty(peers: Peers, context: Pick<PartnersContext, 'authorization' | 'requestId' | 'trace'>, orderId: string): Promise<void> {
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

/** Whether the youth has a current consent to share with the social services administration. */
export async function hasCurrentSocialServicesConsent(manager: EntityManager, youthId: string, today: string): Promise<boolean> {
  const consents: { given_on: string; withdrawn_on: string | null }[] = await manager.query(
    `SELECT given_on::text, withdrawn_on::text FROM consent WHERE youth_id = $1 AND body_kind = 'SOCIAL_SERVICES'`,
    [youthId],
  );
  return consents.some((consent) => isCurrentConsent({ givenOn: consent.given_on, withdrawnOn: consent.withdrawn_on }, today));
}

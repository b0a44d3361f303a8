import { callService, internalCall, type Peers } from '@mentor/common';
import { GraphQLError } from 'graphql';
import type { Context } from './context.js';
import type { InstitutionFacts, ProviderCatalogue } from './rules/order.js';
import type { MentorEligibility } from './rules/assignment.js';

/**
 * The facts other subgraphs own that the rules here need (DESIGN §2): asked on behalf of the
 * caller, signed, with a timeout; a peer that is down gives SERVICE_UNAVAILABLE, and since every
 * call is made before anything is written or inside the transaction that writes, nothing is
 * half-written. The fields asked are `@inaccessible` there, so only subgraphs reach them.
 */

/** Who asks: the caller's token and request id; the trace is continued when there is one (a test may call without). */
type Caller = Pick<Context, 'authorization' | 'requestId'> & Partial<Pick<Context, 'trace'>>;

function isNotFound(error: unknown): boolean {
  return error instanceof GraphQLError && error.extensions.code === 'NOT_FOUND';
}

const institutionQuery = '#graphql\nquery OrdersInstitution($id: ID!) { institution(id: $id) { orderable type approved municipalityCode } }';

/** The institution as partners registers it (public business data); null for an unknown one. */
export async function institutionFacts(peers: Peers, context: Caller, institutionId: string): Promise<InstitutionFacts | null> {
  const data = await callService<{ institution: InstitutionFacts | null }>(internalCall(peers, context, 'partners'), institutionQuery, { id: institutionId });
  return data.institution;
}

const catalogueQuery = '#graphql\nquery OrdersProviderCatalogue($providerId: ID!) { providerCatalogue(providerId: $providerId) { activities municipalityCodes agreementEndDate } }';

/** The provider's activity catalogue and delivery municipalities; null for an unknown provider. */
export async function providerCatalogue(peers: Peers, context: Caller, providerId: string): Promise<ProviderCatalogue | null> {
  const data = await callService<{ providerCatalogue: ProviderCatalogue | null }>(internalCall(peers, context, 'mentors'), catalogueQuery, { providerId });
  return data.providerCatalogue;
}

const unitQuery = '#graphql\nquery OrdersUnitMunicipality($id: ID!) { organisation(id: $id) { municipalityCode } }';

/** The municipality of the caller's unit as partners registers the organisation; null for a unit partners does not know. */
export async function unitMunicipality(peers: Peers, context: Caller, unitId: string): Promise<string | null> {
  const data = await callService<{ organisation: { municipalityCode: string } | null }>(internalCall(peers, context, 'partners'), unitQuery, { id: unitId });
  return data.organisation?.municipalityCode ?? null;
}

export interface MentorQuestion {
  mentorId: string;
  from: string;
  to: string;
  youthUnder18: boolean;
  targetGroup: string;
}

export interface MentorAnswer {
  /** Null when mentors knows no such mentor, or none the caller may see (another provider's). */
  eligibility: MentorEligibility | null;
  capacity: number | null;
}

const mentorQuery = `#graphql
query OrdersMentorAssignment($mentorId: ID!, $from: Date!, $to: Date!, $youthUnder18: Boolean!, $targetGroup: String) {
  mentorEligibility(mentorId: $mentorId, from: $from, to: $to, youthUnder18: $youthUnder18, targetGroup: $targetGroup) { eligible reasons }
  mentorCapacity(mentorId: $mentorId)
}`;

/** Whether the mentor may take the order (rule 9) and their capacity, in one call. */
export async function mentorFacts(peers: Peers, context: Caller, question: MentorQuestion): Promise<MentorAnswer> {
  try {
    const data = await callService<{ mentorEligibility: MentorEligibility; mentorCapacity: number | null }>(internalCall(peers, context, 'mentors'), mentorQuery, { ...question });
    return { eligibility: data.mentorEligibility, capacity: data.mentorCapacity };
  } catch (error) {
    if (isNotFound(error)) return { eligibility: null, capacity: null };
    throw error;
  }
}

const eligibilityQuery = `#graphql
query OrdersMentorEligibility($mentorId: ID!, $from: Date!, $to: Date!, $youthUnder18: Boolean!, $targetGroup: String) {
  mentorEligibility(mentorId: $mentorId, from: $from, to: $to, youthUnder18: $youthUnder18, targetGroup: $targetGroup) { eligible reasons }
}`;

/** Whether the mentor may meet the youth on the days asked (rule 9), without the capacity: a mentor asks this about themselves. */
export async function mentorEligibilityFor(peers: Peers, context: Caller, question: MentorQuestion): Promise<MentorEligibility | null> {
  try {
    return (await callService<{ mentorEligibility: MentorEligibility }>(internalCall(peers, context, 'mentors'), eligibilityQuery, { ...question })).mentorEligibility;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

export interface RankMentorsInput {
  providerId: string;
  from: string;
  to: string;
  youthUnder18: boolean;
  targetGroup: string | null;
  weeklyHours: number;
  municipalityCode: string | null;
  loads: { mentorId: string; weeklyHours: number }[];
}

/** One reason of a ranking as mentors gives it: a code and the values it names. */
export interface RankingReason {
  code: string;
  [value: string]: unknown;
}

export interface MentorRanking {
  mentorId: string;
  eligible: boolean;
  score: number;
  reasons: string[];
  reasonDetails: RankingReason[];
}

const rankQuery = `#graphql
query OrdersRankMentors($input: RankMentorsInput!) {
  rankMentors(input: $input) {
    mentorId eligible score reasons
    reasonDetails { code mentorKind targetGroup validUntil knowsTargetGroup weeklyHours loadHours capacityHours freeHours languages municipalityCode }
  }
}`;

/** Every mentor of the provider ranked for the order, eligible ones first; empty when mentors knows no such provider for the caller. */
export async function rankMentors(peers: Peers, context: Caller, input: RankMentorsInput): Promise<MentorRanking[]> {
  try {
    return (await callService<{ rankMentors: MentorRanking[] }>(internalCall(peers, context, 'mentors'), rankQuery, { input })).rankMentors;
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}

export interface RatingSummary {
  count: number;
  average: number | null;
}

/** Partners answers for at most this many orders at a time. */
export const RATING_BATCH = 1000;

const ratingsQuery = '#graphql\nquery OrdersCollaborationRatings($orderIds: [ID!]!) { collaborationRatings(orderIds: $orderIds) { count average } }';

/** The partners' ratings of the cooperation around the orders (success criterion 4), over all of them. */
export async function collaborationRatings(peers: Peers, context: Caller, orderIds: readonly string[]): Promise<RatingSummary> {
  const batches: string[][] = [];
  for (let start = 0; start < orderIds.length; start += RATING_BATCH) batches.push(orderIds.slice(start, start + RATING_BATCH));
  const summaries = await Promise.all(
    batches.map(async (batch) => (await callService<{ collaborationRatings: RatingSummary }>(internalCall(peers, context, 'partners'), ratingsQuery, { orderIds: batch })).collaborationRatings),
  );
  const count = summaries.reduce((total, summary) => total + summary.count, 0);
  const sum = summaries.reduce((total, summary) => total + (summary.average ?? 0) * summary.count, 0);
  return { count, average: count ? sum / count : null };
}

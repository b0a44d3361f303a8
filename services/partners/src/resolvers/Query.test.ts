import { randomUUID } from 'node:crypto';
import { type TokenRequest } from '@mentor/common';
import { demoInstitutions, demoOrder, demoOrganisations, demoUnits, demoUsers, demoYouth, orderableInstitutions } from '@mentor/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstError, startPartners, type PartnersHarness } from '../testing/harness.js';

const institutionsQuery = `#graphql
  query Institutions($first: Int, $after: String, $type: InstitutionType, $orderable: Boolean) {
    institutions(first: $first, after: $after, type: $type, orderable: $orderable) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name type orderable } }
    }
  }
`;

const organisationsQuery = `#graphql
  query Organisations($first: Int, $after: String, $kind: OrganisationKind) {
    organisations(first: $first, after: $after, kind: $kind) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id kind name } }
    }
  }
`;

const feedbackQuery = `#graphql
  query Feedback($orderId: ID!) {
    collaborationFeedback(orderId: $orderId) { orderId organisationId rating comment givenOn version }
  }
`;

interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: T }[];
}

const users = demoUsers as Record<string, TokenRequest>;
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('partners queries', () => {
  let partners: PartnersHarness;

  beforeAll(async () => {
    partners = await startPartners('partners_queries', { youths: 20 });
  });

  afterAll(async () => {
    await partners?.stop();
  });

  async function institutions(variables: Record<string, unknown>, caller = users.mentor!) {
    const response = await partners.call<{ institutions: Connection<{ id: string; name: string; type: string; orderable: boolean }> }>(caller, institutionsQuery, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.institutions;
  }

  it('lists institutions by name to every role, filtered by whether they are orderable and by type', async () => {
    const all = await institutions({ first: 50 });
    expect(all.totalCount).toBe(demoInstitutions.length);
    expect(all.edges.map((edge) => edge.node.name)).toEqual(demoInstitutions.map((institution) => institution.name).sort(byName));

    const orderable = await institutions({ orderable: true }, users.auditor!);
    expect(orderable.edges.map((edge) => edge.node.id).sort()).toEqual(orderableInstitutions.map((institution) => institution.id).sort());
    expect(orderable.edges.every((edge) => edge.node.orderable)).toBe(true);

    const notOrderable = await institutions({ orderable: false });
    expect(notOrderable.edges.map((edge) => [edge.node.name, edge.node.orderable])).toEqual([['Sprogskolen Østerbro', false]]);

    const adultEducation = await institutions({ type: 'ADULT_EDUCATION' });
    expect(adultEducation.edges.map((edge) => edge.node.name)).toEqual(['VUC Frederiksberg', 'VUC Hovedstaden Nord', 'VUC Sydhavnen']);
  });

  it('pages through institutions with cursors and refuses an oversized page', async () => {
    const first = await institutions({ first: 3 });
    expect(first.edges.length).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await institutions({ first: 3, after: first.pageInfo.endCursor });
    const last = await institutions({ first: 3, after: second.pageInfo.endCursor });
    expect(last.pageInfo.hasNextPage).toBe(false);
    const names = [...first.edges, ...second.edges, ...last.edges].map((edge) => edge.node.name);
    expect(names).toEqual(demoInstitutions.map((institution) => institution.name).sort(byName));

    const oversized = await partners.call(users.caseworker!, institutionsQuery, { first: 501 });
    expect(firstError(oversized)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('finds an institution by id, and null for an unknown or malformed id', async () => {
    const query = `#graphql
      query Institution($id: ID!) { institution(id: $id) { name institutionNumber approved } }
    `;
    const found = await partners.call<{ institution: unknown }>(users['youth-guide']!, query, { id: demoInstitutions[4]!.id });
    expect(found.body.data?.institution).toEqual({ name: 'VUC Hovedstaden Nord', institutionNumber: demoInstitutions[4]!.institutionNumber, approved: true });
    for (const id of [randomUUID(), 'VUC']) {
      const missing = await partners.call<{ institution: unknown }>(users.caseworker!, query, { id });
      expect(missing.body.errors).toBeUndefined();
      expect(missing.body.data?.institution).toBeNull();
    }
  });

  it('lists organisations by kind and finds one by id', async () => {
    const all = await partners.call<{ organisations: Connection<{ id: string }> }>(users.caseworker!, organisationsQuery, { first: 100 });
    expect(all.body.data?.organisations.totalCount).toBe(demoOrganisations.length + demoInstitutions.length);

    const kui = await partners.call<{ organisations: Connection<{ id: string; kind: string; name: string }> }>(users['social-worker']!, organisationsQuery, { kind: 'KUI' });
    expect(kui.body.data?.organisations.edges.map((edge) => edge.node)).toEqual([{ id: demoUnits.kui, kind: 'KUI', name: 'KUI – Københavns Ungeindsats' }]);

    const units = await partners.call<{ organisations: Connection<{ id: string }> }>(users.caseworker!, organisationsQuery, { kind: 'MUNICIPAL_UNIT', first: 2 });
    expect(units.body.data?.organisations).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });

    const one = await partners.call<{ organisation: unknown }>(users.mentor!, `#graphql
      query Organisation($id: ID!) { organisation(id: $id) { kind name cvr municipalityCode } }
    `, { id: demoUnits.socialServices });
    expect(one.body.data?.organisation).toEqual({ kind: 'SOCIAL_SERVICES', name: 'Socialforvaltningen, Center for Udsatte Unge', cvr: '64942212', municipalityCode: '101' });
  });

  it('shows caseworkers all feedback on an order and each partner only its own organisation’s', async () => {
    const youth = demoYouth(7);
    const order = demoOrder(youth);
    expect(order.status).toBe('COMPLETED');

    const forCaseworker = await partners.call<{ collaborationFeedback: { organisationId: string; rating: number; orderId: string }[] }>(users.caseworker!, feedbackQuery, { orderId: order.id });
    const organisations = forCaseworker.body.data!.collaborationFeedback.map((feedback) => feedback.organisationId).sort();
    expect(organisations).toEqual([order.institutionId, order.providerId].sort());
    for (const feedback of forCaseworker.body.data!.collaborationFeedback) {
      expect(feedback.orderId).toBe(order.id);
      expect(feedback.rating).toBeGreaterThanOrEqual(1);
      expect(feedback.rating).toBeLessThanOrEqual(5);
    }

    const forSchool = await partners.call<{ collaborationFeedback: { organisationId: string }[] }>(users.institution!, feedbackQuery, { orderId: order.id });
    expect(order.institutionId).toBe(users.institution!.org);
    expect(forSchool.body.data!.collaborationFeedback.map((feedback) => feedback.organisationId)).toEqual([order.institutionId]);

    const forOtherProvider = await partners.call<{ collaborationFeedback: unknown[] }>(users.provider!, feedbackQuery, { orderId: order.id });
    expect(order.providerId).not.toBe(users.provider!.org);
    expect(forOtherProvider.body.data!.collaborationFeedback).toEqual([]);
    // Mentors and auditors have no part in the evaluation of the cooperation.
    for (const caller of [users.auditor!, users.mentor!]) {
      const response = await partners.call<{ collaborationFeedback: unknown[] }>(caller, feedbackQuery, { orderId: order.id });
      expect(response.body.data!.collaborationFeedback).toBeNull();
      expect(firstError(response).code).toBe('FORBIDDEN');
    }

    const noFeedback = await partners.call<{ collaborationFeedback: unknown[] }>(users.caseworker!, feedbackQuery, { orderId: demoOrder(demoYouth(0)).id });
    expect(noFeedback.body.data!.collaborationFeedback).toEqual([]);
  });

  describe('collaborationRatings (internal, for the success metrics of the orders subgraph)', () => {
    const ratingsQuery = `#graphql
      query Ratings($orderIds: [ID!]!) { collaborationRatings(orderIds: $orderIds) { count average } }
    `;
    const rated = { first: randomUUID(), second: randomUUID(), unrated: randomUUID() };
    const kui = demoOrganisations.find((organisation) => organisation.kind === 'KUI')!.id;

    beforeAll(async () => {
      const ratings: [string, string, number][] = [
        [rated.first, orderableInstitutions[0]!.id, 5],
        [rated.first, kui, 4],
        [rated.second, orderableInstitutions[1]!.id, 2],
      ];
      for (const [orderId, organisationId, rating] of ratings) {
        await partners.db.query(`INSERT INTO collaboration_feedback (id, order_id, organisation_id, rating, given_on, given_by) VALUES ($1, $2, $3, $4, '2026-01-15', 'test')`, [
          randomUUID(),
          orderId,
          organisationId,
          rating,
        ]);
      }
    });

    async function ratings(caller: TokenRequest, orderIds: string[]) {
      return partners.call<{ collaborationRatings: { count: number; average: number | null } | null }>(caller, ratingsQuery, { orderIds });
    }

    it('averages every organisation\'s rating of the orders, for caseworkers and provider coordinators', async () => {
      for (const caller of [users.caseworker!, users['caseworker-frb']!, users.provider!]) {
        const response = await ratings(caller, [rated.first, rated.second, rated.unrated]);
        expect(response.body.errors).toBeUndefined();
        expect(response.body.data!.collaborationRatings).toEqual({ count: 3, average: 11 / 3 });
      }
      // A repeated id counts once.
      expect((await ratings(users.caseworker!, [rated.first, rated.first])).body.data!.collaborationRatings).toEqual({ count: 2, average: 4.5 });
    });

    it('has a null average when nobody rated the orders, or no orders were asked about', async () => {
      expect((await ratings(users.caseworker!, [rated.unrated, randomUUID()])).body.data!.collaborationRatings).toEqual({ count: 0, average: null });
      expect((await ratings(users.provider!, [])).body.data!.collaborationRatings).toEqual({ count: 0, average: null });
    });

    it('counts only an organisation\'s latest rating of an order', async () => {
      const orderId = randomUUID();
      const give = `#graphql
        mutation Give($input: GiveCollaborationFeedbackInput!) { giveCollaborationFeedback(input: $input) { version } }
      `;
      for (const [caller, rating] of [[users.institution!, 1], [users['youth-guide']!, 4], [users.institution!, 5]] as const) {
        const response = await partners.call(caller, give, { input: { orderId, rating } });
        expect(response.body.errors).toBeUndefined();
      }
      expect((await ratings(users.caseworker!, [orderId])).body.data!.collaborationRatings).toEqual({ count: 2, average: 4.5 });
    });

    it('refuses more than 1,000 ids or a malformed one, naming orderIds', async () => {
      const tooMany = await ratings(users.caseworker!, Array.from({ length: 1001 }, () => randomUUID()));
      expect(tooMany.body.data ?? null).toBeNull();
      expect(firstError(tooMany)).toEqual({ code: 'BAD_USER_INPUT', field: 'orderIds', rule: 'maxItems' });
      const exactly = await ratings(users.caseworker!, [rated.first, ...Array.from({ length: 999 }, () => randomUUID())]);
      expect(exactly.body.data!.collaborationRatings).toEqual({ count: 2, average: 4.5 });
      expect(firstError(await ratings(users.provider!, [rated.first, 'ORD-2026-000123']))).toEqual({ code: 'BAD_USER_INPUT', field: 'orderIds', rule: 'id' });
    });

    it('is given to institution staff, for their success metrics', async () => {
      expect((await ratings(users.institution!, [])).body.data!.collaborationRatings).toEqual({ count: 0, average: null });
    });

    it('is refused to every other role', async () => {
      for (const user of ['mentor', 'youth-guide', 'social-worker', 'auditor']) {
        const response = await ratings(users[user]!, [rated.first]);
        expect(response.body.data ?? null, user).toBeNull();
        expect(firstError(response).code, user).toBe('FORBIDDEN');
      }
    });
  });
});

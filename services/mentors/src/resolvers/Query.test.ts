import { type Identity } from '@mentor/common';
import { demoId, demoMentors, demoProviders, demoToday, demoUsers } from '@mentor/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addYears, toIsoDate } from '../rules/dates.js';
import { firstError, startTestSubgraph, type TestSubgraph } from '../testing/harness.js';

const caseworker = demoUsers.caseworker!;
const coordinator = demoUsers.provider!; // Brobyg Mentor ApS, provider 0
const mentorUser = demoUsers.mentor!;
const youthGuide = demoUsers['youth-guide']!;
const institutionStaff = demoUsers.institution!;
const otherCoordinator: Identity = { sub: demoId('user', 'coordinator-1'), roles: ['PROVIDER_COORDINATOR'], org: demoProviders[1]!.id, name: 'Jesper Holm' };

/** The coordinator of a demo provider: the only one besides the mentor who sees the mentor's screenings. */
const coordinatorOf = (providerId: string): Identity => ({ sub: demoId('user', `coordinator-of-${providerId}`), roles: ['PROVIDER_COORDINATOR'], org: providerId, name: 'Koordinator' });
const mentorsOf = (providerId: string) => demoMentors.filter((mentor) => mentor.providerId === providerId);
const today = toIsoDate(demoToday());

interface MentorsResult {
  mentors: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: { id: string; lastName: string; firstName: string } }[] };
}

const mentorsQuery = `#graphql
  query ($first: Int, $after: String, $providerId: ID, $kind: MentorKind) {
    mentors(first: $first, after: $after, providerId: $providerId, kind: $kind) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id firstName lastName } }
    }
  }`;

describe('queries', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph('mentors_queries');
  });

  afterAll(async () => {
    await subgraph?.stop();
  });

  describe('mentors', () => {
    it('lists every mentor to a caseworker, page by page in name order', async () => {
      const seen: MentorsResult['mentors']['edges'] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const response = await subgraph.query<MentorsResult>(caseworker, mentorsQuery, { first: 10, after });
        expect(response.body.errors).toBeUndefined();
        const page: MentorsResult['mentors'] = response.body.data!.mentors;
        expect(page.totalCount).toBe(demoMentors.length);
        seen.push(...page.edges);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        pages++;
      } while (after);
      expect(pages).toBe(3);
      expect(new Set(seen.map((edge) => edge.node.id))).toEqual(new Set(demoMentors.map((mentor) => mentor.id)));
      const names = seen.map((edge) => [edge.node.lastName, edge.node.firstName, edge.node.id]);
      const byName = (a: string[], b: string[]) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : a[1]! < b[1]! ? -1 : a[1]! > b[1]! ? 1 : 0);
      expect(names.every((name, index) => index === 0 || byName(names[index - 1]!, name) <= 0)).toBe(true);
    });

    it("lists a coordinator's own provider's mentors only", async () => {
      const response = await subgraph.query<MentorsResult>(coordinator, mentorsQuery, { first: 50 });
      const expected = mentorsOf(coordinator.org).map((mentor) => mentor.id);
      expect(response.body.data!.mentors.totalCount).toBe(expected.length);
      expect(new Set(response.body.data!.mentors.edges.map((edge) => edge.node.id))).toEqual(new Set(expected));
    });

    it('lists a mentor only themselves, and other roles nothing', async () => {
      const own = await subgraph.query<MentorsResult>(mentorUser, mentorsQuery, {});
      expect(own.body.data!.mentors.edges.map((edge) => edge.node.id)).toEqual([mentorUser.sub]);
      for (const identity of [youthGuide, institutionStaff]) {
        const none = await subgraph.query<MentorsResult>(identity, mentorsQuery, {});
        expect(none.body.data!.mentors).toMatchObject({ totalCount: 0, edges: [] });
      }
    });

    it('filters by provider and kind', async () => {
      const byProvider = await subgraph.query<MentorsResult>(caseworker, mentorsQuery, { providerId: demoProviders[1]!.id, first: 50 });
      expect(byProvider.body.data!.mentors.totalCount).toBe(mentorsOf(demoProviders[1]!.id).length);
      const volunteers = await subgraph.query<MentorsResult>(caseworker, mentorsQuery, { kind: 'VOLUNTEER', first: 50 });
      expect(volunteers.body.data!.mentors.totalCount).toBe(demoMentors.filter((mentor) => mentor.kind === 'VOLUNTEER').length);
      const otherProvider = await subgraph.query<MentorsResult>(coordinator, mentorsQuery, { providerId: demoProviders[1]!.id });
      expect(otherProvider.body.data!.mentors.totalCount).toBe(0);
    });

    it('refuses a provider id that is not an id, and a page above the maximum', async () => {
      expect(firstError(await subgraph.query(caseworker, mentorsQuery, { providerId: 'brobyg' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'providerId' });
      expect(firstError(await subgraph.query(caseworker, mentorsQuery, { first: 501 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });
  });

  describe('mentor', () => {
    const mentorQuery = `#graphql
      query ($id: ID!) {
        mentor(id: $id) {
          id name kind status version capacityHoursPerWeek languages targetGroups email phone
          provider { id name }
          certificationStatus matchable
          certifications { kind issuedBy issuedOn validUntil taskDescription status }
          screenings { kind result checkedOn renewalDue checkedBy }
          trainings { topic hours heldOn givenBy }
          supervisions { topic hours }
        }
      }`;
    type MentorResult = { mentor: Record<string, unknown> & { certifications: Record<string, unknown>[]; screenings: { kind: string; checkedOn: string; renewalDue: string }[]; trainings: unknown[]; supervisions: unknown[] } | null };

    it('shows a mentor with certification, screening and volunteer records', async () => {
      const expiring = demoMentors.find((mentor) => mentor.certification === 'EXPIRING' && mentor.kind !== 'VOLUNTEER')!;
      const response = await subgraph.query<MentorResult>(coordinatorOf(expiring.providerId), mentorQuery, { id: expiring.id });
      expect(response.body.errors).toBeUndefined();
      const mentor = response.body.data!.mentor!;
      expect(mentor).toMatchObject({
        id: expiring.id,
        name: `${expiring.firstName} ${expiring.lastName}`,
        kind: expiring.kind,
        status: 'ACTIVE',
        version: 1,
        capacityHoursPerWeek: expiring.capacityHours,
        languages: expiring.languages,
        provider: { id: expiring.providerId },
        certificationStatus: 'EXPIRING',
        matchable: true,
      });
      expect(mentor.certifications).toEqual([expect.objectContaining({ kind: expiring.kind, validUntil: addDays(today, 14), status: 'EXPIRING' })]);
      expect(mentor.screenings.map((screening) => screening.kind).sort()).toEqual(['CHILD_PROTECTION', 'CRIMINAL_RECORD']);
      for (const screening of mentor.screenings) expect(screening.renewalDue).toBe(addYears(screening.checkedOn, 2));
      const dueSoon = mentor.screenings.find((screening) => screening.kind === 'CRIMINAL_RECORD')!;
      expect(dueSoon.renewalDue > today && dueSoon.renewalDue <= addDays(today, 30)).toBe(true);

      const asCaseworker = await subgraph.query<MentorResult>(caseworker, mentorQuery, { id: expiring.id });
      expect(asCaseworker.body.data!.mentor).toMatchObject({ id: expiring.id, certificationStatus: 'EXPIRING', screenings: null });
      expect(asCaseworker.body.errors?.map((error) => [error.path?.join('.'), error.extensions?.code])).toEqual([['mentor.screenings', 'FORBIDDEN']]);
    });

    it('shows volunteers as matchable only when screened and trained', async () => {
      const volunteers = demoMentors.filter((mentor) => mentor.kind === 'VOLUNTEER');
      const unscreened = volunteers.find((mentor) => !mentor.screened)!;
      const screened = volunteers.find((mentor) => mentor.screened && mentor.certification !== 'EXPIRED')!;
      const volunteerCoordinator = coordinatorOf(demoProviders[2]!.id);
      const no = (await subgraph.query<MentorResult>(volunteerCoordinator, mentorQuery, { id: unscreened.id })).body.data!.mentor!;
      expect(no).toMatchObject({ matchable: false, screenings: [], trainings: [], supervisions: [] });
      const yes = (await subgraph.query<MentorResult>(volunteerCoordinator, mentorQuery, { id: screened.id })).body.data!.mentor!;
      expect(yes.matchable).toBe(true);
      expect(yes.trainings).toHaveLength(2);
      expect(yes.supervisions).toHaveLength(4);
    });

    it('shows an expired certification as EXPIRED', async () => {
      const expired = demoMentors.find((mentor) => mentor.certification === 'EXPIRED')!;
      const mentor = (await subgraph.query<MentorResult>(coordinatorOf(expired.providerId), mentorQuery, { id: expired.id })).body.data!.mentor!;
      expect(mentor.certificationStatus).toBe('EXPIRED');
      expect(mentor.certifications[0]).toMatchObject({ validUntil: addDays(today, -10), status: 'EXPIRED' });
    });

    it('answers null, as for a missing mentor, when the caller may not see the mentor', async () => {
      const elsewhere = mentorsOf(demoProviders[1]!.id)[0]!;
      const own = mentorsOf(coordinator.org)[0]!;
      const lookup = async (identity: Identity, id: string) => (await subgraph.query<MentorResult>(identity, mentorQuery, { id })).body.data?.mentor ?? null;
      expect(await lookup(coordinator, own.id)).toMatchObject({ id: own.id });
      expect(await lookup(coordinator, elsewhere.id)).toBeNull();
      expect(await lookup(mentorUser, mentorUser.sub)).toMatchObject({ id: mentorUser.sub });
      expect(await lookup(mentorUser, own.id === mentorUser.sub ? elsewhere.id : own.id)).toBeNull();
      expect(await lookup(institutionStaff, own.id)).toBeNull();
      expect(await lookup(caseworker, '00000000-0000-4000-8000-000000000000')).toBeNull();
    });
  });

  describe('providers', () => {
    const providersQuery = `#graphql
      { providers(first: 10) { totalCount edges { node { id name cvr pricePerHourOre activities municipalityCodes mentors(first: 50) { totalCount edges { node { id } } } } } } }`;
    type ProvidersResult = {
      providers: { totalCount: number; edges: { node: { id: string; name: string; cvr: string; pricePerHourOre: number; activities: string[]; municipalityCodes: string[]; mentors: { totalCount: number; edges: { node: { id: string } }[] } } }[] };
    };

    it('lists every provider to every role, by name', async () => {
      const response = await subgraph.query<ProvidersResult>(youthGuide, providersQuery);
      expect(response.body.errors).toBeUndefined();
      const providers = response.body.data!.providers;
      expect(providers.totalCount).toBe(3);
      expect(providers.edges.map((edge) => edge.node.name)).toEqual(demoProviders.map((provider) => provider.name).sort());
      const brobyg = providers.edges.find((edge) => edge.node.id === demoProviders[0]!.id)!.node;
      expect(brobyg).toMatchObject({ cvr: demoProviders[0]!.cvr, pricePerHourOre: 52_500, activities: demoProviders[0]!.activities, municipalityCodes: demoProviders[0]!.municipalityCodes });
    });

    it("scopes each provider's mentors to the caller", async () => {
      const asCaseworker = (await subgraph.query<ProvidersResult>(caseworker, providersQuery)).body.data!.providers.edges;
      for (const { node } of asCaseworker) {
        expect(node.mentors.totalCount).toBe(mentorsOf(node.id).length);
        expect(new Set(node.mentors.edges.map((edge) => edge.node.id))).toEqual(new Set(mentorsOf(node.id).map((mentor) => mentor.id)));
      }
      const asCoordinator = (await subgraph.query<ProvidersResult>(coordinator, providersQuery)).body.data!.providers.edges;
      for (const { node } of asCoordinator) expect(node.mentors.totalCount).toBe(node.id === coordinator.org ? mentorsOf(node.id).length : 0);
      const asGuide = (await subgraph.query<ProvidersResult>(youthGuide, providersQuery)).body.data!.providers.edges;
      expect(asGuide.map(({ node }) => node.mentors.totalCount)).toEqual([0, 0, 0]);
    });

    it("pages a provider's mentors", async () => {
      const query = `#graphql
        query ($id: ID!, $after: String) { provider(id: $id) { mentors(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
      type Result = { provider: { mentors: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } } };
      const id = demoProviders[0]!.id;
      const first = (await subgraph.query<Result>(caseworker, query, { id })).body.data!.provider.mentors;
      expect(first.edges).toHaveLength(3);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (await subgraph.query<Result>(caseworker, query, { id, after: first.pageInfo.endCursor })).body.data!.provider.mentors;
      expect(second.totalCount).toBe(mentorsOf(id).length);
      expect(second.edges.map((edge) => edge.node.id)).not.toContain(first.edges[0]!.node.id);
    });

    it('answers null for an unknown provider', async () => {
      const response = await subgraph.query<{ provider: unknown }>(caseworker, `#graphql
        { provider(id: "00000000-0000-4000-8000-000000000000") { id } }`);
      expect(response.body.data!.provider).toBeNull();
    });
  });

  describe('experienceReports', () => {
    const reportsQuery = `#graphql
      query ($providerId: ID, $year: Int) { experienceReports(providerId: $providerId, year: $year) { year published submittedOn dueOn themes text provider { id } } }`;
    type ReportsResult = { experienceReports: { year: number; published: boolean; submittedOn: string | null; dueOn: string; provider: { id: string } }[] };
    const lastYear = Number(today.slice(0, 4)) - 1;

    it('shows submitted reports to every role, newest year first, each submitted by its due date', async () => {
      const response = await subgraph.query<ReportsResult>(youthGuide, reportsQuery, {});
      const reports = response.body.data!.experienceReports;
      expect(reports.map((report) => [report.year, demoProviders.findIndex((provider) => provider.id === report.provider.id)])).toEqual(
        expect.arrayContaining([
          [lastYear, 0],
          [lastYear - 1, 0],
          [lastYear - 2, 0],
          [lastYear - 1, 1],
          [lastYear - 1, 2],
          [lastYear - 2, 2],
          [lastYear - 3, 2],
        ]),
      );
      expect(reports).toHaveLength(7);
      expect(reports.every((report) => report.published && report.dueOn === `${report.year + 1}-09-30` && report.submittedOn! <= report.dueOn)).toBe(true);
      expect(reports.map((report) => report.year)).toEqual([...reports.map((report) => report.year)].sort((a, b) => b - a));
    });

    it("shows a draft to its own provider's coordinator only", async () => {
      const own = await subgraph.query<ReportsResult>(otherCoordinator, reportsQuery, { year: lastYear });
      expect(own.body.data!.experienceReports.map((report) => [report.provider.id, report.published])).toEqual([
        [demoProviders[0]!.id, true],
        [demoProviders[1]!.id, false],
      ]);
      const filtered = await subgraph.query<ReportsResult>(caseworker, reportsQuery, { providerId: demoProviders[1]!.id });
      expect(filtered.body.data!.experienceReports.map((report) => report.year)).toEqual([lastYear - 1]);
      const noneThatYear = await subgraph.query<ReportsResult>(otherCoordinator, reportsQuery, { year: lastYear - 4 });
      expect(noneThatYear.body.data!.experienceReports).toEqual([]);
    });
  });

  describe('mentorEligibility', () => {
    const eligibilityQuery = `#graphql
      query ($mentorId: ID!, $from: Date!, $to: Date!, $youthUnder18: Boolean!) {
        mentorEligibility(mentorId: $mentorId, from: $from, to: $to, youthUnder18: $youthUnder18) { eligible reasons }
      }`;
    type EligibilityResult = { mentorEligibility: { eligible: boolean; reasons: string[] } };
    const check = async (identity: Identity, mentorId: string, from: string, to: string, youthUnder18 = false) =>
      subgraph.query<EligibilityResult>(identity, eligibilityQuery, { mentorId, from, to, youthUnder18 });

    it('accepts a certified mentor for a period inside the certification', async () => {
      const valid = demoMentors.find((mentor) => mentor.certification === 'VALID' && mentor.kind === 'SOCIAL')!;
      const response = await check(caseworker, valid.id, addDays(today, 1), addDays(today, 91), true);
      expect(response.body.data!.mentorEligibility).toEqual({ eligible: true, reasons: [] });
    });

    it('refuses a certification that ends inside the period, and a screening due before it starts', async () => {
      const expiring = demoMentors.find((mentor) => mentor.certification === 'EXPIRING' && mentor.screened)!;
      const inside = await check(caseworker, expiring.id, today, addDays(today, 13));
      expect(inside.body.data!.mentorEligibility.eligible).toBe(true);
      const beyond = await check(caseworker, expiring.id, addDays(today, 31), addDays(today, 60), true);
      expect(beyond.body.data!.mentorEligibility.reasons).toEqual(['certificationNotValidForPeriod', 'criminalRecordCheckNotCurrent']);
    });

    it('refuses an unscreened, untrained volunteer', async () => {
      const unscreened = demoMentors.find((mentor) => mentor.kind === 'VOLUNTEER' && !mentor.screened && mentor.certification === 'VALID')!;
      const response = await check(caseworker, unscreened.id, addDays(today, 1), addDays(today, 30));
      expect(response.body.data!.mentorEligibility).toEqual({
        eligible: false,
        reasons: ['childProtectionCheckNotCurrent', 'criminalRecordCheckNotCurrent', 'volunteerNotTrained'],
      });
    });

    it('refuses a period that ends before it starts', async () => {
      const response = await check(caseworker, demoMentors[0]!.id, today, addDays(today, -1));
      expect(firstError(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to', rule: 'periodOrder' });
    });

    it("answers NOT_FOUND for another provider's mentor, as for a missing one", async () => {
      const elsewhere = mentorsOf(demoProviders[1]!.id)[0]!;
      expect(firstError(await check(coordinator, elsewhere.id, today, today))?.code).toBe('NOT_FOUND');
      expect(firstError(await check(coordinator, '00000000-0000-4000-8000-000000000000', today, today))?.code).toBe('NOT_FOUND');
    });
  });
});

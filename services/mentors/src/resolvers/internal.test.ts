import { type Identity } from '@mentor/common';
import { demoId, demoMentors, demoProviders, demoUsers } from '@mentor/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInDenmark } from '../rules/dates.js';
import { firstError, startTestSubgraph, type TestSubgraph } from '../testing/harness.js';

// The internal questions the orders subgraph asks, signed, before it assigns or suggests a mentor.

const caseworker = demoUsers.caseworker!;
const coordinator = demoUsers.provider!; // provider 0
const otherCoordinator: Identity = { sub: demoId('user', 'coordinator-1'), roles: ['PROVIDER_COORDINATOR'], org: demoProviders[1]!.id, name: 'Jesper Holm' };
const refusedRoles: [string, Identity][] = [
  ['MENTOR', demoUsers.mentor!],
  ['INSTITUTION_STAFF', demoUsers.institution!],
  ['YOUTH_GUIDE', demoUsers['youth-guide']!],
  ['SOCIAL_WORKER', demoUsers['social-worker']!],
  ['AUDITOR', demoUsers.auditor!],
];
const unknownId = '00000000-0000-4000-8000-000000000000';
const today = todayInDenmark();

/** Provider 0's mentors by their index in the demo plan. */
const mentor = (index: number) => {
  const found = demoMentors[index]!;
  if (found.providerId !== demoProviders[0]!.id) throw new Error(`Demo mentor ${index} is not provider 0's`);
  return found;
};

describe('internal fields for the orders subgraph', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph('mentors_internal');
  });

  afterAll(async () => {
    await subgraph?.stop();
  });

  describe('mentorCapacity', () => {
    const query = `#graphql
      query ($mentorId: ID!) { mentorCapacity(mentorId: $mentorId) }`;
    const capacity = async (identity: Identity, mentorId: string) => subgraph.query<{ mentorCapacity: number | null }>(identity, query, { mentorId });

    it("answers a caseworker for any mentor and a coordinator for their own provider's", async () => {
      expect((await capacity(caseworker, demoMentors[1]!.id)).body).toEqual({ data: { mentorCapacity: demoMentors[1]!.capacityHours } });
      expect((await capacity(coordinator, mentor(15).id)).body).toEqual({ data: { mentorCapacity: 15 } });
    });

    it("answers null for another provider's mentor, exactly as for an unknown one", async () => {
      expect((await capacity(otherCoordinator, mentor(15).id)).body).toEqual({ data: { mentorCapacity: null } });
      expect((await capacity(caseworker, unknownId)).body).toEqual({ data: { mentorCapacity: null } });
    });

    it('refuses an id that is not one', async () => {
      expect(firstError(await capacity(caseworker, 'mentor-15'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mentorId', rule: 'id' });
    });

    it.each(refusedRoles)('refuses %s', async (_label, identity) => {
      const response = await capacity(identity, mentor(15).id);
      expect(response.body.data?.mentorCapacity ?? null).toBeNull();
      expect(firstError(response)?.code).toBe('FORBIDDEN');
    });
  });

  describe('mentorEligibility with a target group', () => {
    const query = `#graphql
      query ($mentorId: ID!, $from: Date!, $to: Date!, $targetGroup: String) {
        mentorEligibility(mentorId: $mentorId, from: $from, to: $to, youthUnder18: false, targetGroup: $targetGroup) { eligible reasons }
      }`;
    const period = { from: addDays(today, 1), to: addDays(today, 91) };

    it('needs a certification of a kind that fits the target group', async () => {
      const professional = mentor(15);
      const fits = await subgraph.query(caseworker, query, { mentorId: professional.id, ...period, targetGroup: 'YOUTH_TRANSITION_TO_EDUCATION' });
      expect(fits.body).toEqual({ data: { mentorEligibility: { eligible: true, reasons: [] } } });
      const misfit = await subgraph.query(caseworker, query, { mentorId: professional.id, ...period, targetGroup: 'PSYCHIATRIC_DISCHARGE' });
      expect(misfit.body).toEqual({ data: { mentorEligibility: { eligible: false, reasons: ['certificationKindDoesNotFitTargetGroup'] } } });
      const without = await subgraph.query(caseworker, query, { mentorId: professional.id, ...period });
      expect(without.body).toEqual({ data: { mentorEligibility: { eligible: true, reasons: [] } } });
    });

    it('refuses a target group the orders subgraph does not know', async () => {
      const response = await subgraph.query(caseworker, query, { mentorId: mentor(15).id, ...period, targetGroup: 'Fleksjobbere' });
      expect(firstError(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'targetGroup', rule: 'targetGroup' });
    });
  });

  describe('rankMentors', () => {
    const query = `#graphql
      query ($input: RankMentorsInput!) { rankMentors(input: $input) { mentorId eligible score reasons } }`;
    type Ranking = { mentorId: string; eligible: boolean; score: number; reasons: string[] };
    const input = {
      providerId: demoProviders[0]!.id,
      from: addDays(today, 1),
      to: addDays(today, 91),
      youthUnder18: false,
      targetGroup: 'YOUTH_TRANSITION_TO_EDUCATION',
      weeklyHours: 2,
      municipalityCode: '101',
      languages: ['da', 'ar'],
      // Mentor 0 carries 5 of 6 hours already, so 2 more exceed the capacity; mentor 21 carries 3 of 9.
      loads: [
        { mentorId: mentor(0).id, weeklyHours: 5 },
        { mentorId: mentor(21).id, weeklyHours: 3 },
      ],
    };
    const rank = (identity: Identity, changes: Partial<typeof input> = {}) =>
      subgraph.query<{ rankMentors: Ranking[] }>(identity, query, { input: { ...input, ...changes } });

    it('ranks every mentor of the provider, eligible ones first, best score first, with the reasons', async () => {
      const response = await rank(caseworker);
      expect(response.body.errors).toBeUndefined();
      const ranked = response.body.data!.rankMentors;
      expect(new Set(ranked.map((ranking) => ranking.mentorId))).toEqual(new Set(demoMentors.filter((m) => m.providerId === input.providerId).map((m) => m.id)));
      // The professional mentor and the study-start coordinator are made for the group; the social mentor only suits it.
      expect(ranked.slice(0, 3).map((ranking) => [ranking.mentorId, ranking.eligible, ranking.score])).toEqual([
        [mentor(15).id, true, 89.2],
        [mentor(18).id, true, 88.3],
        [mentor(21).id, true, 59.1],
      ]);
      expect(ranked[0]!.reasons).toEqual([
        expect.stringMatching(/^Certified as professional mentor \(faglig mentor\) until \d{4}-\d{2}-\d{2}, the kind made for young people under 30 starting ordinary education$/),
        '13 h/week of 15 h/week free after this order (0 h/week on active orders)',
        'A professional mentor (faglig mentor), the kind made for young people under 30 starting ordinary education, and knows the target group',
        'Speaks da with the youth',
        'The provider delivers in municipality 101',
      ]);
      expect(ranked[2]!.reasons[1]).toBe('4 h/week of 9 h/week free after this order (3 h/week on active orders)');
      const rest = new Map(ranked.slice(3).map((ranking) => [ranking.mentorId, ranking]));
      expect([...rest.values()].every((ranking) => !ranking.eligible)).toBe(true);
      expect(rest.get(mentor(0).id)!.reasons).toEqual(["capacityExceeded: the order's hours on top of the active orders exceed the mentor's capacity"]);
      expect(rest.get(mentor(3).id)!.reasons).toEqual(['certificationNotValidForPeriod: no certification is valid on every day of the order']);
      expect(rest.get(mentor(24).id)!.reasons).toEqual(['certificationNotValidForPeriod: no certification is valid on every day of the order']);
      expect(rest.get(mentor(12).id)!.reasons).toEqual(['certificationKindDoesNotFitTargetGroup: no certification valid for the order is of a kind that fits the target group']);
      const scores = ranked.slice(3).map((ranking) => ranking.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('gives the provider its own ranking, identical to the caseworker’s', async () => {
      const asCaseworker = await rank(caseworker);
      const asCoordinator = await rank(coordinator);
      expect(asCoordinator.body).toEqual(asCaseworker.body);
    });

    it("answers NOT_FOUND for another provider's mentors, exactly as for an unknown provider", async () => {
      expect(firstError(await rank(otherCoordinator))?.code).toBe('NOT_FOUND');
      expect(firstError(await rank(caseworker, { providerId: unknownId }))?.code).toBe('NOT_FOUND');
      expect((await rank(otherCoordinator)).body.data).toBeNull();
    });

    it.each(refusedRoles)('refuses %s', async (_label, identity) => {
      const response = await rank(identity);
      expect(response.body.data).toBeNull();
      expect(firstError(response)?.code).toBe('FORBIDDEN');
    });

    it('refuses bad input naming the field and the rule', async () => {
      const cases: [Partial<typeof input>, string, string][] = [
        [{ providerId: 'brobyg' }, 'providerId', 'id'],
        [{ to: today, from: addDays(today, 1) }, 'to', 'periodOrder'],
        [{ targetGroup: 'UNKNOWN_GROUP' }, 'targetGroup', 'targetGroup'],
        [{ weeklyHours: 0 }, 'weeklyHours', 'range'],
        [{ municipalityCode: '1O1' }, 'municipalityCode', 'municipalityCode'],
        [{ languages: ['arabisk'] }, 'languages', 'languageCode'],
        [{ loads: [{ mentorId: 'mentor-0', weeklyHours: 1 }] }, 'loads[0].mentorId', 'id'],
        [{ loads: [{ mentorId: mentor(0).id, weeklyHours: -1 }] }, 'loads[0].weeklyHours', 'range'],
      ];
      for (const [changes, field, rule] of cases) {
        expect(firstError(await rank(caseworker, changes)), field).toMatchObject({ code: 'BAD_USER_INPUT', field, rule });
      }
    });

    it('leaves out an inactive mentor altogether: suggestMentors never offers one', async () => {
      await subgraph.db.query(`UPDATE mentor SET status = 'INACTIVE' WHERE id = $1`, [mentor(15).id]);
      try {
        const ranked = (await rank(caseworker)).body.data!.rankMentors.map((ranking) => ranking.mentorId);
        expect(ranked).not.toContain(mentor(15).id);
        expect(ranked).toContain(mentor(18).id);
      } finally {
        await subgraph.db.query(`UPDATE mentor SET status = 'ACTIVE' WHERE id = $1`, [mentor(15).id]);
      }
      expect((await rank(caseworker)).body.data!.rankMentors.map((ranking) => ranking.mentorId)).toContain(mentor(15).id);
    });

    it('needs a screened mentor for a youth under 18', async () => {
      // Every demo mentor of provider 0 is screened; their straffeattest is due for renewal within 30 days.
      const soon = await rank(caseworker, { youthUnder18: true });
      expect(soon.body.data!.rankMentors.filter((ranking) => ranking.eligible).map((ranking) => ranking.mentorId)).toEqual([mentor(15).id, mentor(18).id, mentor(21).id]);
      const later = await rank(caseworker, { youthUnder18: true, from: addDays(today, 31), to: addDays(today, 91) });
      const reasons = later.body.data!.rankMentors.find((ranking) => ranking.mentorId === mentor(15).id)!.reasons;
      expect(reasons).toEqual(['criminalRecordCheckNotCurrent: no current, clear criminal-record check (straffeattest) when the order starts']);
    });
  });
});

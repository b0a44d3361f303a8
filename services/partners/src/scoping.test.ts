import { type TokenRequest } from '@mentor/common';
import { demoId, demoOrder, demoUnits, demoUsers, demoYouth, demoYouthGuides, orderableInstitutions } from '@mentor/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPartners, type PartnersHarness } from './testing/harness.js';

const YOUTHS = 20;

const youthQuery = `#graphql
  query Youths($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Youth {
        id
        enrollments { institution { id } status attendanceConcerns { description } }
        youthGuide { guideUserId }
        consents { bodyKind current }
      }
    }
  }
`;

const institutionEnrollmentsQuery = `#graphql
  query InstitutionEnrollments($id: ID!) {
    institution(id: $id) { enrollments(first: 100) { totalCount edges { node { youth { id } } } } }
  }
`;

interface YouthView {
  id: string;
  enrollments: { institution: { id: string }; status: string; attendanceConcerns: { description: string }[] }[];
  youthGuide: { guideUserId: string } | null;
  consents: { bodyKind: string; current: boolean }[];
}

const users = demoUsers as Record<string, TokenRequest>;
const youths = Array.from({ length: YOUTHS }, (_, index) => demoYouth(index));

// Without the field rules: the resolvers' own scoping alone keeps every list to the caller's
// relation, so a mistake in the rules cannot widen one.
describe('partners resolvers scope every list to the caller relation, even without the field rules', () => {
  let partners: PartnersHarness;

  beforeAll(async () => {
    partners = await startPartners('partners_scoping', { youths: YOUTHS, permissions: false });
  });

  afterAll(async () => {
    await partners?.stop();
  });

  async function view(caller: TokenRequest): Promise<Map<string, YouthView>> {
    const response = await partners.call<{ _entities: YouthView[] }>(caller, youthQuery, {
      representations: youths.map((youth) => ({ __typename: 'Youth', id: youth.id })),
    });
    expect(response.body.errors).toBeUndefined();
    return new Map(response.body.data!._entities.map((youth) => [youth.id, youth]));
  }

  function withEnrollments(seen: Map<string, YouthView>): number[] {
    return youths.filter((youth) => seen.get(youth.id)!.enrollments.length > 0).map((youth) => youth.index);
  }

  it('shows a caseworker the enrollments, guide and consents of their own unit only', async () => {
    const seen = await view(users.caseworker!);
    const ownUnit = youths.filter((youth) => youth.caseworkerUnitId === demoUnits.copenhagen).map((youth) => youth.index);
    expect(withEnrollments(seen)).toEqual(ownUnit);
    expect(seen.get(youths[0]!.id)!.youthGuide).toEqual({ guideUserId: youths[0]!.youthGuideId });
    expect(seen.get(youths[0]!.id)!.consents).toEqual([{ bodyKind: 'SOCIAL_SERVICES', current: true }]);
    // Youth 11 withdrew a consent to psychiatry: the caseworker sees it is no longer current.
    expect(seen.get(youths[11]!.id)!.consents).toEqual([{ bodyKind: 'PSYCHIATRY', current: false }]);
    // Youth 9 belongs to Frederiksberg.
    expect(seen.get(youths[9]!.id)).toEqual({ id: youths[9]!.id, enrollments: [], youthGuide: null, consents: [] });
    // Attendance concerns come with the enrollment (youth 2 has three).
    expect(seen.get(youths[2]!.id)!.enrollments[0]!.attendanceConcerns.length).toBe(3);
  });

  it('shows the Frederiksberg caseworker only the Frederiksberg youths', async () => {
    const seen = await view(users['caseworker-frb']!);
    expect(withEnrollments(seen)).toEqual([9, 19]);
    expect(seen.get(youths[0]!.id)!.consents).toEqual([]);
    expect(seen.get(youths[0]!.id)!.youthGuide).toBeNull();
  });

  it('shows a mentor the enrollments of the youths assigned to them, and no guide or consents', async () => {
    const mentor = users.mentor!;
    const seen = await view(mentor);
    const assigned = youths.filter((youth) => demoOrder(youth).mentorId === mentor.sub).map((youth) => youth.index);
    expect(assigned).toContain(0);
    expect(withEnrollments(seen)).toEqual(assigned);
    expect([...seen.values()].every((youth) => youth.youthGuide === null && youth.consents.length === 0)).toBe(true);
  });

  it('shows institution staff only the enrollments at their own institution', async () => {
    const staff = users.institution!;
    const seen = await view(staff);
    const enrolledHere = youths.filter((youth) => youth.institutionId === staff.org).map((youth) => youth.index);
    expect(withEnrollments(seen)).toEqual(enrolledHere);
    for (const youth of seen.values()) for (const enrollment of youth.enrollments) expect(enrollment.institution.id).toBe(staff.org);

    // Youth 5 is now at another school and left this one earlier: that school sees only its own, ended enrollment.
    const earlierSchool = orderableInstitutions[1]!.id;
    const other = await view({ ...staff, sub: demoId('user', 'staff-1'), org: earlierSchool });
    expect(other.get(youths[5]!.id)!.enrollments.map((enrollment) => [enrollment.institution.id, enrollment.status])).toEqual([[earlierSchool, 'TRANSFERRED']]);
  });

  it('shows a youth guide the enrollments of the youths they guide, and every KUI guide the youth guide assignments', async () => {
    const guide = users['youth-guide']!;
    const seen = await view(guide);
    const guided = youths.filter((youth) => youth.youthGuideId === guide.sub).map((youth) => youth.index);
    expect(guided.length).toBeGreaterThan(1);
    expect(withEnrollments(seen)).toEqual(guided);
    expect(seen.get(youths[2]!.id)!.youthGuide).toEqual({ guideUserId: demoYouthGuides[1]!.id });
    expect(seen.get(youths[2]!.id)!.consents).toEqual([]);

    // A youth guide outside KUI sees only their own assignments.
    const outside = await view({ ...guide, org: demoUnits.socialServices });
    expect(outside.get(youths[0]!.id)!.youthGuide).toEqual({ guideUserId: guide.sub });
    expect(outside.get(youths[2]!.id)!.youthGuide).toBeNull();
  });

  it('shows a social worker the consents given to their own body, and nothing else', async () => {
    const seen = await view(users['social-worker']!);
    const consenting = youths.filter((youth) => youth.consentToSocialServices).map((youth) => youth.index);
    expect(youths.filter((youth) => seen.get(youth.id)!.consents.length > 0).map((youth) => youth.index)).toEqual(consenting);
    expect(seen.get(youths[11]!.id)!.consents).toEqual([]);
    expect(withEnrollments(seen)).toEqual([]);
    expect([...seen.values()].every((youth) => youth.youthGuide === null)).toBe(true);
  });

  it('shows an auditor and a provider coordinator none of it', async () => {
    for (const caller of [users.auditor!, users.provider!]) {
      const seen = await view(caller);
      expect([...seen.values()].every((youth) => youth.enrollments.length === 0 && youth.youthGuide === null && youth.consents.length === 0)).toBe(true);
    }
  });

  it('scopes and counts Institution.enrollments by the same relations', async () => {
    const school = orderableInstitutions[0]!.id;
    const atSchool = youths.filter((youth) => youth.institutionId === school);
    async function visible(caller: TokenRequest) {
      const response = await partners.call<{ institution: { enrollments: { totalCount: number; edges: { node: { youth: { id: string } } }[] } } }>(
        caller,
        institutionEnrollmentsQuery,
        { id: school },
      );
      expect(response.body.errors).toBeUndefined();
      const { totalCount, edges } = response.body.data!.institution.enrollments;
      expect(edges.length).toBe(totalCount);
      return edges.map((edge) => edge.node.youth.id).sort();
    }
    expect(await visible(users.institution!)).toEqual(atSchool.map((youth) => youth.id).sort());
    expect(await visible(users.caseworker!)).toEqual(atSchool.filter((youth) => youth.caseworkerUnitId === demoUnits.copenhagen).map((youth) => youth.id).sort());
    expect(await visible(users['caseworker-frb']!)).toEqual(atSchool.filter((youth) => youth.caseworkerUnitId === demoUnits.frederiksberg).map((youth) => youth.id).sort());
    expect(await visible({ ...users.institution!, org: orderableInstitutions[1]!.id })).toEqual([]);
    expect(await visible(users.auditor!)).toEqual([]);
  });
});

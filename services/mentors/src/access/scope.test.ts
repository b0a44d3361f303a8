import type { Identity } from '@mentor/common';
import { describe, expect, it } from 'vitest';
import {
  canAdministerMentors,
  canRankMentorsOf,
  canRecordScreening,
  canResolveMentorReference,
  canSeeExperienceReport,
  canSeeMentor,
  dueListProvider,
  mentorScope,
  mentorScopeSql,
  seesMentorContact,
  seesMentorName,
  seesMentorProfile,
  seesMentorScreenings,
} from './scope.js';

const providerA = '11111111-1111-4111-8111-111111111111';
const providerB = '22222222-2222-4222-8222-222222222222';
const mentorId = '33333333-3333-4333-8333-333333333333';
const as = (roles: Identity['roles'], org = providerA, sub = mentorId): Identity => ({ roles, org, sub, name: 'Test' });

describe('mentor scope', () => {
  it('gives a caseworker every mentor', () => {
    expect(mentorScopeSql(mentorScope(as(['CASEWORKER'])), 'm', [])).toBe('TRUE');
    expect(canSeeMentor(as(['CASEWORKER']), { id: 'x', providerId: providerB })).toBe(true);
  });

  it("gives a coordinator their provider's mentors", () => {
    const params: unknown[] = [];
    expect(mentorScopeSql(mentorScope(as(['PROVIDER_COORDINATOR'])), 'm', params)).toBe('(m.provider_id = ANY($1::uuid[]))');
    expect(params).toEqual([[providerA]]);
    expect(canSeeMentor(as(['PROVIDER_COORDINATOR']), { id: 'x', providerId: providerA })).toBe(true);
    expect(canSeeMentor(as(['PROVIDER_COORDINATOR']), { id: 'x', providerId: providerB })).toBe(false);
  });

  it('gives a mentor only themselves', () => {
    const params: unknown[] = ['earlier'];
    expect(mentorScopeSql(mentorScope(as(['MENTOR'])), 'm', params)).toBe('(m.id = ANY($2::uuid[]))');
    expect(canSeeMentor(as(['MENTOR']), { id: mentorId, providerId: providerA })).toBe(true);
    expect(canSeeMentor(as(['MENTOR']), { id: 'other', providerId: providerA })).toBe(false);
  });

  it('gives other roles, and ids that are not UUIDs, nothing', () => {
    expect(mentorScopeSql(mentorScope(as(['INSTITUTION_STAFF'])), 'm', [])).toBe('FALSE');
    expect(mentorScopeSql(mentorScope(as(['MENTOR'], providerA, 'not-a-uuid')), 'm', [])).toBe('FALSE');
  });
});

describe('administration', () => {
  it("lets a caseworker and the provider's own coordinator administer mentors", () => {
    expect(canAdministerMentors(as(['CASEWORKER']), providerB)).toBe(true);
    expect(canAdministerMentors(as(['PROVIDER_COORDINATOR']), providerA)).toBe(true);
    expect(canAdministerMentors(as(['PROVIDER_COORDINATOR']), providerB)).toBe(false);
    expect(canAdministerMentors(as(['MENTOR']), providerA)).toBe(false);
  });

  it('shows submitted reports to everyone and drafts only to their provider', () => {
    expect(canSeeExperienceReport(as(['AUDITOR']), { providerId: providerA, published: true })).toBe(true);
    expect(canSeeExperienceReport(as(['CASEWORKER']), { providerId: providerA, published: false })).toBe(false);
    expect(canSeeExperienceReport(as(['PROVIDER_COORDINATOR']), { providerId: providerA, published: false })).toBe(true);
    expect(canSeeExperienceReport(as(['PROVIDER_COORDINATOR'], providerB), { providerId: providerA, published: false })).toBe(false);
  });
});

describe('who sees which mentor fields', () => {
  const mentor = { id: mentorId, providerId: providerA };
  const otherMentor = '44444444-4444-4444-8444-444444444444';
  type Sees = [name: boolean, contact: boolean, profile: boolean, screenings: boolean];
  const table: [label: string, identity: Identity, sees: Sees][] = [
    ['a caseworker', as(['CASEWORKER'], providerB, otherMentor), [true, true, true, false]],
    ["the mentor's provider's coordinator", as(['PROVIDER_COORDINATOR'], providerA, otherMentor), [true, true, true, true]],
    ["another provider's coordinator", as(['PROVIDER_COORDINATOR'], providerB, otherMentor), [true, false, false, false]],
    ['the mentor themself', as(['MENTOR'], providerA, mentorId), [true, true, true, true]],
    ['another mentor of the same provider', as(['MENTOR'], providerA, otherMentor), [true, false, false, false]],
    ['a user whose id is the mentor but who is not a mentor', as(['INSTITUTION_STAFF'], providerA, mentorId), [true, false, false, false]],
    ['a youth guide', as(['YOUTH_GUIDE'], providerB, otherMentor), [true, true, false, false]],
    ['a social worker', as(['SOCIAL_WORKER'], providerB, otherMentor), [true, false, false, false]],
    ['an auditor', as(['AUDITOR'], providerA, mentorId), [false, false, false, false]],
    ['an auditor coordinating the provider too', as(['AUDITOR', 'PROVIDER_COORDINATOR'], providerA, otherMentor), [true, true, true, true]],
  ];

  it.each(table)('%s', (_label, identity, [name, contact, profile, screenings]) => {
    expect([seesMentorName(identity), seesMentorContact(identity, mentor), seesMentorProfile(identity, mentor), seesMentorScreenings(identity, mentor)]).toEqual([
      name,
      contact,
      profile,
      screenings,
    ]);
    expect(canResolveMentorReference(identity)).toBe(name);
    // Looking a mentor up by id is for those who see the profile.
    expect(canSeeMentor(identity, mentor)).toBe(profile);
  });

  it("lets only the mentor's own provider record screenings", () => {
    expect(canRecordScreening(as(['PROVIDER_COORDINATOR']), providerA)).toBe(true);
    expect(canRecordScreening(as(['PROVIDER_COORDINATOR']), providerB)).toBe(false);
    expect(canRecordScreening(as(['CASEWORKER']), providerA)).toBe(false);
    expect(canRecordScreening(as(['MENTOR']), providerA)).toBe(false);
  });
});

describe('ranking and the due list', () => {
  it("ranks any provider's mentors for a caseworker, only their own for a coordinator, and none for other roles", () => {
    expect(canRankMentorsOf(as(['CASEWORKER']), providerB)).toBe(true);
    expect(canRankMentorsOf(as(['PROVIDER_COORDINATOR']), providerA)).toBe(true);
    expect(canRankMentorsOf(as(['PROVIDER_COORDINATOR']), providerB)).toBe(false);
    for (const role of ['MENTOR', 'INSTITUTION_STAFF', 'YOUTH_GUIDE', 'SOCIAL_WORKER', 'AUDITOR'] as const) {
      expect(canRankMentorsOf(as([role]), providerA)).toBe(false);
    }
  });

  it('fills a due list only for the coordinator whose organisation it is', () => {
    expect(dueListProvider(as(['PROVIDER_COORDINATOR']), providerA)).toBe(providerA);
    expect(dueListProvider(as(['PROVIDER_COORDINATOR']), providerB)).toBeNull();
    expect(dueListProvider(as(['CASEWORKER']), providerA)).toBeNull();
    expect(dueListProvider(as(['MENTOR']), providerA)).toBeNull();
    expect(dueListProvider(as(['PROVIDER_COORDINATOR'], 'not-a-uuid'), 'not-a-uuid')).toBeNull();
  });
});

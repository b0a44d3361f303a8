import type { Identity } from '@mentor/common';
import { describe, expect, it } from 'vitest';
import { canAdministerMentors, canSeeExperienceReport, canSeeMentor, mentorScope, mentorScopeSql } from './access.js';

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

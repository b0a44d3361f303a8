import { randomUUID } from 'node:crypto';
import { type TokenRequest } from '@mentor/common';
import { demoId, demoOrder, demoUnits, demoUsers, demoYouth, orderableInstitutions } from '@mentor/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { danishToday } from './rules/dates.js';
import { errorsByPath, startPartners, type PartnersHarness } from './testing/harness.js';

const users = demoUsers as Record<string, TokenRequest>;
const today = danishToday();

// Youth 0 is related to every demo user: the Copenhagen unit's, guided by the demo guide, enrolled at the
// demo school, consented to social services, with an active order at the demo provider and the demo mentor.
const youth = demoYouth(0);
const school = orderableInstitutions[0]!.id;
// Youth 7's order is completed, with feedback from its school and provider.
const ratedOrder = demoOrder(demoYouth(7));

const overview = `#graphql
  query Overview($representations: [_Any!]!, $school: ID!, $orderId: ID!) {
    _entities(representations: $representations) {
      ... on Youth {
        id
        enrollments { id programme status institution { id } attendanceConcerns { id } }
        youthGuide { guideUserId guideName }
        consents { bodyKind scope current }
      }
    }
    institution(id: $school) { name enrollments(first: 50) { totalCount edges { node { youth { id } } } } }
    organisations(first: 1) { totalCount }
    collaborationFeedback(orderId: $orderId) { organisationId rating }
  }
`;

interface Overview {
  _entities: ({ id: string; enrollments: { institution: { id: string } }[] | null; youthGuide: { guideUserId: string } | null; consents: { bodyKind: string }[] | null } | null)[];
  institution: { name: string; enrollments: { totalCount: number } | null };
  organisations: { totalCount: number };
  collaborationFeedback: { organisationId: string }[] | null;
}

type Part = 'youth' | 'enrollments' | 'youthGuide' | 'consents' | 'institutionEnrollments' | 'feedback';

const paths: Record<Part, string> = {
  youth: '_entities.0.id',
  enrollments: '_entities.0.enrollments',
  youthGuide: '_entities.0.youthGuide',
  consents: '_entities.0.consents',
  institutionEnrollments: 'institution.enrollments',
  feedback: 'collaborationFeedback',
};

/** DESIGN §4 for youth 0, as each demo user: what they see; everything else is null with FORBIDDEN. */
const matrix: { user: string; sees: Part[] }[] = [
  { user: 'caseworker', sees: ['youth', 'enrollments', 'youthGuide', 'consents', 'institutionEnrollments', 'feedback'] },
  { user: 'caseworker-frb', sees: ['youth', 'institutionEnrollments', 'feedback'] },
  { user: 'mentor', sees: ['youth', 'enrollments', 'institutionEnrollments'] },
  { user: 'provider', sees: ['youth', 'feedback'] },
  { user: 'institution', sees: ['youth', 'enrollments', 'institutionEnrollments', 'feedback'] },
  { user: 'youth-guide', sees: ['youth', 'enrollments', 'youthGuide', 'institutionEnrollments', 'feedback'] },
  { user: 'social-worker', sees: ['youth', 'consents', 'feedback'] },
  { user: 'auditor', sees: [] },
];

describe('partners field rules: each role sees what DESIGN §4 gives it', () => {
  let partners: PartnersHarness;

  beforeAll(async () => {
    partners = await startPartners('partners_roles', { youths: 20 });
  });

  afterAll(async () => {
    await partners?.stop();
  });

  function read(caller: TokenRequest) {
    return partners.call<Overview>(caller, overview, { representations: [{ __typename: 'Youth', id: youth.id }], school, orderId: ratedOrder.id });
  }

  it.each(matrix)('as $user', async ({ user, sees }) => {
    const caller = users[user]!;
    const response = await read(caller);
    const data = response.body.data!;
    const youthView = data._entities[0];
    const values: Record<Part, unknown> = {
      youth: youthView,
      enrollments: youthView?.enrollments,
      youthGuide: youthView?.youthGuide,
      consents: youthView?.consents,
      institutionEnrollments: data.institution.enrollments,
      feedback: data.collaborationFeedback,
    };
    const denied = (Object.keys(paths) as Part[]).filter((part) => !sees.includes(part));
    // The auditor's youth is denied at its id, so its other fields are never read.
    const deniedPaths = sees.includes('youth') ? denied.map((part) => paths[part]) : [paths.youth, paths.institutionEnrollments, paths.feedback];
    expect(errorsByPath(response)).toEqual(Object.fromEntries(deniedPaths.map((path) => [path, 'FORBIDDEN'])));
    for (const part of sees) expect(values[part], part).not.toBeNull();
    for (const part of denied) expect(values[part] ?? null, part).toBeNull();

    // Registry data is for every role.
    expect(data.institution.name).toBe(orderableInstitutions[0]!.name);
    expect(data.organisations.totalCount).toBeGreaterThan(0);

    // What is seen is the caller's share.
    if (sees.includes('enrollments')) {
      const institutions = youthView!.enrollments!.map((enrollment) => enrollment.institution.id);
      expect(institutions).toEqual([youth.institutionId]);
    }
    if (sees.includes('youthGuide')) expect(youthView!.youthGuide).toEqual({ guideUserId: youth.youthGuideId, guideName: expect.any(String) });
    if (sees.includes('consents')) expect(youthView!.consents).toEqual([{ bodyKind: 'SOCIAL_SERVICES', scope: expect.any(String), current: true }]);
    // Caseworkers evaluate the cooperation and see the feedback on their own unit's orders; a partner sees its own organisation's.
    if (caller.roles.includes('CASEWORKER') && caller.org === demoYouth(7).caseworkerUnitId) {
      expect(data.collaborationFeedback!.map((feedback) => feedback.organisationId).sort()).toEqual([ratedOrder.institutionId, ratedOrder.providerId].sort());
    } else if (caller.roles.includes('CASEWORKER')) {
      expect(data.collaborationFeedback).toEqual([]);
    } else if (sees.includes('feedback')) {
      for (const feedback of data.collaborationFeedback!) expect(feedback.organisationId).toBe(caller.org);
    }
  });

  it('gives the audit log to auditors only; to anyone else it looks missing', async () => {
    const query = `#graphql
      query Log($representations: [_Any!]!) { _entities(representations: $representations) { ... on AuditLog { youthId partnerRecords { outcome } } } }
    `;
    const representations = [{ __typename: 'AuditLog', youthId: youth.id }];
    const forAuditor = await partners.call<{ _entities: ({ youthId: string; partnerRecords: unknown[] } | null)[] }>(users.auditor!, query, { representations });
    expect(forAuditor.body.errors).toBeUndefined();
    expect(forAuditor.body.data!._entities[0]).toEqual({ youthId: youth.id, partnerRecords: expect.any(Array) });
    for (const user of ['caseworker', 'mentor', 'provider', 'institution', 'youth-guide', 'social-worker']) {
      const response = await partners.call<{ _entities: unknown[] }>(users[user]!, query, { representations });
      expect(response.body.data!._entities, user).toEqual([null]);
    }
  });

  it('lets each role only the mutations DESIGN §4 gives it, refusing the rest before anything is stored', async () => {
    const mutations: { name: string; roles: string[]; query: string; input: Record<string, unknown> }[] = [
      {
        name: 'registerOrganisation',
        roles: ['caseworker', 'caseworker-frb'],
        query: 'mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }',
        input: { kind: 'PSYCHIATRY', name: 'Psykiatrisk Center Amager', cvr: '29190925', municipalityCode: '101' },
      },
      {
        name: 'registerInstitution',
        roles: ['caseworker', 'caseworker-frb'],
        query: 'mutation($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { id } }',
        input: { name: 'Erhvervsskolen Amager', cvr: '29190925', institutionNumber: '281999', type: 'VOCATIONAL', approved: true, address: 'Amagerbrogade 1', municipalityCode: '101' },
      },
      {
        name: 'updateInstitution',
        roles: ['caseworker', 'caseworker-frb'],
        query: 'mutation($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { id } }',
        input: { institutionId: school, approved: false },
      },
      {
        name: 'enrollYouth',
        roles: ['institution'],
        query: 'mutation($input: EnrollYouthInput!) { enrollYouth(input: $input) { id } }',
        input: { youthId: demoYouth(3).id, institutionId: school, programme: 'Grundforløb 1', startDate: today },
      },
      {
        name: 'updateEnrollmentStatus',
        roles: ['institution'],
        query: 'mutation($input: UpdateEnrollmentStatusInput!) { updateEnrollmentStatus(input: $input) { id } }',
        input: { enrollmentId: randomUUID(), status: 'COMPLETED', endedOn: today },
      },
      {
        name: 'reportAttendanceConcern',
        roles: ['institution'],
        query: 'mutation($input: ReportAttendanceConcernInput!) { reportAttendanceConcern(input: $input) { id } }',
        input: { enrollmentId: randomUUID(), reportedOn: today, description: 'Fravær' },
      },
      {
        name: 'assignYouthGuide',
        roles: ['caseworker', 'caseworker-frb'],
        query: 'mutation($input: AssignYouthGuideInput!) { assignYouthGuide(input: $input) { id } }',
        input: { youthId: demoYouth(3).id, kuiOrganisationId: demoUnits.kui, guideUserId: randomUUID(), guideName: 'Ny Guide', fromDate: today },
      },
      {
        name: 'endYouthGuideAssignment',
        roles: ['youth-guide', 'caseworker', 'caseworker-frb'],
        query: 'mutation($input: EndYouthGuideAssignmentInput!) { endYouthGuideAssignment(input: $input) { id } }',
        input: { assignmentId: demoId('youth-guide-assignment', 0), toDate: today },
      },
      {
        name: 'recordConsent',
        roles: ['caseworker', 'caseworker-frb'],
        query: 'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
        input: { youthId: demoYouth(3).id, bodyId: demoUnits.socialServices, scope: 'Samarbejde', givenOn: today },
      },
      {
        name: 'withdrawConsent',
        roles: ['caseworker', 'caseworker-frb'],
        query: 'mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id } }',
        input: { consentId: randomUUID(), withdrawnOn: today },
      },
      {
        name: 'giveCollaborationFeedback',
        roles: ['provider', 'institution', 'youth-guide', 'social-worker'],
        query: 'mutation($input: GiveCollaborationFeedbackInput!) { giveCollaborationFeedback(input: $input) { id } }',
        input: { orderId: ratedOrder.id, rating: 3 },
      },
      {
        // Only the orders service as itself replicates: no user role, whatever it is.
        name: 'recordYouthLink',
        roles: [],
        query: 'mutation($input: YouthLinkInput!) { recordYouthLink(input: $input, sequence: "1") }',
        input: { youthId: randomUUID(), caseworkerUnitId: randomUUID(), providerIds: [], mentorIds: [], orderIds: [], placedInstitutionIds: [] },
      },
    ];
    const tables = ['organisation', 'institution', 'enrollment', 'attendance_concern', 'youth_guide_assignment', 'consent', 'collaboration_feedback', 'youth_link', 'idempotency_key'];
    const snapshot = async () => Promise.all(tables.map(async (table) => ((await partners.db.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0]!.n));
    const before = await snapshot();
    const refused: string[] = [];
    for (const mutation of mutations) {
      for (const user of Object.keys(users).filter((user) => !mutation.roles.includes(user))) {
        const response = await partners.call(users[user]!, `#graphql\n${mutation.query}`, { input: mutation.input });
        expect(response.body.data ?? null, `${mutation.name} as ${user}`).toBeNull();
        expect(errorsByPath(response), `${mutation.name} as ${user}`).toEqual({ [mutation.name]: 'FORBIDDEN' });
        refused.push(`${mutation.name}:${user}`);
      }
    }
    expect(refused.length).toBe(mutations.reduce((sum, mutation) => sum + Object.keys(users).length - mutation.roles.length, 0));
    expect(await snapshot()).toEqual(before);
    expect(partners.orders.calls).toEqual([]);
  });
});

describe('partners field rules read the parent on every row, never from a cache', () => {
  let partners: PartnersHarness;

  beforeAll(async () => {
    partners = await startPartners('partners_rule_cache', { youths: 20 });
  });

  afterAll(async () => {
    await partners?.stop();
  });

  const query = `#graphql
    query Youths($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Youth { id enrollments { programme } consents { scope } } }
    }
  `;

  async function enrollmentsSeen(caller: TokenRequest, indices: number[]) {
    const response = await partners.call<{ _entities: { id: string; enrollments: unknown[] | null; consents: unknown[] | null }[] }>(caller, query, {
      representations: indices.map((index) => ({ __typename: 'Youth', id: demoYouth(index).id })),
    });
    return { response, youths: response.body.data!._entities };
  }

  it('decides each youth of a list mixing own-unit and other-unit youths on its own, whichever comes first', async () => {
    // 0 and 1 are Copenhagen's, 9 and 19 Frederiksberg's.
    for (const order of [
      [0, 9, 1, 19],
      [9, 0, 19, 1],
    ]) {
      const { response, youths } = await enrollmentsSeen(users.caseworker!, order);
      expect(youths.map((seen) => seen.enrollments !== null)).toEqual(order.map((index) => index % 10 !== 9));
      const denied = order.flatMap((index, position) => (index % 10 === 9 ? [`_entities.${position}.enrollments`, `_entities.${position}.consents`] : []));
      expect(Object.keys(errorsByPath(response)).sort()).toEqual(denied.sort());
    }
  });

  it('decides each youth on its own for a social worker too: consents only where the youth consented to them', async () => {
    // Youth 0 and 5 consented to social services; 1 and 2 did not.
    const { youths } = await enrollmentsSeen(users['social-worker']!, [1, 0, 2, 5]);
    expect(youths.map((seen) => seen.consents !== null)).toEqual([false, true, false, true]);
    expect(youths.every((seen) => seen.enrollments === null)).toBe(true);
  });

  it('gives nothing more for a representation carrying forged relation fields', async () => {
    const frederiksberg = demoYouth(9);
    const forged = {
      __typename: 'Youth',
      id: frederiksberg.id,
      caseworkerUnitId: users.caseworker!.org,
      mentorIds: [users.mentor!.sub],
      guideUserId: users['youth-guide']!.sub,
      institutionIds: [users.institution!.org],
      consentBodyIds: [users['social-worker']!.org],
    };
    for (const user of ['caseworker', 'mentor', 'institution', 'youth-guide', 'social-worker']) {
      const caller = users[user]!;
      const response = await partners.call<{ _entities: { enrollments: unknown; consents: unknown }[] }>(caller, query, { representations: [forged] });
      expect(response.body.data!._entities[0], user).toEqual({ id: frederiksberg.id, enrollments: null, consents: null });
      expect(errorsByPath(response), user).toEqual({ '_entities.0.enrollments': 'FORBIDDEN', '_entities.0.consents': 'FORBIDDEN' });
    }
    // Youth 9 is at a school other than the demo one, has no guide and no consent: none of the forged facts are true.
    expect(frederiksberg.institutionId).not.toBe(users.institution!.org);
    expect(demoOrder(frederiksberg).mentorId).not.toBe(users.mentor!.sub);

    const forgedLog = await partners.call<{ _entities: unknown[] }>(
      users.caseworker!,
      `#graphql
        query Log($representations: [_Any!]!) { _entities(representations: $representations) { ... on AuditLog { youthId partnerRecords { userId } } } }
      `,
      { representations: [{ __typename: 'AuditLog', youthId: demoYouth(0).id, roles: ['AUDITOR'] }] },
    );
    expect(forgedLog.body.data!._entities).toEqual([null]);
  });
});

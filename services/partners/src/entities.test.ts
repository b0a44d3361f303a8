import { randomUUID } from 'node:crypto';
import { demoInstitutions, demoOrganisations, demoUnits, demoUsers, demoYouth, orderableInstitutions } from '@mentor/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsByPath, startPartners, type PartnersHarness } from './testing/harness.js';

const entitiesQuery = `#graphql
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Organisation { id kind name cvr municipalityCode }
      ... on Institution { id name cvr institutionNumber type approved orderable address municipalityCode }
      ... on Youth {
        id
        enrollments { programme status institution { id name } }
        youthGuide { guideUserId guideName toDate }
        consents { bodyId bodyKind current }
      }
    }
  }
`;

type Entity = Record<string, unknown> | null;

describe('partners entities (_entities)', () => {
  let partners: PartnersHarness;
  const caseworker = demoUsers.caseworker!;

  beforeAll(async () => {
    partners = await startPartners('partners_entities', { youths: 20 });
  });

  afterAll(async () => {
    await partners?.stop();
  });

  async function entities(representations: Record<string, unknown>[]): Promise<Entity[]> {
    const response = await partners.call<{ _entities: Entity[] }>(caseworker, entitiesQuery, { representations });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!._entities;
  }

  it('resolves an Organisation by id, institutions included, and null for an unknown id', async () => {
    const kui = demoOrganisations.find((organisation) => organisation.id === demoUnits.kui)!;
    const school = demoInstitutions[0]!;
    const result = await entities([
      { __typename: 'Organisation', id: kui.id },
      { __typename: 'Organisation', id: school.id },
      { __typename: 'Organisation', id: randomUUID() },
      { __typename: 'Organisation', id: 'not-a-uuid' },
    ]);
    expect(result).toEqual([
      { __typename: 'Organisation', id: kui.id, kind: 'KUI', name: 'KUI – Københavns Ungeindsats', cvr: '64942212', municipalityCode: '101' },
      { __typename: 'Organisation', id: school.id, kind: 'INSTITUTION', name: school.name, cvr: school.cvr, municipalityCode: school.municipalityCode },
      null,
      null,
    ]);
  });

  it('resolves an Institution by id, with whether an order may be delivered there, and null for an unknown id or a non-institution', async () => {
    const vocational = demoInstitutions[0]!;
    const languageSchool = demoInstitutions.find((institution) => institution.type === 'OTHER')!;
    const result = await entities([
      { __typename: 'Institution', id: vocational.id },
      { __typename: 'Institution', id: languageSchool.id },
      { __typename: 'Institution', id: randomUUID() },
      { __typename: 'Institution', id: demoUnits.kui },
    ]);
    expect(result).toEqual([
      {
        __typename: 'Institution',
        id: vocational.id,
        name: 'Erhvervsskolen Nørrebro',
        cvr: vocational.cvr,
        institutionNumber: vocational.institutionNumber,
        type: 'VOCATIONAL',
        approved: true,
        orderable: true,
        address: 'Rådmandsgade 60, 2200 København N',
        municipalityCode: '101',
      },
      {
        __typename: 'Institution',
        id: languageSchool.id,
        name: 'Sprogskolen Østerbro',
        cvr: languageSchool.cvr,
        institutionNumber: languageSchool.institutionNumber,
        type: 'OTHER',
        approved: false,
        orderable: false,
        address: 'Østerbrogade 101, 2100 København Ø',
        municipalityCode: '101',
      },
      null,
      null,
    ]);
  });

  it('extends a Youth with its enrollments, youth guide and consents', async () => {
    const [first, second] = [demoYouth(0), demoYouth(1)];
    const [youth0, youth1] = (await entities([
      { __typename: 'Youth', id: first.id },
      { __typename: 'Youth', id: second.id },
    ])) as Record<string, unknown>[];

    expect(youth0!.id).toBe(first.id);
    expect(youth0!.enrollments).toEqual([
      { programme: expect.any(String), status: 'ACTIVE', institution: { id: orderableInstitutions[0]!.id, name: 'Erhvervsskolen Nørrebro' } },
    ]);
    expect(youth0!.youthGuide).toEqual({ guideUserId: first.youthGuideId, guideName: 'Line Bach', toDate: null });
    expect(youth0!.consents).toEqual([{ bodyId: demoUnits.socialServices, bodyKind: 'SOCIAL_SERVICES', current: true }]);

    // Youth 1 left an earlier programme before starting the current one; it has no guide and no consent.
    expect((youth1!.enrollments as { status: string; institution: { id: string } }[]).map((e) => [e.status, e.institution.id])).toEqual([
      ['ACTIVE', second.institutionId],
      ['DROPPED_OUT', orderableInstitutions[4]!.id],
    ]);
    expect(youth1!.youthGuide).toBeNull();
    expect(youth1!.consents).toEqual([]);
  });

  it('answers a Youth this subgraph knows nothing about with its id, and its personal fields denied as for a youth of another unit', async () => {
    const unknown = randomUUID();
    const response = await partners.call<{ _entities: Entity[] }>(caseworker, entitiesQuery, { representations: [{ __typename: 'Youth', id: unknown }] });
    expect(response.body.data?._entities).toEqual([{ __typename: 'Youth', id: unknown, enrollments: null, youthGuide: null, consents: null }]);
    expect(errorsByPath(response)).toEqual({ '_entities.0.enrollments': 'FORBIDDEN', '_entities.0.youthGuide': 'FORBIDDEN', '_entities.0.consents': 'FORBIDDEN' });
  });
});

import { type Identity } from '@mentor/common';
import { demoId, demoMentors, demoProviders, demoToday, demoUsers, type GraphQLResponse } from '@mentor/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from './context.js';
import { resolvers } from './resolvers/index.js';
import { Query } from './resolvers/Query.js';
import { addDays, toIsoDate } from './rules/dates.js';
import { executeWith, startTestSubgraph, type TestSubgraph } from './testing/harness.js';

const caseworker = demoUsers.caseworker!;
const coordinator = demoUsers.provider!; // provider 0
const mentorUser = demoUsers.mentor!; // a mentor of provider 0
const auditor = demoUsers.auditor!;
const otherCoordinator: Identity = { sub: demoId('user', 'coordinator-1'), roles: ['PROVIDER_COORDINATOR'], org: demoProviders[1]!.id, name: 'Jesper Holm' };
const colleague = demoMentors.find((mentor) => mentor.providerId === coordinator.org && mentor.id !== mentorUser.sub)!;
const colleagueUser: Identity = { sub: colleague.id, roles: ['MENTOR'], org: colleague.providerId, name: `${colleague.firstName} ${colleague.lastName}` };

const subject = demoMentors.find((mentor) => mentor.id === mentorUser.sub)!;
const otherMentor = demoMentors.find((mentor) => mentor.providerId === subject.providerId && mentor.id !== subject.id)!;
const otherMentorUser: Identity = { sub: otherMentor.id, roles: ['MENTOR'], org: otherMentor.providerId, name: `${otherMentor.firstName} ${otherMentor.lastName}` };
const elsewhere = demoMentors.find((mentor) => mentor.providerId === demoProviders[1]!.id)!;
const today = toIsoDate(demoToday());
const lastYear = Number(today.slice(0, 4)) - 1;
/** The seeded submitted reports, [provider index, year]: every year each agreement owes but the two still outstanding. */
const submittedReports: [number, number][] = [
  [0, lastYear],
  [0, lastYear - 1],
  [0, lastYear - 2],
  [1, lastYear - 1],
  [2, lastYear - 1],
  [2, lastYear - 2],
  [2, lastYear - 3],
];

/** The mentor fields by who may see them (DESIGN §4 as the mentors brief applies it). */
const fieldGroups = {
  name: ['firstName', 'lastName', 'name', 'kind', 'languages', 'provider'],
  contact: ['phone', 'email'],
  profile: ['targetGroups', 'capacityHoursPerWeek', 'status', 'certificationStatus', 'matchable', 'version', 'certifications', 'trainings', 'supervisions'],
  screenings: ['screenings'],
} as const;
type FieldGroup = keyof typeof fieldGroups;
const everyGroup = Object.keys(fieldGroups) as FieldGroup[];

const mentorSelection = `id firstName lastName name kind languages provider { id } phone email targetGroups capacityHoursPerWeek status
  certificationStatus matchable version certifications { id kind status } trainings { id } supervisions { id } screenings { id kind result }`;
const mentorEntities = `#graphql
  query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Mentor { ${mentorSelection} } } }`;

type MentorView = Record<string, unknown>;
type EntitiesResult = { _entities: (MentorView | null)[] };

const errorsOf = (response: GraphQLResponse<unknown>) =>
  (response.body.errors ?? []).map((error) => `${error.path?.join('.')} ${String(error.extensions?.code)}`).sort();

/** The view a caller gets: the full view with every field outside their groups null. */
function viewFor(full: MentorView, groups: readonly FieldGroup[]): MentorView {
  const view = { ...full };
  for (const group of everyGroup) if (!groups.includes(group)) for (const field of fieldGroups[group]) view[field] = null;
  return view;
}

function deniedErrors(prefix: string, groups: readonly FieldGroup[]): string[] {
  return everyGroup.filter((group) => !groups.includes(group)).flatMap((group) => fieldGroups[group].map((field) => `${prefix}.${field} FORBIDDEN`));
}

describe('the access matrix at the subgraph', () => {
  let subgraph: TestSubgraph;
  let full: MentorView;

  beforeAll(async () => {
    subgraph = await startTestSubgraph('mentors_roles');
    const response = await subgraph.query<EntitiesResult>(coordinator, mentorEntities, { representations: [{ __typename: 'Mentor', id: subject.id }] });
    expect(response.body.errors).toBeUndefined();
    full = response.body.data!._entities[0]!;
  });

  afterAll(async () => {
    await subgraph?.stop();
  });

  it("gives the provider's coordinator the mentor's full record, as stored", async () => {
    const [stored] = (await subgraph.db.query('SELECT first_name, phone, email, capacity_hours_per_week::float AS capacity FROM mentor WHERE id = $1', [subject.id])) as {
      first_name: string;
      phone: string;
      email: string;
      capacity: number;
    }[];
    expect(full).toMatchObject({
      id: subject.id,
      firstName: stored!.first_name,
      name: `${subject.firstName} ${subject.lastName}`,
      provider: { id: coordinator.org },
      phone: stored!.phone,
      email: stored!.email,
      capacityHoursPerWeek: stored!.capacity,
      status: 'ACTIVE',
      version: 1,
      matchable: true,
      trainings: [],
      supervisions: [],
    });
    expect((full.screenings as { kind: string }[]).map((screening) => screening.kind).sort()).toEqual(['CHILD_PROTECTION', 'CRIMINAL_RECORD']);
    expect(full.certifications).toHaveLength(1);
    expect(Object.entries(full).filter(([, value]) => value === null)).toEqual([]);
  });

  const table: [label: string, identity: Identity, groups: FieldGroup[]][] = [
    ['CASEWORKER', caseworker, ['name', 'contact', 'profile']],
    ["PROVIDER_COORDINATOR of the mentor's provider", coordinator, everyGroup],
    ['PROVIDER_COORDINATOR of another provider', otherCoordinator, ['name']],
    ['MENTOR, the mentor themself', mentorUser, everyGroup],
    ['MENTOR, a colleague at the same provider', colleagueUser, ['name']],
    ['INSTITUTION_STAFF', demoUsers.institution!, ['name']],
    ['YOUTH_GUIDE', demoUsers['youth-guide']!, ['name', 'contact']],
    ['SOCIAL_WORKER', demoUsers['social-worker']!, ['name']],
  ];

  it.each(table)('Mentor as %s: the matrix fields, and null with FORBIDDEN for the rest', async (_label, identity, groups) => {
    const response = await subgraph.query<EntitiesResult>(identity, mentorEntities, { representations: [{ __typename: 'Mentor', id: subject.id }] });
    expect(response.body.data!._entities).toEqual([viewFor(full, groups)]);
    expect(errorsOf(response)).toEqual(deniedErrors('_entities.0', groups).sort());
  });

  it('Mentor as AUDITOR: no mentor at all, as for a missing one', async () => {
    const response = await subgraph.query<EntitiesResult>(auditor, mentorEntities, { representations: [{ __typename: 'Mentor', id: subject.id }] });
    expect(response.body).toEqual({ data: { _entities: [null] } });
  });

  const everyRole: [label: string, identity: Identity, mentorsSeen: number][] = [
    ['CASEWORKER', caseworker, demoMentors.filter((mentor) => mentor.providerId === coordinator.org).length],
    ['PROVIDER_COORDINATOR', coordinator, demoMentors.filter((mentor) => mentor.providerId === coordinator.org).length],
    ['PROVIDER_COORDINATOR of another provider', otherCoordinator, 0],
    ['MENTOR', mentorUser, 1],
    ['INSTITUTION_STAFF', demoUsers.institution!, 0],
    ['YOUTH_GUIDE', demoUsers['youth-guide']!, 0],
    ['SOCIAL_WORKER', demoUsers['social-worker']!, 0],
    ['AUDITOR', auditor, 0],
  ];

  it.each(everyRole)('Provider as %s: all business data; only the mentors the caller may see', async (_label, identity, mentorsSeen) => {
    const provider = demoProviders[0]!;
    const response = await subgraph.query<{ _entities: unknown[] }>(
      identity,
      `#graphql
        query ($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Provider {
              id name cvr activities pricePerHourOre municipalityCodes agreementStartDate agreementEndDate
              mentors(first: 50) { totalCount } experienceReports { year published }
            }
          }
        }`,
      { representations: [{ __typename: 'Provider', id: provider.id }] },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!._entities).toEqual([
      {
        id: provider.id,
        name: provider.name,
        cvr: provider.cvr,
        activities: provider.activities,
        pricePerHourOre: provider.pricePerHourOre,
        municipalityCodes: provider.municipalityCodes,
        agreementStartDate: `${lastYear - 3}-04-01`,
        agreementEndDate: null,
        mentors: { totalCount: mentorsSeen },
        experienceReports: [lastYear, lastYear - 1, lastYear - 2].map((year) => ({ year, published: true })),
      },
    ]);
  });

  it.each(everyRole)('experience reports as %s: published ones, and drafts only to their provider', async (_label, identity) => {
    const response = await subgraph.query<{ experienceReports: unknown[] }>(identity, `#graphql
      { experienceReports { provider { id } year published } }`);
    expect(response.body.errors).toBeUndefined();
    const draft = { provider: { id: demoProviders[1]!.id }, year: lastYear, published: false };
    const expected = [...submittedReports.map(([provider, year]) => ({ provider: { id: demoProviders[provider]!.id }, year, published: true }))];
    if (identity === otherCoordinator) expected.push(draft);
    const newestFirst = (a: typeof draft, b: typeof draft) => b.year - a.year || (a.provider.id < b.provider.id ? -1 : 1);
    expect(response.body.data!.experienceReports).toEqual(expected.sort(newestFirst));
  });

  const internal: [label: string, identity: Identity, eligibility: 'answer' | 'FORBIDDEN' | 'NOT_FOUND', catalogue: 'answer' | 'FORBIDDEN'][] = [
    ['CASEWORKER', caseworker, 'answer', 'answer'],
    ['PROVIDER_COORDINATOR', coordinator, 'answer', 'answer'],
    ['PROVIDER_COORDINATOR of another provider', otherCoordinator, 'NOT_FOUND', 'answer'],
    // A mentor logging a session asks about their own checks and the catalogue (rules 5 and 9); another mentor looks missing.
    ['MENTOR', mentorUser, 'answer', 'answer'],
    ['MENTOR asking about another mentor', otherMentorUser, 'NOT_FOUND', 'answer'],
    ['INSTITUTION_STAFF', demoUsers.institution!, 'FORBIDDEN', 'FORBIDDEN'],
    ['YOUTH_GUIDE', demoUsers['youth-guide']!, 'FORBIDDEN', 'FORBIDDEN'],
    ['SOCIAL_WORKER', demoUsers['social-worker']!, 'FORBIDDEN', 'FORBIDDEN'],
    ['AUDITOR', auditor, 'FORBIDDEN', 'FORBIDDEN'],
  ];

  it.each(internal)('the internal checks as %s', async (_label, identity, eligibility, catalogue) => {
    const checked = await subgraph.query<{ mentorEligibility: { eligible: boolean; reasons: string[] } }>(
      identity,
      `#graphql
        query ($mentorId: ID!, $from: Date!, $to: Date!) { mentorEligibility(mentorId: $mentorId, from: $from, to: $to, youthUnder18: false) { eligible reasons } }`,
      { mentorId: subject.id, from: today, to: addDays(today, 13) },
    );
    if (eligibility === 'answer') expect(checked.body).toEqual({ data: { mentorEligibility: { eligible: true, reasons: [] } } });
    else expect(errorsOf(checked)).toEqual([`mentorEligibility ${eligibility}`]);

    const provider = demoProviders[0]!;
    const listed = await subgraph.query<{ providerCatalogue: unknown }>(
      identity,
      `#graphql
        query ($providerId: ID!) { providerCatalogue(providerId: $providerId) { activities municipalityCodes } }`,
      { providerId: provider.id },
    );
    if (catalogue === 'answer') {
      expect(listed.body).toEqual({ data: { providerCatalogue: { activities: provider.activities, municipalityCodes: provider.municipalityCodes } } });
    } else {
      expect(listed.body.data?.providerCatalogue ?? null).toBeNull();
      expect(errorsOf(listed)).toEqual(['providerCatalogue FORBIDDEN']);
    }
  });

  it('answers null for an unknown provider catalogue and BAD_USER_INPUT for an id that is not one', async () => {
    const query = `#graphql
      query ($providerId: ID!) { providerCatalogue(providerId: $providerId) { activities } }`;
    const unknown = await subgraph.query(caseworker, query, { providerId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.body).toEqual({ data: { providerCatalogue: null } });
    const malformed = await subgraph.query(caseworker, query, { providerId: 'provider-0' });
    expect(malformed.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'providerId' });
  });

  describe('rules that read the parent are judged per record', () => {
    const selection = `#graphql
      query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Mentor { id name phone capacityHoursPerWeek screenings { id } } } }`;
    const reference = (id: string) => ({ __typename: 'Mentor', id });
    const hidden = (mentor: { id: string; firstName: string; lastName: string }) => ({
      id: mentor.id,
      name: `${mentor.firstName} ${mentor.lastName}`,
      phone: null,
      capacityHoursPerWeek: null,
      screenings: null,
    });
    const deniedAt = (index: number) => ['phone', 'capacityHoursPerWeek', 'screenings'].map((field) => `_entities.${index}.${field} FORBIDDEN`);

    it("shows a coordinator their own mentors' details and not another provider's, in a list mixing both", async () => {
      const ownOther = colleague;
      const response = await subgraph.query<EntitiesResult>(coordinator, selection, {
        representations: [reference(subject.id), reference(elsewhere.id), reference(ownOther.id), reference(elsewhere.id)],
      });
      const entities = response.body.data!._entities;
      expect(entities[0]).toMatchObject({ id: subject.id, phone: full.phone, capacityHoursPerWeek: full.capacityHoursPerWeek });
      expect(entities[0]!.screenings).toHaveLength(2);
      expect(entities[1]).toEqual(hidden(elsewhere));
      expect(entities[2]).toMatchObject({ id: ownOther.id, phone: expect.stringMatching(/^\+45 /), capacityHoursPerWeek: ownOther.capacityHours });
      expect(entities[3]).toEqual(hidden(elsewhere));
      expect(errorsOf(response)).toEqual([...deniedAt(1), ...deniedAt(3)].sort());
    });

    it('does not carry a denial over to the next record either', async () => {
      const response = await subgraph.query<EntitiesResult>(mentorUser, selection, { representations: [reference(colleague.id), reference(subject.id)] });
      expect(response.body.data!._entities[0]).toEqual(hidden(colleague));
      expect(response.body.data!._entities[1]).toMatchObject({ id: subject.id, phone: full.phone, capacityHoursPerWeek: full.capacityHoursPerWeek });
      expect(response.body.data!._entities[1]!.screenings).toHaveLength(2);
      expect(errorsOf(response)).toEqual(deniedAt(0).sort());
    });
  });

  describe('forged representations', () => {
    it('give a coordinator nothing more for another provider’s mentor who claims to be theirs', async () => {
      const forged = {
        __typename: 'Mentor',
        id: elsewhere.id,
        providerId: coordinator.org,
        provider: { id: coordinator.org },
        phone: '+45 00 00 00 00',
        name: 'Forfalsket Navn',
      };
      const response = await subgraph.query<EntitiesResult>(coordinator, mentorEntities, { representations: [forged] });
      const [stored] = (await subgraph.db.query('SELECT provider_id FROM mentor WHERE id = $1', [elsewhere.id])) as { provider_id: string }[];
      expect(response.body.data!._entities[0]).toMatchObject({
        id: elsewhere.id,
        name: `${elsewhere.firstName} ${elsewhere.lastName}`,
        provider: { id: stored!.provider_id },
        phone: null,
        email: null,
        capacityHoursPerWeek: null,
        screenings: null,
      });
      expect(stored!.provider_id).not.toBe(coordinator.org);
      expect(errorsOf(response)).toEqual(deniedErrors('_entities.0', ['name']).sort());
    });

    it('give an auditor no mentor, whatever the representation carries', async () => {
      const response = await subgraph.query<EntitiesResult>(auditor, mentorEntities, {
        representations: [{ __typename: 'Mentor', id: subject.id, name: 'x', roles: ['CASEWORKER'], providerId: auditor.org }],
      });
      expect(response.body).toEqual({ data: { _entities: [null] } });
    });

    it('give a provider its stored business data, not what the representation says', async () => {
      const provider = demoProviders[1]!;
      const response = await subgraph.query<{ _entities: unknown[] }>(
        otherCoordinator,
        `#graphql
          query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Provider { id name cvr pricePerHourOre } } }`,
        { representations: [{ __typename: 'Provider', id: provider.id, name: 'Forfalsket ApS', cvr: '00000000', pricePerHourOre: 1 }] },
      );
      expect(response.body).toEqual({ data: { _entities: [{ id: provider.id, name: provider.name, cvr: provider.cvr, pricePerHourOre: provider.pricePerHourOre }] } });
    });
  });

  describe('the rules hold where a resolver forgets to scope', () => {
    const careless = {
      ...resolvers,
      Query: {
        ...Query,
        mentor: (_: unknown, args: { id: string }, context: Context) => context.loaders.mentorById.load(args.id),
        experienceReports: (_: unknown, __: unknown, context: Context) => context.db.query('SELECT id, provider_id AS "providerId", year, themes, text, published, version FROM experience_report'),
      },
    };
    const mentorQuery = `#graphql
      query ($id: ID!) { mentor(id: $id) { ${mentorSelection} } }`;

    it.each([
      ['AUDITOR', auditor, [] as FieldGroup[]],
      ['INSTITUTION_STAFF', demoUsers.institution!, ['name'] as FieldGroup[]],
      ['PROVIDER_COORDINATOR of another provider', otherCoordinator, ['name'] as FieldGroup[]],
      ['CASEWORKER', caseworker, ['name', 'contact', 'profile'] as FieldGroup[]],
    ])('an unscoped mentor(id) as %s still shows only the matrix fields', async (_label, identity, groups) => {
      const result = await executeWith(subgraph.db, identity, mentorQuery, { id: subject.id }, { resolvers: careless, withRules: true });
      expect(result.data).toEqual({ mentor: viewFor(full, groups) });
      const errors = (result.errors ?? []).map((error) => `${error.path?.join('.')} ${String(error.extensions.code)}`).sort();
      expect(errors).toEqual(deniedErrors('mentor', groups).sort());
    });

    it('an unscoped report list leaks no draft', async () => {
      const [draft] = (await subgraph.db.query('SELECT text FROM experience_report WHERE NOT published')) as { text: string }[];
      expect(draft?.text.length).toBeGreaterThan(0);
      const withoutRules = await executeWith(subgraph.db, caseworker, '#graphql\n{ experienceReports { text } }', {}, { resolvers: careless, withRules: false });
      expect(JSON.stringify(withoutRules.data)).toContain(draft!.text); // the mistake is real
      const result = await executeWith(subgraph.db, caseworker, '#graphql\n{ experienceReports { text } }', {}, { resolvers: careless, withRules: true });
      expect(JSON.stringify(result.data ?? null)).not.toContain(draft!.text);
      expect(result.errors?.map((error) => error.extensions.code)).toContain('FORBIDDEN');
    });
  });
});

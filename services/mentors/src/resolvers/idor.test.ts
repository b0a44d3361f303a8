import { type Identity } from '@mentor/common';
import { demoId, demoMentors, demoProviders, demoUsers, syntheticCvr } from '@mentor/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addYears, todayInDenmark } from '../rules/dates.js';
import { executeWith, firstError, startTestSubgraph, type TestSubgraph } from '../testing/harness.js';

const caseworker = demoUsers.caseworker!;
const coordinator = demoUsers.provider!; // provider 0
const mentorUser = demoUsers.mentor!; // a mentor of provider 0
const youthGuide = demoUsers['youth-guide']!;
const institutionStaff = demoUsers.institution!;
const auditor = demoUsers.auditor!;
const volunteerCoordinator: Identity = { sub: demoId('user', 'coordinator-2'), roles: ['PROVIDER_COORDINATOR'], org: demoProviders[2]!.id, name: 'Susanne Krag' };
const today = todayInDenmark();
const lastYear = Number(today.slice(0, 4)) - 1;

const ownMentor = demoMentors.find((mentor) => mentor.providerId === coordinator.org && mentor.id !== mentorUser.sub)!;
const otherProvidersMentor = demoMentors.find((mentor) => mentor.providerId === demoProviders[1]!.id)!;
const volunteer = demoMentors.find((mentor) => mentor.providerId === demoProviders[2]!.id)!;

const mutations = {
  registerProvider: `#graphql
    mutation ($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }`,
  registerMentor: `#graphql
    mutation ($input: RegisterMentorInput!) { registerMentor(input: $input) { id } }`,
  updateMentor: `#graphql
    mutation ($input: UpdateMentorInput!) { updateMentor(input: $input) { id } }`,
  certifyMentor: `#graphql
    mutation ($input: CertifyMentorInput!) { certifyMentor(input: $input) { id } }`,
  recordScreening: `#graphql
    mutation ($input: RecordScreeningInput!) { recordScreening(input: $input) { id } }`,
  recordTraining: `#graphql
    mutation ($input: RecordTrainingInput!) { recordTraining(input: $input) { id } }`,
  recordSupervision: `#graphql
    mutation ($input: RecordSupervisionInput!) { recordSupervision(input: $input) { id } }`,
  submitExperienceReport: `#graphql
    mutation ($input: SubmitExperienceReportInput!) { submitExperienceReport(input: $input) { id } }`,
};
type MutationName = keyof typeof mutations;

const inputs = {
  registerProvider: () => ({ name: 'Indbrud ApS', cvr: syntheticCvr(91), activities: ['Ledsagelse'], pricePerHourOre: 40_000, municipalityCodes: ['101'] }),
  registerMentor: (providerId: string) => ({
    providerId,
    firstName: 'Uvedkommende',
    lastName: 'Mentor',
    phone: '+45 20 20 20 20',
    kind: 'SOCIAL',
    languages: ['da'],
    targetGroups: ['Unge uden uddannelse'],
    capacityHoursPerWeek: 10,
  }),
  updateMentor: (mentorId: string) => ({ mentorId, phone: '+45 99 99 99 99', status: 'INACTIVE' }),
  certifyMentor: (mentorId: string) => ({ mentorId, kind: 'SOCIAL', issuedBy: 'Ukendt leder', issuedOn: today, validUntil: addYears(today, 2), taskDescription: 'Motiverende samtaler og ledsagelse til møder' }),
  recordScreening: (mentorId: string) => ({ mentorId, kind: 'CHILD_PROTECTION', checkedOn: today, result: 'CLEAR' }),
  recordTraining: (mentorId: string) => ({ mentorId, heldOn: today, topic: 'Grundkursus', hours: 3, givenBy: 'Ukendt' }),
  recordSupervision: (mentorId: string) => ({ mentorId, heldOn: today, topic: 'Supervision', hours: 1, givenBy: 'Ukendt' }),
  submitExperienceReport: (providerId: string) => ({ providerId, year: lastYear, themes: ['Indbrud'], text: 'En rapport på en andens vegne.' }),
};

/** What each mutation would store, as a fingerprint of its table(s). */
const tableOf: Record<MutationName, string> = {
  registerProvider: 'provider',
  registerMentor: 'mentor',
  updateMentor: 'mentor',
  certifyMentor: 'certification',
  recordScreening: 'screening',
  recordTraining: 'training',
  recordSupervision: 'supervision',
  submitExperienceReport: 'experience_report',
};

describe('mutations refuse the wrong caller and store nothing', () => {
  let subgraph: TestSubgraph;
  const fingerprint = async (table: string) => JSON.stringify(await subgraph.db.query(`SELECT * FROM ${table} ORDER BY id`));

  beforeAll(async () => {
    subgraph = await startTestSubgraph('mentors_idor');
  });

  afterAll(async () => {
    await subgraph?.stop();
  });

  const cases: [label: string, name: MutationName, identity: Identity, input: () => Record<string, unknown>, code: 'FORBIDDEN' | 'NOT_FOUND'][] = [
    ['a coordinator registers a provider', 'registerProvider', coordinator, inputs.registerProvider, 'FORBIDDEN'],
    ['an auditor registers a provider', 'registerProvider', auditor, inputs.registerProvider, 'FORBIDDEN'],
    ["a coordinator registers a mentor with another provider", 'registerMentor', coordinator, () => inputs.registerMentor(demoProviders[1]!.id), 'FORBIDDEN'],
    ['a mentor registers a mentor with their own provider', 'registerMentor', mentorUser, () => inputs.registerMentor(mentorUser.org), 'FORBIDDEN'],
    ['a youth guide registers a mentor', 'registerMentor', youthGuide, () => inputs.registerMentor(coordinator.org), 'FORBIDDEN'],
    ["a coordinator updates another provider's mentor", 'updateMentor', coordinator, () => inputs.updateMentor(otherProvidersMentor.id), 'NOT_FOUND'],
    ['a mentor updates themself', 'updateMentor', mentorUser, () => inputs.updateMentor(mentorUser.sub), 'FORBIDDEN'],
    ["a coordinator certifies another provider's mentor", 'certifyMentor', coordinator, () => inputs.certifyMentor(otherProvidersMentor.id), 'NOT_FOUND'],
    ['a mentor certifies themself', 'certifyMentor', mentorUser, () => inputs.certifyMentor(mentorUser.sub), 'FORBIDDEN'],
    ['institution staff certify a mentor', 'certifyMentor', institutionStaff, () => inputs.certifyMentor(ownMentor.id), 'FORBIDDEN'],
    ["a coordinator records a screening for another provider's volunteer", 'recordScreening', coordinator, () => inputs.recordScreening(volunteer.id), 'NOT_FOUND'],
    ['a caseworker records a screening: the provider screens', 'recordScreening', caseworker, () => inputs.recordScreening(ownMentor.id), 'FORBIDDEN'],
    ['a mentor records their own screening', 'recordScreening', mentorUser, () => inputs.recordScreening(mentorUser.sub), 'FORBIDDEN'],
    ["a coordinator records a training for another provider's mentor", 'recordTraining', coordinator, () => inputs.recordTraining(otherProvidersMentor.id), 'NOT_FOUND'],
    ['a youth guide records a training', 'recordTraining', youthGuide, () => inputs.recordTraining(ownMentor.id), 'FORBIDDEN'],
    ["another provider's coordinator records a supervision", 'recordSupervision', volunteerCoordinator, () => inputs.recordSupervision(ownMentor.id), 'NOT_FOUND'],
    ['a mentor records their own supervision', 'recordSupervision', mentorUser, () => inputs.recordSupervision(mentorUser.sub), 'FORBIDDEN'],
    ["a coordinator submits another provider's report", 'submitExperienceReport', coordinator, () => inputs.submitExperienceReport(demoProviders[1]!.id), 'FORBIDDEN'],
    ['a caseworker submits a provider report', 'submitExperienceReport', caseworker, () => inputs.submitExperienceReport(demoProviders[2]!.id), 'FORBIDDEN'],
  ];

  it.each(cases)('%s: %s is refused', async (_label, name, identity, input, code) => {
    const before = await fingerprint(tableOf[name]);
    const response = await subgraph.query(identity, mutations[name], { input: input() });
    expect(firstError(response)?.code).toBe(code);
    expect(response.body.data ?? null).toBeNull();
    expect(await fingerprint(tableOf[name])).toBe(before);
  });

  it('lets the right caller do what the wrong one could not, so the refusals are about the caller', async () => {
    const screening = await subgraph.query<{ recordScreening: { id: string } }>(volunteerCoordinator, mutations.recordScreening, { input: inputs.recordScreening(volunteer.id) });
    expect(screening.body.errors).toBeUndefined();
    const stored = await subgraph.db.query('SELECT mentor_id FROM screening WHERE id = $1', [screening.body.data!.recordScreening.id]);
    expect(stored).toEqual([{ mentor_id: volunteer.id }]);
    const training = await subgraph.query(caseworker, mutations.recordTraining, { input: inputs.recordTraining(otherProvidersMentor.id) });
    expect(training.body.errors).toBeUndefined();
  });

  // Without the field rules, the resolvers' own checks still refuse: each line of defence holds alone.
  const withoutRules: [label: string, name: MutationName, identity: Identity, input: () => Record<string, unknown>][] = [
    ['a coordinator registers a provider', 'registerProvider', coordinator, inputs.registerProvider],
    ['a mentor registers a mentor', 'registerMentor', mentorUser, () => inputs.registerMentor(mentorUser.org)],
    ['a mentor updates themself', 'updateMentor', mentorUser, () => inputs.updateMentor(mentorUser.sub)],
    ['institution staff certify a mentor', 'certifyMentor', institutionStaff, () => inputs.certifyMentor(ownMentor.id)],
    ['a caseworker records a screening', 'recordScreening', caseworker, () => inputs.recordScreening(ownMentor.id)],
    ['a youth guide records a training', 'recordTraining', youthGuide, () => inputs.recordTraining(ownMentor.id)],
    ['an auditor records a supervision', 'recordSupervision', auditor, () => inputs.recordSupervision(ownMentor.id)],
    ['a caseworker submits a provider report', 'submitExperienceReport', caseworker, () => inputs.submitExperienceReport(demoProviders[2]!.id)],
  ];

  it.each(withoutRules)('without the rules, %s (%s) is still refused by the resolver', async (_label, name, identity, input) => {
    const before = await fingerprint(tableOf[name]);
    const result = await executeWith(subgraph.db, identity, mutations[name], { input: input() }, { withRules: false });
    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await fingerprint(tableOf[name])).toBe(before);
  });
});

import { type Identity } from '@mentor/common';
import { demoId, demoMentors, demoProviders, demoToday, demoUsers, syntheticCvr } from '@mentor/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addYears, toIsoDate, todayInDenmark } from '../rules/dates.js';
import { firstError, startTestSubgraph, type TestSubgraph } from '../testing/harness.js';

const caseworker = demoUsers.caseworker!;
const coordinator = demoUsers.provider!; // Brobyg Mentor ApS, provider 0
const mentorUser = demoUsers.mentor!;
const volunteerCoordinator: Identity = { sub: demoId('user', 'coordinator-2'), roles: ['PROVIDER_COORDINATOR'], org: demoProviders[2]!.id, name: 'Susanne Krag' };
const today = todayInDenmark();

const ownMentor = demoMentors.find((mentor) => mentor.providerId === coordinator.org && mentor.id !== mentorUser.sub)!;
const otherProvidersMentor = demoMentors.find((mentor) => mentor.providerId === demoProviders[1]!.id)!;

describe('mutations', () => {
  let subgraph: TestSubgraph;
  const count = async (table: string) => ((await subgraph.db.query(`SELECT count(*)::int AS n FROM ${table}`)) as [{ n: number }])[0].n;

  beforeAll(async () => {
    subgraph = await startTestSubgraph('mentors_mutations');
  });

  afterAll(async () => {
    await subgraph?.stop();
  });

  describe('registerProvider', () => {
    const mutation = `#graphql
      mutation ($input: RegisterProviderInput!) { registerProvider(input: $input) { id name cvr activities pricePerHourOre municipalityCodes mentors { totalCount } } }`;
    const input = {
      name: 'Vestegnens Mentorhus ApS',
      cvr: syntheticCvr(77),
      activities: ['Afklaring af uddannelsesmål', 'Ledsagelse til møder'],
      pricePerHourOre: 49_500,
      municipalityCodes: ['167', '183'],
    };
    type Result = { registerProvider: { id: string; name: string; cvr: string } };

    it('registers a provider once per idempotency key', async () => {
      const first = await subgraph.query<Result>(caseworker, mutation, { input: { ...input, idempotencyKey: 'provider-1' } });
      expect(first.body.errors).toBeUndefined();
      expect(first.body.data!.registerProvider).toMatchObject({ ...input, mentors: { totalCount: 0 } });
      const repeat = await subgraph.query<Result>(caseworker, mutation, { input: { ...input, idempotencyKey: 'provider-1' } });
      expect(repeat.body.data!.registerProvider.id).toBe(first.body.data!.registerProvider.id);
      const stored = await subgraph.db.query('SELECT name FROM provider WHERE cvr = $1', [input.cvr]);
      expect(stored).toEqual([{ name: input.name }]);
    });

    it('refuses a CVR already registered, and a CVR failing modulus 11, storing nothing', async () => {
      const before = await count('provider');
      const taken = await subgraph.query(caseworker, mutation, { input: { ...input, name: 'Kopi ApS', cvr: demoProviders[0]!.cvr } });
      expect(firstError(taken)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cvr', rule: 'unique' });
      const bad = await subgraph.query(caseworker, mutation, { input: { ...input, cvr: '12345678' } });
      expect(firstError(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cvr', rule: 'cvrChecksum' });
      expect(await count('provider')).toBe(before);
    });

    it('records the agreement period, and refuses an end before the start or without one, storing nothing', async () => {
      const agreed = await subgraph.query<{ registerProvider: { id: string } }>(caseworker, `#graphql
        mutation ($input: RegisterProviderInput!) { registerProvider(input: $input) { id agreementStartDate agreementEndDate } }`, {
        input: { ...input, cvr: syntheticCvr(79), agreementStartDate: '2024-01-01', agreementEndDate: '2025-12-31' },
      });
      expect(agreed.body.data!.registerProvider).toMatchObject({ agreementStartDate: '2024-01-01', agreementEndDate: '2025-12-31' });
      const before = await count('provider');
      const backwards = await subgraph.query(caseworker, mutation, { input: { ...input, cvr: syntheticCvr(80), agreementStartDate: '2024-01-01', agreementEndDate: '2023-12-31' } });
      expect(firstError(backwards)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agreementEndDate', rule: 'afterAgreementStart' });
      const endOnly = await subgraph.query(caseworker, mutation, { input: { ...input, cvr: syntheticCvr(80), agreementEndDate: '2023-12-31' } });
      expect(firstError(endOnly)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agreementEndDate', rule: 'agreementStartRequired' });
      expect(await count('provider')).toBe(before);
    });

    it('is for caseworkers only', async () => {
      const response = await subgraph.query(coordinator, mutation, { input: { ...input, cvr: syntheticCvr(78) } });
      expect(firstError(response)?.code).toBe('FORBIDDEN');
      expect(await subgraph.db.query('SELECT id FROM provider WHERE cvr = $1', [syntheticCvr(78)])).toEqual([]);
    });
  });

  describe('registerMentor and updateMentor', () => {
    const register = `#graphql
      mutation ($input: RegisterMentorInput!) { registerMentor(input: $input) { id name kind status version phone email languages targetGroups capacityHoursPerWeek provider { id } certificationStatus matchable } }`;
    const update = `#graphql
      mutation ($input: UpdateMentorInput!) { updateMentor(input: $input) { id status version phone capacityHoursPerWeek } }`;
    const input = {
      providerId: coordinator.org,
      firstName: 'Nanna',
      lastName: 'Østergaard',
      phone: '+45 28 11 22 33',
      email: 'nanna.oestergaard@brobygmentor.dk',
      kind: 'STUDY_START_COORDINATOR',
      languages: ['da', 'en'],
      targetGroups: ['Unge ved studiestart på erhvervsuddannelse'],
      capacityHoursPerWeek: 12.5,
    };
    type Registered = { registerMentor: { id: string; version: number } };
    type Updated = { updateMentor: { id: string; status: string; version: number; phone: string | null; capacityHoursPerWeek: number } };

    it("lets a coordinator register a mentor with their own provider", async () => {
      const response = await subgraph.query<Registered>(coordinator, register, { input: { ...input, idempotencyKey: 'nanna' } });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.registerMentor).toMatchObject({
        name: 'Nanna Østergaard',
        kind: 'STUDY_START_COORDINATOR',
        status: 'ACTIVE',
        version: 1,
        capacityHoursPerWeek: 12.5,
        provider: { id: coordinator.org },
        certificationStatus: null,
        matchable: true,
      });
      const repeat = await subgraph.query<Registered>(coordinator, register, { input: { ...input, idempotencyKey: 'nanna' } });
      expect(repeat.body.data!.registerMentor.id).toBe(response.body.data!.registerMentor.id);
      expect(await subgraph.db.query(`SELECT count(*)::int AS n FROM mentor WHERE last_name = 'Østergaard'`)).toEqual([{ n: 1 }]);
    });

    it('creates one mentor when the same request arrives twice at once', async () => {
      const twice = { ...input, firstName: 'Sigrid', idempotencyKey: 'sigrid' };
      const [first, second] = await Promise.all([
        subgraph.query<Registered>(coordinator, register, { input: twice }),
        subgraph.query<Registered>(coordinator, register, { input: twice }),
      ]);
      expect(first.body.errors).toBeUndefined();
      expect(second.body.data!.registerMentor.id).toBe(first.body.data!.registerMentor.id);
      expect(await subgraph.db.query(`SELECT count(*)::int AS n FROM mentor WHERE first_name = 'Sigrid'`)).toEqual([{ n: 1 }]);
    });

    it("refuses another provider's coordinator and a mentor, storing nothing", async () => {
      const before = await count('mentor');
      const elsewhere = await subgraph.query(coordinator, register, { input: { ...input, providerId: demoProviders[1]!.id } });
      expect(firstError(elsewhere)?.code).toBe('FORBIDDEN');
      expect(firstError(await subgraph.query(mentorUser, register, { input }))?.code).toBe('FORBIDDEN');
      expect(await count('mentor')).toBe(before);
    });

    it('refuses bad input naming the field, storing nothing', async () => {
      const before = await count('mentor');
      const badEmail = await subgraph.query(caseworker, register, { input: { ...input, email: 'nanna-at-brobyg' } });
      expect(firstError(badEmail)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email', rule: 'emailFormat' });
      const tooMuch = await subgraph.query(caseworker, register, { input: { ...input, capacityHoursPerWeek: 40 } });
      expect(firstError(tooMuch)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'capacityHoursPerWeek' });
      const unknownProvider = await subgraph.query(caseworker, register, { input: { ...input, providerId: '00000000-0000-4000-8000-000000000000' } });
      expect(firstError(unknownProvider)?.code).toBe('NOT_FOUND');
      expect(await count('mentor')).toBe(before);
    });

    it('updates a mentor, refusing a stale expectedVersion', async () => {
      const created = await subgraph.query<Registered>(caseworker, register, { input: { ...input, firstName: 'Villads', email: null } });
      const id = created.body.data!.registerMentor.id;
      const changed = await subgraph.query<Updated>(coordinator, update, { input: { mentorId: id, expectedVersion: 1, status: 'INACTIVE', capacityHoursPerWeek: 6 } });
      expect(changed.body.data!.updateMentor).toEqual({ id, status: 'INACTIVE', version: 2, phone: input.phone, capacityHoursPerWeek: 6 });
      const stale = await subgraph.query(coordinator, update, { input: { mentorId: id, expectedVersion: 1, status: 'ACTIVE' } });
      expect(firstError(stale)?.code).toBe('CONFLICT');
      const clearsLastContact = await subgraph.query(coordinator, update, { input: { mentorId: id, phone: null } });
      expect(firstError(clearsLastContact)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phone', rule: 'contactRequired' });
      expect(await subgraph.db.query('SELECT status, version, phone FROM mentor WHERE id = $1', [id])).toEqual([{ status: 'INACTIVE', version: 2, phone: input.phone }]);
    });

    it("answers NOT_FOUND for another provider's mentor", async () => {
      const response = await subgraph.query(coordinator, update, { input: { mentorId: otherProvidersMentor.id, status: 'INACTIVE' } });
      expect(firstError(response)?.code).toBe('NOT_FOUND');
      expect(await subgraph.db.query('SELECT status FROM mentor WHERE id = $1', [otherProvidersMentor.id])).toEqual([{ status: 'ACTIVE' }]);
    });
  });

  describe('certifyMentor', () => {
    const mutation = `#graphql
      mutation ($input: CertifyMentorInput!) { certifyMentor(input: $input) { id kind issuedBy issuedOn validUntil status mentor { id certificationStatus certifications { id } } } }`;
    const input = () => ({
      mentorId: ownMentor.id,
      kind: ownMentor.kind,
      issuedBy: 'Lone Vestergaard, faglig leder',
      issuedOn: today,
      validUntil: addYears(today, 2),
      taskDescription: 'Motiverende samtaler, ledsagelse til møder og kontakt til studievejleder',
    });
    type Result = { certifyMentor: { id: string; status: string; mentor: { certificationStatus: string; certifications: { id: string }[] } } };

    it('records a certification the mentor then holds', async () => {
      const before = await count('certification');
      const response = await subgraph.query<Result>(coordinator, mutation, { input: { ...input(), idempotencyKey: 'cert-1' } });
      expect(response.body.errors).toBeUndefined();
      const certification = response.body.data!.certifyMentor;
      expect(certification).toMatchObject({ status: 'VALID', issuedOn: today, validUntil: addYears(today, 2), mentor: { certificationStatus: 'VALID' } });
      expect(certification.mentor.certifications.map((row) => row.id)).toContain(certification.id);
      await subgraph.query<Result>(coordinator, mutation, { input: { ...input(), idempotencyKey: 'cert-1' } });
      expect(await count('certification')).toBe(before + 1);
    });

    it('refuses a validity ending before it starts, storing nothing', async () => {
      const before = await count('certification');
      const response = await subgraph.query(coordinator, mutation, { input: { ...input(), validUntil: addDays(today, -1) } });
      expect(firstError(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validUntil', rule: 'afterIssuedOn' });
      const badDate = await subgraph.query(coordinator, mutation, { input: { ...input(), issuedOn: '2026-02-30' } });
      expect(firstError(badDate)?.code).toBe('BAD_USER_INPUT');
      expect(await count('certification')).toBe(before);
    });

    it("refuses a mentor, and answers NOT_FOUND for another provider's mentor", async () => {
      expect(firstError(await subgraph.query(mentorUser, mutation, { input: input() }))?.code).toBe('FORBIDDEN');
      expect(firstError(await subgraph.query(coordinator, mutation, { input: { ...input(), mentorId: otherProvidersMentor.id } }))?.code).toBe('NOT_FOUND');
    });
  });

  describe('screening, training and supervision make a volunteer matchable', () => {
    const volunteer = demoMentors.find((mentor) => mentor.kind === 'VOLUNTEER' && !mentor.screened)!;
    const screening = `#graphql
      mutation ($input: RecordScreeningInput!) { recordScreening(input: $input) { id kind result checkedOn checkedBy renewalDue mentor { matchable } } }`;
    const training = `#graphql
      mutation ($input: RecordTrainingInput!) { recordTraining(input: $input) { id heldOn topic hours givenBy mentor { matchable trainings { id } } } }`;
    const supervision = `#graphql
      mutation ($input: RecordSupervisionInput!) { recordSupervision(input: $input) { id hours mentor { supervisions { id } } } }`;
    const checkedOn = addDays(today, -3);

    it('refuses bad input naming the field, storing nothing', async () => {
      const before = [await count('screening'), await count('training'), await count('supervision')];
      const future = await subgraph.query(volunteerCoordinator, screening, { input: { mentorId: volunteer.id, kind: 'CHILD_PROTECTION', checkedOn: addDays(today, 1), result: 'CLEAR' } });
      expect(firstError(future)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'checkedOn', rule: 'notInFuture' });
      const noHours = await subgraph.query(volunteerCoordinator, training, { input: { mentorId: volunteer.id, heldOn: today, topic: 'Grundkursus', hours: 0, givenBy: 'Center for Sikker By' } });
      expect(firstError(noHours)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hours', rule: 'range' });
      const noTopic = await subgraph.query(volunteerCoordinator, supervision, { input: { mentorId: volunteer.id, heldOn: today, topic: ' ', hours: 2, givenBy: 'Marianne Brix' } });
      expect(firstError(noTopic)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'topic', rule: 'required' });
      expect([await count('screening'), await count('training'), await count('supervision')]).toEqual(before);
    });

    it('records both checks, then a training, after which the volunteer is matchable', async () => {
      type ScreeningResult = { recordScreening: { checkedBy: string; renewalDue: string; mentor: { matchable: boolean } } };
      const child = await subgraph.query<ScreeningResult>(volunteerCoordinator, screening, { input: { mentorId: volunteer.id, kind: 'CHILD_PROTECTION', checkedOn, result: 'CLEAR' } });
      expect(child.body.data!.recordScreening).toEqual(
        expect.objectContaining({ kind: 'CHILD_PROTECTION', result: 'CLEAR', checkedBy: volunteerCoordinator.name, renewalDue: addYears(checkedOn, 2), mentor: { matchable: false } }),
      );
      const criminal = await subgraph.query<ScreeningResult>(volunteerCoordinator, screening, {
        input: { mentorId: volunteer.id, kind: 'CRIMINAL_RECORD', checkedOn, result: 'CLEAR', checkedBy: 'Susanne Krag', idempotencyKey: 'straffeattest' },
      });
      expect(criminal.body.data!.recordScreening.mentor.matchable).toBe(false); // screened, not yet trained
      const trained = await subgraph.query<{ recordTraining: { hours: number; mentor: { matchable: boolean; trainings: unknown[] } } }>(volunteerCoordinator, training, {
        input: { mentorId: volunteer.id, heldOn: today, topic: 'Grundkursus for frivillige mentorer', hours: 6, givenBy: 'Center for Sikker By' },
      });
      expect(trained.body.data!.recordTraining).toMatchObject({ hours: 6, mentor: { matchable: true, trainings: [expect.anything()] } });
      const supervised = await subgraph.query<{ recordSupervision: { hours: number; mentor: { supervisions: unknown[] } } }>(volunteerCoordinator, supervision, {
        input: { mentorId: volunteer.id, heldOn: today, topic: 'Gruppesupervision: første møde', hours: 1.5, givenBy: 'Marianne Brix, psykolog' },
      });
      expect(supervised.body.data!.recordSupervision).toMatchObject({ hours: 1.5, mentor: { supervisions: [expect.anything()] } });
    });

    it('refuses an idempotency key reused for another operation', async () => {
      const response = await subgraph.query(volunteerCoordinator, training, {
        input: { mentorId: volunteer.id, heldOn: today, topic: 'Tavshedspligt', hours: 3, givenBy: 'Center for Sikker By', idempotencyKey: 'straffeattest' },
      });
      expect(firstError(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey', rule: 'reused' });
    });
  });

  describe('submitExperienceReport', () => {
    const mutation = `#graphql
      mutation ($input: SubmitExperienceReportInput!) { submitExperienceReport(input: $input) { id year published submittedOn version themes provider { id } } }`;
    const reportsQuery = `#graphql
      query ($providerId: ID, $year: Int) { experienceReports(providerId: $providerId, year: $year) { id published } }`;
    const year = Number(toIsoDate(demoToday()).slice(0, 4)) - 1;
    type Result = { submitExperienceReport: { id: string; published: boolean; submittedOn: string | null; version: number } };

    it('saves a draft, then submits it, which makes it public and final', async () => {
      const base = { providerId: volunteerCoordinator.org, year, themes: ['Fastholdelse af frivillige'], text: 'Udkast om fastholdelse af frivillige mentorer.' };
      const draft = await subgraph.query<Result>(volunteerCoordinator, mutation, { input: { ...base, publish: false } });
      expect(draft.body.data!.submitExperienceReport).toMatchObject({ published: false, submittedOn: null, version: 1 });
      const hidden = await subgraph.query<{ experienceReports: unknown[] }>(demoUsers['youth-guide']!, reportsQuery, { providerId: volunteerCoordinator.org, year });
      expect(hidden.body.data!.experienceReports).toEqual([]);

      const stale = await subgraph.query(volunteerCoordinator, mutation, { input: { ...base, expectedVersion: 2 } });
      expect(firstError(stale)?.code).toBe('CONFLICT');

      const submitted = await subgraph.query<Result>(volunteerCoordinator, mutation, { input: { ...base, text: 'Erfaringer med matchning af frivillige og unge.', expectedVersion: 1 } });
      expect(submitted.body.data!.submitExperienceReport).toMatchObject({ id: draft.body.data!.submitExperienceReport.id, published: true, submittedOn: today, version: 2 });
      const visible = await subgraph.query<{ experienceReports: { published: boolean }[] }>(demoUsers['youth-guide']!, reportsQuery, {
        providerId: volunteerCoordinator.org,
        year,
      });
      expect(visible.body.data!.experienceReports).toEqual([{ id: draft.body.data!.submitExperienceReport.id, published: true }]);

      const again = await subgraph.query(volunteerCoordinator, mutation, { input: base });
      expect(firstError(again)?.code).toBe('CONFLICT');
    });

    it('refuses a year that has not ended, storing nothing', async () => {
      const before = await count('experience_report');
      const response = await subgraph.query(coordinator, mutation, { input: { providerId: coordinator.org, year: year + 1, themes: ['Studiestart'], text: 'For tidligt.' } });
      expect(firstError(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year', rule: 'yearEnded' });
      expect(await count('experience_report')).toBe(before);
    });

    it('refuses a year the agreement owes no report for, storing nothing', async () => {
      const before = await count('experience_report');
      // Brobyg's agreement started four years ago: its first year owes no report, nor does the year before it.
      for (const notOwed of [year - 3, year - 4]) {
        const response = await subgraph.query(coordinator, mutation, { input: { providerId: coordinator.org, year: notOwed, themes: ['Opstart'], text: 'Første år.' } });
        expect(firstError(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year', rule: 'agreementYear' });
      }
      // An agreement that ended in January the year before last owes that year's report, and none for last year.
      const ended = await subgraph.query<{ registerProvider: { id: string } }>(caseworker, `#graphql
        mutation ($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }`, {
        input: {
          name: 'Nordvest Mentor I/S',
          cvr: syntheticCvr(81),
          activities: ['Ledsagelse til møder'],
          pricePerHourOre: 45_000,
          municipalityCodes: ['101'],
          agreementStartDate: `${year - 3}-01-01`,
          agreementEndDate: `${year - 1}-01-31`,
        },
      });
      const endedId = ended.body.data!.registerProvider.id;
      const endedCoordinator: Identity = { sub: demoId('user', 'coordinator-nordvest'), roles: ['PROVIDER_COORDINATOR'], org: endedId, name: 'Ole Nord' };
      const afterEnd = await subgraph.query(endedCoordinator, mutation, { input: { providerId: endedId, year, themes: ['Efter aftalen'], text: 'Ingen aftale.' } });
      expect(firstError(afterEnd)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year', rule: 'agreementYear' });
      expect(await count('experience_report')).toBe(before);
      const lastYearOfAgreement = await subgraph.query<Result>(endedCoordinator, mutation, {
        input: { providerId: endedId, year: year - 1, themes: ['Sidste aftaleår'], text: 'Erfaringer fra aftalens sidste år.' },
      });
      expect(lastYearOfAgreement.body.data!.submitExperienceReport).toMatchObject({ published: true, submittedOn: today });
    });

    it("is for the provider's own coordinator only", async () => {
      const input = { providerId: demoProviders[1]!.id, year, themes: ['Tema'], text: 'Tekst.' };
      expect(firstError(await subgraph.query(coordinator, mutation, { input }))?.code).toBe('FORBIDDEN');
      expect(firstError(await subgraph.query(caseworker, mutation, { input }))?.code).toBe('FORBIDDEN');
    });
  });
});

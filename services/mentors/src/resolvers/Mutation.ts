import { randomUUID } from 'node:crypto';
import { assertRules, badInput, conflict, forbidden, notFound, requireUuid, violations, type Identity } from '@mentor/common';
import type { EntityManager, ObjectLiteral } from 'typeorm';
import { administersMentors, canAdministerMentors, canRecordScreening, canRegisterProvider, canSeeMentor, canSubmitExperienceReport } from '../access.js';
import type { Context } from '../context.js';
import {
  Certification,
  ExperienceReport,
  Mentor,
  Provider,
  Screening,
  Supervision,
  Training,
  type MentorKind,
  type MentorStatus,
  type ScreeningKind,
  type ScreeningResult,
} from '../entities/index.js';
import { claimIdempotencyKey, isUniqueViolation } from '../idempotency.js';
import { certificationViolations } from '../rules/certification.js';
import { todayInDenmark, toIsoDate } from '../rules/dates.js';
import { mentorChangeViolations, mentorViolations } from '../rules/mentor.js';
import { providerViolations } from '../rules/provider.js';
import { agreementOf, experienceReportViolations, reportingYearViolation } from '../rules/experienceReport.js';
import { supervisionViolations, trainingViolations } from '../rules/records.js';
import { screeningViolations } from '../rules/screening.js';

interface RegisterProviderInput {
  name: string;
  cvr: string;
  activities: string[];
  pricePerHourOre: number;
  municipalityCodes: string[];
  agreementStartDate?: Date | null;
  agreementEndDate?: Date | null;
  idempotencyKey?: string | null;
}

interface RegisterMentorInput {
  providerId: string;
  firstName: string;
  lastName: string;
  phone?: string | null;
  email?: string | null;
  kind: MentorKind;
  languages: string[];
  targetGroups: string[];
  capacityHoursPerWeek: number;
  idempotencyKey?: string | null;
}

interface UpdateMentorInput {
  mentorId: string;
  expectedVersion?: number | null;
  firstName?: string | null;
  lastName?: string | null;
  phone?: string | null;
  email?: string | null;
  languages?: string[] | null;
  targetGroups?: string[] | null;
  capacityHoursPerWeek?: number | null;
  status?: MentorStatus | null;
}

interface CertifyMentorInput {
  mentorId: string;
  kind: MentorKind;
  issuedBy: string;
  issuedOn: Date;
  validUntil: Date;
  taskDescription: string;
  idempotencyKey?: string | null;
}

interface RecordScreeningInput {
  mentorId: string;
  kind: ScreeningKind;
  checkedOn: Date;
  result: ScreeningResult;
  checkedBy?: string | null;
  idempotencyKey?: string | null;
}

interface RecordSessionInput {
  mentorId: string;
  heldOn: Date;
  topic: string;
  hours: number;
  givenBy: string;
  idempotencyKey?: string | null;
}

interface SubmitExperienceReportInput {
  providerId: string;
  year: number;
  themes: string[];
  text: string;
  publish?: boolean | null;
  expectedVersion?: number | null;
  idempotencyKey?: string | null;
}

function trimmedList(values: string[]): string[] {
  return values.map((value) => value.trim());
}

/** Empty contact fields are stored as absent. */
function contact(value: string | null | undefined): string | null {
  const text = value?.trim();
  return text ? text : null;
}

async function found<T extends ObjectLiteral>(manager: EntityManager, entity: new () => T, id: string, what: string): Promise<T> {
  const row = await manager.getRepository(entity).createQueryBuilder('row').where('row.id = :id', { id }).getOne();
  if (!row) throw notFound(what);
  return row;
}

/** The mentor, locked for this transaction, when the caller administers it; a mentor they may not see looks missing. */
async function administeredMentor(manager: EntityManager, identity: Identity, mentorId: string): Promise<Mentor> {
  const mentor = await manager.getRepository(Mentor).findOne({ where: { id: mentorId }, lock: { mode: 'pessimistic_write' } });
  if (!mentor || !canSeeMentor(identity, mentor)) throw notFound('Mentor');
  if (!canAdministerMentors(identity, mentor.providerId)) throw forbidden('Mentors are administered by their provider or the municipality');
  return mentor;
}

function requireMentorAdministrator(identity: Identity): void {
  if (!administersMentors(identity)) throw forbidden('Mentors are administered by their provider or the municipality');
}

export const Mutation = {
  async registerProvider(_: unknown, { input }: { input: RegisterProviderInput }, context: Context) {
    if (!canRegisterProvider(context.identity)) throw forbidden('Providers are registered by the municipality');
    const values = {
      name: input.name.trim(),
      cvr: input.cvr.replace(/\s/g, ''),
      activities: trimmedList(input.activities),
      pricePerHourOre: input.pricePerHourOre,
      municipalityCodes: trimmedList(input.municipalityCodes),
      agreementStartDate: input.agreementStartDate ? toIsoDate(input.agreementStartDate) : null,
      agreementEndDate: input.agreementEndDate ? toIsoDate(input.agreementEndDate) : null,
    };
    assertRules(providerViolations({ ...values, idempotencyKey: input.idempotencyKey }));
    const cvrTaken = () => badInput('cvr', 'unique', `cvr: a provider with CVR ${values.cvr} is already registered`);
    try {
      return await context.db.transaction(async (manager) => {
        const id = randomUUID();
        const previous = await claimIdempotencyKey(manager, context.identity, 'registerProvider', input.idempotencyKey, id);
        if (previous) return found(manager, Provider, previous, 'Provider');
        if (await manager.existsBy(Provider, { cvr: values.cvr })) throw cvrTaken();
        await manager.insert(Provider, { id, ...values });
        return found(manager, Provider, id, 'Provider');
      });
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_provider_cvr')) throw cvrTaken();
      throw error;
    }
  },

  async registerMentor(_: unknown, { input }: { input: RegisterMentorInput }, context: Context) {
    requireMentorAdministrator(context.identity);
    const values = {
      providerId: input.providerId,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      phone: contact(input.phone),
      email: contact(input.email),
      kind: input.kind,
      languages: trimmedList(input.languages),
      targetGroups: trimmedList(input.targetGroups),
      capacityHoursPerWeek: input.capacityHoursPerWeek,
    };
    assertRules(mentorViolations({ ...values, idempotencyKey: input.idempotencyKey }));
    if (!canAdministerMentors(context.identity, values.providerId)) throw forbidden('A coordinator registers mentors for their own provider');
    return context.db.transaction(async (manager) => {
      const id = randomUUID();
      const previous = await claimIdempotencyKey(manager, context.identity, 'registerMentor', input.idempotencyKey, id);
      if (previous) return found(manager, Mentor, previous, 'Mentor');
      await found(manager, Provider, values.providerId, 'Provider');
      await manager.insert(Mentor, { id, ...values, status: 'ACTIVE', version: 1 });
      return found(manager, Mentor, id, 'Mentor');
    });
  },

  async updateMentor(_: unknown, { input }: { input: UpdateMentorInput }, context: Context) {
    requireMentorAdministrator(context.identity);
    assertRules(violations(requireUuid('mentorId', input.mentorId)));
    const updated = await context.db.transaction(async (manager) => {
      const mentor = await administeredMentor(manager, context.identity, input.mentorId);
      const changes = {
        ...input,
        firstName: input.firstName?.trim() ?? input.firstName,
        lastName: input.lastName?.trim() ?? input.lastName,
        phone: input.phone === undefined ? undefined : contact(input.phone),
        email: input.email === undefined ? undefined : contact(input.email),
        languages: input.languages ? trimmedList(input.languages) : input.languages,
        targetGroups: input.targetGroups ? trimmedList(input.targetGroups) : input.targetGroups,
      };
      assertRules(mentorChangeViolations(changes, mentor));
      if (input.expectedVersion !== null && input.expectedVersion !== undefined && input.expectedVersion !== mentor.version) {
        throw conflict(`The mentor has changed (version ${mentor.version}, expected ${input.expectedVersion}); reload and try again`);
      }
      const next: Partial<Mentor> = { version: mentor.version + 1 };
      if (changes.firstName) next.firstName = changes.firstName;
      if (changes.lastName) next.lastName = changes.lastName;
      if (changes.phone !== undefined) next.phone = changes.phone;
      if (changes.email !== undefined) next.email = changes.email;
      if (changes.languages) next.languages = changes.languages;
      if (changes.targetGroups) next.targetGroups = changes.targetGroups;
      if (typeof changes.capacityHoursPerWeek === 'number') next.capacityHoursPerWeek = changes.capacityHoursPerWeek;
      if (changes.status) next.status = changes.status;
      await manager.update(Mentor, { id: mentor.id }, next);
      return found(manager, Mentor, mentor.id, 'Mentor');
    });
    context.loaders.mentorById.clear(updated.id).prime(updated.id, updated);
    return updated;
  },

  async certifyMentor(_: unknown, { input }: { input: CertifyMentorInput }, context: Context) {
    requireMentorAdministrator(context.identity);
    const values = {
      mentorId: input.mentorId,
      kind: input.kind,
      issuedBy: input.issuedBy.trim(),
      issuedOn: toIsoDate(input.issuedOn),
      validUntil: toIsoDate(input.validUntil),
      taskDescription: input.taskDescription.trim(),
    };
    assertRules(certificationViolations({ ...values, idempotencyKey: input.idempotencyKey }, todayInDenmark()));
    const certification = await context.db.transaction(async (manager) => {
      await administeredMentor(manager, context.identity, values.mentorId);
      const id = randomUUID();
      const previous = await claimIdempotencyKey(manager, context.identity, 'certifyMentor', input.idempotencyKey, id);
      if (previous) return found(manager, Certification, previous, 'Certification');
      await manager.insert(Certification, { id, ...values });
      return found(manager, Certification, id, 'Certification');
    });
    context.loaders.certificationsByMentor.clear(certification.mentorId);
    return certification;
  },

  async recordScreening(_: unknown, { input }: { input: RecordScreeningInput }, context: Context) {
    if (!context.identity.roles.includes('PROVIDER_COORDINATOR')) throw forbidden("Screenings are recorded by the mentor's provider");
    const values = {
      mentorId: input.mentorId,
      kind: input.kind,
      checkedOn: toIsoDate(input.checkedOn),
      result: input.result,
      checkedBy: (input.checkedBy ?? context.identity.name).trim(),
    };
    assertRules(screeningViolations({ ...values, idempotencyKey: input.idempotencyKey }, todayInDenmark()));
    const screening = await context.db.transaction(async (manager) => {
      const mentor = await administeredMentor(manager, context.identity, values.mentorId);
      if (!canRecordScreening(context.identity, mentor.providerId)) throw forbidden("Screenings are recorded by the mentor's provider");
      const id = randomUUID();
      const previous = await claimIdempotencyKey(manager, context.identity, 'recordScreening', input.idempotencyKey, id);
      if (previous) return found(manager, Screening, previous, 'Screening');
      await manager.insert(Screening, { id, ...values });
      return found(manager, Screening, id, 'Screening');
    });
    context.loaders.screeningsByMentor.clear(screening.mentorId);
    return screening;
  },

  async recordTraining(_: unknown, { input }: { input: RecordSessionInput }, context: Context) {
    requireMentorAdministrator(context.identity);
    const values = sessionValues(input);
    assertRules(trainingViolations({ ...values, idempotencyKey: input.idempotencyKey }, todayInDenmark()));
    const training = await context.db.transaction(async (manager) => {
      await administeredMentor(manager, context.identity, values.mentorId);
      const id = randomUUID();
      const previous = await claimIdempotencyKey(manager, context.identity, 'recordTraining', input.idempotencyKey, id);
      if (previous) return found(manager, Training, previous, 'Training');
      await manager.insert(Training, { id, ...values });
      return found(manager, Training, id, 'Training');
    });
    context.loaders.trainingsByMentor.clear(training.mentorId);
    return training;
  },

  async recordSupervision(_: unknown, { input }: { input: RecordSessionInput }, context: Context) {
    requireMentorAdministrator(context.identity);
    const values = sessionValues(input);
    assertRules(supervisionViolations({ ...values, idempotencyKey: input.idempotencyKey }, todayInDenmark()));
    const supervision = await context.db.transaction(async (manager) => {
      await administeredMentor(manager, context.identity, values.mentorId);
      const id = randomUUID();
      const previous = await claimIdempotencyKey(manager, context.identity, 'recordSupervision', input.idempotencyKey, id);
      if (previous) return found(manager, Supervision, previous, 'Supervision');
      await manager.insert(Supervision, { id, ...values });
      return found(manager, Supervision, id, 'Supervision');
    });
    context.loaders.supervisionsByMentor.clear(supervision.mentorId);
    return supervision;
  },

  async submitExperienceReport(_: unknown, { input }: { input: SubmitExperienceReportInput }, context: Context) {
    if (!canSubmitExperienceReport(context.identity, input.providerId)) throw forbidden("Only the provider's coordinator submits its experience report");
    const today = todayInDenmark();
    const values = { themes: trimmedList(input.themes), text: input.text.trim() };
    assertRules(experienceReportViolations({ ...input, ...values }, today));
    const publish = input.publish ?? true;
    try {
      const report = await context.db.transaction(async (manager) => {
        const provider = await found(manager, Provider, input.providerId, 'Provider');
        assertRules(violations(reportingYearViolation(agreementOf(provider), input.year)));
        const existing = await manager
          .getRepository(ExperienceReport)
          .findOne({ where: { providerId: input.providerId, year: input.year }, lock: { mode: 'pessimistic_write' } });
        const id = existing?.id ?? randomUUID();
        const previous = await claimIdempotencyKey(manager, context.identity, 'submitExperienceReport', input.idempotencyKey, id);
        if (previous) return found(manager, ExperienceReport, previous, 'ExperienceReport');
        const submission = { ...values, published: publish, submittedOn: publish ? today : null };
        if (!existing) {
          await manager.insert(ExperienceReport, { id, providerId: input.providerId, year: input.year, ...submission, version: 1 });
        } else {
          if (existing.published) throw conflict(`The experience report for ${input.year} has been submitted; a submitted report is final`);
          if (input.expectedVersion !== null && input.expectedVersion !== undefined && input.expectedVersion !== existing.version) {
            throw conflict(`The draft has changed (version ${existing.version}, expected ${input.expectedVersion}); reload and try again`);
          }
          await manager.update(ExperienceReport, { id }, { ...submission, version: existing.version + 1 });
        }
        return found(manager, ExperienceReport, id, 'ExperienceReport');
      });
      context.loaders.experienceReportsByProvider.clear(report.providerId);
      return report;
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_experience_report_provider_year')) {
        throw conflict(`An experience report for ${input.year} was saved at the same time; reload and try again`);
      }
      throw error;
    }
  },
};

function sessionValues(input: RecordSessionInput) {
  return { mentorId: input.mentorId, heldOn: toIsoDate(input.heldOn), topic: input.topic.trim(), hours: input.hours, givenBy: input.givenBy.trim() };
}

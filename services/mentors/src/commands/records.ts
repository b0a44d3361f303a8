import { randomUUID } from 'node:crypto';
import { assertRules, claimIdempotencyKey, inTransaction, type RuleViolation } from '@mentor/common';
import type { ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { requireAdministeredMentor, requireMentorAdministrator, requireScreeningRecorder, requireScreeningRecorderOf } from '../access/index.js';
import type { Context } from '../context.js';
import { Certification, Screening, Supervision, Training, type Mentor } from '../entities/index.js';
import type { MutationResolvers, RecordSupervisionInput, RecordTrainingInput } from '../generated/resolvers.js';
import { certificationViolations } from '../rules/certification.js';
import { todayInDenmark } from '../rules/dates.js';
import { supervisionViolations, trainingViolations, type RecordInput } from '../rules/records.js';
import { screeningViolations } from '../rules/screening.js';
import { found, lockedMentor } from './support.js';

/**
 * The records kept about a mentor: certifications, screenings, trainings and supervisions. Each is
 * added by whoever administers the mentor (a screening by the mentor's provider only), once per
 * idempotency key.
 */

interface NewRecord<T extends ObjectLiteral> {
  operation: string;
  entity: new () => T;
  what: string;
  values: QueryDeepPartialEntity<T> & { mentorId: string };
  idempotencyKey: string | null | undefined;
  /** A check beyond administering the mentor. */
  alsoRequire?: (mentor: Mentor) => void;
}

async function addRecord<T extends ObjectLiteral>(context: Context, record: NewRecord<T>): Promise<T> {
  return inTransaction(context.db, async (manager) => {
    const mentor = requireAdministeredMentor(context.identity, await lockedMentor(manager, record.values.mentorId));
    record.alsoRequire?.(mentor);
    const id = randomUUID();
    const previous = await claimIdempotencyKey(manager, { caller: context.identity.sub, key: record.idempotencyKey, operation: record.operation, resultId: id });
    if (previous) return found(manager, record.entity, previous, record.what);
    await manager.insert(record.entity, { id, ...record.values });
    return found(manager, record.entity, id, record.what);
  });
}

/** Trainings and supervisions: sessions the mentor took part in, alike column for column, recorded alike with their own limits. */
type Session = Training | Supervision;

interface SessionKind {
  operation: 'recordTraining' | 'recordSupervision';
  entity: new () => Session;
  what: string;
  violations: (input: RecordInput, today: string) => RuleViolation[];
  loader: 'trainingsByMentor' | 'supervisionsByMentor';
}

const trainings: SessionKind = { operation: 'recordTraining', entity: Training, what: 'Training', violations: trainingViolations, loader: 'trainingsByMentor' };
const supervisions: SessionKind = {
  operation: 'recordSupervision',
  entity: Supervision,
  what: 'Supervision',
  violations: supervisionViolations,
  loader: 'supervisionsByMentor',
};

async function recordSession(context: Context, input: RecordTrainingInput | RecordSupervisionInput, kind: SessionKind): Promise<Session> {
  requireMentorAdministrator(context.identity);
  const values = { mentorId: input.mentorId, heldOn: input.heldOn, topic: input.topic.trim(), hours: input.hours, givenBy: input.givenBy.trim() };
  assertRules(kind.violations({ ...values, idempotencyKey: input.idempotencyKey }, todayInDenmark()));
  const session = await addRecord<Session>(context, { operation: kind.operation, entity: kind.entity, what: kind.what, values, idempotencyKey: input.idempotencyKey });
  context.loaders[kind.loader].clear(session.mentorId);
  return session;
}

export const recordCommands = {
  async certifyMentor(_, { input }, context) {
    requireMentorAdministrator(context.identity);
    const values = {
      mentorId: input.mentorId,
      kind: input.kind,
      issuedBy: input.issuedBy.trim(),
      issuedOn: input.issuedOn,
      validUntil: input.validUntil,
      taskDescription: input.taskDescription.trim(),
    };
    assertRules(certificationViolations({ ...values, idempotencyKey: input.idempotencyKey }, todayInDenmark()));
    const certification = await addRecord(context, { operation: 'certifyMentor', entity: Certification, what: 'Certification', values, idempotencyKey: input.idempotencyKey });
    context.loaders.certificationsByMentor.clear(certification.mentorId);
    return certification;
  },

  async recordScreening(_, { input }, context) {
    requireScreeningRecorder(context.identity);
    const values = {
      mentorId: input.mentorId,
      kind: input.kind,
      checkedOn: input.checkedOn,
      result: input.result,
      checkedBy: (input.checkedBy ?? context.identity.name).trim(),
    };
    assertRules(screeningViolations({ ...values, idempotencyKey: input.idempotencyKey }, todayInDenmark()));
    const screening = await addRecord(context, {
      operation: 'recordScreening',
      entity: Screening,
      what: 'Screening',
      values,
      idempotencyKey: input.idempotencyKey,
      alsoRequire: (mentor) => requireScreeningRecorderOf(context.identity, mentor),
    });
    context.loaders.screeningsByMentor.clear(screening.mentorId);
    return screening;
  },

  recordTraining: (_, { input }, context) => recordSession(context, input, trainings),
  recordSupervision: (_, { input }, context) => recordSession(context, input, supervisions),
} satisfies MutationResolvers;

import { randomUUID } from 'node:crypto';
import { assertRules, assertVersion, claimIdempotencyKey, conflict, inTransaction, notFound, type Identity } from '@mentor/common';
import type { EntityManager } from 'typeorm';
import { requireEnrollableYouth, requireMayRun, requireOwnEnrollment, requireStaffOf } from '../access/index.js';
import { Enrollment, Institution, YouthLink } from '../entities/index.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { danishToday } from '../rules/dates.js';
import { enrollmentEndInputRules, enrollmentEndRules, enrollmentRules } from '../rules/enrollment.js';
import { sendYouthRelations } from './replication.js';
import { trimmed } from './text.js';

/** The enrollment, locked, when it belongs to the caller's institution; otherwise it looks missing. */
export async function ownEnrollmentForUpdate(
  manager: EntityManager,
  identity: Identity,
  enrollmentId: string,
  mutation: 'updateEnrollmentStatus' | 'reportAttendanceConcern',
): Promise<Enrollment> {
  const enrollment = await manager.getRepository(Enrollment).findOne({ where: { id: enrollmentId }, lock: { mode: 'pessimistic_write' } });
  return requireOwnEnrollment(identity, enrollment, mutation);
}

/** Enrollments change the institutions orders opens a youth's case to, so each change enqueues the youth's relations for it in its transaction. */
export function enrollmentCommands(): MutationResolvers {
  return {
    async enrollYouth(_, { input }, context) {
      const { db, identity, log } = context;
      requireMayRun(identity, 'enrollYouth');
      const expectedEndDate = input.expectedEndDate ?? null;
      assertRules(enrollmentRules({ ...input, expectedEndDate }));
      requireStaffOf(identity, input.institutionId);
      return inTransaction(db, async (manager) => {
        const id = randomUUID();
        const earlier = await claimIdempotencyKey(manager, { caller: identity.sub, key: input.idempotencyKey, operation: 'enrollYouth', resultId: id });
        if (earlier) return manager.findOneByOrFail(Enrollment, { id: earlier });
        if (!(await manager.existsBy(Institution, { id: input.institutionId }))) throw notFound('Institution');
        // Only where a placed order for the youth is delivered at this institution; any other youth, existing or not, looks missing.
        requireEnrollableYouth(identity, await manager.findOneBy(YouthLink, { youthId: input.youthId }), input.institutionId);
        if (await manager.existsBy(Enrollment, { youthId: input.youthId, institutionId: input.institutionId, status: 'ACTIVE' })) {
          throw conflict('The youth already has an active enrollment at this institution');
        }
        await manager.insert(Enrollment, {
          id,
          youthId: input.youthId,
          institutionId: input.institutionId,
          programme: trimmed(input.programme),
          startDate: input.startDate,
          expectedEndDate,
          status: 'ACTIVE',
          createdBy: identity.sub,
        });
        await sendYouthRelations(manager, input.youthId);
        log.info({ enrollmentId: id, institutionId: input.institutionId }, 'youth enrolled');
        return manager.findOneByOrFail(Enrollment, { id });
      });
    },

    async updateEnrollmentStatus(_, { input }, context) {
      const { db, identity, log } = context;
      requireMayRun(identity, 'updateEnrollmentStatus');
      assertRules(enrollmentEndInputRules(input, danishToday()));
      return inTransaction(db, async (manager) => {
        const enrollment = await ownEnrollmentForUpdate(manager, identity, input.enrollmentId, 'updateEnrollmentStatus');
        assertVersion(input.expectedVersion, enrollment.version, 'The enrollment');
        assertRules(enrollmentEndRules(input, enrollment));
        await manager.update(Enrollment, { id: enrollment.id }, { status: input.status, endedOn: input.endedOn, version: enrollment.version + 1 });
        await sendYouthRelations(manager, enrollment.youthId);
        log.info({ enrollmentId: enrollment.id, status: input.status }, 'enrollment ended');
        return manager.findOneByOrFail(Enrollment, { id: enrollment.id });
      });
    },
  };
}

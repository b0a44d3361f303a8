import { randomUUID } from 'node:crypto';
import { assertRules, claimIdempotencyKey, inTransaction } from '@mentor/common';
import { requireMayRun } from '../access/index.js';
import { AttendanceConcern } from '../entities/index.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { danishToday } from '../rules/dates.js';
import { attendanceConcernEnrollmentRules, attendanceConcernInputRules } from '../rules/enrollment.js';
import { ownEnrollmentForUpdate } from './enrollment.js';
import { callerName, trimmed } from './text.js';

export const attendanceCommands: MutationResolvers = {
  /** Returns the enrollment, whose attendanceConcerns then include the new one. */
  async reportAttendanceConcern(_, { input }, { db, identity, log }) {
    requireMayRun(identity, 'reportAttendanceConcern');
    assertRules(attendanceConcernInputRules(input, danishToday()));
    return inTransaction(db, async (manager) => {
      const enrollment = await ownEnrollmentForUpdate(manager, identity, input.enrollmentId, 'reportAttendanceConcern');
      const id = randomUUID();
      const earlier = await claimIdempotencyKey(manager, { caller: identity.sub, key: input.idempotencyKey, operation: 'reportAttendanceConcern', resultId: id });
      if (earlier) return enrollment;
      assertRules(attendanceConcernEnrollmentRules(input, enrollment));
      await manager.insert(AttendanceConcern, {
        id,
        enrollmentId: enrollment.id,
        reportedOn: input.reportedOn,
        description: trimmed(input.description),
        reportedBy: callerName(identity),
        reportedByUserId: identity.sub,
      });
      log.info({ enrollmentId: enrollment.id, attendanceConcernId: id }, 'attendance concern reported');
      return enrollment;
    });
  },
};

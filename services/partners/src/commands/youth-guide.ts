import { randomUUID } from 'node:crypto';
import { assertRules, assertVersion, claimIdempotencyKey, inTransaction } from '@mentor/common';
import { IsNull } from 'typeorm';
import { requireMayAssignYouthGuide, requireMayEndYouthGuideAssignment, requireMayRun } from '../access/index.js';
import { Organisation, YouthGuideAssignment, YouthLink } from '../entities/index.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { addDays, danishToday } from '../rules/dates.js';
import { youthGuideEndInputRules, youthGuideEndRules, youthGuideOrganisationRules, youthGuideRules, youthGuideSuccessionRules } from '../rules/youthGuide.js';
import { sendYouthRelations } from './replication.js';
import { trimmed } from './text.js';

/** The orders subgraph keeps one guide per youth, without dates: the guide of the open assignment, enqueued for it in each transaction. */
export function youthGuideCommands(): MutationResolvers {
  return {
    async assignYouthGuide(_, { input }, context) {
      const { db, identity, log } = context;
      requireMayRun(identity, 'assignYouthGuide');
      assertRules(youthGuideRules(input, danishToday()));
      return inTransaction(db, async (manager) => {
        const id = randomUUID();
        const earlier = await claimIdempotencyKey(manager, { caller: identity.sub, key: input.idempotencyKey, operation: 'assignYouthGuide', resultId: id });
        if (earlier) return manager.findOneByOrFail(YouthGuideAssignment, { id: earlier });
        requireMayAssignYouthGuide(identity, await manager.findOneBy(YouthLink, { youthId: input.youthId }));
        const [kui, unit] = await Promise.all([manager.findOneBy(Organisation, { id: input.kuiOrganisationId }), manager.findOneBy(Organisation, { id: identity.org })]);
        assertRules(youthGuideOrganisationRules(kui, unit));
        const open = await manager
          .getRepository(YouthGuideAssignment)
          .findOne({ where: { youthId: input.youthId, toDate: IsNull() }, lock: { mode: 'pessimistic_write' } });
        assertRules(youthGuideSuccessionRules(input, open));
        if (open) {
          await manager.update(YouthGuideAssignment, { id: open.id }, { toDate: addDays(input.fromDate, -1), version: open.version + 1 });
        }
        await manager.insert(YouthGuideAssignment, {
          id,
          youthId: input.youthId,
          guideUserId: input.guideUserId,
          guideName: trimmed(input.guideName),
          kuiOrganisationId: input.kuiOrganisationId,
          fromDate: input.fromDate,
          toDate: null,
        });
        await sendYouthRelations(manager, input.youthId);
        log.info({ assignmentId: id, endedAssignmentId: open?.id }, 'youth guide assigned');
        return manager.findOneByOrFail(YouthGuideAssignment, { id });
      });
    },

    async endYouthGuideAssignment(_, { input }, context) {
      const { db, identity, log } = context;
      requireMayRun(identity, 'endYouthGuideAssignment');
      assertRules(youthGuideEndInputRules(input, danishToday()));
      return inTransaction(db, async (manager) => {
        const found = await manager.getRepository(YouthGuideAssignment).findOne({ where: { id: input.assignmentId }, lock: { mode: 'pessimistic_write' } });
        const link = found ? await manager.findOneBy(YouthLink, { youthId: found.youthId }) : null;
        const assignment = requireMayEndYouthGuideAssignment(identity, link, found);
        assertVersion(input.expectedVersion, assignment.version, 'The assignment');
        assertRules(youthGuideEndRules(input, assignment));
        await manager.update(YouthGuideAssignment, { id: assignment.id }, { toDate: input.toDate, version: assignment.version + 1 });
        // Only the open assignment ends, and the youth has at most one, so the youth is now without a guide.
        await sendYouthRelations(manager, assignment.youthId);
        log.info({ assignmentId: assignment.id }, 'youth guide assignment ended');
        return manager.findOneByOrFail(YouthGuideAssignment, { id: assignment.id });
      });
    },
  };
}

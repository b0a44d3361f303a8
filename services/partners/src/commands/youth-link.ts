import { assertRules, inTransaction } from '@mentor/common';
import { requireMayRecordYouthLink, requireMayRun } from '../access/index.js';
import { YouthLink } from '../entities/index.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { youthLinkRules } from '../rules/youthLink.js';

export const youthLinkCommands: MutationResolvers = {
  /** The receiving end of the orders subgraph's replication: the youth's caseworker unit, providers, mentors and orders. */
  async recordYouthLink(_, { input }, { db, identity, log }) {
    requireMayRun(identity, 'recordYouthLink');
    assertRules(youthLinkRules(input));
    return inTransaction(db, async (manager) => {
      const existing = await manager.getRepository(YouthLink).findOne({ where: { youthId: input.youthId }, lock: { mode: 'pessimistic_write' } });
      requireMayRecordYouthLink(identity, existing, input);
      await manager.upsert(
        YouthLink,
        {
          youthId: input.youthId,
          caseworkerUnitId: input.caseworkerUnitId,
          providerIds: [...new Set(input.providerIds)],
          mentorIds: [...new Set(input.mentorIds)],
          ...(input.orderIds == null ? {} : { orderIds: [...new Set(input.orderIds)] }),
          ...(input.placedInstitutionIds == null ? {} : { placedInstitutionIds: [...new Set(input.placedInstitutionIds)] }),
        },
        ['youthId'],
      );
      log.info({ youthId: input.youthId, created: existing === null }, 'youth relations recorded');
      return true;
    });
  },
};

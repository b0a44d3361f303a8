import { assertRules, receiveReplicated, requireSequence, violations } from '@mentor/common';
import { requireReplicationFrom } from '../access/index.js';
import { YouthLink } from '../entities/index.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { youthLinkRules } from '../rules/youthLink.js';

export const youthLinkCommands: MutationResolvers = {
  /**
   * The receiving end of the orders subgraph's replication: the youth's whole link (caseworker unit,
   * providers, mentors, orders, placed institutions), from its outbox, as the orders service itself.
   * Applied once and audited in the same transaction (`receiveReplicated`).
   */
  async recordYouthLink(_, { input, sequence }, context) {
    requireReplicationFrom(context.principal, 'Mutation', 'recordYouthLink');
    assertRules([...youthLinkRules(input), ...violations(requireSequence(sequence))]);
    return receiveReplicated(context, { source: 'orders', mutation: 'recordYouthLink', youthId: input.youthId, sequence }, async (locked) => {
      await locked.upsert(
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
    });
  },
};

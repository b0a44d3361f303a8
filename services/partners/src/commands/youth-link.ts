import { applyOnce, assertRules, AuditTrail, AuditUnavailable, auditUnavailable, inTransaction, outboxRequestId, requireSequence, violations } from '@mentor/common';
import { requireReplicationFrom } from '../access/index.js';
import { YouthLink } from '../entities/index.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { youthLinkRules } from '../rules/youthLink.js';

/** The audit field of a replicated change. */
export const RECORD_YOUTH_LINK = 'Mutation.recordYouthLink';

export const youthLinkCommands: MutationResolvers = {
  /**
   * The receiving end of the orders subgraph's replication: the youth's whole link (caseworker unit,
   * providers, mentors, orders, placed institutions), from its outbox, as the orders service itself.
   * Applied once (`applyOnce`): a repeat or an older event changes nothing and answers true, so the
   * relay counts it as delivered. Audited in its transaction with the service as the actor, under
   * the event's outbox id (from the signed body, never a header).
   */
  async recordYouthLink(_, { input, sequence }, { db, identity, principal, log }) {
    requireReplicationFrom(principal, 'Mutation', 'recordYouthLink');
    assertRules([...youthLinkRules(input), ...violations(requireSequence(sequence))]);
    const source = 'orders';
    const audit = new AuditTrail(db, identity, outboxRequestId(source, sequence));
    audit.purpose = `replication from ${source} (mutation recordYouthLink)`;
    try {
      const outcome = await inTransaction(db, (manager) =>
        applyOnce(manager, { source, streamKey: input.youthId, sequence }, async (locked) => {
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
          await audit.storeWithin(locked, input.youthId, RECORD_YOUTH_LINK);
        }),
      );
      log.info({ youthId: input.youthId, sequence, applied: outcome.applied }, 'youth relations recorded');
      return true;
    } catch (error) {
      if (!(error instanceof AuditUnavailable)) throw error;
      log.error({ err: error.reason }, 'the audit record of a replicated change could not be stored; the change was not made');
      throw auditUnavailable();
    }
  },
};

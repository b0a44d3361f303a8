import { randomUUID } from 'node:crypto';
import { assertRules, assertVersion, claimIdempotencyKey, conflict, inTransaction } from '@mentor/common';
import { requireMayGiveFeedback } from '../access/index.js';
import { CollaborationFeedback } from '../entities/index.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { danishToday } from '../rules/dates.js';
import { feedbackRules } from '../rules/feedback.js';
import { requireOrderParty, type Peers } from './replication.js';
import { optionalTrimmed } from './text.js';

export function feedbackCommands(peers: Peers): MutationResolvers {
  return {
    /** Giving feedback again revises the organisation's earlier feedback on the order. */
    async giveCollaborationFeedback(_, { input }, context) {
      const { db, identity, log } = context;
      requireMayGiveFeedback(identity);
      assertRules(feedbackRules(input));
      // Only a party to the order rates the cooperation around it, or the success metrics' rating (rule 15) could be swayed by anyone.
      await requireOrderParty(peers, context, input.orderId);
      return inTransaction(db, async (manager) => {
        const existing = await manager
          .getRepository(CollaborationFeedback)
          .findOne({ where: { orderId: input.orderId, organisationId: identity.org }, lock: { mode: 'pessimistic_write' } });
        const id = existing?.id ?? randomUUID();
        const earlier = await claimIdempotencyKey(manager, { caller: identity.sub, key: input.idempotencyKey, operation: 'giveCollaborationFeedback', resultId: id });
        if (earlier) return manager.findOneByOrFail(CollaborationFeedback, { id: earlier });
        const revision = { rating: input.rating, comment: optionalTrimmed(input.comment), givenOn: danishToday(), givenBy: identity.sub };
        if (existing) {
          assertVersion(input.expectedVersion, existing.version, 'The feedback');
          await manager.update(CollaborationFeedback, { id }, { ...revision, version: existing.version + 1 });
        } else {
          if (input.expectedVersion !== null && input.expectedVersion !== undefined) throw conflict('There is no earlier feedback to revise');
          await manager.insert(CollaborationFeedback, { id, orderId: input.orderId, organisationId: identity.org, ...revision });
        }
        log.info({ feedbackId: id, orderId: input.orderId, revised: Boolean(existing) }, 'collaboration feedback given');
        return manager.findOneByOrFail(CollaborationFeedback, { id });
      });
    },
  };
}

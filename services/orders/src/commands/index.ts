import { AuditUnavailable, auditUnavailable } from '@mentor/common';
import type { EntityManager } from 'typeorm';
import type { Context } from '../context.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { recordEffectAssessment, recordFollowUp } from './follow-up.js';
import { publishSchedule } from './schedule.js';
import { logSession } from './session.js';
import {
  acceptOrder,
  assignMentor,
  cancelOrder,
  completeOrder,
  extendOrder,
  placeOrder,
  recordSpsClarification,
  rejectOrder,
  signAgreement,
} from './order.js';
import { auditWrites } from './support.js';
import { recordHomeVisitConsent, recordYouthRelations, registerYouth } from './youth.js';
import type { Peers } from '../replication.js';

type Mutation<I, R> = (input: I, context: Context, peers: Peers) => Promise<R>;
/** Whose case a mutation changed: the youth its audit record is filed under, read on the given connection. */
type YouthOf<I, R> = (input: I, result: R, db: Pick<EntityManager, 'query'>) => string | null | Promise<string | null>;

const ofOrder = async (_: unknown, record: { orderId: string }, db: Pick<EntityManager, 'query'>) =>
  ((await db.query('SELECT youth_id FROM mentor_order WHERE id = $1', [record.orderId])) as { youth_id: string }[])[0]?.youth_id ?? null;
const youthOfOrder = (_: unknown, order: { youthId: string }) => order.youthId;

/**
 * Each mutation takes one input object and runs in one transaction; what was loaded before it is
 * forgotten after it. A change to a youth's case is audited in its own transaction, before it
 * commits: when its record cannot be stored, nothing is changed and the answer is
 * `AUDIT_UNAVAILABLE`. An answer whose transaction stored no record is audited with the request's reads.
 */
function audited<I, R>(name: string, mutation: Mutation<I, R>, youthOf: YouthOf<I, R>, peers: Peers) {
  const field = `Mutation.${name}`;
  return async (_: unknown, args: { input: I }, context: Context): Promise<R> => {
    let recorded = false;
    const end = auditWrites(context, async (result, manager) => {
      const youthId = await youthOf(args.input, result as R, manager);
      if (!youthId) return;
      await context.audit.storeWithin(manager, youthId, field);
      recorded = true;
    });
    try {
      const result = await mutation(args.input, context, peers);
      if (!recorded) {
        const youthId = await youthOf(args.input, result, context.db);
        if (youthId) await context.audit.read(youthId, field, true);
      }
      return result;
    } catch (error) {
      if (!(error instanceof AuditUnavailable)) throw error;
      context.log.error({ err: error.reason }, 'the audit record of a change could not be stored; the change was not made');
      throw auditUnavailable();
    } finally {
      end();
      context.loaders.clearAll();
    }
  };
}

/** The Mutation resolvers: every command, audited. */
export function createMutation(peers: Peers): MutationResolvers {
  return {
    registerYouth: audited('registerYouth', registerYouth, (_, youth) => youth.id, peers),
    placeOrder: audited('placeOrder', placeOrder, youthOfOrder, peers),
    acceptOrder: audited('acceptOrder', acceptOrder, youthOfOrder, peers),
    rejectOrder: audited('rejectOrder', rejectOrder, youthOfOrder, peers),
    assignMentor: audited('assignMentor', assignMentor, youthOfOrder, peers),
    signAgreement: audited('signAgreement', signAgreement, youthOfOrder, peers),
    publishSchedule: audited('publishSchedule', publishSchedule, ofOrder, peers),
    logSession: audited('logSession', logSession, ofOrder, peers),
    recordFollowUp: audited('recordFollowUp', recordFollowUp, ofOrder, peers),
    recordEffectAssessment: audited('recordEffectAssessment', recordEffectAssessment, ofOrder, peers),
    recordSpsClarification: audited('recordSpsClarification', recordSpsClarification, youthOfOrder, peers),
    extendOrder: audited('extendOrder', extendOrder, youthOfOrder, peers),
    completeOrder: audited('completeOrder', completeOrder, youthOfOrder, peers),
    cancelOrder: audited('cancelOrder', cancelOrder, youthOfOrder, peers),
    recordHomeVisitConsent: audited('recordHomeVisitConsent', recordHomeVisitConsent, (_, youth) => youth.id, peers),
    // Replication from partners' outbox: audited in its own transaction, with the service as the actor.
    recordYouthRelations: (_, args, context) => recordYouthRelations(args.input, args.sequence, context),
  };
}

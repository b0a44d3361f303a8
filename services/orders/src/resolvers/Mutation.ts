import type { OrdersContext } from '../context.js';
import { logSession, publishSchedule, recordEffectAssessment, recordFollowUp } from '../mutations/delivery.js';
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
} from '../mutations/orders.js';
import { recordYouthRelations } from '../mutations/relations.js';
import { recordHomeVisitConsent, registerYouth } from '../mutations/youths.js';
import type { Peers } from '../replication.js';

type Mutation<I, R> = (input: I, context: OrdersContext, peers: Peers) => Promise<R>;
/** Whose case a mutation changed: the youth its audit record is filed under. */
type YouthOf<I, R> = (input: I, result: R, context: OrdersContext) => string | null | Promise<string | null>;

const ofOrder = async (_: unknown, record: { orderId: string }, { loaders }: OrdersContext) => (await loaders.orderFacts.load(record.orderId))?.youthId ?? null;
const youthOfOrder = (_: unknown, order: { youthId: string }) => order.youthId;

/**
 * Each mutation takes one input object and runs in one transaction; what was loaded before it is
 * forgotten after it. A change to a youth's case is audited like a read, once it is committed: it
 * joins the request's audit records, stored in one INSERT when the operation is done (the audit
 * table lives on another connection, and holding the transaction open for it could exhaust the
 * pool under load). When they cannot be stored, the change stays committed but the response
 * carries no data, only the error.
 */
function audited<I, R>(name: string, mutation: Mutation<I, R>, youthOf: YouthOf<I, R>, peers: Peers) {
  return async (_: unknown, args: { input: I }, context: OrdersContext): Promise<R> => {
    try {
      const result = await mutation(args.input, context, peers);
      const youthId = await youthOf(args.input, result, context);
      if (youthId) await context.audit.read(youthId, `Mutation.${name}`, true);
      return result;
    } finally {
      context.loaders.clearAll();
    }
  };
}

export function createMutation(peers: Peers) {
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
    recordYouthRelations: audited('recordYouthRelations', recordYouthRelations, (input) => input.youthId, peers),
  };
}

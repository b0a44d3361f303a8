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
import { registerYouth } from '../mutations/youths.js';

/** Each mutation takes one input object and runs in one transaction; what was loaded before it is forgotten after it. */
function withInput<I, R>(mutation: (input: I, context: OrdersContext) => Promise<R>) {
  return async (_: unknown, args: { input: I }, context: OrdersContext) => {
    try {
      return await mutation(args.input, context);
    } finally {
      context.loaders.clearAll();
    }
  };
}

export const Mutation = {
  registerYouth: withInput(registerYouth),
  placeOrder: withInput(placeOrder),
  acceptOrder: withInput(acceptOrder),
  rejectOrder: withInput(rejectOrder),
  assignMentor: withInput(assignMentor),
  signAgreement: withInput(signAgreement),
  publishSchedule: withInput(publishSchedule),
  logSession: withInput(logSession),
  recordFollowUp: withInput(recordFollowUp),
  recordEffectAssessment: withInput(recordEffectAssessment),
  recordSpsClarification: withInput(recordSpsClarification),
  extendOrder: withInput(extendOrder),
  completeOrder: withInput(completeOrder),
  cancelOrder: withInput(cancelOrder),
};

import { startSignedStub, TEST_SIGNING_SECRET, type SignedCall } from '@mentor/testkit';

export type RecordedCall = SignedCall;

export interface OrdersStub {
  url: string;
  /** Every correctly signed call that tells orders something, in order. */
  calls: RecordedCall[];
  /** The order ids `order(id)` was asked for, in order. */
  orderQueries: string[];
  /** Calls refused for a missing or wrong signature. */
  refused: number;
  /** An error code to answer the next calls with instead of success (e.g. FORBIDDEN), or null. */
  answerWith: string | null;
  /** Orders `order(id)` answers null for, as for a caller who does not take part in them; every other id is answered. */
  hiddenOrders: Set<string>;
  stop(): Promise<void>;
}

/** A stand-in for the orders subgraph: checks the signature like a subgraph does and records what it is told. */
export async function startOrdersStub(secret = TEST_SIGNING_SECRET): Promise<OrdersStub> {
  const calls: RecordedCall[] = [];
  let answerWith: string | null = null;
  const hiddenOrders = new Set<string>();
  const orderQueries: string[] = [];
  const signed = await startSignedStub((call) => {
    if (answerWith) return { data: null, errors: [{ message: 'refused by the stub', extensions: { code: answerWith } }] };
    if (call.query.includes('query OrderOfCaller')) {
      const id = call.variables.id as string;
      orderQueries.push(id);
      return { data: { order: hiddenOrders.has(id) ? null : { id } } };
    }
    calls.push(call);
    return { data: { recordYouthRelations: true } };
  }, secret);
  return {
    url: signed.url,
    calls,
    hiddenOrders,
    orderQueries,
    get refused() {
      return signed.refused;
    },
    get answerWith() {
      return answerWith;
    },
    set answerWith(code: string | null) {
      answerWith = code;
    },
    stop: signed.stop,
  };
}

export { deadUrl } from '@mentor/testkit';

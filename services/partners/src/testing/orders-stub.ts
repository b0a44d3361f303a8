import { startSignedStub, TEST_SIGNING_SECRET, type SignedCall } from '@mentor/testkit';

export type RecordedCall = SignedCall;

export interface OrdersStub {
  url: string;
  /** Every replication call from the partners service as itself (a valid service principal signature), in order. */
  calls: RecordedCall[];
  /** The order ids `order(id)` was asked for, in order. */
  orderQueries: string[];
  /** Calls refused for a missing or wrong signature (or a service principal other than partners). */
  refused: number;
  /** Calls to recordYouthRelations with a user's token: refused FORBIDDEN, as orders refuses them. */
  userReplications: number;
  /** An error code to answer the next calls with instead of success (e.g. FORBIDDEN), or null. */
  answerWith: string | null;
  /** Orders `order(id)` answers null for, as for a caller who does not take part in them; every other id is answered. */
  hiddenOrders: Set<string>;
  stop(): Promise<void>;
}

/**
 * A stand-in for the orders subgraph: checks the signature like a subgraph does and records what it
 * is told. Questions on a user's behalf (`order(id)`) come signed like the gateway's; replication
 * (`recordYouthRelations`) only from the partners service as itself.
 */
export async function startOrdersStub(secret = TEST_SIGNING_SECRET): Promise<OrdersStub> {
  let userReplications = 0;
  const calls: RecordedCall[] = [];
  let answerWith: string | null = null;
  const hiddenOrders = new Set<string>();
  const orderQueries: string[] = [];
  const refuse = (code: string) => ({ data: null, errors: [{ message: 'refused by the stub', extensions: { code } }] });
  const signed = await startSignedStub(
    (call) => {
      if (answerWith) return refuse(answerWith);
      if (call.principal === null) {
        if (call.query.includes('query OrderOfCaller')) {
          const id = call.variables.id as string;
          orderQueries.push(id);
          return { data: { order: hiddenOrders.has(id) ? null : { id } } };
        }
        userReplications++;
        return refuse('FORBIDDEN');
      }
      if (!call.query.includes('recordYouthRelations(')) return refuse('FORBIDDEN');
      calls.push(call);
      return { data: { recordYouthRelations: true } };
    },
    secret,
    { service: 'partners' },
  );
  return {
    url: signed.url,
    calls,
    hiddenOrders,
    orderQueries,
    get refused() {
      return signed.refused;
    },
    get userReplications() {
      return userReplications;
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

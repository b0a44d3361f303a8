import { isUuid, readPage, toConnection, type PageArgs } from '@mentor/common';
import type { Context } from '../context.js';
import type { OrderRelation } from '../loaders.js';

/** An entity owned by another subgraph, to which this one contributes the caller's orders. */
function contributedOrders(relation: OrderRelation) {
  return {
    __resolveReference: (reference: { id: string }) => (isUuid(reference.id) ? { id: reference.id } : null),
    async orders(parent: { id: string }, args: PageArgs, { loaders }: Context) {
      const page = readPage(args);
      const { rows, totalCount } = await loaders.ordersOf(relation, page).load(parent.id);
      return toConnection(rows, totalCount, page);
    },
  };
}

export const Provider = contributedOrders('provider');
export const Mentor = contributedOrders('mentor');
export const Institution = contributedOrders('institution');

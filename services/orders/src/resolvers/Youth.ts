import { checkCpr, isUuid, readPage, toConnection, type PageArgs } from '@mentor/common';
import type { OrdersContext } from '../context.js';
import { ageGroupOf, ageOn, today } from '../dates.js';
import type { Youth as YouthRow } from '../entities/index.js';

export const Youth = {
  __resolveReference: (reference: { id: string }, { loaders }: OrdersContext) => (isUuid(reference.id) ? loaders.youth.load(reference.id) : null),
  ageGroup: (youth: YouthRow) => ageGroupOf(ageOn(youth.birthDate, today())),
  cprCheckDigitValid: (youth: YouthRow) => checkCpr('cpr', youth.cpr).modulus11,
  async orders(youth: YouthRow, args: PageArgs, { loaders }: OrdersContext) {
    const page = readPage(args);
    const { rows, totalCount } = await loaders.ordersOf('youth', page).load(youth.id);
    return toConnection(rows, totalCount, page);
  },
};

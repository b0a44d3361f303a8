import { checkCpr, isUuid, readPage, toConnection, type PageArgs } from '@mentor/common';
import type { Context } from '../context.js';
import { ageGroupOf, ageOn, today } from '../dates.js';
import type { Youth as YouthRow } from '../entities/index.js';

/**
 * The youth of an id the client gives, scoped to the caller; an id outside the caller's relation
 * (or of no youth) is null and leaves a REFUSED record of the attempt, so enumeration is seen.
 */
export async function youthOrRefusal(id: string, attempt: string, context: Context) {
  if (!isUuid(id)) return null;
  const youth = await context.loaders.youth.load(id);
  if (!youth) context.audit.refuse(id, attempt);
  return youth;
}

export const Youth = {
  __resolveReference: (reference: { id: string }, context: Context) => youthOrRefusal(reference.id, 'Query._entities', context),
  ageGroup: (youth: YouthRow) => ageGroupOf(ageOn(youth.birthDate, today())),
  cprCheckDigitValid: (youth: YouthRow) => checkCpr('cpr', youth.cpr).modulus11,
  async orders(youth: YouthRow, args: PageArgs, { loaders }: Context) {
    const page = readPage(args);
    const { rows, totalCount } = await loaders.ordersOf('youth', page).load(youth.id);
    return toConnection(rows, totalCount, page);
  },
};

import type { PartnersContext } from '../context.js';

interface YouthReference {
  id: string;
}

/** The orders subgraph owns the youth; these lists are scoped by the loaders to the caller's relation. */
export const Youth = {
  __resolveReference: (reference: YouthReference): YouthReference => ({ id: reference.id }),
  enrollments: (youth: YouthReference, _: unknown, { loaders }: PartnersContext) => loaders.enrollmentsByYouth.load(youth.id),
  youthGuide: (youth: YouthReference, _: unknown, { loaders }: PartnersContext) => loaders.youthGuideByYouth.load(youth.id),
  consents: (youth: YouthReference, _: unknown, { loaders }: PartnersContext) => loaders.consentsByYouth.load(youth.id),
};

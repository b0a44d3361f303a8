import type { YouthResolvers } from '../generated/resolvers.js';

/** The orders subgraph owns the youth; these lists are scoped by the loaders to the caller's relation. */
export const Youth: YouthResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  enrollments: (youth, _, { loaders }) => loaders.enrollmentsByYouth.load(youth.id),
  youthGuide: (youth, _, { loaders }) => loaders.youthGuideByYouth.load(youth.id),
  consents: (youth, _, { loaders }) => loaders.consentsByYouth.load(youth.id),
};

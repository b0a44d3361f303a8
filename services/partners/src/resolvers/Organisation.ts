import type { PartnersContext } from '../context.js';

export const Organisation = {
  __resolveReference: (reference: { id: string }, { loaders }: PartnersContext) => loaders.organisation.load(reference.id),
};

import type { OrganisationResolvers } from '../generated/resolvers.js';

export const Organisation: OrganisationResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.organisation.load(reference.id),
};

import { isUuid, readPage, toConnection } from '@mentor/common';
import type { ProviderResolvers } from '../generated/resolvers.js';
import { loadExisting } from '../loaders.js';

export const Provider: ProviderResolvers = {
  /** Providers are public business data: every authenticated role resolves them. */
  __resolveReference: (reference, context) => (isUuid(reference.id) ? context.loaders.providerById.load(reference.id) : null),
  async mentors(provider, args, context) {
    const page = readPage(args);
    const { mentorIds, totalCount } = await context.loaders.mentorPageByProvider.load({ providerId: provider.id, ...page });
    return toConnection(await loadExisting(context.loaders.mentorById, mentorIds), totalCount, page);
  },
  experienceReports: (provider, _, context) => context.loaders.experienceReportsByProvider.load(provider.id),
};

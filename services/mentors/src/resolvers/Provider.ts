import { isUuid, readPage, toConnection, type PageArgs } from '@mentor/common';
import type { Context } from '../context.js';
import type { Provider as ProviderRow } from '../entities/index.js';
import { loadExisting } from '../loaders.js';

export const Provider = {
  /** Providers are public business data: every authenticated role resolves them. */
  __resolveReference: (reference: { id: string }, context: Context) => (isUuid(reference.id) ? context.loaders.providerById.load(reference.id) : null),
  async mentors(provider: ProviderRow, args: PageArgs, context: Context) {
    const page = readPage(args);
    const { mentorIds, totalCount } = await context.loaders.mentorPageByProvider.load({ providerId: provider.id, ...page });
    return toConnection(await loadExisting(context.loaders.mentorById, mentorIds), totalCount, page);
  },
  experienceReports: (provider: ProviderRow, _: unknown, context: Context) => context.loaders.experienceReportsByProvider.load(provider.id),
};

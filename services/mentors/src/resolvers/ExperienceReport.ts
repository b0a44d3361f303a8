import type { ExperienceReportResolvers } from '../generated/resolvers.js';
import { loadReferenced } from '../loaders.js';
import { experienceReportDueOn } from '../rules/experienceReport.js';

export const ExperienceReport: ExperienceReportResolvers = {
  provider: (report, _, context) => loadReferenced(context.loaders.providerById, report.providerId, 'Provider'),
  dueOn: (report) => experienceReportDueOn(report.year),
};

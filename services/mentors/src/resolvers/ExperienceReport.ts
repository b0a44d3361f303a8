import type { Context } from '../context.js';
import type { ExperienceReport as ExperienceReportRow } from '../entities/index.js';
import { experienceReportDueOn } from '../rules/experienceReport.js';

export const ExperienceReport = {
  provider: (report: ExperienceReportRow, _: unknown, context: Context) => context.loaders.providerById.load(report.providerId),
  dueOn: (report: ExperienceReportRow) => experienceReportDueOn(report.year),
};

import { randomUUID } from 'node:crypto';
import { assertRules, assertVersion, claimIdempotencyKey, conflict, inTransaction, isUniqueViolation, violations } from '@mentor/common';
import { requireExperienceReportAuthor } from '../access/index.js';
import { ExperienceReport, Provider } from '../entities/index.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { todayInDenmark } from '../rules/dates.js';
import { agreementOf, experienceReportViolations, reportingYearViolation } from '../rules/experienceReport.js';
import { found, trimmedList } from './support.js';

export const experienceReportCommands = {
  /** Saves the provider's report for a year as a draft, or submits it; a submitted report is final. */
  async submitExperienceReport(_, { input }, context) {
    requireExperienceReportAuthor(context.identity, input.providerId);
    const today = todayInDenmark();
    const values = { themes: trimmedList(input.themes), text: input.text.trim() };
    assertRules(experienceReportViolations({ ...input, ...values }, today));
    const publish = input.publish ?? true;
    const report = await inTransaction(context.db, async (manager) => {
      const provider = await found(manager, Provider, input.providerId, 'Provider');
      assertRules(violations(reportingYearViolation(agreementOf(provider), input.year)));
      const existing = await manager
        .getRepository(ExperienceReport)
        .findOne({ where: { providerId: input.providerId, year: input.year }, lock: { mode: 'pessimistic_write' } });
      const id = existing?.id ?? randomUUID();
      const previous = await claimIdempotencyKey(manager, { caller: context.identity.sub, key: input.idempotencyKey, operation: 'submitExperienceReport', resultId: id });
      if (previous) return found(manager, ExperienceReport, previous, 'ExperienceReport');
      const submission = { ...values, published: publish, submittedOn: publish ? today : null };
      if (!existing) {
        try {
          await manager.insert(ExperienceReport, { id, providerId: input.providerId, year: input.year, ...submission, version: 1 });
        } catch (error) {
          if (isUniqueViolation(error, 'UQ_experience_report_provider_year')) {
            throw conflict(`An experience report for ${input.year} was saved at the same time; reload and try again`);
          }
          throw error;
        }
      } else {
        if (existing.published) throw conflict(`The experience report for ${input.year} has been submitted; a submitted report is final`);
        assertVersion(input.expectedVersion, existing.version, 'The draft');
        await manager.update(ExperienceReport, { id }, { ...submission, version: existing.version + 1 });
      }
      return found(manager, ExperienceReport, id, 'ExperienceReport');
    });
    context.loaders.experienceReportsByProvider.clear(report.providerId);
    return report;
  },
} satisfies MutationResolvers;

import { dueListProvider } from '../access/index.js';
import { Certification, ExperienceReport, Screening } from '../entities/index.js';
import type { DueListResolvers } from '../generated/resolvers.js';
import { certificationsDueForRenewal } from '../rules/certification.js';
import { todayInDenmark } from '../rules/dates.js';
import { agreementOf, experienceReportsDue, type ExperienceReportDue } from '../rules/experienceReport.js';
import { screeningsDueForRenewal } from '../rules/screening.js';

/** The list as the orders subgraph keys it: the caller's organisation. Only the id is read from a representation. */
export interface DueListReference {
  id: string;
}

/** An experience report the provider owes, with the provider it is owed by. */
export interface ExperienceReportDueRow extends ExperienceReportDue {
  providerId: string;
}

export const DueList: DueListResolvers = {
  /** Every caller gets the list: its fields here are empty unless the caller coordinates the provider it names. */
  __resolveReference: (reference): DueListReference => ({ id: String(reference.id) }),

  async expiringCertifications(list, _, context) {
    const providerId = dueListProvider(context.identity, list.id);
    if (!providerId) return [];
    const today = todayInDenmark();
    // Only certifications still valid can be expiring; the rule picks the one valid longest per mentor and kind.
    const certifications = await context.db
      .getRepository(Certification)
      .createQueryBuilder('certification')
      .innerJoin('certification.mentor', 'mentor')
      .where('mentor.providerId = :providerId', { providerId })
      .andWhere(`mentor.status = 'ACTIVE'`)
      .andWhere('certification.validUntil >= :today', { today })
      .getMany();
    return certificationsDueForRenewal(certifications, today);
  },

  async screeningsDue(list, _, context) {
    const providerId = dueListProvider(context.identity, list.id);
    if (!providerId) return [];
    const screenings = await context.db
      .getRepository(Screening)
      .createQueryBuilder('screening')
      .innerJoin('screening.mentor', 'mentor')
      .where('mentor.providerId = :providerId', { providerId })
      .andWhere(`mentor.status = 'ACTIVE'`)
      .getMany();
    return screeningsDueForRenewal(screenings, todayInDenmark());
  },

  async experienceReportsDue(list, _, context) {
    const providerId = dueListProvider(context.identity, list.id);
    if (!providerId) return [];
    const provider = await context.loaders.providerById.load(providerId);
    if (!provider) return [];
    const submitted = await context.db
      .getRepository(ExperienceReport)
      .createQueryBuilder('report')
      .select('report.year', 'year')
      .where('report.providerId = :providerId', { providerId })
      .andWhere('report.submittedOn IS NOT NULL')
      .getRawMany<{ year: number }>();
    const years = submitted.map((row) => row.year);
    return experienceReportsDue(agreementOf(provider), years, todayInDenmark()).map((report) => ({ providerId, ...report }));
  },
};

import { dueListProvider } from '../access.js';
import type { Context } from '../context.js';
import { Certification, ExperienceReport, Screening } from '../entities/index.js';
import { certificationsDueForRenewal } from '../rules/certification.js';
import { todayInDenmark } from '../rules/dates.js';
import { agreementOf, experienceReportsDue } from '../rules/experienceReport.js';
import { screeningsDueForRenewal } from '../rules/screening.js';

/** The list as the orders subgraph keys it: the caller's organisation. Only the id is read from a representation. */
interface DueListReference {
  id: string;
}

export const DueList = {
  /** Every caller gets the list: its fields here are empty unless the caller coordinates the provider it names. */
  __resolveReference: (reference: DueListReference): DueListReference => ({ id: String(reference.id) }),

  async expiringCertifications(list: DueListReference, _: unknown, context: Context) {
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

  async screeningsDue(list: DueListReference, _: unknown, context: Context) {
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

  async experienceReportsDue(list: DueListReference, _: unknown, context: Context) {
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

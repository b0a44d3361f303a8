import type { Context } from '../context.js';
import type { Certification as CertificationRow } from '../entities/index.js';
import { certificationStatus } from '../rules/certification.js';
import { todayInDenmark } from '../rules/dates.js';

export const Certification = {
  mentor: (certification: CertificationRow, _: unknown, context: Context) => context.loaders.mentorById.load(certification.mentorId),
  status: (certification: CertificationRow) => certificationStatus(certification.validUntil, todayInDenmark()),
};

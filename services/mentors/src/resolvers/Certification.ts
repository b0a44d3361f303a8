import type { CertificationResolvers } from '../generated/resolvers.js';
import { loadReferenced } from '../loaders.js';
import { certificationStatus } from '../rules/certification.js';
import { todayInDenmark } from '../rules/dates.js';

export const Certification: CertificationResolvers = {
  mentor: (certification, _, context) => loadReferenced(context.loaders.mentorById, certification.mentorId, 'Mentor'),
  status: (certification) => certificationStatus(certification.validUntil, todayInDenmark()),
};

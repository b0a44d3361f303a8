import type { EnrollmentResolvers } from '../generated/resolvers.js';

export const Enrollment: EnrollmentResolvers = {
  youth: (enrollment) => ({ id: enrollment.youthId }),
  async institution(enrollment, _, { loaders }) {
    const institution = await loaders.institution.load(enrollment.institutionId);
    // The foreign key keeps every enrollment's institution; a missing one is a fault, not a reader's concern.
    if (!institution) throw new Error(`Enrollment ${enrollment.id} has no institution`);
    return institution;
  },
  attendanceConcerns: (enrollment, _, { loaders }) => loaders.attendanceConcernsByEnrollment.load(enrollment.id),
};

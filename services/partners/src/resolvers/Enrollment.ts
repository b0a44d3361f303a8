import type { PartnersContext } from '../context.js';
import type { Enrollment as EnrollmentRow } from '../entities/Enrollment.js';

export const Enrollment = {
  youth: (enrollment: EnrollmentRow) => ({ id: enrollment.youthId }),
  institution: (enrollment: EnrollmentRow, _: unknown, { loaders }: PartnersContext) => loaders.institution.load(enrollment.institutionId),
  attendanceConcerns: (enrollment: EnrollmentRow, _: unknown, { loaders }: PartnersContext) => loaders.attendanceConcernsByEnrollment.load(enrollment.id),
};

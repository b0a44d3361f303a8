import { subgraphCodegen } from '../../codegen.base.js';

/** Which entity or parent shape each object type's resolvers receive. */
export default subgraphCodegen({
  Organisation: '../entities/index.js#Organisation as OrganisationRow',
  Institution: '../entities/index.js#Institution as InstitutionRow',
  Enrollment: '../entities/index.js#Enrollment as EnrollmentRow',
  AttendanceConcern: '../entities/index.js#AttendanceConcern as AttendanceConcernRow',
  YouthGuideAssignment: '../entities/index.js#YouthGuideAssignment as YouthGuideAssignmentRow',
  Consent: '../entities/index.js#Consent as ConsentRow',
  CollaborationFeedback: '../entities/index.js#CollaborationFeedback as CollaborationFeedbackRow',
  Youth: '../entities/index.js#YouthReference',
  AuditLog: '../entities/index.js#AuditLogReference',
});

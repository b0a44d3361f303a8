import { subgraphCodegen } from '../../codegen.base.js';

/** Which entity or parent shape each object type's resolvers receive. */
export default subgraphCodegen({
  Youth: '../entities/index.js#Youth as YouthEntity',
  Order: '../entities/index.js#Order as OrderEntity',
  MentorAgreement: '../entities/index.js#MentorAgreement as MentorAgreementEntity',
  Schedule: '../entities/index.js#Schedule as ScheduleEntity',
  ScheduleEntry: '../resolvers/parents.js#ScheduleEntryParent',
  MentorSession: '../entities/index.js#MentorSession as MentorSessionEntity',
  FollowUp: '../entities/index.js#FollowUp as FollowUpEntity',
  EffectAssessment: '../entities/index.js#EffectAssessment as EffectAssessmentEntity',
  OrderExtension: '../entities/index.js#OrderExtension as OrderExtensionEntity',
  ServiceStandard: '../entities/index.js#ServiceStandard as ServiceStandardEntity',
  WeekDelivery: '../resolvers/parents.js#WeekDeliveryParent',
  SpsClarification: '../resolvers/parents.js#SpsClarificationParent',
  Outcome: '../resolvers/parents.js#OutcomeParent',
  Provider: '../resolvers/parents.js#ReferenceParent',
  Mentor: '../resolvers/parents.js#ReferenceParent',
  Institution: '../resolvers/parents.js#ReferenceParent',
  AuditLog: '../resolvers/parents.js#AuditLogParent',
  DueList: '../resolvers/parents.js#DueListParent',
});

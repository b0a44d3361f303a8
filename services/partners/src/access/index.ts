/** The partners subgraph's authorization: what the rest of the service imports to decide who sees and does what. */
export { mutationMatrix, partnerRoles, readersOf, readMatrix, serviceAccess, type ServiceField, type FieldGroup, type Grant, type MutationName, type ObjectTypeName, type Readers, type Relation } from './matrix.js';
export { permissions, ruleTree } from './permissions.js';
export * from './require.js';
export {
  consentScope,
  enrollmentScope,
  feedbackScope,
  isKuiStaff,
  mayReadAuditLog,
  mayReadCollaborationRatings,
  maySeeConsent,
  maySeeConsents,
  maySeeEnrollment,
  maySeeEnrollments,
  maySeeFeedback,
  maySeeInstitutionEnrollments,
  maySeeYouthGuide,
  maySeeYouthGuideAssignment,
  mayUseRelation,
  noRelations,
  sharedConsentKinds,
  youthGuideScope,
  type RelationFacts,
  type Scope,
  type YouthRelations,
} from './scope.js';

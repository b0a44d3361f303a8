/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptOrderInput = {
  expectedVersion?: number | null | undefined;
  orderId: string | number;
};

export type AgeGroup =
  | 'AGE_13_17'
  | 'AGE_18_25'
  | 'AGE_26_29'
  | 'AGE_30_PLUS';

export type AssignMentorInput = {
  expectedVersion?: number | null | undefined;
  mentorId: string | number;
  orderId: string | number;
};

/** How a read of a youth's personal data went: every field allowed, every field denied, some of each, or the youth itself refused. */
export type AuditOutcome =
  | 'ALLOWED'
  | 'DENIED'
  | 'PARTIAL'
  /** The youth was out of the caller's reach: an id tried (youth(id), an entity reference) and refused (afvist opslag). */
  | 'REFUSED';

export type CancelOrderInput = {
  expectedVersion?: number | null | undefined;
  orderId: string | number;
  reason: string;
};

export type CertificationStatus =
  | 'EXPIRED'
  /** Valid for 30 days or fewer. */
  | 'EXPIRING'
  | 'VALID';

export type CertifyMentorInput = {
  idempotencyKey?: string | null | undefined;
  /** The nearest manager's name. */
  issuedBy: string;
  issuedOn: string;
  kind: MentorKind;
  mentorId: string | number;
  taskDescription: string;
  validUntil: string;
};

export type CompleteOrderInput = {
  expectedVersion?: number | null | undefined;
  /** Required when the order is completed before its end date: the reason it ends early. */
  note?: string | null | undefined;
  orderId: string | number;
  /** COMPLETED_EDUCATION needs at least one logged session. */
  outcome: OutcomeKind;
  youthSatisfaction?: number | null | undefined;
};

export type DeliveryStatus =
  | 'ON_PLAN'
  | 'OVER'
  | 'UNDER';

export type EffectLevel =
  | 'CLEAR'
  | 'NONE'
  | 'SOME';

export type EnrollYouthInput = {
  expectedEndDate?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
  institutionId: string | number;
  programme: string;
  startDate: string;
  youthId: string | number;
};

export type EnrollmentStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'DROPPED_OUT'
  | 'TRANSFERRED';

export type ExtendOrderInput = {
  expectedVersion?: number | null | undefined;
  orderId: string | number;
  /** Required when the order would run beyond 2×3 months. */
  specialJustification?: string | null | undefined;
  /** Weeks to add. */
  weeks: number;
};

export type GiveCollaborationFeedbackInput = {
  comment?: string | null | undefined;
  /** Giving feedback again revises the organisation's earlier feedback on the order; pass its version to guard against a stale edit. */
  expectedVersion?: number | null | undefined;
  idempotencyKey?: string | null | undefined;
  orderId: string | number;
  rating: number;
};

export type GoalKind =
  /** Uddannelsesrettet */
  | 'EDUCATION'
  /** Beskæftigelsesrettet */
  | 'EMPLOYMENT';

/** The kinds of educational institution. */
export type InstitutionType =
  /** An adult education centre offering general adult education (VUC, avu). */
  | 'ADULT_EDUCATION'
  /** Any other institution; not orderable. */
  | 'OTHER'
  /** A production school (produktionsskole); not orderable. */
  | 'PRODUCTION_SCHOOL'
  /** A vocational school (erhvervsskole). */
  | 'VOCATIONAL';

export type LogSessionInput = {
  activities?: Array<string> | null | undefined;
  date: string;
  form: SessionForm;
  /** Unique per mentor: a repeat returns the first session. */
  idempotencyKey?: string | null | undefined;
  journalNote: string;
  minutes: number;
  orderId: string | number;
  phase: SessionPhase;
  place?: SessionPlace | null | undefined;
  specialReason?: string | null | undefined;
};

export type MentorKind =
  /** Virksomhedsmentor: an employee bought out from a company */
  | 'COMPANY'
  /** Udskrivningskoordinator: discharge from psychiatry */
  | 'DISCHARGE_COORDINATOR'
  /** Faglig mentor */
  | 'PROFESSIONAL'
  /** Udslusningskoordinator: release from prison */
  | 'RELEASE_COORDINATOR'
  /** Social mentor */
  | 'SOCIAL'
  /** Studiestartskoordinator */
  | 'STUDY_START_COORDINATOR'
  /** Frivillig mentor */
  | 'VOLUNTEER';

export type MentorStatus =
  | 'ACTIVE'
  | 'INACTIVE';

export type OrderStatus =
  | 'ACCEPTED'
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'PLACED'
  | 'REJECTED';

export type OutcomeKind =
  | 'COMPLETED_EDUCATION'
  | 'DROPPED_OUT'
  | 'OTHER'
  | 'TRANSFERRED_TO_OTHER_PLAN';

export type PlaceOrderInput = {
  deliveryMunicipalityCode: string;
  goal: string;
  goalKind: GoalKind;
  idempotencyKey?: string | null | undefined;
  institutionId: string | number;
  /** Defaults to the youth's legal basis. */
  legalBasis?: string | null | undefined;
  /**
   * The ordering municipality is the caseworker's unit's, and its service standard in force on startDate applies. A value
   * other than the unit's municipality code is refused.
   * @deprecated The ordering municipality follows from the caseworker's unit; leave it out.
   */
  orderingMunicipalityCode?: string | null | undefined;
  /** Required when the youth already has a PLACED, ACCEPTED or ACTIVE order overlapping this one's period: why a second support is needed. */
  overlapJustification?: string | null | undefined;
  providerId: string | number;
  requestedActivities: Array<string>;
  spsClarification?: SpsClarificationInput | null | undefined;
  startDate: string;
  /** Defaults to the youth's target group. */
  targetGroup?: TargetGroup | null | undefined;
  tasks: Array<string>;
  weeklyHours: number;
  weeks: number;
  youthId: string | number;
};

export type Progression =
  | 'NONE'
  | 'SETBACK'
  | 'SIGNIFICANT'
  | 'SOME';

export type PublishScheduleInput = {
  entries: Array<ScheduleEntryInput>;
  idempotencyKey?: string | null | undefined;
  kind: ScheduleKind;
  orderId: string | number;
  validFrom: string;
  validTo: string;
};

export type Recommendation =
  | 'CONTINUE_LOWER_INTENSITY'
  | 'CONTINUE_SAME_INTENSITY'
  | 'END_AS_PLANNED'
  | 'END_EARLY'
  | 'EXTEND';

export type RecordConsentInput = {
  /** The organisation the youth consents to share with. */
  bodyId: string | number;
  givenOn: string;
  idempotencyKey?: string | null | undefined;
  scope: string;
  youthId: string | number;
};

export type RecordEffectAssessmentInput = {
  assessment: string;
  date: string;
  effect: EffectLevel;
  idempotencyKey?: string | null | undefined;
  orderId: string | number;
  recommendation: Recommendation;
};

export type RecordFollowUpInput = {
  date: string;
  idempotencyKey?: string | null | undefined;
  nextStep: string;
  orderId: string | number;
  progression: Progression;
  statusAssessment: string;
};

export type RecordHomeVisitConsentInput = {
  /** True when the youth agrees to meet the mentor at home; false withdraws it. */
  consent: boolean;
  expectedVersion?: number | null | undefined;
  youthId: string | number;
};

export type RecordScreeningInput = {
  /** Defaults to the caller's name. */
  checkedBy?: string | null | undefined;
  checkedOn: string;
  idempotencyKey?: string | null | undefined;
  kind: ScreeningKind;
  mentorId: string | number;
  result: ScreeningResult;
};

export type RecordSpsClarificationInput = {
  clarifiedOn: string;
  expectedVersion?: number | null | undefined;
  orderId: string | number;
  text: string;
};

export type RecordTrainingInput = {
  givenBy: string;
  heldOn: string;
  hours: number;
  idempotencyKey?: string | null | undefined;
  mentorId: string | number;
  topic: string;
};

export type RegisterMentorInput = {
  capacityHoursPerWeek: number;
  email?: string | null | undefined;
  firstName: string;
  idempotencyKey?: string | null | undefined;
  kind: MentorKind;
  languages: Array<string>;
  lastName: string;
  /** At least one of phone and email. */
  phone?: string | null | undefined;
  providerId: string | number;
  targetGroups: Array<string>;
};

export type RegisterYouthInput = {
  address: string;
  caseNotes?: string | null | undefined;
  /** DDMMYY-SSSS; the birth date is derived from it. */
  cpr: string;
  email?: string | null | undefined;
  firstName: string;
  healthNotes?: string | null | undefined;
  /** A repeat with the same key from the same caller returns the first result. */
  idempotencyKey?: string | null | undefined;
  lastName: string;
  legalBasis: string;
  phone?: string | null | undefined;
  specialNeeds?: string | null | undefined;
  targetGroup: TargetGroup;
  youthGuideId?: string | number | null | undefined;
};

export type RejectOrderInput = {
  expectedVersion?: number | null | undefined;
  orderId: string | number;
  reason: string;
};

export type ReportAttendanceConcernInput = {
  description: string;
  enrollmentId: string | number;
  idempotencyKey?: string | null | undefined;
  reportedOn: string;
};

export type ScheduleEntryInput = {
  activity: string;
  date: string;
  /** HH:MM */
  endTime: string;
  place: string;
  /** HH:MM */
  startTime: string;
};

export type ScheduleKind =
  | 'MONTHLY'
  | 'WEEKLY';

export type ScreeningKind =
  /** Børneattest */
  | 'CHILD_PROTECTION'
  /** Straffeattest */
  | 'CRIMINAL_RECORD';

export type ScreeningResult =
  | 'CLEAR'
  | 'NOT_CLEAR';

export type SessionForm =
  | 'DIGITAL'
  | 'IN_PERSON'
  | 'PHONE';

/** The journaling phases: outreach, the course itself, handover. */
export type SessionPhase =
  | 'COURSE'
  | 'HANDOVER'
  | 'OUTREACH';

export type SessionPlace =
  | 'CITY'
  | 'HOME'
  | 'INSTITUTION'
  | 'WORKPLACE';

export type SignAgreementInput = {
  /** Defaults to the service standard's complaint guidance. */
  complaintGuidance?: string | null | undefined;
  expectedVersion?: number | null | undefined;
  mentorContact: string;
  mentorName: string;
  orderId: string | number;
  /** Defaults to today. */
  signedOn?: string | null | undefined;
};

export type SpsClarificationInput = {
  clarifiedOn: string;
  text: string;
};

export type SubmitExperienceReportInput = {
  /** The draft's version when changing a saved draft. */
  expectedVersion?: number | null | undefined;
  idempotencyKey?: string | null | undefined;
  providerId: string | number;
  /** False saves a draft only the provider sees; true (the default) submits and publishes it. */
  publish?: boolean | null | undefined;
  text: string;
  themes: Array<string>;
  year: number;
};

/** Orders completed from `from` (the first day of a calendar quarter) to `to` (its last day), optionally of one provider or at one institution. */
export type SuccessFilter = {
  from: string;
  institutionId?: string | number | null | undefined;
  providerId?: string | number | null | undefined;
  to: string;
};

/** Target groups for mentor support (målgrupper), from the Gribskov service standard. */
export type TargetGroup =
  /** Aktivitetsparate kontanthjælpsmodtagere */
  | 'ACTIVITY_READY_CASH_BENEFIT'
  /** Førtidspensionister på vej tilbage til arbejdsmarkedet */
  | 'EARLY_RETIREMENT_PENSION'
  /** Fleksjobbere */
  | 'FLEX_JOB'
  /** Udlændinge efter integrationsloven */
  | 'FOREIGN_NATIONAL'
  /** Løsladelse fra fængsel (udslusningskoordinator) */
  | 'PRISON_RELEASE'
  /** Udskrivning fra psykiatrisk afdeling (udskrivningskoordinator) */
  | 'PSYCHIATRIC_DISCHARGE'
  /** Personer i ressourceforløb */
  | 'RESOURCE_COURSE'
  /** Sygedagpengemodtagere */
  | 'SICKNESS_BENEFIT'
  /** Enlige forsørgere på uddannelseshjælp med uddannelsespålæg */
  | 'SINGLE_PARENT_EDUCATION_ORDER'
  /** Udlændinge under 30 på ordinær uddannelse */
  | 'YOUNG_FOREIGN_NATIONAL_IN_EDUCATION'
  /** Unge under 30 ved overgang til ordinær uddannelse */
  | 'YOUTH_TRANSITION_TO_EDUCATION';

export type UpdateEnrollmentStatusInput = {
  endedOn: string;
  enrollmentId: string | number;
  expectedVersion?: number | null | undefined;
  /** COMPLETED, TRANSFERRED or DROPPED_OUT; an ended enrollment is not reopened. */
  status: EnrollmentStatus;
};

export type AuditorAuditLogQueryVariables = Exact<{
  youthId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type AuditorAuditLogQuery = { auditLog: { youthId: string, records: Array<{ at: string, userId: string, role: string, unit: string, fields: Array<string>, deniedFields: Array<string>, purpose: string, requestId: string, outcome: AuditOutcome }> | null, partnerRecords: Array<{ at: string, userId: string, role: string, unit: string, fields: Array<string>, deniedFields: Array<string>, purpose: string, requestId: string, outcome: AuditOutcome }> | null } | null };

export type AuditorAuditLogByCprQueryVariables = Exact<{
  cpr: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type AuditorAuditLogByCprQuery = { auditLogByCpr: { youthId: string, records: Array<{ at: string, userId: string, role: string, unit: string, fields: Array<string>, deniedFields: Array<string>, purpose: string, requestId: string, outcome: AuditOutcome }> | null, partnerRecords: Array<{ at: string, userId: string, role: string, unit: string, fields: Array<string>, deniedFields: Array<string>, purpose: string, requestId: string, outcome: AuditOutcome }> | null } | null };

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceOrderMutation = { placeOrder: { id: string, reference: string, status: OrderStatus, version: number, weeklyHours: number, weeks: number, totalHours: number, startDate: string, endDate: string } };

export type RecordFollowUpMutationVariables = Exact<{
  input: RecordFollowUpInput;
}>;


export type RecordFollowUpMutation = { recordFollowUp: { id: string, date: string, statusAssessment: string, progression: Progression, nextStep: string } };

export type RecordEffectAssessmentMutationVariables = Exact<{
  input: RecordEffectAssessmentInput;
}>;


export type RecordEffectAssessmentMutation = { recordEffectAssessment: { id: string, date: string, effect: EffectLevel, assessment: string, recommendation: Recommendation } };

export type RecordSpsClarificationMutationVariables = Exact<{
  input: RecordSpsClarificationInput;
}>;


export type RecordSpsClarificationMutation = { recordSpsClarification: { id: string, version: number, spsClarification: { text: string, clarifiedOn: string } | null } };

export type ExtendOrderMutationVariables = Exact<{
  input: ExtendOrderInput;
}>;


export type ExtendOrderMutation = { extendOrder: { id: string, version: number, weeks: number, endDate: string, totalHours: number } };

export type CompleteOrderMutationVariables = Exact<{
  input: CompleteOrderInput;
}>;


export type CompleteOrderMutation = { completeOrder: { id: string, status: OrderStatus, version: number, outcome: { kind: OutcomeKind, youthSatisfaction: number | null } | null } };

export type CancelOrderMutationVariables = Exact<{
  input: CancelOrderInput;
}>;


export type CancelOrderMutation = { cancelOrder: { id: string, status: OrderStatus, version: number, cancellationReason: string | null } };

export type CaseworkerRecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type CaseworkerRecordConsentMutation = { recordConsent: { id: string, scope: string, givenOn: string, current: boolean } };

export type CaseworkerGiveFeedbackMutationVariables = Exact<{
  input: GiveCollaborationFeedbackInput;
}>;


export type CaseworkerGiveFeedbackMutation = { giveCollaborationFeedback: { id: string, rating: number, comment: string | null, givenOn: string, version: number } };

export type CaseworkerOrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: OrderStatus | null | undefined;
}>;


export type CaseworkerOrdersQuery = { orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, reference: string, status: OrderStatus, startDate: string, endDate: string, weeklyHours: number, totalHours: number, deliveredHours: number, followUpDue: string | null, youth: { id: string, firstName: string | null, lastName: string | null } | null, provider: { id: string, name: string }, mentor: { id: string, name: string | null } | null, institution: { id: string, name: string } } }> } | null };

export type OrderPictureQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderPictureQuery = { order: { id: string, reference: string, status: OrderStatus, version: number, goalKind: GoalKind | null, goal: string | null, tasks: Array<string> | null, requestedActivities: Array<string> | null, targetGroup: TargetGroup | null, legalBasis: string | null, weeklyHours: number, weeks: number, totalHours: number, deliveredHours: number, startDate: string, endDate: string, deliveryMunicipalityCode: string, followUpDue: string | null, effectAssessmentDue: string | null, missedContactWeeks: Array<string>, rejectionReason: string | null, cancellationReason: string | null, youth: { id: string, firstName: string | null, lastName: string | null, cpr: string | null, ageGroup: AgeGroup | null, phone: string | null, email: string | null, specialNeeds: string | null, homeVisitConsent: boolean | null } | null, provider: { id: string, name: string }, mentor: { id: string, name: string | null, phone: string | null, email: string | null, certificationStatus: CertificationStatus | null } | null, institution: { id: string, name: string, address: string }, spsClarification: { text: string, clarifiedOn: string } | null, agreement: { signedOn: string, mentorName: string, mentorContact: string, complaintGuidance: string } | null, schedules: Array<{ id: string, kind: ScheduleKind, validFrom: string, validTo: string, entries: Array<{ id: string, date: string, startTime: string, endTime: string, hours: number, place: string, activity: string, duringTeachingHours: boolean }> }> | null, weeklyReconciliation: Array<{ weekStart: string, weekEnd: string, plannedHours: number, deliveredHours: number, difference: number, status: DeliveryStatus, scheduled: boolean }>, sessions: { totalCount: number, edges: Array<{ node: { id: string, date: string, minutes: number, form: SessionForm, place: SessionPlace | null, phase: SessionPhase, activities: Array<string>, journalNote: string | null, mentor: { name: string | null } } }> } | null, followUps: Array<{ id: string, date: string, statusAssessment: string, progression: Progression, nextStep: string }> | null, effectAssessments: Array<{ id: string, date: string, effect: EffectLevel, assessment: string, recommendation: Recommendation }> | null, extensions: Array<{ id: string, weeks: number, previousEndDate: string, newEndDate: string, specialJustification: string | null, grantedAt: string }>, outcome: { kind: OutcomeKind, youthSatisfaction: number | null, note: string | null, recordedAt: string } | null } | null };

export type CaseworkerDueListQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseworkerDueListQuery = { dueList: { id: string, followUpsDue: Array<{ id: string, reference: string, followUpDue: string | null, endDate: string, youth: { id: string, firstName: string | null, lastName: string | null } | null }>, effectAssessmentsDue: Array<{ id: string, reference: string, effectAssessmentDue: string | null, endDate: string, youth: { id: string, firstName: string | null, lastName: string | null } | null }>, underDelivering: Array<{ id: string, reference: string, deliveredHours: number, totalHours: number, youth: { id: string, firstName: string | null, lastName: string | null } | null }>, missedWeeklyContacts: Array<{ id: string, reference: string, missedContactWeeks: Array<string>, youth: { id: string, firstName: string | null, lastName: string | null } | null }> } };

export type OrderFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrderFormOptionsQuery = { providers: { edges: Array<{ node: { id: string, name: string, activities: Array<string>, municipalityCodes: Array<string>, pricePerHourOre: number } }> }, institutions: { edges: Array<{ node: { id: string, name: string, type: InstitutionType, municipalityCode: string } }> } };

export type CaseworkerMentorSuggestionsQueryVariables = Exact<{
  orderId: string | number;
}>;


export type CaseworkerMentorSuggestionsQuery = { suggestMentors: Array<{ eligible: boolean, score: number, reasons: Array<string>, reasonDetails: Array<{ code: string, mentorKind: string | null, targetGroup: TargetGroup | null, validUntil: string | null, knowsTargetGroup: boolean | null, weeklyHours: number | null, loadHours: number | null, capacityHours: number | null, freeHours: number | null, languages: Array<string> | null, municipalityCode: string | null }>, mentor: { id: string, name: string | null, kind: MentorKind | null, languages: Array<string> | null } }> | null };

export type CaseworkerSuccessMetricsQueryVariables = Exact<{
  filter: SuccessFilter;
}>;


export type CaseworkerSuccessMetricsQuery = { successMetrics: { count: number, suppressed: boolean, completedEducationShare: number | null, transferredShare: number | null, droppedOutShare: number | null, averageYouthSatisfaction: number | null, averagePartnerRating: number | null, partnerRatingCount: number | null, orderedHours: number, deliveredHours: number } | null };

export type NationalReportQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type NationalReportQuery = { nationalReport: string | null };

export type CaseworkerYouthsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type CaseworkerYouthsQuery = { youths: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, firstName: string | null, lastName: string | null, cpr: string | null, ageGroup: AgeGroup | null, targetGroup: TargetGroup | null, orders: { edges: Array<{ node: { id: string, reference: string, status: OrderStatus, startDate: string, endDate: string } }> } | null } }> } | null };

export type CaseworkerYouthQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseworkerYouthQuery = { youth: { id: string, firstName: string | null, lastName: string | null, cpr: string | null, cprCheckDigitValid: boolean | null, birthDate: string | null, address: string | null, ageGroup: AgeGroup | null, phone: string | null, email: string | null, targetGroup: TargetGroup | null, legalBasis: string | null, specialNeeds: string | null, healthNotes: string | null, caseNotes: string | null, homeVisitConsent: boolean | null, version: number | null, youthGuide: { guideName: string, fromDate: string } | null, enrollments: Array<{ id: string, programme: string, status: EnrollmentStatus, startDate: string, expectedEndDate: string | null, institution: { name: string } }> | null, consents: Array<{ id: string, scope: string, givenOn: string, withdrawnOn: string | null, current: boolean, body: { name: string } | null }> | null, orders: { edges: Array<{ node: { id: string, reference: string, status: OrderStatus, weeklyHours: number, weeks: number, startDate: string, endDate: string, deliveredHours: number, totalHours: number } }> } | null } | null };

export type RegisterYouthMutationVariables = Exact<{
  input: RegisterYouthInput;
}>;


export type RegisterYouthMutation = { registerYouth: { id: string, firstName: string | null, lastName: string | null, cpr: string | null, ageGroup: AgeGroup | null, version: number | null } };

export type RecordHomeVisitConsentMutationVariables = Exact<{
  input: RecordHomeVisitConsentInput;
}>;


export type RecordHomeVisitConsentMutation = { recordHomeVisitConsent: { id: string, homeVisitConsent: boolean | null, homeVisitConsentOn: string | null, version: number | null } };

export type InstitutionStudentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InstitutionStudentsQuery = { youths: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, firstName: string | null, lastName: string | null, ageGroup: AgeGroup | null, orders: { edges: Array<{ node: { id: string, reference: string, status: OrderStatus, weeklyHours: number, weeks: number, startDate: string, endDate: string, institution: { id: string, name: string } } }> } | null } }> } | null };

export type InstitutionEnrollableStudentsQueryVariables = Exact<{
  search: string;
  first?: number | null | undefined;
}>;


export type InstitutionEnrollableStudentsQuery = { youths: { totalCount: number, edges: Array<{ node: { id: string, firstName: string | null, lastName: string | null, orders: { edges: Array<{ node: { id: string, status: OrderStatus, institution: { id: string } } }> } | null } }> } | null };

export type InstitutionEnrollmentsQueryVariables = Exact<{
  institutionId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InstitutionEnrollmentsQuery = { institution: { id: string, name: string, enrollments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, programme: string, status: EnrollmentStatus, startDate: string, expectedEndDate: string | null, version: number, youth: { id: string, firstName: string | null, lastName: string | null }, attendanceConcerns: Array<{ id: string, reportedOn: string, description: string, reportedBy: string }> } }> } | null } | null };

export type InstitutionOrderScheduleQueryVariables = Exact<{
  orderId: string | number;
}>;


export type InstitutionOrderScheduleQuery = { order: { id: string, reference: string, status: OrderStatus, startDate: string, endDate: string, schedules: Array<{ id: string, validFrom: string, validTo: string, entries: Array<{ id: string, date: string, startTime: string, endTime: string, place: string, activity: string, duringTeachingHours: boolean }> }> | null } | null };

export type ReportAttendanceConcernMutationVariables = Exact<{
  input: ReportAttendanceConcernInput;
}>;


export type ReportAttendanceConcernMutation = { reportAttendanceConcern: { id: string, attendanceConcerns: Array<{ id: string, reportedOn: string, description: string, reportedBy: string }> } };

export type EnrollYouthMutationVariables = Exact<{
  input: EnrollYouthInput;
}>;


export type EnrollYouthMutation = { enrollYouth: { id: string, programme: string, status: EnrollmentStatus, startDate: string } };

export type UpdateEnrollmentStatusMutationVariables = Exact<{
  input: UpdateEnrollmentStatusInput;
}>;


export type UpdateEnrollmentStatusMutation = { updateEnrollmentStatus: { id: string, status: EnrollmentStatus, endedOn: string | null, version: number } };

export type MyYouthsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyYouthsQuery = { orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, reference: string, status: OrderStatus, weeklyHours: number, totalHours: number, deliveredHours: number, startDate: string, endDate: string, goal: string | null, requestedActivities: Array<string> | null, youth: { id: string, firstName: string | null, lastName: string | null, phone: string | null, email: string | null, ageGroup: AgeGroup | null, specialNeeds: string | null, homeVisitConsent: boolean | null } | null, institution: { id: string, name: string, address: string }, schedules: Array<{ id: string, validFrom: string, validTo: string, entries: Array<{ id: string, date: string, startTime: string, endTime: string, hours: number, place: string, activity: string }> }> | null } }> } | null };

export type MentorOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type MentorOrderQuery = { order: { id: string, reference: string, status: OrderStatus, goal: string | null, tasks: Array<string> | null, requestedActivities: Array<string> | null, weeklyHours: number, totalHours: number, deliveredHours: number, startDate: string, endDate: string, youth: { id: string, firstName: string | null, lastName: string | null, phone: string | null, email: string | null, specialNeeds: string | null, homeVisitConsent: boolean | null } | null, agreement: { signedOn: string, complaintGuidance: string } | null, weeklyReconciliation: Array<{ weekStart: string, weekEnd: string, plannedHours: number, deliveredHours: number, status: DeliveryStatus }>, sessions: { totalCount: number, edges: Array<{ node: { id: string, date: string, minutes: number, form: SessionForm, place: SessionPlace | null, phase: SessionPhase, activities: Array<string>, journalNote: string | null } }> } | null } | null };

export type LogSessionMutationVariables = Exact<{
  input: LogSessionInput;
}>;


export type LogSessionMutation = { logSession: { id: string, date: string, minutes: number, form: SessionForm, place: SessionPlace | null, phase: SessionPhase, activities: Array<string>, journalNote: string | null, createdAt: string } };

export type ProviderDueListQueryVariables = Exact<{ [key: string]: never; }>;


export type ProviderDueListQuery = { dueList: { id: string, awaitingAcceptance: Array<{ id: string, reference: string, startDate: string, weeklyHours: number, weeks: number, youth: { id: string, firstName: string | null, lastName: string | null } | null }>, awaitingMentor: Array<{ id: string, reference: string, startDate: string, youth: { id: string, firstName: string | null, lastName: string | null } | null }>, expiringCertifications: Array<{ id: string, kind: MentorKind, validUntil: string, mentor: { id: string, name: string | null } }>, screeningsDue: Array<{ id: string, kind: ScreeningKind, renewalDue: string, mentor: { id: string, name: string | null } }>, experienceReportsDue: Array<{ providerId: string, year: number, dueOn: string }> } };

export type ProviderOrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: OrderStatus | null | undefined;
}>;


export type ProviderOrdersQuery = { orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, reference: string, status: OrderStatus, startDate: string, endDate: string, weeklyHours: number, totalHours: number, deliveredHours: number, youth: { id: string, firstName: string | null, lastName: string | null } | null, mentor: { id: string, name: string | null } | null, institution: { name: string } } }> } | null };

export type ProviderMentorSuggestionsQueryVariables = Exact<{
  orderId: string | number;
}>;


export type ProviderMentorSuggestionsQuery = { suggestMentors: Array<{ eligible: boolean, score: number, reasonDetails: Array<{ code: string, mentorKind: string | null, targetGroup: TargetGroup | null, validUntil: string | null, knowsTargetGroup: boolean | null, weeklyHours: number | null, loadHours: number | null, capacityHours: number | null, freeHours: number | null, languages: Array<string> | null, municipalityCode: string | null }>, mentor: { id: string, name: string | null, kind: MentorKind | null, capacityHoursPerWeek: number | null } }> | null };

export type ProviderMentorsQueryVariables = Exact<{
  providerId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProviderMentorsQuery = { mentors: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string | null, kind: MentorKind | null, status: MentorStatus | null, certificationStatus: CertificationStatus | null, matchable: boolean | null, capacityHoursPerWeek: number | null } }> } };

export type AcceptOrderMutationVariables = Exact<{
  input: AcceptOrderInput;
}>;


export type AcceptOrderMutation = { acceptOrder: { id: string, status: OrderStatus, version: number } };

export type RejectOrderMutationVariables = Exact<{
  input: RejectOrderInput;
}>;


export type RejectOrderMutation = { rejectOrder: { id: string, status: OrderStatus, version: number, rejectionReason: string | null } };

export type AssignMentorMutationVariables = Exact<{
  input: AssignMentorInput;
}>;


export type AssignMentorMutation = { assignMentor: { id: string, status: OrderStatus, version: number, mentor: { id: string, name: string | null } | null } };

export type SignAgreementMutationVariables = Exact<{
  input: SignAgreementInput;
}>;


export type SignAgreementMutation = { signAgreement: { id: string, status: OrderStatus, version: number, agreement: { signedOn: string } | null } };

export type PublishScheduleMutationVariables = Exact<{
  input: PublishScheduleInput;
}>;


export type PublishScheduleMutation = { publishSchedule: { id: string, kind: ScheduleKind, validFrom: string, validTo: string, publishedAt: string, entries: Array<{ id: string, date: string, startTime: string, endTime: string, hours: number, place: string, activity: string }> } };

export type RegisterMentorMutationVariables = Exact<{
  input: RegisterMentorInput;
}>;


export type RegisterMentorMutation = { registerMentor: { id: string, name: string | null, kind: MentorKind | null, status: MentorStatus | null, version: number | null } };

export type CertifyMentorMutationVariables = Exact<{
  input: CertifyMentorInput;
}>;


export type CertifyMentorMutation = { certifyMentor: { id: string, kind: MentorKind, validUntil: string, status: CertificationStatus } };

export type RecordScreeningMutationVariables = Exact<{
  input: RecordScreeningInput;
}>;


export type RecordScreeningMutation = { recordScreening: { id: string, kind: ScreeningKind, result: ScreeningResult, checkedOn: string, renewalDue: string } };

export type SubmitExperienceReportMutationVariables = Exact<{
  input: SubmitExperienceReportInput;
}>;


export type SubmitExperienceReportMutation = { submitExperienceReport: { id: string, year: number, published: boolean, submittedOn: string | null, version: number } };

export type ProviderOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type ProviderOrderQuery = { order: { id: string, reference: string, status: OrderStatus, version: number, goal: string | null, tasks: Array<string> | null, requestedActivities: Array<string> | null, weeklyHours: number, weeks: number, totalHours: number, startDate: string, endDate: string, rejectionReason: string | null, youth: { id: string, firstName: string | null, lastName: string | null } | null, mentor: { id: string, name: string | null, phone: string | null, email: string | null } | null, institution: { id: string, name: string }, agreement: { goal: string, mentorName: string, mentorContact: string, tasks: Array<string>, startDate: string, endDate: string, weeklyHours: number, totalHours: number, complaintGuidance: string, signedOn: string } | null, schedules: Array<{ id: string, kind: ScheduleKind, validFrom: string, validTo: string, entries: Array<{ id: string, date: string, startTime: string, endTime: string, hours: number, place: string, activity: string }> }> | null } | null };

export type ProviderMentorRecordsQueryVariables = Exact<{
  providerId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProviderMentorRecordsQuery = { mentors: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string | null, kind: MentorKind | null, status: MentorStatus | null, certificationStatus: CertificationStatus | null, matchable: boolean | null, capacityHoursPerWeek: number | null, certifications: Array<{ id: string, kind: MentorKind, validUntil: string, status: CertificationStatus }> | null, screenings: Array<{ id: string, kind: ScreeningKind, result: ScreeningResult, checkedOn: string, renewalDue: string }> | null, trainings: Array<{ id: string, heldOn: string, topic: string, hours: number }> | null } }> } };

export type ProviderExperienceReportsQueryVariables = Exact<{
  providerId?: string | number | null | undefined;
  year?: number | null | undefined;
}>;


export type ProviderExperienceReportsQuery = { experienceReports: Array<{ id: string, year: number, themes: Array<string>, text: string, submittedOn: string | null, published: boolean, dueOn: string, version: number }> };

export type RecordTrainingMutationVariables = Exact<{
  input: RecordTrainingInput;
}>;


export type RecordTrainingMutation = { recordTraining: { id: string, heldOn: string, topic: string, hours: number } };

export type SocialWorkerYouthsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SocialWorkerYouthsQuery = { youths: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, firstName: string | null, lastName: string | null, ageGroup: AgeGroup | null, specialNeeds: string | null, healthNotes: string | null } }> } | null };

export type GuidedYouthsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GuidedYouthsQuery = { youths: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, firstName: string | null, lastName: string | null, ageGroup: AgeGroup | null, phone: string | null, email: string | null, targetGroup: TargetGroup | null, orders: { edges: Array<{ node: { id: string, reference: string, status: OrderStatus, weeklyHours: number, weeks: number, totalHours: number, deliveredHours: number, startDate: string, endDate: string } }> } | null } }> } | null };

export type GuidedYouthQueryVariables = Exact<{
  id: string | number;
}>;


export type GuidedYouthQuery = { youth: { id: string, firstName: string | null, lastName: string | null, ageGroup: AgeGroup | null, phone: string | null, email: string | null, targetGroup: TargetGroup | null, youthGuide: { guideName: string, fromDate: string, toDate: string | null } | null, enrollments: Array<{ id: string, programme: string, status: EnrollmentStatus, startDate: string, expectedEndDate: string | null, endedOn: string | null, institution: { name: string } }> | null, orders: { edges: Array<{ node: { id: string, reference: string, status: OrderStatus, goalKind: GoalKind | null, goal: string | null, weeklyHours: number, weeks: number, totalHours: number, deliveredHours: number, startDate: string, endDate: string, followUps: Array<{ id: string, date: string, progression: Progression, nextStep: string }> | null, outcome: { kind: OutcomeKind } | null, mentor: { name: string | null, phone: string | null, email: string | null } | null, institution: { name: string } } }> } | null } | null };


export const AuditorAuditLogDocument = {"__meta__":{"hash":"sha256:31e3aa664a80a2312966dc0a9a3dc18c714717c0430388eedf91b4bdde0c41cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditorAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"youthId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"youthId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"youthId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"youthId"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"deniedFields"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"deniedFields"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]} as unknown as DocumentNode<AuditorAuditLogQuery, AuditorAuditLogQueryVariables>;
export const AuditorAuditLogByCprDocument = {"__meta__":{"hash":"sha256:380b7d6be0cea2fab7c1db49c465950b308cfec09a382caf5f1501b465370d11"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditorAuditLogByCpr"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cpr"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLogByCpr"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cpr"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cpr"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"youthId"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"deniedFields"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"deniedFields"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]} as unknown as DocumentNode<AuditorAuditLogByCprQuery, AuditorAuditLogByCprQueryVariables>;
export const PlaceOrderDocument = {"__meta__":{"hash":"sha256:afc6a50357c0a40f075c91aae139294525c96cc8c1b9d9f43eca8ddceb89172b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]} as unknown as DocumentNode<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const RecordFollowUpDocument = {"__meta__":{"hash":"sha256:66430ad828f74c9cf434ddab21d57b436c338a4efdd7c672abb0d3edc0321733"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"statusAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"progression"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}}]}}]}}]} as unknown as DocumentNode<RecordFollowUpMutation, RecordFollowUpMutationVariables>;
export const RecordEffectAssessmentDocument = {"__meta__":{"hash":"sha256:159665ca5fce021f9ad2ea31fce9db4442d1ab8b7c8120fccda926cc39d9880e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEffectAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEffectAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEffectAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}}]}}]}}]} as unknown as DocumentNode<RecordEffectAssessmentMutation, RecordEffectAssessmentMutationVariables>;
export const RecordSpsClarificationDocument = {"__meta__":{"hash":"sha256:a351901dcebddab7c15607a3a10ca680bb2303eda8e818273f796300d280769d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSpsClarification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSpsClarificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSpsClarification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"spsClarification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"clarifiedOn"}}]}}]}}]}}]} as unknown as DocumentNode<RecordSpsClarificationMutation, RecordSpsClarificationMutationVariables>;
export const ExtendOrderDocument = {"__meta__":{"hash":"sha256:58219f6ba6a2217435621fd27fca2d447e2708801852a74e8b9aa882d12dc006"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtendOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}}]}}]}}]} as unknown as DocumentNode<ExtendOrderMutation, ExtendOrderMutationVariables>;
export const CompleteOrderDocument = {"__meta__":{"hash":"sha256:8de08c96444df3101beecabc9efa7ecfa85c53737fb225f85a1af04558be8a20"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"youthSatisfaction"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteOrderMutation, CompleteOrderMutationVariables>;
export const CancelOrderDocument = {"__meta__":{"hash":"sha256:c0311f8f2e189637a9a03a7bff7293b3f53e76ad8e6977d7633da269088d48a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}}]}}]}}]} as unknown as DocumentNode<CancelOrderMutation, CancelOrderMutationVariables>;
export const CaseworkerRecordConsentDocument = {"__meta__":{"hash":"sha256:ce66abec76d1ff606211f61e6a30d836ba58550ab72d8e96ca63eab87ce383b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseworkerRecordConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"givenOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<CaseworkerRecordConsentMutation, CaseworkerRecordConsentMutationVariables>;
export const CaseworkerGiveFeedbackDocument = {"__meta__":{"hash":"sha256:5ed6e1552486cadfe67a887d480dcec4f4c0797de2442a72afaca2b01c178158"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseworkerGiveFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GiveCollaborationFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giveCollaborationFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"givenOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CaseworkerGiveFeedbackMutation, CaseworkerGiveFeedbackMutationVariables>;
export const CaseworkerOrdersDocument = {"__meta__":{"hash":"sha256:e29658e33846f5d0c577e7d2f37b4b56fad16b4f8069364b6747cd34e8f20e01"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseworkerOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredHours"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDue"}},{"kind":"Field","name":{"kind":"Name","value":"youth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseworkerOrdersQuery, CaseworkerOrdersQueryVariables>;
export const OrderPictureDocument = {"__meta__":{"hash":"sha256:aabb6f6eccb15ea48ff22b0d7a916eb581295e697e6803d88b2d2021c752a760"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderPicture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goalKind"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"requestedActivities"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredHours"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMunicipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDue"}},{"kind":"Field","name":{"kind":"Name","value":"effectAssessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"missedContactWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"youth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"cpr"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"specialNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitConsent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"certificationStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spsClarification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"clarifiedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mentorName"}},{"kind":"Field","name":{"kind":"Name","value":"mentorContact"}},{"kind":"Field","name":{"kind":"Name","value":"complaintGuidance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"duringTeachingHours"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeklyReconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"weekEnd"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredHours"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"journalNote"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"statusAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"progression"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"previousEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"newEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"specialJustification"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"youthSatisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<OrderPictureQuery, OrderPictureQueryVariables>;
export const CaseworkerDueListDocument = {"__meta__":{"hash":"sha256:9bec52ed2f2287a6d40080dbb3b6ecb30c1f24f00458ade9372bdf0fb4c1e3b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseworkerDueList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUpsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDue"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"youth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectAssessmentsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"effectAssessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"youth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"underDelivering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredHours"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"youth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missedWeeklyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"missedContactWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"youth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseworkerDueListQuery, CaseworkerDueListQueryVariables>;
export const OrderFormOptionsDocument = {"__meta__":{"hash":"sha256:e58d836a58d8875d6ea404ee2acd6635ced15e15521aadefa9d10cfedd34e72d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderFormOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCodes"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerHourOre"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderable"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderFormOptionsQuery, OrderFormOptionsQueryVariables>;
export const CaseworkerMentorSuggestionsDocument = {"__meta__":{"hash":"sha256:df9785976ee93f55e43a0bcb8d623aec2e6e629db6ece5f9745e7347c74333a0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseworkerMentorSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestMentors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"mentorKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"knowsTargetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"loadHours"}},{"kind":"Field","name":{"kind":"Name","value":"capacityHours"}},{"kind":"Field","name":{"kind":"Name","value":"freeHours"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}}]}}]}}]} as unknown as DocumentNode<CaseworkerMentorSuggestionsQuery, CaseworkerMentorSuggestionsQueryVariables>;
export const CaseworkerSuccessMetricsDocument = {"__meta__":{"hash":"sha256:c27ecddb99691e23ac15621aa85ea9404b9b1053e80b5dfcae3310b30828c84b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseworkerSuccessMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuccessFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"successMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"completedEducationShare"}},{"kind":"Field","name":{"kind":"Name","value":"transferredShare"}},{"kind":"Field","name":{"kind":"Name","value":"droppedOutShare"}},{"kind":"Field","name":{"kind":"Name","value":"averageYouthSatisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"averagePartnerRating"}},{"kind":"Field","name":{"kind":"Name","value":"partnerRatingCount"}},{"kind":"Field","name":{"kind":"Name","value":"orderedHours"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredHours"}}]}}]}}]} as unknown as DocumentNode<CaseworkerSuccessMetricsQuery, CaseworkerSuccessMetricsQueryVariables>;
export const NationalReportDocument = {"__meta__":{"hash":"sha256:92dd679a2e2fa98567b256996de539717eefc6acf98edfc5f56758a96006dcb9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}]}}]} as unknown as DocumentNode<NationalReportQuery, NationalReportQueryVariables>;
export const CaseworkerYouthsDocument = {"__meta__":{"hash":"sha256:babab87425164244691d2ccc115e3f40e9f48b6d8f486aa32ad03cd6ec334ccb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseworkerYouths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"youths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"cpr"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseworkerYouthsQuery, CaseworkerYouthsQueryVariables>;
export const CaseworkerYouthDocument = {"__meta__":{"hash":"sha256:bd9301a40403ad583721afc74f4562fd16be128b78329b7b1cd3569c59453317"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseworkerYouth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"youth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"cpr"}},{"kind":"Field","name":{"kind":"Name","value":"cprCheckDigitValid"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"specialNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"healthNotes"}},{"kind":"Field","name":{"kind":"Name","value":"caseNotes"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitConsent"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"youthGuide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guideName"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"expectedEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"givenOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredHours"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseworkerYouthQuery, CaseworkerYouthQueryVariables>;
export const RegisterYouthDocument = {"__meta__":{"hash":"sha256:30d96714028cf1f000abc2605e5c7667d2c8639863e1d086de22f4f948068112"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterYouth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterYouthInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerYouth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"cpr"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RegisterYouthMutation, RegisterYouthMutationVariables>;
export const RecordHomeVisitConsentDocument = {"__meta__":{"hash":"sha256:ac67a0f4e15385044d6d710e475fac34fb086177d72e4946e989a637d91705e9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordHomeVisitConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordHomeVisitConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHomeVisitConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitConsent"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitConsentOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordHomeVisitConsentMutation, RecordHomeVisitConsentMutationVariables>;
export const InstitutionStudentsDocument = {"__meta__":{"hash":"sha256:25e033d7c03f2b328fd07767adfda77b32a4b30ddbee07f71179cae78f7ee44f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionStudents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"youths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionStudentsQuery, InstitutionStudentsQueryVariables>;
export const InstitutionEnrollableStudentsDocument = {"__meta__":{"hash":"sha256:82d3ba15a3b24d4062219a2107a9dc4019f54b6025879cbc3dbc4c078e85283c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionEnrollableStudents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"youths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionEnrollableStudentsQuery, InstitutionEnrollableStudentsQueryVariables>;
export const InstitutionEnrollmentsDocument = {"__meta__":{"hash":"sha256:5d36f6403ad432fea44558c81b9c7f29ef196066f3d003053ae92b025eee0ed0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionEnrollments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"expectedEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"youth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceConcerns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionEnrollmentsQuery, InstitutionEnrollmentsQueryVariables>;
export const InstitutionOrderScheduleDocument = {"__meta__":{"hash":"sha256:2f11dd8fe202100335a61b5528d2205954e0d12af20f74dd94b6fa2454210d33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionOrderSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"schedules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"duringTeachingHours"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionOrderScheduleQuery, InstitutionOrderScheduleQueryVariables>;
export const ReportAttendanceConcernDocument = {"__meta__":{"hash":"sha256:755f5441a86e13524ed0c8aada1b11242d768b1b5c71648c4af0e5f242de2015"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportAttendanceConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportAttendanceConcernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportAttendanceConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceConcerns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}}]}}]}}]}}]} as unknown as DocumentNode<ReportAttendanceConcernMutation, ReportAttendanceConcernMutationVariables>;
export const EnrollYouthDocument = {"__meta__":{"hash":"sha256:7af5b3d77ae493c1f9ed805cda49f56761d3bda937ebcb3137f5a306eedb371a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrollYouth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollYouthInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollYouth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}}]} as unknown as DocumentNode<EnrollYouthMutation, EnrollYouthMutationVariables>;
export const UpdateEnrollmentStatusDocument = {"__meta__":{"hash":"sha256:aa9e670d1751603e121eeb6ba41b569a0342a1189a3162c822cc43559c32146b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEnrollmentStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEnrollmentStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEnrollmentStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateEnrollmentStatusMutation, UpdateEnrollmentStatusMutationVariables>;
export const MyYouthsDocument = {"__meta__":{"hash":"sha256:d284dfd4dc451d8c7d6b017ae8e021c6554c6d6cf559cfba16373c6ba8f39cf9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyYouths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredHours"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"requestedActivities"}},{"kind":"Field","name":{"kind":"Name","value":"youth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"specialNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitConsent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyYouthsQuery, MyYouthsQueryVariables>;
export const MentorOrderDocument = {"__meta__":{"hash":"sha256:276d84accb3e3c2f899afa8b8a8bfe2e51e13bc1735ee38e3c9089cb00fd4e44"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentorOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"requestedActivities"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredHours"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"youth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"specialNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitConsent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"complaintGuidance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeklyReconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"weekEnd"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredHours"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"journalNote"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MentorOrderQuery, MentorOrderQueryVariables>;
export const LogSessionDocument = {"__meta__":{"hash":"sha256:280277bc2e908329b4a31a984efd218b19f5526d92fb277592b7ef275b7f2e36"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"journalNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<LogSessionMutation, LogSessionMutationVariables>;
export const ProviderDueListDocument = {"__meta__":{"hash":"sha256:a9db46abd77f1fd9d46ee05c49e2b05f42e8ecc6f7fd1198817518a988677fda"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderDueList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingAcceptance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"youth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingMentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"youth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiringCertifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"screeningsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"renewalDue"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experienceReportsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]}}]} as unknown as DocumentNode<ProviderDueListQuery, ProviderDueListQueryVariables>;
export const ProviderOrdersDocument = {"__meta__":{"hash":"sha256:f135f7982fc58b239cd13bac196e420e479c2edacbe923b02561820e4088a790"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredHours"}},{"kind":"Field","name":{"kind":"Name","value":"youth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderOrdersQuery, ProviderOrdersQueryVariables>;
export const ProviderMentorSuggestionsDocument = {"__meta__":{"hash":"sha256:39ed858ad5ac81d722a56d6b095f195be4e09f3587e401e5548d2560d52a2c18"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderMentorSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestMentors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"mentorKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"knowsTargetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"loadHours"}},{"kind":"Field","name":{"kind":"Name","value":"capacityHours"}},{"kind":"Field","name":{"kind":"Name","value":"freeHours"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"capacityHoursPerWeek"}}]}}]}}]}}]} as unknown as DocumentNode<ProviderMentorSuggestionsQuery, ProviderMentorSuggestionsQueryVariables>;
export const ProviderMentorsDocument = {"__meta__":{"hash":"sha256:164f3f814fe375301d865f0463f91defbd2b9056e40c1e90bced5f034a188595"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderMentors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"certificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"matchable"}},{"kind":"Field","name":{"kind":"Name","value":"capacityHoursPerWeek"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderMentorsQuery, ProviderMentorsQueryVariables>;
export const AcceptOrderDocument = {"__meta__":{"hash":"sha256:bb64182085e5fdfc0e15477b3cb1403dbab6b6f7cf9686f0587962493f831817"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AcceptOrderMutation, AcceptOrderMutationVariables>;
export const RejectOrderDocument = {"__meta__":{"hash":"sha256:66718270f948383c6bcb281f403bd0979a6ebeb4de689f7e80695eca35df1f85"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}}]}}]}}]} as unknown as DocumentNode<RejectOrderMutation, RejectOrderMutationVariables>;
export const AssignMentorDocument = {"__meta__":{"hash":"sha256:19c89a3a65ae789dc4d8433ebb4610b42b395c8328ccf4db0f462c1d8e27b535"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignMentor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignMentorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignMentor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AssignMentorMutation, AssignMentorMutationVariables>;
export const SignAgreementDocument = {"__meta__":{"hash":"sha256:0dc809d2bddfb2dfb15bc39e7e7b0ee4a093b9b9089450943a16add8b52c633f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}}]}}]}}]} as unknown as DocumentNode<SignAgreementMutation, SignAgreementMutationVariables>;
export const PublishScheduleDocument = {"__meta__":{"hash":"sha256:5bd95e9f40b956cb022974113ff8b42d060ffe3faee81f81c2bfe6bc39a7bdf9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}}]}}]}}]}}]} as unknown as DocumentNode<PublishScheduleMutation, PublishScheduleMutationVariables>;
export const RegisterMentorDocument = {"__meta__":{"hash":"sha256:14d70fec2cbdf0520550d79ab27ffe4d850fa485eb831ec1a526b8127994b615"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterMentor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterMentorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerMentor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RegisterMentorMutation, RegisterMentorMutationVariables>;
export const CertifyMentorDocument = {"__meta__":{"hash":"sha256:af4a0986b429ee89e2a89e53af98b6dc8cab5ec4572419d8c86c593ca0f90c37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CertifyMentor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CertifyMentorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certifyMentor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CertifyMentorMutation, CertifyMentorMutationVariables>;
export const RecordScreeningDocument = {"__meta__":{"hash":"sha256:1fc4cedfe94f134176fdba8882198d5f13565504caaea2d01dbbaf343f308700"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordScreening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordScreeningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordScreening"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOn"}},{"kind":"Field","name":{"kind":"Name","value":"renewalDue"}}]}}]}}]} as unknown as DocumentNode<RecordScreeningMutation, RecordScreeningMutationVariables>;
export const SubmitExperienceReportDocument = {"__meta__":{"hash":"sha256:25b44a81735d658e5005ed57bbd2cf2648694391decf079ddd543e18445415d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitExperienceReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitExperienceReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitExperienceReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SubmitExperienceReportMutation, SubmitExperienceReportMutationVariables>;
export const ProviderOrderDocument = {"__meta__":{"hash":"sha256:5880a480112b55f08b2387fcedee4ae4251cafc4e36e614ed0d27e5a732fb3e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"requestedActivities"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"youth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"mentorName"}},{"kind":"Field","name":{"kind":"Name","value":"mentorContact"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"complaintGuidance"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderOrderQuery, ProviderOrderQueryVariables>;
export const ProviderMentorRecordsDocument = {"__meta__":{"hash":"sha256:11d8a099fd11ee680414460fbb6db22978924f5286a16015bbde1c64fd0ec588"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderMentorRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"certificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"matchable"}},{"kind":"Field","name":{"kind":"Name","value":"capacityHoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"screenings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOn"}},{"kind":"Field","name":{"kind":"Name","value":"renewalDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderMentorRecordsQuery, ProviderMentorRecordsQueryVariables>;
export const ProviderExperienceReportsDocument = {"__meta__":{"hash":"sha256:c44a87089ca2a933d2c39438e637503cf6ea5457b9251d3f64afc96221eb8481"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderExperienceReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experienceReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ProviderExperienceReportsQuery, ProviderExperienceReportsQueryVariables>;
export const RecordTrainingDocument = {"__meta__":{"hash":"sha256:0fe6dff69b1dc76a2fa31430eb0cf83ea52bd30930ee730257f74c5ec2b70902"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]} as unknown as DocumentNode<RecordTrainingMutation, RecordTrainingMutationVariables>;
export const SocialWorkerYouthsDocument = {"__meta__":{"hash":"sha256:1e58adf88fac8ae68d07770fc541eca441121604647c1bc9a430b1048d3e2586"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SocialWorkerYouths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"youths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"specialNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"healthNotes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SocialWorkerYouthsQuery, SocialWorkerYouthsQueryVariables>;
export const GuidedYouthsDocument = {"__meta__":{"hash":"sha256:c3e84705545a44685369aee216d692b28a14944ff14ee31c1e8a1ef4de69e774"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuidedYouths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"youths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredHours"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GuidedYouthsQuery, GuidedYouthsQueryVariables>;
export const GuidedYouthDocument = {"__meta__":{"hash":"sha256:b900b2869235fb2ecc5934d620b63255d96411a701b50e8374118aa62a5e02c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuidedYouth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"youth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"youthGuide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guideName"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"expectedEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goalKind"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredHours"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"progression"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GuidedYouthQuery, GuidedYouthQueryVariables>;
import { roles, type Role, type ServiceName } from '@mentor/common';

/**
 * DESIGN §4 for the orders subgraph, as data: for each object type its field groups and who may
 * read each group (a role, held in a relation to the record: see scope.ts), and for each root
 * field who may ask or run it. permissions.ts builds the graphql-shield rules from this, and the
 * commands and resolvers decide with the same tables (require.ts, scope.ts). Look here first for
 * "who sees X" and "who may do Y".
 */

/** The roles that relate to youths; an auditor reads the audit log, never a youth. */
export type YouthRole = Exclude<Role, 'AUDITOR'>;

/** A relation to an order; a mentor's is the assignment, grace period included. */
export type OrderRelation = Exclude<YouthRole, 'SOCIAL_WORKER'>;

const everyone: readonly Role[] = roles;
const youthReaders: readonly YouthRole[] = ['CASEWORKER', 'MENTOR', 'PROVIDER_COORDINATOR', 'INSTITUTION_STAFF', 'YOUTH_GUIDE', 'SOCIAL_WORKER'];
const orderReaders: readonly OrderRelation[] = ['CASEWORKER', 'MENTOR', 'PROVIDER_COORDINATOR', 'INSTITUTION_STAFF', 'YOUTH_GUIDE'];
const caseworkers: readonly Role[] = ['CASEWORKER'];
const providers: readonly Role[] = ['PROVIDER_COORDINATOR'];
const caseworkersAndProviders: readonly Role[] = ['CASEWORKER', 'PROVIDER_COORDINATOR'];
const auditors: readonly Role[] = ['AUDITOR'];

// ---------------------------------------------------------------------------------------------
// Youth: one group a row of the DESIGN §4 table; every read of a group is audited, allowed or refused.

export const youthFieldGroups = {
  name: ['firstName', 'lastName', 'ageGroup', 'caseworkerUnitId', 'youthGuideId', 'version'],
  civil: ['cpr', 'cprCheckDigitValid', 'birthDate', 'address'],
  contact: ['phone', 'email'],
  eligibility: ['targetGroup', 'legalBasis'],
  specialNeeds: ['specialNeeds'],
  health: ['healthNotes'],
  caseNotes: ['caseNotes'],
  orders: ['orders'],
  /** Not a row of DESIGN §4: where the mentor may meet the youth, for those who plan and hold the meetings. */
  homeVisits: ['homeVisitConsent', 'homeVisitConsentOn'],
} as const;
export type YouthFieldGroup = keyof typeof youthFieldGroups;

/** Who reads each group of a youth's fields, by the relation they hold to the youth. `Youth.id`: any relation at all. */
export const youthFieldAccess: Record<YouthFieldGroup, readonly YouthRole[]> = {
  name: youthReaders,
  civil: ['CASEWORKER'],
  contact: ['CASEWORKER', 'MENTOR', 'PROVIDER_COORDINATOR', 'YOUTH_GUIDE'],
  eligibility: ['CASEWORKER', 'PROVIDER_COORDINATOR', 'YOUTH_GUIDE'],
  specialNeeds: ['CASEWORKER', 'MENTOR', 'SOCIAL_WORKER'],
  health: ['CASEWORKER', 'SOCIAL_WORKER'],
  caseNotes: ['CASEWORKER'],
  orders: orderReaders,
  homeVisits: ['CASEWORKER', 'MENTOR', 'PROVIDER_COORDINATOR'],
};

// ---------------------------------------------------------------------------------------------
// Order and what hangs off it: decided from the order's relations (and its youth's case relations).

export type OrderFieldGroup = 'order' | 'case' | 'eligibility' | 'schedules' | 'progress' | 'sessions';

/** Who reads each group of an order's fields (and of the records that hang off the order), by their relation to the order. */
export const orderFieldAccess: Record<OrderFieldGroup, readonly OrderRelation[]> = {
  /** Status, hours, dates, institution, provider, mentor, extensions, outcome kind. */
  order: orderReaders,
  /** Goal, tasks, agreement and the rest of the case content. */
  case: ['CASEWORKER', 'MENTOR', 'PROVIDER_COORDINATOR', 'YOUTH_GUIDE'],
  /** Target group and legal basis, as on the youth. */
  eligibility: ['CASEWORKER', 'PROVIDER_COORDINATOR', 'YOUTH_GUIDE'],
  /** Institution staff see only the entries in teaching hours (`ScheduleEntry`, below). */
  schedules: orderReaders,
  /** Follow-ups and effect assessments. */
  progress: ['CASEWORKER', 'MENTOR', 'PROVIDER_COORDINATOR', 'YOUTH_GUIDE'],
  /** A mentor only their own sessions (`MentorSession`, below). */
  sessions: ['CASEWORKER', 'MENTOR', 'PROVIDER_COORDINATOR'],
};

/**
 * The fields of each group, by type: `plain` are guarded by the verdict alone, `audited` also
 * leave an audit record under the order's youth (personal data). A type not named here under a
 * group has none of its fields in it.
 */
export const orderFieldGroups: Record<OrderFieldGroup, { plain: Record<string, readonly string[]>; audited?: Record<string, readonly string[]> }> = {
  order: {
    plain: {
      Order: [
        'id',
        'reference',
        'provider',
        'mentor',
        'institution',
        'weeklyHours',
        'weeks',
        'totalHours',
        'deliveredHours',
        'startDate',
        'endDate',
        'deliveryMunicipalityCode',
        'status',
        'version',
        'extensions',
        'followUpDue',
        'effectAssessmentDue',
        'weeklyReconciliation',
        'missedContactWeeks',
        'outcome',
        'serviceStandard',
        'createdAt',
        'updatedAt',
      ],
      WeekDelivery: ['weekStart', 'weekEnd', 'plannedHours', 'deliveredHours', 'difference', 'status', 'scheduled'],
      OrderExtension: ['id', 'weeks', 'previousEndDate', 'newEndDate', 'grantedAt'],
      Outcome: ['kind', 'recordedAt'],
    },
  },
  case: {
    plain: {
      Order: ['goalKind', 'requestedActivities', 'rejectionReason', 'cancellationReason'],
      SpsClarification: ['text', 'clarifiedOn'],
      MentorAgreement: ['id', 'goal', 'mentorName', 'mentorContact', 'tasks', 'startDate', 'endDate', 'weeklyHours', 'totalHours', 'complaintGuidance', 'signedOn'],
      OrderExtension: ['specialJustification'],
      Outcome: ['youthSatisfaction', 'note'],
    },
    audited: { Order: ['goal', 'tasks', 'agreement', 'spsClarification'] },
  },
  eligibility: { plain: {}, audited: { Order: ['targetGroup', 'legalBasis'] } },
  schedules: { plain: { Order: ['schedules'], Schedule: ['id', 'kind', 'validFrom', 'validTo', 'publishedAt', 'entries'] } },
  progress: {
    plain: {
      Order: ['followUps', 'effectAssessments'],
      FollowUp: ['id', 'date', 'statusAssessment', 'progression', 'nextStep'],
      EffectAssessment: ['id', 'date', 'effect', 'assessment', 'recommendation'],
    },
  },
  sessions: { plain: { Order: ['sessions'] } },
};

/**
 * Records judged one by one rather than by group: a schedule entry (the schedule's readers; institution staff only
 * entries in teaching hours) and a session (the case's caseworker and the provider all; a mentor only their own;
 * the journal note audited). `Order.youth` needs a relation to the youth itself.
 */
export const recordFields = {
  ScheduleEntry: { plain: ['id', 'date', 'startTime', 'endTime', 'hours', 'place', 'activity', 'duringTeachingHours'] },
  MentorSession: { plain: ['id', 'date', 'minutes', 'form', 'place', 'specialReason', 'activities', 'phase', 'mentor', 'createdAt'], audited: ['journalNote'] },
} as const;

/** The caseworker and the provider read every session; a mentor only the ones they logged. */
export const readsEverySession: readonly OrderRelation[] = ['CASEWORKER', 'PROVIDER_COORDINATOR'];

/**
 * What a provider reads of a youth only while one of its orders for the youth is open or ended less
 * than the grace period ago: how to reach the youth (home visits included) and why they were referred.
 */
export const providerWhileCurrent: { youth: readonly YouthFieldGroup[]; order: readonly OrderFieldGroup[] } = {
  youth: ['contact', 'eligibility', 'homeVisits'],
  order: ['eligibility'],
};

// ---------------------------------------------------------------------------------------------
// Types read by role alone: no youth's data in them, or narrowed in the resolver to the caller's own.

/** The due list is every role's but the auditor's; its lists are filled only for the caller's own organisation. */
const dueListReaders: readonly Role[] = youthReaders;
/** Success metrics are aggregates for those who buy, deliver or host the support; the scope is narrowed in the resolver. */
const metricsReaders: readonly Role[] = ['CASEWORKER', 'PROVIDER_COORDINATOR', 'INSTITUTION_STAFF'];

const connection = (readers: readonly Role[]) => ({ edges: readers, pageInfo: readers, totalCount: readers });
const edge = (readers: readonly Role[]) => ({ cursor: readers, node: readers });
const same = <Field extends string>(fields: readonly Field[], readers: readonly Role[]) =>
  Object.fromEntries(fields.map((field) => [field, readers])) as Record<Field, readonly Role[]>;

export const roleFieldAccess: Record<string, Record<string, readonly Role[]>> = {
  YouthConnection: connection(everyone),
  YouthEdge: edge(everyone),
  OrderConnection: connection(everyone),
  OrderEdge: edge(everyone),
  MentorSessionConnection: connection(everyone),
  MentorSessionEdge: edge(everyone),
  PageInfo: same(['hasNextPage', 'endCursor'], everyone),
  ServiceStandard: same(['id', 'municipalityCode', 'name', 'version', 'effectiveFrom', 'rules'], everyone),
  // Stubs of entities other subgraphs own: the id is theirs to show; the orders list is scoped in the resolver.
  Provider: { id: everyone, orders: orderReaders },
  Mentor: { id: everyone, orders: orderReaders },
  Institution: { id: everyone, orders: orderReaders },
  DueList: same(['id', 'followUpsDue', 'effectAssessmentsDue', 'underDelivering', 'missedWeeklyContacts', 'awaitingAcceptance', 'awaitingMentor'], dueListReaders),
  MentorSuggestion: same(['mentor', 'eligible', 'score', 'reasons', 'reasonDetails'], caseworkersAndProviders),
  SuggestionReason: same(
    ['code', 'mentorKind', 'targetGroup', 'validUntil', 'knowsTargetGroup', 'weeklyHours', 'loadHours', 'capacityHours', 'freeHours', 'languages', 'municipalityCode'],
    caseworkersAndProviders,
  ),
  SuccessMetrics: same(
    ['count', 'suppressed', 'completedEducationShare', 'transferredShare', 'droppedOutShare', 'averageYouthSatisfaction', 'averagePartnerRating', 'partnerRatingCount', 'orderedHours', 'deliveredHours'],
    metricsReaders,
  ),
  AuditLog: same(['youthId', 'records'], auditors),
  AuditRecord: same(['at', 'userId', 'role', 'unit', 'fields', 'deniedFields', 'purpose', 'requestId', 'outcome'], auditors),
};

// ---------------------------------------------------------------------------------------------
// Root fields.

/**
 * Who may ask each query. Lists and lookups are scoped in the resolvers as well: a youth or order
 * the caller does not relate to is null, a list leaves it out. `recorded`: anyone else's attempt is
 * refused and recorded in the audit trail, so refused lookups, searches and exports are seen too.
 */
export const queryAccess = {
  youth: { roles: youthReaders, recorded: true },
  youths: { roles: youthReaders, recorded: true },
  order: { roles: orderReaders },
  orders: { roles: orderReaders },
  // The municipalities' published rule sets.
  serviceStandards: { roles: everyone },
  auditLog: { roles: auditors, recorded: true },
  // A data-subject access request comes with a CPR number: the search is recorded by its kind, never the number.
  auditLogByCpr: { roles: auditors, recorded: true },
  dueList: { roles: dueListReaders },
  successMetrics: { roles: metricsReaders },
  // The resolver narrows it to the order's provider and the youth's caseworker.
  suggestMentors: { roles: caseworkersAndProviders },
  // The resolver exports the caller's own unit only, and audits every CPR number in it.
  nationalReport: { roles: caseworkers, recorded: true },
  // Each reference resolver scopes what it returns, and the entity's field rules apply to it.
  _entities: { roles: everyone },
  // The supergraph is composed from the committed files; nobody needs the SDL at runtime.
  _service: { roles: [] },
} satisfies Record<string, { roles: readonly Role[]; recorded?: boolean }>;

/**
 * Who may run each mutation; the relation (own unit, the order's provider, the assigned mentor) is
 * checked by the command through require.ts, and a record outside the caller's scope is NOT_FOUND.
 */
export const mutationAccess = {
  registerYouth: caseworkers,
  placeOrder: caseworkers,
  acceptOrder: providers,
  rejectOrder: providers,
  assignMentor: providers,
  signAgreement: providers,
  publishSchedule: providers,
  logSession: ['MENTOR'],
  recordFollowUp: caseworkers,
  recordEffectAssessment: caseworkers,
  recordSpsClarification: caseworkersAndProviders,
  extendOrder: caseworkers,
  completeOrder: caseworkers,
  cancelOrder: caseworkers,
  recordHomeVisitConsent: caseworkers,
} satisfies Record<string, readonly Role[]>;
export type MutationName = keyof typeof mutationAccess;

/**
 * Replication (DESIGN §2): the fields only a peer subgraph reaches, calling as itself (a verified
 * service principal, never on a user's behalf), and which peer. No user, whatever their roles, runs
 * them: partners mirrors its relations here from its outbox, and asks what is mirrored to reconcile.
 */
export const serviceAccess = {
  Mutation: { recordYouthRelations: 'partners' },
  Query: { replicatedYouthRelations: 'partners' },
} as const satisfies Record<'Query' | 'Mutation', Record<string, ServiceName>>;
export type ServiceField<T extends keyof typeof serviceAccess> = keyof (typeof serviceAccess)[T];

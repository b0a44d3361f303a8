import { roles, type Role, type ServiceName } from '@mentor/common';
import type { Mutation } from '../generated/resolvers.js';

/**
 * DESIGN §4 for the partners subgraph, as data: for each object type its field groups and who may
 * read each group, and for each mutation who may run it. A grant is a role with the relation the
 * caller must have to the record (scope.ts says what each relation means, in TypeScript and SQL).
 * permissions.ts builds the graphql-shield rules from this table, require.ts the commands' checks,
 * scope.ts the SQL that narrows lists; nothing else decides who sees or does what.
 */

/**
 * How the caller relates to the record (DESIGN §4 "Relations"):
 * - `any`: no relation needed, the role suffices;
 * - `hasOrganisation`: the caller belongs to a registered organisation (their `org` is an id);
 * - `ownUnit`: the youth's caseworker unit is the caller's;
 * - `assigned`: the caller is a mentor on one of the youth's orders;
 * - `providers`: one of the youth's orders is placed with the caller's provider;
 * - `enrolled`: the youth has an enrollment (ended ones included) at the caller's institution;
 * - `ownInstitution`: the record (an enrollment, an institution) is the caller's institution's;
 * - `guided`: the caller is the youth's youth guide today;
 * - `namedGuide`: the record (a guide assignment) names the caller as the guide;
 * - `kuiStaff`: the caller is a youth guide of a KUI organisation;
 * - `consented`: the youth has given (or withdrawn) a consent to the caller's body;
 * - `ownBody`: the record (a consent) is given to the caller's body;
 * - `ownOrganisation`: the record (feedback, a guide assignment) is the caller's organisation's;
 * - `orderUnit`: the record's order is for a youth of the caller's unit.
 */
export type Relation =
  | 'any'
  | 'hasOrganisation'
  | 'ownUnit'
  | 'assigned'
  | 'providers'
  | 'enrolled'
  | 'ownInstitution'
  | 'guided'
  | 'namedGuide'
  | 'kuiStaff'
  | 'consented'
  | 'ownBody'
  | 'ownOrganisation'
  | 'orderUnit';

export interface Grant {
  readonly role: Role;
  readonly relation: Relation;
}

/** Who reads a field group: grants, `open` (structure without data of its own: pages, edges) or `nobody`. */
export type Readers = readonly Grant[] | 'open' | 'nobody';

export interface FieldGroup {
  readonly fields: readonly string[];
  readonly readers: Readers;
}

function as(relation: Relation, ...granted: readonly Role[]): Grant[] {
  return granted.map((role) => ({ role, relation }));
}

/** Registry data (organisations, institutions): every authenticated role. */
const everyone = as('any', ...roles);
/** Everyone with some relation to youths: a youth's id is no secret to them; the auditor reads only the audit log. */
const youthRoles = as('any', ...roles.filter((role) => role !== 'AUDITOR'));
/** The roles that speak for a cooperating organisation in collaboration feedback. */
export const partnerRoles: readonly Role[] = ['PROVIDER_COORDINATOR', 'INSTITUTION_STAFF', 'YOUTH_GUIDE', 'SOCIAL_WORKER'];
/**
 * The summary of collaboration ratings the orders subgraph asks for its success metrics, on behalf of
 * these roles; it names no organisation, and orders chose the order ids. Success criterion 4 per
 * institution: the school reads the ratings of the orders delivered there.
 */
const ratingReaders = as('any', 'CASEWORKER', 'PROVIDER_COORDINATOR', 'INSTITUTION_STAFF');
const auditors = as('any', 'AUDITOR');

/** An enrollment and its attendance concerns: own unit, assigned mentor, staff of that institution only, the youth's guide. */
const enrollmentReaders: Grant[] = [
  ...as('ownUnit', 'CASEWORKER'),
  ...as('assigned', 'MENTOR'),
  ...as('ownInstitution', 'INSTITUTION_STAFF'),
  ...as('guided', 'YOUTH_GUIDE'),
];

const page = (...fields: string[]): FieldGroup[] => [{ fields, readers: 'open' }];

/** Who reads what. Every field of every object type of the schema is in exactly one group (permissions.test.ts). */
export const readMatrix = {
  Query: [
    { fields: ['institution', 'institutions', 'organisation', 'organisations'], readers: everyone },
    // Caseworkers evaluate the cooperation, partners see their own; the list is scoped by `feedbackScope`.
    { fields: ['collaborationFeedback'], readers: [...as('any', 'CASEWORKER'), ...as('any', ...partnerRoles)] },
    { fields: ['collaborationRatings'], readers: ratingReaders },
    // Each entity's fields carry their own rules, and __resolveReference scopes what it returns.
    { fields: ['_entities'], readers: 'open' },
    // The supergraph is composed from the committed files; nobody needs the SDL at runtime.
    { fields: ['_service'], readers: 'nobody' },
  ],
  _Service: [{ fields: ['sdl'], readers: 'nobody' }],
  Organisation: [{ fields: ['id', 'kind', 'name', 'cvr', 'municipalityCode'], readers: everyone }],
  Institution: [
    { fields: ['id', 'name', 'cvr', 'institutionNumber', 'type', 'approved', 'orderable', 'address', 'municipalityCode', 'version'], readers: everyone },
    // The roles that see enrollments at all; institution staff only at their own institution. The list is scoped by `enrollmentScope`.
    { fields: ['enrollments'], readers: [...as('any', 'CASEWORKER', 'MENTOR', 'YOUTH_GUIDE'), ...as('ownInstitution', 'INSTITUTION_STAFF')] },
  ],
  Youth: [
    { fields: ['id'], readers: youthRoles },
    { fields: ['enrollments'], readers: [...as('ownUnit', 'CASEWORKER'), ...as('assigned', 'MENTOR'), ...as('enrolled', 'INSTITUTION_STAFF'), ...as('guided', 'YOUTH_GUIDE')] },
    // KUI staff assign the guides, so they see them.
    { fields: ['youthGuide'], readers: [...as('ownUnit', 'CASEWORKER'), ...as('guided', 'YOUTH_GUIDE'), ...as('kuiStaff', 'YOUTH_GUIDE')] },
    // A social worker of a body the youth consented to, a withdrawal included, so they stop sharing.
    { fields: ['consents'], readers: [...as('ownUnit', 'CASEWORKER'), ...as('consented', 'SOCIAL_WORKER')] },
  ],
  Enrollment: [
    {
      fields: ['id', 'youth', 'institution', 'programme', 'startDate', 'expectedEndDate', 'status', 'endedOn', 'attendanceConcerns', 'version'],
      readers: enrollmentReaders,
    },
  ],
  AttendanceConcern: [{ fields: ['id', 'reportedOn', 'description', 'reportedBy'], readers: enrollmentReaders }],
  YouthGuideAssignment: [
    {
      fields: ['id', 'youth', 'guideUserId', 'guideName', 'fromDate', 'toDate', 'version'],
      readers: [...as('ownUnit', 'CASEWORKER'), ...as('namedGuide', 'YOUTH_GUIDE'), ...as('kuiStaff', 'YOUTH_GUIDE')],
    },
  ],
  Consent: [
    {
      fields: ['id', 'youth', 'bodyId', 'bodyKind', 'body', 'scope', 'givenOn', 'withdrawnOn', 'current', 'version'],
      readers: [...as('ownUnit', 'CASEWORKER'), ...as('ownBody', 'SOCIAL_WORKER')],
    },
  ],
  // A caseworker of the unit of the order's youth (DESIGN §3: by unit, never by CVR alone); a partner its own organisation's.
  CollaborationFeedback: [
    {
      fields: ['id', 'orderId', 'organisationId', 'rating', 'comment', 'givenOn', 'version'],
      readers: [...as('orderUnit', 'CASEWORKER'), ...as('ownOrganisation', ...partnerRoles)],
    },
  ],
  RatingSummary: [{ fields: ['count', 'average'], readers: ratingReaders }],
  AuditLog: [{ fields: ['youthId', 'partnerRecords'], readers: auditors }],
  AuditRecord: [{ fields: ['at', 'userId', 'role', 'unit', 'fields', 'deniedFields', 'purpose', 'requestId', 'outcome'], readers: auditors }],
  // Pages: the field that returns the connection has the rule; its items carry their own.
  PageInfo: page('hasNextPage', 'endCursor'),
  OrganisationConnection: page('edges', 'pageInfo', 'totalCount'),
  OrganisationEdge: page('cursor', 'node'),
  InstitutionConnection: page('edges', 'pageInfo', 'totalCount'),
  InstitutionEdge: page('cursor', 'node'),
  EnrollmentConnection: page('edges', 'pageInfo', 'totalCount'),
  EnrollmentEdge: page('cursor', 'node'),
} as const satisfies Record<string, readonly FieldGroup[]>;

export type ObjectTypeName = keyof typeof readMatrix;
/**
 * Replication (DESIGN §2): the fields only a peer subgraph reaches, calling as itself (a verified
 * service principal, never on a user's behalf), and which peer. No user, whatever their roles, runs
 * them: orders replicates the youth links here from its outbox, and asks what is replicated to reconcile.
 */
export const serviceAccess = {
  Mutation: { recordYouthLink: 'orders' },
  Query: { replicatedYouthLinks: 'orders' },
} as const satisfies Record<'Query' | 'Mutation', Record<string, ServiceName>>;
export type ServiceField<T extends keyof typeof serviceAccess> = keyof (typeof serviceAccess)[T];

/** The mutations users run (the replication mutations are the peer's: `serviceAccess`). */
export type MutationName = Exclude<keyof Mutation, '__typename' | ServiceField<'Mutation'>>;

/**
 * Who runs each mutation. The graphql-shield rule lets the roles through; the command then checks
 * the relation against the record (require.ts), so a caller without it gets FORBIDDEN or, where
 * the record's existence is not theirs to learn, NOT_FOUND.
 */
export const mutationMatrix = {
  // Organisations and institutions are administered by the municipality.
  registerOrganisation: as('any', 'CASEWORKER'),
  registerInstitution: as('any', 'CASEWORKER'),
  updateInstitution: as('any', 'CASEWORKER'),
  // Only institution staff report enrollments and attendance concerns, for their own institution
  // (and enroll a youth only where a placed order for the youth is delivered: `mayEnrollYouth`).
  enrollYouth: as('ownInstitution', 'INSTITUTION_STAFF'),
  updateEnrollmentStatus: as('ownInstitution', 'INSTITUTION_STAFF'),
  reportAttendanceConcern: as('ownInstitution', 'INSTITUTION_STAFF'),
  // Relations that open a youth's case are created by the youth's caseworker, never by the party they
  // open it to (SECURITY.md): a guide cannot assign a youth to themselves, a social worker cannot
  // record a consent to their own body. A youth who withdraws does so through the caseworker.
  assignYouthGuide: as('ownUnit', 'CASEWORKER'),
  recordConsent: as('ownUnit', 'CASEWORKER'),
  withdrawConsent: as('ownUnit', 'CASEWORKER'),
  // Ending an assignment only narrows access: the caseworker, or KUI staff of the assignment's organisation.
  endYouthGuideAssignment: [...as('ownUnit', 'CASEWORKER'), ...as('ownOrganisation', 'YOUTH_GUIDE')],
  // A partner organisation rates the cooperation, and only on an order it takes part in (asked of orders).
  giveCollaborationFeedback: as('hasOrganisation', ...partnerRoles),
} as const satisfies Record<MutationName, readonly Grant[]>;

/** The readers of one field, from the table. */
export function readersOf(type: ObjectTypeName, field: string): Readers {
  const group = (readMatrix[type] as readonly FieldGroup[]).find((candidate) => candidate.fields.includes(field));
  if (!group) throw new Error(`access matrix: no readers for ${type}.${field}`);
  return group.readers;
}

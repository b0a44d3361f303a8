import { type Role } from '@mentor/common';
import { demoUsers, type DemoOrder, type DemoUser, type DemoYouth } from '@mentor/testkit';

/**
 * The access matrix of DESIGN §4, as data: rows are the youth-data field groups, columns the seven
 * roles, each cell what the role may read on a youth it relates to. `matrix.test.ts` is generated
 * from this table, so the table is the specification: change a cell here or a rule in a service
 * and the test fails until the two agree again.
 */

/** A cell as DESIGN §4 writes it. A ✓ with a qualifier allows the group, narrowed as the qualifier says. */
export type Cell = '✓' | '—' | '✓ own' | '✓ (entries in teaching hours)' | '✓ own institution';

export const ALLOWED_CELLS: readonly Cell[] = ['✓', '✓ own', '✓ (entries in teaching hours)', '✓ own institution'];

export function isAllowed(cell: Cell): boolean {
  return ALLOWED_CELLS.includes(cell);
}

export interface RoleColumn {
  role: Role;
  /** The demo user who holds the role (`demoUsers` key). */
  user: keyof typeof demoUsers;
  /** The relation the column is about, in DESIGN §4's words. */
  relation: string;
  /**
   * Whether the demo plan relates the user to the youth, from `demoYouth`/`demoOrder` alone. Strict
   * where the plan cannot say (a mentor's closed order may or may not be inside the 30-day grace):
   * a youth it accepts is certainly related.
   */
  relatesTo(youth: DemoYouth, order: DemoOrder, user: DemoUser): boolean;
}

export const columns: readonly RoleColumn[] = [
  { role: 'CASEWORKER', user: 'caseworker', relation: 'own unit', relatesTo: (youth, _order, user) => youth.caseworkerUnitId === user.org },
  { role: 'MENTOR', user: 'mentor', relation: 'assigned', relatesTo: (_youth, order, user) => order.mentorId === user.sub && order.status === 'ACTIVE' },
  { role: 'PROVIDER_COORDINATOR', user: 'provider', relation: "provider's", relatesTo: (_youth, order, user) => order.providerId === user.org },
  {
    role: 'INSTITUTION_STAFF',
    user: 'institution',
    relation: 'enrolled',
    relatesTo: (youth, order, user) => order.institutionId === user.org || youth.institutionId === user.org,
  },
  { role: 'YOUTH_GUIDE', user: 'youth-guide', relation: 'guided', relatesTo: (youth, _order, user) => youth.youthGuideId === user.sub },
  { role: 'SOCIAL_WORKER', user: 'social-worker', relation: 'consented', relatesTo: (youth) => youth.consentToSocialServices },
  // The auditor reads the audit log of any youth (see `ofAnyYouth`) and no youth's data.
  { role: 'AUDITOR', user: 'auditor', relation: '—', relatesTo: () => false },
];

/**
 * What a field group's selection is on: `Youth`; `Order` (read on a youth as
 * `orders { edges { node { … } } }`, or on the orders list's own nodes); or `Query`, a root field
 * that takes the youth's id as `$id`.
 */
export type Root = 'Youth' | 'Order' | 'Query';

export interface FieldGroup {
  /** The row of DESIGN §4. */
  name: string;
  root: Root;
  /** The GraphQL selection that reads the group, on its root. */
  selection: string;
  /**
   * The values the cell is about, as dotted paths under the root; `*` is every item of a list.
   * Allowed: each is there and non-null (a `*` list has items). Denied: none is there, and the
   * first null on its way carries a FORBIDDEN error at exactly that path.
   */
  reads: string[];
  cells: Record<Role, Cell>;
  /** Read on any youth, whatever the caller's relation to it: the auditor's relation is to the log, not to the youth. */
  ofAnyYouth?: boolean;
  /**
   * The check of a qualified ✓: what the caller gets (the objects at the root: the youth, or each
   * of its orders) is narrowed as the qualifier says. Returns what is wrong, or nothing.
   */
  narrowing?: Partial<Record<Cell, (values: unknown[], caller: DemoUser) => string[]>>;
}

/** The matrix of DESIGN §4, row by row, in its order. */
export const fieldGroups: readonly FieldGroup[] = [
  {
    name: 'id, firstName, lastName',
    root: 'Youth',
    selection: 'id firstName lastName',
    reads: ['id', 'firstName', 'lastName'],
    cells: { CASEWORKER: '✓', MENTOR: '✓', PROVIDER_COORDINATOR: '✓', INSTITUTION_STAFF: '✓', YOUTH_GUIDE: '✓', SOCIAL_WORKER: '✓', AUDITOR: '—' },
  },
  {
    name: 'cpr, birthDate, address',
    root: 'Youth',
    selection: 'cpr birthDate address',
    reads: ['cpr', 'birthDate', 'address'],
    cells: { CASEWORKER: '✓', MENTOR: '—', PROVIDER_COORDINATOR: '—', INSTITUTION_STAFF: '—', YOUTH_GUIDE: '—', SOCIAL_WORKER: '—', AUDITOR: '—' },
  },
  {
    name: 'ageGroup',
    root: 'Youth',
    selection: 'ageGroup',
    reads: ['ageGroup'],
    cells: { CASEWORKER: '✓', MENTOR: '✓', PROVIDER_COORDINATOR: '✓', INSTITUTION_STAFF: '✓', YOUTH_GUIDE: '✓', SOCIAL_WORKER: '✓', AUDITOR: '—' },
  },
  {
    name: 'phone, email',
    root: 'Youth',
    selection: 'phone email',
    reads: ['phone', 'email'],
    cells: { CASEWORKER: '✓', MENTOR: '✓', PROVIDER_COORDINATOR: '✓', INSTITUTION_STAFF: '—', YOUTH_GUIDE: '✓', SOCIAL_WORKER: '—', AUDITOR: '—' },
  },
  {
    name: 'targetGroup, legal basis',
    root: 'Youth',
    selection: 'targetGroup legalBasis',
    reads: ['targetGroup', 'legalBasis'],
    cells: { CASEWORKER: '✓', MENTOR: '—', PROVIDER_COORDINATOR: '✓', INSTITUTION_STAFF: '—', YOUTH_GUIDE: '✓', SOCIAL_WORKER: '—', AUDITOR: '—' },
  },
  {
    name: 'specialNeeds',
    root: 'Youth',
    selection: 'specialNeeds',
    reads: ['specialNeeds'],
    cells: { CASEWORKER: '✓', MENTOR: '✓', PROVIDER_COORDINATOR: '—', INSTITUTION_STAFF: '—', YOUTH_GUIDE: '—', SOCIAL_WORKER: '✓', AUDITOR: '—' },
  },
  {
    name: 'healthNotes',
    root: 'Youth',
    selection: 'healthNotes',
    reads: ['healthNotes'],
    cells: { CASEWORKER: '✓', MENTOR: '—', PROVIDER_COORDINATOR: '—', INSTITUTION_STAFF: '—', YOUTH_GUIDE: '—', SOCIAL_WORKER: '✓', AUDITOR: '—' },
  },
  {
    name: 'caseNotes',
    root: 'Youth',
    selection: 'caseNotes',
    reads: ['caseNotes'],
    cells: { CASEWORKER: '✓', MENTOR: '—', PROVIDER_COORDINATOR: '—', INSTITUTION_STAFF: '—', YOUTH_GUIDE: '—', SOCIAL_WORKER: '—', AUDITOR: '—' },
  },
  {
    name: 'orders: status, hours, dates, institution',
    root: 'Order',
    selection: 'status weeklyHours weeks totalHours startDate endDate institution { id }',
    reads: ['status', 'weeklyHours', 'weeks', 'totalHours', 'startDate', 'endDate', 'institution'],
    cells: { CASEWORKER: '✓', MENTOR: '✓', PROVIDER_COORDINATOR: '✓', INSTITUTION_STAFF: '✓', YOUTH_GUIDE: '✓', SOCIAL_WORKER: '—', AUDITOR: '—' },
  },
  {
    name: 'order goal, tasks, agreement',
    root: 'Order',
    selection: 'goal tasks agreement { goal tasks signedOn }',
    reads: ['goal', 'tasks', 'agreement'],
    cells: { CASEWORKER: '✓', MENTOR: '✓', PROVIDER_COORDINATOR: '✓', INSTITUTION_STAFF: '—', YOUTH_GUIDE: '✓', SOCIAL_WORKER: '—', AUDITOR: '—' },
  },
  {
    name: 'schedules',
    root: 'Order',
    selection: 'schedules { validFrom validTo entries { date startTime endTime place activity duringTeachingHours } }',
    reads: ['schedules.*.entries'],
    cells: {
      CASEWORKER: '✓',
      MENTOR: '✓',
      PROVIDER_COORDINATOR: '✓',
      INSTITUTION_STAFF: '✓ (entries in teaching hours)',
      YOUTH_GUIDE: '✓',
      SOCIAL_WORKER: '—',
      AUDITOR: '—',
    },
    narrowing: {
      '✓ (entries in teaching hours)': (orders) =>
        objectsAt(orders, 'schedules', 'entries')
          .filter((entry) => entry.duringTeachingHours !== true && ['date', 'startTime', 'endTime', 'place', 'activity'].some((field) => entry[field] != null))
          .map((entry) => `an entry outside teaching hours is readable: ${JSON.stringify(entry)}`),
    },
  },
  {
    name: 'sessions and journal notes',
    root: 'Order',
    // Newest first: the earlier mentor's session the test adds is dated today, so it is on this page.
    selection: 'sessions(first: 10) { edges { node { date minutes journalNote mentor { id } } } }',
    reads: ['date', 'minutes', 'journalNote'].map((field) => `sessions.edges.*.node.${field}`),
    cells: { CASEWORKER: '✓', MENTOR: '✓ own', PROVIDER_COORDINATOR: '✓', INSTITUTION_STAFF: '—', YOUTH_GUIDE: '—', SOCIAL_WORKER: '—', AUDITOR: '—' },
    narrowing: {
      '✓ own': (orders, caller) =>
        objectsAt(orders, 'sessions', 'edges', 'node')
          .filter((session) => objectsAt([session], 'mentor')[0]?.id !== caller.sub)
          .map((session) => `another mentor's session is readable: ${JSON.stringify(session)}`),
    },
  },
  {
    name: 'enrollments, attendance concerns',
    root: 'Youth',
    selection: 'enrollments { id programme status institution { id } attendanceConcerns { reportedOn description } }',
    reads: ['enrollments.*.programme', 'enrollments.*.status', 'enrollments.*.attendanceConcerns'],
    cells: { CASEWORKER: '✓', MENTOR: '✓', PROVIDER_COORDINATOR: '—', INSTITUTION_STAFF: '✓ own institution', YOUTH_GUIDE: '✓', SOCIAL_WORKER: '—', AUDITOR: '—' },
    narrowing: {
      '✓ own institution': (youths, caller) =>
        objectsAt(youths, 'enrollments')
          .filter((enrollment) => objectsAt([enrollment], 'institution')[0]?.id !== caller.org)
          .map((enrollment) => `an enrollment at another institution is readable: ${JSON.stringify(enrollment)}`),
    },
  },
  {
    name: 'audit log',
    root: 'Query',
    selection: 'auditLog(youthId: $id) { youthId records { at userId purpose outcome } partnerRecords { at userId purpose outcome } }',
    reads: ['auditLog.records', 'auditLog.partnerRecords'],
    ofAnyYouth: true,
    cells: { CASEWORKER: '—', MENTOR: '—', PROVIDER_COORDINATOR: '—', INSTITUTION_STAFF: '—', YOUTH_GUIDE: '—', SOCIAL_WORKER: '—', AUDITOR: '✓' },
  },
];

/** The group DESIGN §4 calls "orders: status, hours, dates, institution": a role allowed it can list orders. */
export const ORDER_LISTING_GROUP = 'orders: status, hours, dates, institution';

export function canListOrders(role: Role): boolean {
  return isAllowed(fieldGroups.find((group) => group.name === ORDER_LISTING_GROUP)!.cells[role]);
}

/** The objects at `path` under each of `values`, lists flattened on the way, nulls left out. */
export function objectsAt(values: unknown[], ...path: string[]): Record<string, unknown>[] {
  let current = values;
  for (const key of path) {
    current = current
      .map((value) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined))
      .flatMap((value) => (Array.isArray(value) ? value : [value]));
  }
  return current.filter((value): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value));
}

import { type Identity } from '@mentor/common';
import { demoId } from '@mentor/testkit';
import { describe, expect, test } from 'vitest';
import {
  closedRecentlyCondition,
  isActiveAssignedMentor,
  isClosedRecently,
  MENTOR_GRACE_DAYS,
  isOrderProvider,
  isOwnUnit,
  mayReplicate,
  maySeeOrderField,
  maySeeScheduleEntry,
  maySeeSession,
  maySeeYouthField,
  orderRelations,
  orderScope,
  relatesToYouth,
  seesWholeSchedule,
  sessionScope,
  successScope,
  youthFieldGroups,
  youthRelations,
  youthScope,
  type OrderFacts,
  type OrderLink,
  type YouthFacts,
  type YouthFieldGroup,
  type YouthRole,
} from './index.js';
import { SqlParams } from '../sql.js';

const unit = demoId('org', 'unit');
const person = demoId('user', 'person');
const as = (roles: Identity['roles'], org = unit, sub = person): Identity => ({ sub, roles, org, name: 'Test' });

describe('access', () => {
  test('an auditor, or a social worker asking for orders, is scoped to nothing', () => {
    expect(orderScope(as(['AUDITOR']), 'o', new SqlParams())).toBe('FALSE');
    expect(youthScope(as(['AUDITOR']), 'y', new SqlParams())).toBe('FALSE');
    expect(orderScope(as(['SOCIAL_WORKER']), 'o', new SqlParams())).toBe('FALSE');
    expect(sessionScope(as(['INSTITUTION_STAFF']), 's', 'o', new SqlParams())).toBe('FALSE');
  });

  test('scopes bind the caller’s ids as parameters, never as text', () => {
    const params = new SqlParams(['first']);
    const scope = youthScope(as(['CASEWORKER', 'YOUTH_GUIDE']), 'y', params);
    expect(params.values).toEqual(['first', unit, person]);
    expect(scope).toContain('$2');
    expect(scope).not.toContain(unit);
  });

  test('a claim that is not an id relates to nothing', () => {
    expect(orderScope(as(['CASEWORKER'], "x' OR TRUE --"), 'o', new SqlParams())).toBe('FALSE');
    expect(isOwnUnit(as(['CASEWORKER'], 'not-an-id'), { caseworkerUnitId: 'not-an-id' })).toBe(false);
  });

  test('write predicates need both the role and the relation', () => {
    expect(isOwnUnit(as(['CASEWORKER']), { caseworkerUnitId: unit })).toBe(true);
    expect(isOwnUnit(as(['YOUTH_GUIDE']), { caseworkerUnitId: unit })).toBe(false);
    expect(isOrderProvider(as(['PROVIDER_COORDINATOR']), { providerId: unit, status: 'PLACED' })).toBe(true);
    expect(isOrderProvider(as(['CASEWORKER']), { providerId: unit, status: 'PLACED' })).toBe(false);
    expect(isActiveAssignedMentor(as(['MENTOR']), { mentorId: person, status: 'ACTIVE' })).toBe(true);
    expect(isActiveAssignedMentor(as(['MENTOR']), { mentorId: person, status: 'COMPLETED' })).toBe(false);
    expect(isActiveAssignedMentor(as(['MENTOR']), { mentorId: demoId('user', 'else'), status: 'ACTIVE' })).toBe(false);
  });
});

const provider = demoId('provider', 'p');
const institution = demoId('institution', 'i');
const otherUnit = demoId('org', 'other');

function youthFacts(overrides: Partial<YouthFacts> = {}, order: Partial<OrderLink> = {}): YouthFacts {
  return {
    id: demoId('youth', 'y'),
    caseworkerUnitId: unit,
    youthGuideId: person,
    enrolledInstitutionIds: [],
    consentedBodyIds: [demoId('org', 'sof')],
    orders: [{ providerId: provider, mentorId: person, institutionId: institution, status: 'ACTIVE', closedRecently: false, ...order }],
    ...overrides,
  };
}

function orderFacts(overrides: Partial<OrderFacts> = {}): OrderFacts {
  return {
    id: demoId('order', 'o'),
    youthId: demoId('youth', 'y'),
    caseworkerUnitId: unit,
    youthGuideId: person,
    providerId: provider,
    mentorId: person,
    institutionId: institution,
    status: 'ACTIVE',
    closedRecently: false,
    ...overrides,
  };
}

/** The DESIGN §4 matrix, written out again by hand: which roles read which youth fields. */
const matrix: Record<YouthFieldGroup, YouthRole[]> = {
  name: ['CASEWORKER', 'MENTOR', 'PROVIDER_COORDINATOR', 'INSTITUTION_STAFF', 'YOUTH_GUIDE', 'SOCIAL_WORKER'],
  civil: ['CASEWORKER'],
  contact: ['CASEWORKER', 'MENTOR', 'PROVIDER_COORDINATOR', 'YOUTH_GUIDE'],
  eligibility: ['CASEWORKER', 'PROVIDER_COORDINATOR', 'YOUTH_GUIDE'],
  specialNeeds: ['CASEWORKER', 'MENTOR', 'SOCIAL_WORKER'],
  health: ['CASEWORKER', 'SOCIAL_WORKER'],
  caseNotes: ['CASEWORKER'],
  orders: ['CASEWORKER', 'MENTOR', 'PROVIDER_COORDINATOR', 'INSTITUTION_STAFF', 'YOUTH_GUIDE'],
  homeVisits: ['CASEWORKER', 'MENTOR', 'PROVIDER_COORDINATOR'],
};

describe('the youth field matrix', () => {
  const orgOf: Record<YouthRole, string> = {
    CASEWORKER: unit,
    MENTOR: provider,
    PROVIDER_COORDINATOR: provider,
    INSTITUTION_STAFF: institution,
    YOUTH_GUIDE: demoId('org', 'kui'),
    SOCIAL_WORKER: demoId('org', 'sof'),
  };

  test.each(Object.keys(orgOf) as YouthRole[])('%s with the relation reads exactly its groups', (role) => {
    const youth = youthFacts();
    expect([...youthRelations(as([role], orgOf[role]), youth)]).toEqual([role]);
    for (const group of Object.keys(youthFieldGroups) as YouthFieldGroup[]) {
      expect(maySeeYouthField(as([role], orgOf[role]), youth, group), `${role} ${group}`).toBe(matrix[group].includes(role));
    }
  });

  test('the role without the relation reads nothing, and an auditor never', () => {
    const youth = youthFacts({ caseworkerUnitId: otherUnit, youthGuideId: null, consentedBodyIds: [], orders: [] });
    for (const role of Object.keys(orgOf) as YouthRole[]) expect(relatesToYouth(as([role], orgOf[role]), youth)).toBe(false);
    expect(relatesToYouth(as(['AUDITOR']), youthFacts())).toBe(false);
    for (const group of Object.keys(youthFieldGroups) as YouthFieldGroup[]) expect(maySeeYouthField(as(['AUDITOR']), youthFacts(), group)).toBe(false);
  });

  test('a social worker relates only to a youth consented to their own unit, whatever other unit has a consent', () => {
    const youth = youthFacts({ consentedBodyIds: [demoId('org', 'sof')] });
    expect(relatesToYouth(as(['SOCIAL_WORKER'], demoId('org', 'sof')), youth)).toBe(true);
    for (const org of [demoId('org', 'psykiatri'), demoId('org', 'kui'), demoId('org', 'sof-2')]) {
      expect(relatesToYouth(as(['SOCIAL_WORKER'], org), youth), org).toBe(false);
      expect(maySeeYouthField(as(['SOCIAL_WORKER'], org), youth, 'health'), org).toBe(false);
    }
  });

  test('a mentor relates to the youth while an order is ACTIVE and for 30 days after it ends, with every MENTOR cell of the matrix', () => {
    const mentor = as(['MENTOR'], provider);
    const endedRecently = youthFacts({}, { status: 'COMPLETED', closedRecently: true });
    expect(relatesToYouth(mentor, endedRecently)).toBe(true);
    expect((Object.keys(youthFieldGroups) as YouthFieldGroup[]).filter((group) => maySeeYouthField(mentor, endedRecently, group))).toEqual(
      (Object.keys(matrix) as YouthFieldGroup[]).filter((group) => matrix[group].includes('MENTOR')),
    );
    expect(relatesToYouth(mentor, youthFacts({}, { status: 'CANCELLED', closedRecently: true }))).toBe(true);
    expect(relatesToYouth(mentor, youthFacts({}, { status: 'COMPLETED', closedRecently: false }))).toBe(false);
    expect(relatesToYouth(mentor, youthFacts({}, { status: 'ACCEPTED' }))).toBe(false);
    expect(relatesToYouth(as(['MENTOR'], provider, demoId('user', 'other-mentor')), youthFacts())).toBe(false);
  });

  test('institution staff relate through an enrollment or an order delivered at the institution', () => {
    const staff = as(['INSTITUTION_STAFF'], institution);
    expect(relatesToYouth(staff, youthFacts({ orders: [] }))).toBe(false);
    expect(relatesToYouth(staff, youthFacts({ orders: [], enrolledInstitutionIds: [institution] }))).toBe(true);
    expect(relatesToYouth(staff, youthFacts())).toBe(true);
  });

  test('several roles combine their relations, field by field', () => {
    const both = as(['CASEWORKER', 'SOCIAL_WORKER'], otherUnit);
    const consented = youthFacts({ consentedBodyIds: [otherUnit] });
    expect(maySeeYouthField(both, consented, 'health')).toBe(true);
    expect(maySeeYouthField(both, consented, 'civil')).toBe(false);
  });
});

describe('relations are worked out once per facts object and caller', () => {
  test('the same caller gets the same answer again; another caller gets its own', () => {
    const youth = youthFacts();
    const caseworker = as(['CASEWORKER']);
    const staff = as(['INSTITUTION_STAFF'], institution);
    const first = youthRelations(caseworker, youth);
    expect(youthRelations(caseworker, youth)).toBe(first);
    expect([...first]).toEqual(['CASEWORKER']);
    // Asked in turn on the same facts, each caller reads its own relations, never the other's.
    expect([...youthRelations(staff, youth)]).toEqual(['INSTITUTION_STAFF']);
    expect([...youthRelations(caseworker, youth)]).toEqual(['CASEWORKER']);
    expect(relatesToYouth(as(['AUDITOR']), youth)).toBe(false);
    const order = orderFacts();
    expect([...orderRelations(staff, order)]).toEqual(['INSTITUTION_STAFF']);
    expect([...orderRelations(caseworker, order)]).toEqual(['CASEWORKER']);
    expect(orderRelations(staff, order)).toBe(orderRelations(staff, order));
  });

  test('a copy of the facts is decided on its own values, not on what was remembered of the original', () => {
    const caseworker = as(['CASEWORKER']);
    const youth = youthFacts();
    expect(relatesToYouth(caseworker, youth)).toBe(true);
    const elsewhere = { ...youth, caseworkerUnitId: institution };
    expect(relatesToYouth(caseworker, elsewhere)).toBe(false);
    expect(Object.keys(youth)).toEqual(Object.keys(elsewhere));
    expect(JSON.parse(JSON.stringify(youth))).toEqual({ ...youth });
  });
});

describe('the order field matrix', () => {
  test('the mentor: everything but eligibility while ACTIVE and for 30 days after the end; nothing after that', () => {
    const mentor = as(['MENTOR'], provider);
    const active = orderFacts();
    const closing = orderFacts({ status: 'COMPLETED', closedRecently: true });
    const closedLongAgo = orderFacts({ status: 'COMPLETED', closedRecently: false });
    expect(orderRelations(mentor, active)).toEqual(new Set(['MENTOR']));
    for (const group of ['order', 'case', 'schedules', 'progress', 'sessions'] as const) expect(maySeeOrderField(mentor, active, group)).toBe(true);
    expect(maySeeOrderField(mentor, active, 'eligibility')).toBe(false);
    expect((['order', 'case', 'eligibility', 'schedules', 'progress', 'sessions'] as const).filter((group) => maySeeOrderField(mentor, closing, group))).toEqual([
      'order',
      'case',
      'schedules',
      'progress',
      'sessions',
    ]);
    expect(orderRelations(mentor, closing)).toEqual(new Set(['MENTOR']));
    expect(orderRelations(mentor, closedLongAgo).size).toBe(0);
    expect(maySeeSession(mentor, closing, { mentorId: person })).toBe(true);
    expect(maySeeSession(mentor, active, { mentorId: demoId('user', 'earlier-mentor') })).toBe(false);
  });

  test('sessions are the caseworker’s and the provider’s; institution staff and youth guides see none', () => {
    const order = orderFacts({ mentorId: null });
    expect(maySeeSession(as(['CASEWORKER']), order, { mentorId: person })).toBe(true);
    expect(maySeeSession(as(['PROVIDER_COORDINATOR'], provider), order, { mentorId: person })).toBe(true);
    expect(maySeeSession(as(['INSTITUTION_STAFF'], institution), order, { mentorId: person })).toBe(false);
    expect(maySeeSession(as(['YOUTH_GUIDE'], demoId('org', 'kui')), order, { mentorId: person })).toBe(false);
    expect(maySeeOrderField(as(['YOUTH_GUIDE'], demoId('org', 'kui')), order, 'sessions')).toBe(false);
  });

  test('institution staff: the order and the schedule entries in teaching hours only', () => {
    const staff = as(['INSTITUTION_STAFF'], institution);
    const order = orderFacts();
    expect((['order', 'case', 'eligibility', 'schedules', 'progress', 'sessions'] as const).filter((group) => maySeeOrderField(staff, order, group))).toEqual(['order', 'schedules']);
    expect(seesWholeSchedule(staff, order)).toBe(false);
    // 2026-03-02 is a Monday, 2026-03-07 a Saturday.
    expect(maySeeScheduleEntry(staff, order, { date: '2026-03-02', startTime: '10:00', endTime: '11:00' })).toBe(true);
    expect(maySeeScheduleEntry(staff, order, { date: '2026-03-02', startTime: '16:00', endTime: '17:00' })).toBe(false);
    expect(maySeeScheduleEntry(staff, order, { date: '2026-03-07', startTime: '10:00', endTime: '11:00' })).toBe(false);
    expect(maySeeScheduleEntry(as(['YOUTH_GUIDE'], demoId('org', 'kui')), order, { date: '2026-03-07', startTime: '10:00', endTime: '11:00' })).toBe(true);
    expect(maySeeScheduleEntry(as(['INSTITUTION_STAFF'], demoId('institution', 'other')), order, { date: '2026-03-02', startTime: '10:00', endTime: '11:00' })).toBe(false);
  });

  test('target group and legal basis are not for mentors or institutions', () => {
    const order = orderFacts();
    expect(maySeeOrderField(as(['PROVIDER_COORDINATOR'], provider), order, 'eligibility')).toBe(true);
    expect(maySeeOrderField(as(['MENTOR'], provider), order, 'eligibility')).toBe(false);
    expect(maySeeOrderField(as(['INSTITUTION_STAFF'], institution), order, 'eligibility')).toBe(false);
  });
});

describe('successScope: whose success metrics the caller counts', () => {
  test('a caseworker their unit’s orders, of any provider or institution', () => {
    const params = new SqlParams();
    expect(successScope(as(['CASEWORKER']), { providerId: provider, institutionId: institution }, 'o', params)).toContain('caseworker_unit_id');
    expect(params.values).toEqual([unit]);
  });

  test('a provider coordinator only their own provider; another provider is refused (null)', () => {
    expect(successScope(as(['PROVIDER_COORDINATOR'], provider), {}, 'o', new SqlParams())).toContain('provider_id');
    expect(successScope(as(['PROVIDER_COORDINATOR'], provider), { providerId: provider }, 'o', new SqlParams())).not.toBeNull();
    expect(successScope(as(['PROVIDER_COORDINATOR'], provider), { providerId: demoId('provider', 'other') }, 'o', new SqlParams())).toBeNull();
  });

  test('institution staff only their own institution', () => {
    expect(successScope(as(['INSTITUTION_STAFF'], institution), {}, 'o', new SqlParams())).toContain('institution_id');
    expect(successScope(as(['INSTITUTION_STAFF'], institution), { institutionId: demoId('institution', 'other') }, 'o', new SqlParams())).toBeNull();
  });

  test('nobody else, and a malformed claim relates to nothing', () => {
    for (const role of ['MENTOR', 'YOUTH_GUIDE', 'SOCIAL_WORKER', 'AUDITOR'] as const) expect(successScope(as([role]), {}, 'o', new SqlParams())).toBeNull();
    expect(successScope(as(['CASEWORKER'], 'not-an-id'), {}, 'o', new SqlParams())).toBeNull();
  });
});

describe('mayReplicate', () => {
  test("partners' replication is run by the partners service as itself, never by a user whatever their roles, nor by another service", () => {
    expect(mayReplicate({ kind: 'service', service: 'partners' }, 'Mutation', 'recordYouthRelations')).toBe(true);
    expect(mayReplicate({ kind: 'service', service: 'partners' }, 'Query', 'replicatedYouthRelations')).toBe(true);
    expect(mayReplicate({ kind: 'service', service: 'mentors' }, 'Mutation', 'recordYouthRelations')).toBe(false);
    expect(mayReplicate({ kind: 'service', service: 'orders' }, 'Mutation', 'recordYouthRelations')).toBe(false);
    expect(mayReplicate({ kind: 'user' }, 'Mutation', 'recordYouthRelations')).toBe(false);
    expect(mayReplicate({ kind: 'user' }, 'Query', 'replicatedYouthRelations')).toBe(false);
  });
});

describe("the provider's orders: placed with the provider, and what it keeps after they end", () => {
  const coordinator = as(['PROVIDER_COORDINATOR'], provider);
  const allGroups = Object.keys(youthFieldGroups) as YouthFieldGroup[];
  const orderGroups = ['order', 'case', 'eligibility', 'schedules', 'progress', 'sessions'] as const;

  test('a DRAFT is not placed with anyone: no relation to the order or the youth, and no write', () => {
    expect(relatesToYouth(coordinator, youthFacts({}, { status: 'DRAFT', mentorId: null }))).toBe(false);
    expect(orderRelations(coordinator, orderFacts({ status: 'DRAFT', mentorId: null })).size).toBe(0);
    expect(isOrderProvider(coordinator, { providerId: provider, status: 'DRAFT' })).toBe(false);
    expect(isOrderProvider(coordinator, { providerId: provider, status: 'PLACED' })).toBe(true);
  });

  test('the SQL scopes leave DRAFT orders out for the provider', () => {
    for (const scope of [orderScope(coordinator, 'o', new SqlParams()), youthScope(coordinator, 'y', new SqlParams()), sessionScope(coordinator, 's', 'o', new SqlParams())]) {
      expect(scope).toContain(`status <> 'DRAFT'`);
    }
  });

  test('PLACED, and ended less than 30 days ago: every PROVIDER_COORDINATOR cell of the matrix', () => {
    for (const order of [{ status: 'PLACED' as const, mentorId: null }, { status: 'COMPLETED' as const, closedRecently: true }, { status: 'REJECTED' as const, closedRecently: true }]) {
      const youth = youthFacts({}, order);
      expect(allGroups.filter((group) => maySeeYouthField(coordinator, youth, group))).toEqual(allGroups.filter((group) => matrix[group].includes('PROVIDER_COORDINATOR')));
      expect(maySeeOrderField(coordinator, orderFacts(order), 'eligibility')).toBe(true);
    }
  });

  test('ended over 30 days ago: the names and the orders, not contact data, target group, legal basis or home visits', () => {
    for (const status of ['COMPLETED', 'CANCELLED', 'REJECTED'] as const) {
      const youth = youthFacts({}, { status, closedRecently: false });
      expect(relatesToYouth(coordinator, youth)).toBe(true);
      expect(allGroups.filter((group) => maySeeYouthField(coordinator, youth, group))).toEqual(['name', 'orders']);
      expect(orderGroups.filter((group) => maySeeOrderField(coordinator, orderFacts({ status, closedRecently: false }), group))).toEqual([
        'order',
        'case',
        'schedules',
        'progress',
        'sessions',
      ]);
    }
  });

  test('one open order with the provider is enough for the youth, however old the others', () => {
    const youth = youthFacts({
      orders: [
        { providerId: provider, mentorId: null, institutionId: institution, status: 'COMPLETED', closedRecently: false },
        { providerId: provider, mentorId: null, institutionId: institution, status: 'ACCEPTED', closedRecently: false },
      ],
    });
    expect(maySeeYouthField(coordinator, youth, 'contact')).toBe(true);
    // The caseworker's own relation is not narrowed by the provider's rule.
    expect(maySeeYouthField(as(['CASEWORKER']), youthFacts({}, { status: 'COMPLETED', closedRecently: false }), 'contact')).toBe(true);
  });

  test('the grace period is one rule: the SQL condition and the predicate both read MENTOR_GRACE_DAYS', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    expect(isClosedRecently({ status: 'COMPLETED', closedAt: daysAgo(MENTOR_GRACE_DAYS - 1) }, now)).toBe(true);
    expect(isClosedRecently({ status: 'CANCELLED', closedAt: daysAgo(MENTOR_GRACE_DAYS + 1) }, now)).toBe(false);
    expect(isClosedRecently({ status: 'ACTIVE', closedAt: daysAgo(1) }, now)).toBe(false);
    expect(closedRecentlyCondition('o')).toContain(`interval '${MENTOR_GRACE_DAYS} days'`);
  });
});

import { type Identity, type ServiceName } from '@mentor/common';
import { demoId, demoInstitutions, demoOrganisations, demoProviders, demoUnits, demoUsers, demoYouthGuides, orderableInstitutions, syntheticCvr } from '@mentor/testkit';
import type { DataSource } from 'typeorm';
import type { TestStack } from '../support/stack.js';

/**
 * A valid input for every mutation the gateway serves, from the caller allowed to send it. Each
 * input names records that still fit when it is asked for (an order still PLACED, an enrollment
 * still ACTIVE), because earlier runs may have used some up.
 */

export interface MutationCase {
  field: string;
  service: ServiceName;
  caller: keyof typeof demoUsers | Identity;
  valid(world: World): Promise<Record<string, unknown>>;
}

export interface World {
  system: TestStack;
  /** A number not handed out before in this file: unique CPR numbers, CVRs, keys. */
  unique(): number;
}

/** Today in Denmark, as the services date things. */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

const caseworker = demoUsers.caseworker!;
const coordinator = demoUsers.provider!;
const mentor = demoUsers.mentor!;
const staff = demoUsers.institution!;
/** Provider 1's coordinator: the demo seed leaves that provider a draft experience report for last year. */
export const draftingCoordinator: Identity = { sub: demoId('user', 'coordinator-1'), roles: ['PROVIDER_COORDINATOR'], org: demoProviders[1]!.id, name: 'Jens Fogh' };
const psychiatry = demoOrganisations.find((organisation) => organisation.kind === 'PSYCHIATRY')!.id;
/** Not orderable, so what the runs do to it changes no order's rules. */
const languageSchool = demoInstitutions.find((institution) => institution.type === 'OTHER')!;

async function first<T>(db: DataSource, what: string, sql: string, params: unknown[] = []): Promise<T> {
  const [row] = (await db.query(sql, params)) as T[];
  if (!row) throw new Error(`No record left for ${what}: the hardening data ran out`);
  return row;
}

/** An ACTIVE order of the demo caseworker's unit, preferring ones the runs have touched least. */
async function activeOrderOfUnit(world: World, extra = 'true', params: unknown[] = []): Promise<{ id: string; version: number }> {
  return first(
    world.system.databases.orders,
    'an ACTIVE order of the unit',
    `SELECT o.id, o.version FROM mentor_order o JOIN youth y ON y.id = o.youth_id
      WHERE o.status = 'ACTIVE' AND y.caseworker_unit_id = $1 AND o.mentor_id IS DISTINCT FROM $2 AND ${extra}
      ORDER BY o.version, o.id LIMIT 1`,
    [caseworker.org, mentor.sub, ...params],
  );
}

/** An ACTIVE order of the demo provider, not one of the demo mentor's. */
async function activeOrderOfProvider(world: World): Promise<{ id: string; version: number; requested_activities: string[] }> {
  return first(
    world.system.databases.orders,
    "an ACTIVE order of the provider's",
    `SELECT id, version, requested_activities FROM mentor_order
      WHERE status = 'ACTIVE' AND provider_id = $1 AND mentor_id IS DISTINCT FROM $2 AND end_date > current_date + 14
      ORDER BY version, id LIMIT 1`,
    [coordinator.org, mentor.sub],
  );
}

/** The mentors subgraph's verdict on the provider's mentors for an order, as the orders subgraph relays it. */
async function eligibleMentors(world: World, orderId: string): Promise<string[]> {
  const response = await world.system.send<{ suggestMentors: { eligible: boolean; mentor: { id: string } }[] | null }>('provider', {
    query: `#graphql
      query HardeningSuggestMentors($orderId: ID!) { suggestMentors(orderId: $orderId) { eligible mentor { id } } }`,
    variables: { orderId },
    operationName: 'HardeningSuggestMentors',
  });
  return (response.body.data?.suggestMentors ?? []).filter((suggestion) => suggestion.eligible).map((suggestion) => suggestion.mentor.id);
}

/** An ACTIVE order of the provider whose mentor the mentors subgraph finds eligible, after assigning one if need be. */
async function activeOrderWithEligibleMentor(world: World): Promise<{ id: string; version: number }> {
  const orders = (await world.system.databases.orders.query(
    `SELECT id, version, mentor_id FROM mentor_order
      WHERE status = 'ACTIVE' AND provider_id = $1 AND mentor_id IS DISTINCT FROM $2 AND end_date > current_date + 14
      ORDER BY version, id LIMIT 5`,
    [coordinator.org, mentor.sub],
  )) as { id: string; version: number; mentor_id: string }[];
  for (const order of orders) {
    const eligible = await eligibleMentors(world, order.id);
    if (eligible.includes(order.mentor_id)) return order;
    if (!eligible.length) continue;
    const assigned = await world.system.send<{ assignMentor: { version: number } | null }>('provider', {
      query: `#graphql
        mutation HardeningAssign($input: AssignMentorInput!) { assignMentor(input: $input) { version } }`,
      variables: { input: { orderId: order.id, mentorId: eligible[0] } },
      operationName: 'HardeningAssign',
    });
    if (assigned.body.data?.assignMentor) return { id: order.id, version: assigned.body.data.assignMentor.version };
  }
  throw new Error('No ACTIVE order of the provider can get an eligible mentor: the hardening data ran out');
}

async function placedOrderOfProvider(world: World): Promise<{ id: string; version: number }> {
  return first(world.system.databases.orders, 'a PLACED order', `SELECT id, version FROM mentor_order WHERE status = 'PLACED' AND provider_id = $1 ORDER BY id LIMIT 1`, [coordinator.org]);
}

/** A CPR number of someone aged 20–22 no youth has yet: DDMMYY-4SSS is born in the 2000s. */
async function freeCpr(world: World): Promise<string> {
  for (;;) {
    const n = world.unique();
    const year = new Date().getUTCFullYear() - 20 - (n % 3);
    const cpr = `${String(1 + (n % 28)).padStart(2, '0')}${String(1 + (Math.floor(n / 28) % 12)).padStart(2, '0')}${String(year % 100).padStart(2, '0')}-4${String(n % 1000).padStart(3, '0')}`;
    const taken = await world.system.databases.orders.query('SELECT 1 FROM youth WHERE cpr = $1', [cpr]);
    if (!taken.length) return cpr;
  }
}

const key = (world: World, what: string) => `hardening-${what}-${world.unique()}`;

export const mutationCases: MutationCase[] = [
  // orders
  {
    field: 'registerYouth',
    service: 'orders',
    caller: 'caseworker',
    valid: async (world) => ({
      firstName: 'Sara',
      lastName: 'Holm',
      cpr: await freeCpr(world),
      address: 'Blågårdsgade 12, 2. th., 2200 København N',
      phone: '28 44 12 90',
      email: 'sara.holm@example.dk',
      targetGroup: 'YOUTH_TRANSITION_TO_EDUCATION',
      legalBasis: 'LAB § 31 b',
      specialNeeds: 'Har brug for korte møder.',
      idempotencyKey: key(world, 'youth'),
    }),
  },
  {
    field: 'placeOrder',
    service: 'orders',
    caller: 'caseworker',
    valid: async (world) => {
      const youth = await first<{ id: string }>(world.system.databases.orders, 'a youth of the unit', `SELECT id FROM youth WHERE caseworker_unit_id = $1 ORDER BY id LIMIT 1`, [caseworker.org]);
      return {
        youthId: youth.id,
        providerId: coordinator.org,
        institutionId: orderableInstitutions[0]!.id,
        goalKind: 'EDUCATION',
        goal: 'Den unge gennemfører grundforløbet.',
        tasks: ['Støtte fremmøde', 'Struktur i hverdagen'],
        requestedActivities: demoProviders[0]!.activities.slice(0, 2),
        weeklyHours: 1,
        weeks: 13,
        startDate: today(),
        deliveryMunicipalityCode: '101',
        // Every run places another order for the same youth: one support at a time needs the reason.
        overlapJustification: 'Den unge har brug for støtte fra to udbydere i en overgang.',
        idempotencyKey: key(world, 'order'),
      };
    },
  },
  {
    field: 'acceptOrder',
    service: 'orders',
    caller: 'provider',
    valid: async (world) => {
      const order = await placedOrderOfProvider(world);
      return { orderId: order.id, expectedVersion: order.version };
    },
  },
  {
    field: 'rejectOrder',
    service: 'orders',
    caller: 'provider',
    valid: async (world) => {
      const order = await placedOrderOfProvider(world);
      return { orderId: order.id, reason: 'Ingen ledig mentor i perioden.', expectedVersion: order.version };
    },
  },
  {
    field: 'assignMentor',
    service: 'orders',
    caller: 'provider',
    valid: async (world) => {
      const order = await activeOrderWithEligibleMentor(world);
      const [mentorId] = await eligibleMentors(world, order.id);
      return { orderId: order.id, mentorId, expectedVersion: order.version };
    },
  },
  {
    field: 'signAgreement',
    service: 'orders',
    caller: 'provider',
    valid: async (world) => {
      const order = await activeOrderWithEligibleMentor(world);
      return { orderId: order.id, mentorName: 'Mette Jensen', mentorContact: '+45 30 11 22 33', signedOn: today(), expectedVersion: order.version };
    },
  },
  {
    field: 'publishSchedule',
    service: 'orders',
    caller: 'provider',
    valid: async (world) => {
      const order = await activeOrderOfProvider(world);
      const from = addDays(today(), 1);
      return {
        orderId: order.id,
        kind: 'WEEKLY',
        validFrom: from,
        validTo: addDays(from, 6),
        entries: order.requested_activities.map((activity, index) => ({
          date: addDays(from, index % 7),
          startTime: '10:00',
          endTime: '10:30',
          place: 'Erhvervsskolen Nørrebro',
          activity,
        })),
        idempotencyKey: key(world, 'schedule'),
      };
    },
  },
  {
    field: 'logSession',
    service: 'orders',
    caller: 'mentor',
    valid: async (world) => {
      // The mentor's ACTIVE order with the most hours left.
      const order = await first<{ id: string }>(
        world.system.databases.orders,
        "the mentor's ACTIVE order",
        `SELECT o.id FROM mentor_order o
          WHERE o.status = 'ACTIVE' AND o.mentor_id = $1
          ORDER BY o.weekly_hours * o.weeks * 60 - (SELECT coalesce(sum(s.minutes), 0) FROM mentor_session s WHERE s.order_id = o.id) DESC, o.id LIMIT 1`,
        [mentor.sub],
      );
      return {
        orderId: order.id,
        date: today(),
        minutes: 15,
        form: 'IN_PERSON',
        place: 'INSTITUTION',
        journalNote: 'Kort samtale om ugens skema.',
        phase: 'COURSE',
        idempotencyKey: key(world, 'session'),
      };
    },
  },
  {
    field: 'recordFollowUp',
    service: 'orders',
    caller: 'caseworker',
    valid: async (world) => {
      const order = await activeOrderOfUnit(world, 'o.start_date <= current_date');
      return { orderId: order.id, date: today(), statusAssessment: 'Godt i gang.', progression: 'SOME', nextStep: 'Ny opfølgning om 13 uger.', idempotencyKey: key(world, 'follow-up') };
    },
  },
  {
    field: 'recordEffectAssessment',
    service: 'orders',
    caller: 'caseworker',
    valid: async (world) => {
      const order = await activeOrderOfUnit(world, 'o.start_date <= current_date AND o.end_date >= current_date + 21');
      return { orderId: order.id, date: today(), effect: 'SOME', assessment: 'Bedre fremmøde.', recommendation: 'CONTINUE_SAME_INTENSITY', idempotencyKey: key(world, 'effect') };
    },
  },
  {
    field: 'recordSpsClarification',
    service: 'orders',
    caller: 'caseworker',
    valid: async (world) => {
      const order = await activeOrderOfUnit(world);
      return { orderId: order.id, text: 'SPS afklaret med studievejleder; ingen behov.', clarifiedOn: today(), expectedVersion: order.version };
    },
  },
  {
    field: 'extendOrder',
    service: 'orders',
    caller: 'caseworker',
    valid: async (world) => {
      const order = await activeOrderOfUnit(world, 'o.weeks <= 20 AND o.start_date <= current_date');
      // An order is extended only with its follow-up up to date.
      const followUp = await world.system.send('caseworker', {
        query: `#graphql
          mutation HardeningFollowUp($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id } }`,
        variables: { input: { orderId: order.id, date: today(), statusAssessment: 'Stabilt.', progression: 'SOME', nextStep: 'Forlængelse.' } },
        operationName: 'HardeningFollowUp',
      });
      if (!followUp.body.data) throw new Error(`No follow-up for ${order.id}: ${JSON.stringify(followUp.body.errors)}`);
      const [{ version }] = (await world.system.databases.orders.query('SELECT version FROM mentor_order WHERE id = $1', [order.id])) as [{ version: number }];
      return { orderId: order.id, weeks: 2, specialJustification: 'Eksamen i juni.', expectedVersion: version };
    },
  },
  {
    field: 'completeOrder',
    service: 'orders',
    caller: 'caseworker',
    valid: async (world) => {
      const order = await activeOrderOfUnit(world, 'o.sps_clarification IS NOT NULL');
      return { orderId: order.id, outcome: 'COMPLETED_EDUCATION', youthSatisfaction: 4, note: 'Gennemførte grundforløbet.', expectedVersion: order.version };
    },
  },
  {
    field: 'recordHomeVisitConsent',
    service: 'orders',
    caller: 'caseworker',
    valid: async (world) => {
      const youth = await first<{ id: string; version: number }>(
        world.system.databases.orders,
        'a youth of the unit',
        `SELECT id, version FROM youth WHERE caseworker_unit_id = $1 ORDER BY version, id LIMIT 1`,
        [caseworker.org],
      );
      return { youthId: youth.id, consent: world.unique() % 2 === 0, expectedVersion: youth.version };
    },
  },
  {
    field: 'cancelOrder',
    service: 'orders',
    caller: 'caseworker',
    valid: async (world) => {
      const order = await first<{ id: string; version: number }>(
        world.system.databases.orders,
        'an open order of the unit',
        `SELECT o.id, o.version FROM mentor_order o JOIN youth y ON y.id = o.youth_id
          WHERE o.status IN ('DRAFT', 'PLACED', 'ACCEPTED') AND y.caseworker_unit_id = $1 ORDER BY o.id LIMIT 1`,
        [caseworker.org],
      );
      return { orderId: order.id, reason: 'Den unge er flyttet.', expectedVersion: order.version };
    },
  },
  // mentors
  {
    field: 'registerProvider',
    service: 'mentors',
    caller: 'caseworker',
    valid: async (world) => ({
      name: 'Vestegnens Mentorhus ApS',
      cvr: syntheticCvr(5_000 + world.unique()),
      activities: ['Afklaring af uddannelsesmål', 'Ledsagelse til møder'],
      pricePerHourOre: 49_500,
      municipalityCodes: ['167', '183'],
      agreementStartDate: '2024-01-01',
      idempotencyKey: key(world, 'provider'),
    }),
  },
  {
    field: 'registerMentor',
    service: 'mentors',
    caller: 'provider',
    valid: async (world) => ({
      providerId: coordinator.org,
      firstName: 'Nanna',
      lastName: 'Østergaard',
      phone: '+45 28 11 22 33',
      email: 'nanna.oestergaard@brobygmentor.dk',
      kind: 'STUDY_START_COORDINATOR',
      languages: ['da', 'en'],
      targetGroups: ['Unge ved studiestart på erhvervsuddannelse'],
      capacityHoursPerWeek: 12.5,
      idempotencyKey: key(world, 'mentor'),
    }),
  },
  ...(['updateMentor', 'certifyMentor', 'recordScreening', 'recordTraining', 'recordSupervision'] as const).map(
    (field): MutationCase => ({
      field,
      service: 'mentors',
      caller: 'provider',
      valid: async (world) => {
        const own = await first<{ id: string; kind: string; version: number }>(
          world.system.databases.mentors,
          "one of the provider's mentors",
          `SELECT id, kind, version FROM mentor WHERE provider_id = $1 AND id <> $2 AND status = 'ACTIVE' ORDER BY id LIMIT 1`,
          [coordinator.org, mentor.sub],
        );
        const inputs: Record<typeof field, Record<string, unknown>> = {
          updateMentor: { mentorId: own.id, expectedVersion: own.version, phone: '+45 28 99 00 11', capacityHoursPerWeek: 12 },
          certifyMentor: {
            mentorId: own.id,
            kind: own.kind,
            issuedBy: 'Lone Vestergaard, faglig leder',
            issuedOn: today(),
            validUntil: addDays(today(), 700),
            taskDescription: 'Motiverende samtaler og ledsagelse til møder',
            idempotencyKey: key(world, 'certification'),
          },
          recordScreening: { mentorId: own.id, kind: 'CHILD_PROTECTION', checkedOn: today(), result: 'CLEAR', checkedBy: 'Karen Dahl', idempotencyKey: key(world, 'screening') },
          recordTraining: { mentorId: own.id, heldOn: today(), topic: 'Tavshedspligt', hours: 3, givenBy: 'Center for Sikker By', idempotencyKey: key(world, 'training') },
          recordSupervision: { mentorId: own.id, heldOn: today(), topic: 'Gruppesupervision', hours: 1.5, givenBy: 'Marianne Brix, psykolog', idempotencyKey: key(world, 'supervision') },
        };
        return inputs[field];
      },
    }),
  ),
  {
    field: 'submitExperienceReport',
    service: 'mentors',
    caller: draftingCoordinator,
    valid: async (world) => ({
      providerId: draftingCoordinator.org,
      year: Number(today().slice(0, 4)) - 1,
      themes: ['Unge på VUC', 'Struktur i hverdagen'],
      text: 'Udkast: erfaringer med ugentlige mentorsamtaler for unge på VUC.',
      publish: false,
      idempotencyKey: key(world, 'report'),
    }),
  },
  // partners
  {
    field: 'registerOrganisation',
    service: 'partners',
    caller: 'caseworker',
    valid: async (world) => ({ kind: 'PRISON_AND_PROBATION', name: 'Kriminalforsorgen, Afdeling Vestegnen', cvr: '11863418', municipalityCode: '167', idempotencyKey: key(world, 'organisation') }),
  },
  {
    field: 'registerInstitution',
    service: 'partners',
    caller: 'caseworker',
    valid: async (world) => {
      const n = world.unique();
      return {
        name: 'Produktionsskolen Valby',
        cvr: syntheticCvr(7_000 + n),
        institutionNumber: String(600_000 + n),
        type: 'VOCATIONAL',
        approved: true,
        address: 'Gammel Køge Landevej 55, 2500 Valby',
        municipalityCode: '101',
        idempotencyKey: key(world, 'institution'),
      };
    },
  },
  {
    field: 'updateInstitution',
    service: 'partners',
    caller: 'caseworker',
    valid: async (world) => {
      const institution = await first<{ version: number }>(world.system.databases.partners, 'the language school', 'SELECT version FROM institution WHERE id = $1', [languageSchool.id]);
      return { institutionId: languageSchool.id, address: `Østerbrogade ${100 + (world.unique() % 50)}, 2100 København Ø`, expectedVersion: institution.version };
    },
  },
  {
    field: 'enrollYouth',
    service: 'partners',
    caller: 'institution',
    valid: async (world) => {
      // Staff enroll only a youth whose placed order is delivered at the school; this one has left it, so it may be enrolled again.
      const youth = await first<{ youth_id: string }>(
        world.system.databases.partners,
        'a youth with a placed order at the school',
        `SELECT l.youth_id FROM youth_link l WHERE $1 = ANY(l.placed_institution_ids) ORDER BY l.youth_id LIMIT 1`,
        [staff.org],
      );
      await world.system.databases.partners.query(
        `UPDATE enrollment SET status = 'COMPLETED', ended_on = start_date, version = version + 1 WHERE youth_id = $1 AND institution_id = $2 AND status = 'ACTIVE'`,
        [youth.youth_id, staff.org],
      );
      return { youthId: youth.youth_id, institutionId: staff.org, programme: 'Grundforløb 2 – Tømrer', startDate: today(), expectedEndDate: addDays(today(), 700), idempotencyKey: key(world, 'enrollment') };
    },
  },
  {
    field: 'updateEnrollmentStatus',
    service: 'partners',
    caller: 'institution',
    valid: async (world) => {
      const enrollment = await activeEnrollment(world);
      return { enrollmentId: enrollment.id, status: 'COMPLETED', endedOn: today(), expectedVersion: enrollment.version };
    },
  },
  {
    field: 'reportAttendanceConcern',
    service: 'partners',
    caller: 'institution',
    valid: async (world) => {
      const enrollment = await activeEnrollment(world);
      return { enrollmentId: enrollment.id, reportedOn: today(), description: 'Har ikke været mødt op siden mandag.', idempotencyKey: key(world, 'concern') };
    },
  },
  {
    field: 'assignYouthGuide',
    service: 'partners',
    caller: 'caseworker',
    valid: async (world) => {
      const youth = await first<{ youth_id: string }>(
        world.system.databases.partners,
        'a youth of the unit without a guide',
        `SELECT l.youth_id FROM youth_link l
          WHERE l.caseworker_unit_id = $1 AND NOT EXISTS (SELECT 1 FROM youth_guide_assignment a WHERE a.youth_id = l.youth_id AND a.to_date IS NULL)
          ORDER BY l.youth_id LIMIT 1`,
        [caseworker.org],
      );
      const guide = demoYouthGuides[1]!;
      return { youthId: youth.youth_id, kuiOrganisationId: demoUnits.kui, guideUserId: guide.id, guideName: guide.name, fromDate: today(), idempotencyKey: key(world, 'guide') };
    },
  },
  {
    field: 'endYouthGuideAssignment',
    service: 'partners',
    caller: 'youth-guide',
    valid: async (world) => {
      const assignment = await first<{ id: string; version: number }>(
        world.system.databases.partners,
        'an open guide assignment',
        `SELECT id, version FROM youth_guide_assignment WHERE to_date IS NULL AND from_date <= current_date ORDER BY id LIMIT 1`,
      );
      return { assignmentId: assignment.id, toDate: today(), expectedVersion: assignment.version };
    },
  },
  {
    field: 'recordConsent',
    service: 'partners',
    caller: 'caseworker',
    valid: async (world) => {
      const youth = await first<{ youth_id: string }>(world.system.databases.partners, 'a youth of the unit', `SELECT youth_id FROM youth_link WHERE caseworker_unit_id = $1 ORDER BY youth_id LIMIT 1`, [
        caseworker.org,
      ]);
      return { youthId: youth.youth_id, bodyId: psychiatry, scope: 'Koordinering af udskrivning og opfølgning', givenOn: today(), idempotencyKey: key(world, 'consent') };
    },
  },
  {
    field: 'withdrawConsent',
    service: 'partners',
    caller: 'caseworker',
    valid: async (world) => {
      const consent = await first<{ id: string; version: number }>(
        world.system.databases.partners,
        'a current consent of a youth of the unit',
        `SELECT c.id, c.version FROM consent c JOIN youth_link l ON l.youth_id = c.youth_id
          WHERE l.caseworker_unit_id = $1 AND c.withdrawn_on IS NULL AND c.given_on <= current_date ORDER BY c.id LIMIT 1`,
        [caseworker.org],
      );
      return { consentId: consent.id, withdrawnOn: today(), expectedVersion: consent.version };
    },
  },
  {
    field: 'giveCollaborationFeedback',
    service: 'partners',
    caller: 'institution',
    valid: async (world) => {
      const order = await first<{ id: string }>(world.system.databases.orders, 'an order at the school', `SELECT id FROM mentor_order WHERE institution_id = $1 ORDER BY id LIMIT 1`, [staff.org]);
      return { orderId: order.id, rating: 4, comment: 'Godt samarbejde om fremmødet.', idempotencyKey: key(world, 'feedback') };
    },
  },
];

async function activeEnrollment(world: World): Promise<{ id: string; version: number }> {
  return first(
    world.system.databases.partners,
    'an ACTIVE enrollment at the school',
    `SELECT id, version FROM enrollment WHERE institution_id = $1 AND status = 'ACTIVE' AND start_date <= current_date ORDER BY version, id LIMIT 1`,
    [staff.org],
  );
}

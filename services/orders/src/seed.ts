import { kindFit } from '@mentor/common';
import { DEMO_SCREENING_DUE_FROM_DAYS, demoId, demoMentors, demoOrder, demoProviders, demoSocialServicesConsentScope, demoToday, demoUnits, demoYouth, orderableInstitutions, random, type DemoOrder, type DemoYouth, type MentorKind } from '@mentor/testkit';
import type { DataSource, EntityManager } from 'typeorm';
import { addDays, daysBetween, endDateFor, weekday } from './dates.js';
import { usualLegalBasis, type SessionForm, type SessionPhase, type SessionPlace, type TargetGroup } from './domain.js';
import { totalHoursOf } from './rules/hours.js';
import * as text from './seed-data.js';
import { copenhagenBridgeBuilding, serviceStandardDefinitions } from './rules/service-standards.js';
import { EffectAssessment, FollowUp, MentorAgreement, MentorSession, Order, Schedule, ScheduleEntry, ServiceStandard, Youth, YouthConsent } from './entities/index.js';
import { bulkInsert } from './sql.js';

type Random = () => number;

const YOUTHS_PER_BATCH = 1000;

/** A UUID drawn from the seeded generator: deterministic like demoId, for records no other subgraph refers to. */
function seededUuid(rng: Random): string {
  const hex = Array.from({ length: 4 }, () => Math.floor(rng() * 0x1_0000_0000).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16]!, 16) & 3]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function pick<T>(rng: Random, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)]!;
}

function between(rng: Random, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function chance(rng: Random, probability: number): boolean {
  return rng() < probability;
}

function pickSome<T>(rng: Random, list: readonly T[], count: number): T[] {
  const pool = [...list];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length) chosen.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]!);
  return chosen;
}

function at(date: string, time = '09:00'): Date {
  return new Date(`${date}T${time}:00Z`);
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const cprWeights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/**
 * A synthetic CPR number consistent with the birth date: the 7th digit gives the right century,
 * the last digit's parity the sex, and numbers for births before 2007 pass modulus 11 as real ones do.
 */
function syntheticCpr(birthDate: string, female: boolean, rng: Random, used: Set<string>): string {
  const [year, month, day] = birthDate.split('-') as [string, string, string];
  const datePart = `${day}${month}${year.slice(2)}`;
  const centuryDigits = Number(year) < 2000 ? [0, 1, 2, 3] : [4, 5, 6, 7, 8, 9];
  const needsModulus11 = Number(year) < 2007;
  for (let attempt = 0; ; attempt++) {
    const serial = `${pick(rng, centuryDigits)}${between(rng, 0, 99).toString().padStart(2, '0')}`;
    const prefix = `${datePart}${serial}`;
    const partial = [...prefix].reduce((sum, digit, index) => sum + Number(digit) * cprWeights[index]!, 0);
    const candidates = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((last) => last % 2 === (female ? 0 : 1) && (!needsModulus11 || (partial + last) % 11 === 0));
    if (!candidates.length) continue;
    const cpr = `${datePart}-${serial}${pick(rng, candidates)}`;
    if (!used.has(cpr) || attempt > 10_000) {
      used.add(cpr);
      return cpr;
    }
  }
}

/** A birth date that makes the youth exactly `age` on `today`. */
function birthDateFor(age: number, today: string, rng: Random): string {
  const lastBirthday = `${Number(today.slice(0, 4)) - age}${today.slice(4)}`.replace('-02-29', '-02-28');
  return addDays(lastBirthday, -between(rng, 0, 360));
}

/** The first weekday on or after `date`. */
function onWeekday(date: string): string {
  const day = weekday(date);
  return day >= 6 ? addDays(date, 8 - day) : date;
}

const targetGroupMix: TargetGroup[] = [
  'YOUTH_TRANSITION_TO_EDUCATION',
  'YOUTH_TRANSITION_TO_EDUCATION',
  'YOUTH_TRANSITION_TO_EDUCATION',
  'YOUTH_TRANSITION_TO_EDUCATION',
  'ACTIVITY_READY_CASH_BENEFIT',
  'ACTIVITY_READY_CASH_BENEFIT',
  'ACTIVITY_READY_CASH_BENEFIT',
  'SINGLE_PARENT_EDUCATION_ORDER',
  'YOUNG_FOREIGN_NATIONAL_IN_EDUCATION',
  'PSYCHIATRIC_DISCHARGE',
  'PRISON_RELEASE',
  'RESOURCE_COURSE',
];

const institutionsById = new Map(orderableInstitutions.map((institution) => [institution.id, institution] as const));
const providersById = new Map(demoProviders.map((provider) => [provider.id, provider] as const));
const mentorsById = new Map(demoMentors.map((mentor) => [mentor.id, mentor] as const));

interface Tables {
  youth: unknown[][];
  order: unknown[][];
  agreement: unknown[][];
  schedule: unknown[][];
  entry: unknown[][];
  session: unknown[][];
  followUp: unknown[][];
  effect: unknown[][];
  consent: unknown[][];
}

const columns = {
  youth: ['id', 'first_name', 'last_name', 'cpr', 'birth_date', 'address', 'phone', 'email', 'target_group', 'legal_basis', 'special_needs', 'health_notes', 'case_notes', 'caseworker_unit_id', 'youth_guide_id', 'institution_ids', 'created_at', 'updated_at', 'home_visit_consent', 'home_visit_consent_on'],
  order: ['id', 'reference', 'youth_id', 'provider_id', 'mentor_id', 'institution_id', 'service_standard_id', 'target_group', 'legal_basis', 'goal_kind', 'goal', 'tasks', 'requested_activities', 'weekly_hours', 'weeks', 'start_date', 'end_date', 'delivery_municipality_code', 'status', 'sps_clarification', 'sps_clarified_on', 'rejection_reason', 'cancellation_reason', 'outcome_kind', 'youth_satisfaction', 'outcome_note', 'closed_at', 'version', 'created_at', 'updated_at', 'activated_on'],
  agreement: ['id', 'order_id', 'goal', 'mentor_name', 'mentor_contact', 'tasks', 'start_date', 'end_date', 'weekly_hours', 'total_hours', 'complaint_guidance', 'signed_on'],
  schedule: ['id', 'order_id', 'kind', 'valid_from', 'valid_to', 'published_at'],
  entry: ['id', 'schedule_id', 'date', 'start_time', 'end_time', 'hours', 'place', 'activity'],
  session: ['id', 'order_id', 'mentor_id', 'date', 'minutes', 'form', 'place', 'special_reason', 'home_visit_consent', 'activities', 'journal_note', 'phase', 'created_at'],
  followUp: ['id', 'order_id', 'date', 'status_assessment', 'progression', 'next_step', 'created_at'],
  effect: ['id', 'order_id', 'date', 'effect', 'assessment', 'recommendation', 'created_at'],
  consent: ['id', 'youth_id', 'body_id', 'scope', 'given_on', 'withdrawn_on'],
} as const;

interface OrderPlan {
  startDate: string;
  weeks: number;
  createdOn: string;
  closedOn: string | null;
}

/** Dates around the demo's today: ACTIVE orders started 1–10 weeks ago, COMPLETED ones ended 1–60 days ago. */
function planDates(status: DemoOrder['status'], today: string, rng: Random): OrderPlan {
  let weeks = pick(rng, [13, 13, 13, 13, 13, 12, 10, 8]);
  switch (status) {
    case 'ACTIVE': {
      const elapsed = between(rng, 7, 70);
      weeks = Math.min(13, Math.max(weeks, Math.ceil(elapsed / 7) + 2));
      const startDate = addDays(today, -elapsed);
      return { startDate, weeks, createdOn: addDays(startDate, -between(rng, 5, 20)), closedOn: null };
    }
    case 'COMPLETED': {
      const endDate = addDays(today, -between(rng, 1, 60));
      const startDate = addDays(endDate, -(weeks * 7 - 1));
      return { startDate, weeks, createdOn: addDays(startDate, -between(rng, 5, 20)), closedOn: endDate };
    }
    case 'ACCEPTED':
      return { startDate: addDays(today, between(rng, 3, 17)), weeks, createdOn: addDays(today, -between(rng, 2, 10)), closedOn: null };
    case 'PLACED':
    case 'DRAFT':
      return { startDate: addDays(today, between(rng, 7, 28)), weeks, createdOn: addDays(today, -between(rng, 0, 5)), closedOn: null };
    case 'REJECTED': {
      const createdOn = addDays(today, -between(rng, 5, 40));
      return { startDate: addDays(createdOn, between(rng, 7, 21)), weeks, createdOn, closedOn: addDays(createdOn, between(rng, 1, 3)) };
    }
    case 'CANCELLED': {
      const createdOn = addDays(today, -between(rng, 20, 80));
      return { startDate: addDays(createdOn, between(rng, 7, 14)), weeks, createdOn, closedOn: addDays(createdOn, between(rng, 3, 19)) };
    }
  }
}

const versionOf: Record<DemoOrder['status'], number> = { DRAFT: 1, PLACED: 1, ACCEPTED: 2, ACTIVE: 4, COMPLETED: 6, REJECTED: 2, CANCELLED: 2 };

function addYouth(
  tables: Tables,
  youth: DemoYouth,
  mentorKind: MentorKind | null,
  createdAt: Date,
  today: string,
  rng: Random,
  usedCprs: Set<string>,
): { targetGroup: TargetGroup; legalBasis: string } {
  const female = chance(rng, 0.5);
  const firstName = pick(rng, female ? text.femaleFirstNames : text.maleFirstNames);
  const lastName = pick(rng, text.lastNames);
  const birthDate = birthDateFor(youth.age, today, rng);
  const [street, maxNumber, town] = pick(rng, text.streets);
  const address = `${street} ${between(rng, 1, maxNumber)}, ${pick(rng, text.floors)} ${pick(rng, text.sides)}, ${town}`;
  // A youth with a mentor is in a group the mentor's kind fits (rule 9); the demo plan gives a youth under 18 such a mentor.
  const targetGroup = youth.age < 18 ? 'YOUTH_TRANSITION_TO_EDUCATION' : pick(rng, mentorKind ? targetGroupMix.filter((group) => kindFit(mentorKind, group) !== 'NONE') : targetGroupMix);
  const phone = `${pick(rng, ['2', '3', '4', '5', '6', '7'])}${between(rng, 0, 9)} ${between(rng, 10, 99)} ${between(rng, 10, 99)} ${between(rng, 10, 99)}`;
  const mailName = `${firstName}.${lastName}`.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');
  tables.youth.push([
    youth.id,
    firstName,
    lastName,
    syntheticCpr(birthDate, female, rng, usedCprs),
    birthDate,
    address,
    chance(rng, 0.9) ? phone : null,
    chance(rng, 0.7) ? `${mailName}${youth.index}@example.dk` : null,
    targetGroup,
    usualLegalBasis[targetGroup],
    chance(rng, 0.15) ? pick(rng, text.specialNeedsTexts) : null,
    chance(rng, 0.1) || targetGroup === 'PSYCHIATRIC_DISCHARGE' ? pick(rng, text.healthNotesTexts) : null,
    chance(rng, 0.3) ? pick(rng, text.caseNotesTexts) : null,
    youth.caseworkerUnitId,
    youth.youthGuideId,
    [youth.institutionId],
    createdAt,
    createdAt,
    // Consent to home visits: filled in once the youth's sessions are planned (see recordHomeVisits).
    false,
    null,
  ]);
  // The demo consent partners records (by the youth's caseworker, to the social services administration), mirrored here;
  // drawn after the youth's other values, as before, so the rest of the demo world stays the same.
  const consentGivenOn = youth.consentToSocialServices ? addDays(today, -between(rng, 10, 300)) : null;
  if (consentGivenOn) tables.consent.push([demoId('consent', youth.index), youth.id, demoUnits.socialServices, demoSocialServicesConsentScope, consentGivenOn, null]);
  return { targetGroup, legalBasis: usualLegalBasis[targetGroup] };
}

function addDelivery(
  tables: Tables,
  order: DemoOrder,
  plan: OrderPlan & { endDate: string; weeklyHours: number; requestedActivities: string[]; placeName: string; lastMeetingDay: string | null },
  today: string,
  rng: Random,
): void {
  const mentorId = order.mentorId!;
  const lastDay = plan.endDate < today ? plan.endDate : today;

  // One monthly schedule: the four-week block around today, or the last block of a completed order.
  const blockIndex = Math.floor(daysBetween(plan.startDate, lastDay) / 28);
  const validFrom = addDays(plan.startDate, blockIndex * 28);
  const blockEnd = addDays(validFrom, 27);
  // A youth under 18 is planned no meeting once the mentor's checks may have lapsed (rule 9).
  const lastPlanned = plan.lastMeetingDay && plan.lastMeetingDay < plan.endDate ? plan.lastMeetingDay : plan.endDate;
  const validTo = blockEnd < lastPlanned ? blockEnd : lastPlanned;
  const scheduleId = seededUuid(rng);
  tables.schedule.push([scheduleId, order.id, 'MONTHLY', validFrom, validTo, at(addDays(validFrom, -2))]);
  const startMinute = between(rng, 9, 14) * 60;
  const duration = Math.round(plan.weeklyHours * 60);
  for (let week = 0, day = onWeekday(validFrom); day <= validTo; week++, day = onWeekday(addDays(validFrom, week * 7 + between(rng, 0, 4)))) {
    const activity = plan.requestedActivities[week % plan.requestedActivities.length]!;
    tables.entry.push([seededUuid(rng), scheduleId, day, clock(startMinute), clock(startMinute + duration), duration / 60, plan.placeName, activity]);
  }

  // Sessions week by week, 1:1, mostly in person; never more than the order's total.
  const totalMinutes = Math.round(plan.weeklyHours * plan.weeks * 60);
  const perWeek = plan.weeklyHours <= 0.5 ? 1 : plan.weeklyHours <= 1 ? 2 : 3;
  const weeksDelivered = Math.ceil((daysBetween(plan.startDate, lastDay) + 1) / 7);
  let delivered = 0;
  for (let week = 0; week < weeksDelivered; week++) {
    if (week > 0 && chance(rng, 0.06)) continue; // a missed week, flagged for weekly-contact target groups
    const weekStart = addDays(plan.startDate, week * 7);
    const offsets = pickSome(rng, [0, 1, 2, 3, 4], perWeek).sort();
    for (const offset of offsets) {
      const date = addDays(weekStart, offset);
      if (date > lastDay) break;
      const minutes = Math.max(15, Math.round(((plan.weeklyHours * 60) / perWeek) * (0.85 + rng() * 0.3) / 5) * 5);
      if (delivered + minutes > totalMinutes) break;
      delivered += minutes;
      const inPerson = chance(rng, 0.88);
      const place: SessionPlace | null = inPerson ? pick(rng, ['INSTITUTION', 'INSTITUTION', 'INSTITUTION', 'CITY', 'CITY', 'WORKPLACE', 'HOME'] as const) : null;
      const form: SessionForm = inPerson ? 'IN_PERSON' : pick(rng, ['PHONE', 'DIGITAL'] as const);
      const phase: SessionPhase = week < 2 ? 'OUTREACH' : plan.closedOn && week >= weeksDelivered - 2 ? 'HANDOVER' : 'COURSE';
      const activities = pickSome(rng, plan.requestedActivities, between(rng, 1, 2));
      const note = `${pick(rng, text.journalOpenings)} ${place === 'CITY' ? `på ${pick(rng, text.citySpots)} ` : ''}${pick(rng, text.journalBodies)} ${pick(rng, text.journalClosings)}`;
      tables.session.push([
        seededUuid(rng),
        order.id,
        mentorId,
        date,
        minutes,
        form,
        place,
        inPerson ? null : pick(rng, text.specialReasonTexts),
        place === 'HOME',
        activities,
        note,
        phase,
        at(date, '16:00'),
      ]);
    }
  }

  if (daysBetween(plan.startDate, lastDay) >= 28) {
    const date = addDays(plan.startDate, between(rng, 21, 28));
    tables.followUp.push([seededUuid(rng), order.id, date, pick(rng, text.statusAssessments), pick(rng, ['SIGNIFICANT', 'SOME', 'SOME', 'NONE']), pick(rng, text.nextSteps), at(date, '12:00')]);
  }
  const assessmentDate = addDays(plan.endDate, -between(rng, 14, 20));
  if (assessmentDate <= today && assessmentDate >= plan.startDate) {
    tables.effect.push([
      seededUuid(rng),
      order.id,
      assessmentDate,
      pick(rng, ['CLEAR', 'CLEAR', 'SOME', 'NONE']),
      pick(rng, text.effectTexts),
      plan.closedOn ? 'END_AS_PLANNED' : pick(rng, ['END_AS_PLANNED', 'EXTEND', 'CONTINUE_LOWER_INTENSITY']),
      at(assessmentDate, '13:00'),
    ]);
  }
}

function addOrder(tables: Tables, youth: DemoYouth, order: DemoOrder, plan: OrderPlan, about: { targetGroup: TargetGroup; legalBasis: string }, today: string, rng: Random): void {
  const provider = providersById.get(order.providerId)!;
  const institution = institutionsById.get(order.institutionId)!;
  // The hours are the shared plan's, which the mentors' capacity was checked against; the draw that chose them here stays, so every later draw is as before.
  rng();
  const weeklyHours = order.weeklyHours;
  const endDate = endDateFor(plan.startDate, plan.weeks);
  const requestedActivities = pickSome(rng, provider.activities, between(rng, 2, 3));
  const tasks = pickSome(rng, text.taskTexts, between(rng, 2, 3));
  const education = chance(rng, 0.8);
  const goal = pick(rng, education ? text.goalsEducation[institution.type as 'VOCATIONAL' | 'ADULT_EDUCATION'] : text.goalsEmployment);
  const delivering = order.status === 'ACTIVE' || order.status === 'COMPLETED';
  const sps = order.status === 'COMPLETED' || (order.status === 'ACTIVE' && chance(rng, 0.8)) || (order.status === 'ACCEPTED' && chance(rng, 0.3));
  const spsDate = delivering ? addDays(plan.startDate, between(rng, 0, 6)) : plan.createdOn;
  const createdAt = at(plan.createdOn, '10:30');
  const closedAt = plan.closedOn ? at(plan.closedOn, '14:00') : null;
  const completed = order.status === 'COMPLETED';
  tables.order.push([
    order.id,
    `ORD-${plan.createdOn.slice(0, 4)}-${String(youth.index + 1).padStart(6, '0')}`,
    youth.id,
    order.providerId,
    order.mentorId,
    order.institutionId,
    copenhagenBridgeBuilding.id,
    about.targetGroup,
    about.legalBasis,
    education ? 'EDUCATION' : 'EMPLOYMENT',
    goal,
    tasks,
    requestedActivities,
    weeklyHours,
    plan.weeks,
    plan.startDate,
    endDate,
    institution.municipalityCode,
    order.status,
    sps ? pick(rng, text.spsTexts) : null,
    sps ? (spsDate < today ? spsDate : today) : null,
    order.status === 'REJECTED' ? pick(rng, text.rejectionReasons) : null,
    order.status === 'CANCELLED' ? pick(rng, text.cancellationReasons) : null,
    completed ? pick(rng, ['COMPLETED_EDUCATION', 'COMPLETED_EDUCATION', 'COMPLETED_EDUCATION', 'TRANSFERRED_TO_OTHER_PLAN', 'TRANSFERRED_TO_OTHER_PLAN', 'DROPPED_OUT', 'OTHER']) : null,
    completed && chance(rng, 0.85) ? pick(rng, [3, 4, 4, 5, 5, 5, 2]) : null,
    completed ? pick(rng, text.outcomeNotes) : null,
    closedAt,
    versionOf[order.status] + (order.mentorId && order.status === 'ACCEPTED' ? 1 : 0),
    createdAt,
    closedAt ?? createdAt,
    delivering && order.mentorId ? plan.startDate : null,
  ]);
  if (delivering && order.mentorId) {
    const mentor = mentorsById.get(order.mentorId)!;
    const signedOn = addDays(plan.startDate, -between(rng, 1, 3));
    tables.agreement.push([
      seededUuid(rng),
      order.id,
      goal,
      `${mentor.firstName} ${mentor.lastName}`,
      `+45 ${between(rng, 30, 39)} ${between(rng, 10, 99)} ${between(rng, 10, 99)} ${between(rng, 10, 99)}`,
      tasks,
      plan.startDate,
      endDate,
      weeklyHours,
      totalHoursOf({ weeklyHours, weeks: plan.weeks }),
      copenhagenBridgeBuilding.rules.complaintGuidance,
      signedOn,
    ]);
    const lastMeetingDay = youth.age < 18 ? addDays(today, DEMO_SCREENING_DUE_FROM_DAYS - 1) : null;
    addDelivery(tables, order, { ...plan, endDate, weeklyHours, requestedActivities, placeName: institution.name, lastMeetingDay }, today, rng);
  }
}

/** A youth the mentor met at home has consented to it, from the first such visit. */
function recordHomeVisits(tables: Tables, youthRow: unknown[], orderId: string, firstSession: number): void {
  const column = (name: (typeof columns.session)[number]) => columns.session.indexOf(name);
  const visits = tables.session.slice(firstSession).filter((row) => row[column('order_id')] === orderId && row[column('place')] === 'HOME');
  if (!visits.length) return;
  youthRow[columns.youth.indexOf('home_visit_consent')] = true;
  youthRow[columns.youth.indexOf('home_visit_consent_on')] = visits.map((row) => row[column('date')] as string).sort()[0];
}

async function insertAll(manager: EntityManager, tables: Tables): Promise<void> {
  await bulkInsert(manager, Youth, columns.youth, tables.youth);
  await bulkInsert(manager, Order, columns.order, tables.order);
  await bulkInsert(manager, MentorAgreement, columns.agreement, tables.agreement);
  await bulkInsert(manager, Schedule, columns.schedule, tables.schedule);
  await bulkInsert(manager, ScheduleEntry, columns.entry, tables.entry);
  await bulkInsert(manager, MentorSession, columns.session, tables.session);
  await bulkInsert(manager, FollowUp, columns.followUp, tables.followUp);
  await bulkInsert(manager, EffectAssessment, columns.effect, tables.effect);
  await bulkInsert(manager, YouthConsent, columns.consent, tables.consent);
}

/**
 * Loads the orders subgraph's part of the shared demo world (ids from @mentor/common's plan, so
 * they line up with the other subgraphs), once, in one transaction.
 */
export async function seed(db: DataSource, options: { youths: number }): Promise<{ seeded: boolean }> {
  return db.transaction(async (manager) => {
    // Two processes starting at once: the second waits, then finds the data there.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('mentor-network:orders-seed'))`);
    const [present] = await manager.query('SELECT 1 FROM service_standard WHERE id = $1', [copenhagenBridgeBuilding.id]);
    if (present) return { seeded: false };

    await bulkInsert(
      manager,
      ServiceStandard,
      ['id', 'municipality_code', 'name', 'version', 'effective_from', 'rules'],
      serviceStandardDefinitions.map((standard) => [standard.id, standard.municipalityCode, standard.name, standard.version, standard.effectiveFrom, JSON.stringify(standard.rules)]),
    );

    const today = demoToday().toISOString().slice(0, 10);
    const usedCprs = new Set<string>();
    // Generated and inserted a batch of youths at a time, so the process never holds the whole world in memory.
    for (let first = 0; first < options.youths; first += YOUTHS_PER_BATCH) {
      const tables: Tables = { youth: [], order: [], agreement: [], schedule: [], entry: [], session: [], followUp: [], effect: [], consent: [] };
      for (let index = first; index < Math.min(options.youths, first + YOUTHS_PER_BATCH); index++) {
        const rng = random(0x5eed + index * 7919);
        const youth = demoYouth(index);
        const order = demoOrder(youth);
        const plan = planDates(order.status, today, rng);
        // The youth was registered shortly before the order was placed.
        const mentorKind = order.mentorId ? mentorsById.get(order.mentorId)!.kind : null;
        const about = addYouth(tables, youth, mentorKind, at(addDays(plan.createdOn, -between(rng, 1, 30)), '09:15'), today, rng, usedCprs);
        const firstSession = tables.session.length;
        addOrder(tables, youth, order, plan, about, today, rng);
        recordHomeVisits(tables, tables.youth[tables.youth.length - 1]!, order.id, firstSession);
      }
      await insertAll(manager, tables);
    }
    if (options.youths > 0) await manager.query(`SELECT setval('order_reference_seq', $1)`, [options.youths]);
    return { seeded: true };
  });
}

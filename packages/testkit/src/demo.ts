import { danishToday, kindFit, stableId, withinCapacity, type MentorKind, type Role } from '@mentor/common';

/**
 * The demo world, shared by the three subgraphs' seeders so that ids line up across databases
 * without any subgraph reading another's. Everything here is synthetic.
 */

/** A stable UUID for a demo record, the same in every database and every run. */
export const demoId = stableId;

/** A small deterministic generator (mulberry32), so the same seed gives the same world. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type OrganisationKind = 'MUNICIPAL_UNIT' | 'KUI' | 'SOCIAL_SERVICES' | 'INSTITUTION' | 'PRISON_AND_PROBATION' | 'PSYCHIATRY';
export type InstitutionType = 'VOCATIONAL' | 'ADULT_EDUCATION' | 'OTHER';
export type { MentorKind } from '@mentor/common';
export type OrderStatus = 'DRAFT' | 'PLACED' | 'ACCEPTED' | 'ACTIVE' | 'COMPLETED' | 'REJECTED' | 'CANCELLED';
export type CertificationState = 'VALID' | 'EXPIRING' | 'EXPIRED';

export interface DemoOrganisation {
  id: string;
  kind: OrganisationKind;
  name: string;
  cvr: string;
  municipalityCode: string;
}

export interface DemoInstitution extends DemoOrganisation {
  institutionNumber: string;
  type: InstitutionType;
  approved: boolean;
  address: string;
}

export interface DemoProvider {
  id: string;
  name: string;
  cvr: string;
  activities: string[];
  pricePerHourOre: number;
  municipalityCodes: string[];
}

export interface DemoMentor {
  id: string;
  providerId: string;
  firstName: string;
  lastName: string;
  kind: MentorKind;
  certification: CertificationState;
  /** Screened for child protection and criminal record (volunteers and anyone meeting under-18s). */
  screened: boolean;
  trained: boolean;
  capacityHours: number;
  languages: string[];
}

export interface DemoUser {
  sub: string;
  roles: Role[];
  org: string;
  name: string;
  /** What this user relates to, for the README. */
  relatesTo: string;
}

export interface DemoYouth {
  id: string;
  index: number;
  caseworkerUnitId: string;
  youthGuideId: string | null;
  institutionId: string;
  consentToSocialServices: boolean;
  /** Age on the demo reference date. */
  age: number;
}

export interface DemoOrder {
  id: string;
  /** Average hours a week, within Copenhagen's ½–2. */
  weeklyHours: number;
  youthId: string;
  providerId: string;
  mentorId: string | null;
  institutionId: string;
  status: OrderStatus;
}

export const COPENHAGEN_CVR = '64942212';

/** What the demo youths' consents to the social services administration cover; partners records them and orders mirrors them. */
export const demoSocialServicesConsentScope =
  'Udveksling af oplysninger om handicap, misbrug og boligsituation med Socialforvaltningen i forbindelse med mentorforløbet';

const activities = [
  'Afklaring af uddannelsesmål',
  'Støtte til studiestart',
  'Lektie- og studieteknik',
  'Kontakt til studievejleder',
  'Hjælp til struktur i hverdagen',
  'Ledsagelse til møder',
  'Overgang til praktik',
];

export const demoOrganisations: DemoOrganisation[] = [
  { id: demoId('org', 'jobcenter-kbh'), kind: 'MUNICIPAL_UNIT', name: 'Jobcenter København, Ungeindsatsen', cvr: COPENHAGEN_CVR, municipalityCode: '101' },
  { id: demoId('org', 'jobcenter-frb'), kind: 'MUNICIPAL_UNIT', name: 'Jobcenter Frederiksberg, Unge', cvr: '29188386', municipalityCode: '147' },
  { id: demoId('org', 'kui'), kind: 'KUI', name: 'KUI – Københavns Ungeindsats', cvr: COPENHAGEN_CVR, municipalityCode: '101' },
  { id: demoId('org', 'sof'), kind: 'SOCIAL_SERVICES', name: 'Socialforvaltningen, Center for Udsatte Unge', cvr: COPENHAGEN_CVR, municipalityCode: '101' },
  { id: demoId('org', 'audit'), kind: 'MUNICIPAL_UNIT', name: 'Københavns Kommune, Intern Revision', cvr: COPENHAGEN_CVR, municipalityCode: '101' },
  { id: demoId('org', 'kriminalforsorg'), kind: 'PRISON_AND_PROBATION', name: 'Kriminalforsorgen Hovedstaden', cvr: '11863418', municipalityCode: '101' },
  { id: demoId('org', 'psykiatri'), kind: 'PSYCHIATRY', name: 'Psykiatrisk Center Nordvest', cvr: '29190623', municipalityCode: '101' },
];

const institutionSpecs: [string, InstitutionType, boolean, string, string][] = [
  ['Erhvervsskolen Nørrebro', 'VOCATIONAL', true, 'Rådmandsgade 60, 2200 København N', '101'],
  ['Teknisk Skole Valby', 'VOCATIONAL', true, 'Vigerslev Allé 18, 2500 Valby', '101'],
  ['Handelsskolen Amager', 'VOCATIONAL', true, 'Englandsvej 20, 2300 København S', '101'],
  ['Erhvervsskolen Ballerup', 'VOCATIONAL', true, 'Telegrafvej 9, 2750 Ballerup', '151'],
  ['VUC Hovedstaden Nord', 'ADULT_EDUCATION', true, 'Rebslagervej 4, 2400 København NV', '101'],
  ['VUC Sydhavnen', 'ADULT_EDUCATION', true, 'Sydhavnsgade 7, 2450 København SV', '101'],
  ['VUC Frederiksberg', 'ADULT_EDUCATION', true, 'Falkoner Allé 30, 2000 Frederiksberg', '147'],
  ['Sprogskolen Østerbro', 'OTHER', false, 'Østerbrogade 101, 2100 København Ø', '101'],
];

/** A CVR-shaped number that passes modulus 11, derived from a seed. */
export function syntheticCvr(seed: number): string {
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  for (let candidate = 10_000_000 + ((seed * 7_919_993) % 89_000_000); ; candidate++) {
    const digits = String(candidate);
    const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0);
    if (sum % 11 === 0) return digits;
  }
}

export const demoInstitutions: DemoInstitution[] = institutionSpecs.map(([name, type, approved, address, municipalityCode], index) => ({
  id: demoId('institution', index),
  kind: 'INSTITUTION',
  name,
  cvr: syntheticCvr(100 + index),
  municipalityCode,
  institutionNumber: String(147_000 + index * 37),
  type,
  approved,
  address,
}));

/** Institutions an order may be delivered at: approved vocational schools and adult education centres. */
export const orderableInstitutions = demoInstitutions.filter((institution) => institution.approved && institution.type !== 'OTHER');

const copenhagenArea = ['101', '147', '165', '151', '153', '155', '240', '190', '157', '159', '161', '163', '167', '169', '183', '230', '175', '185', '187'];

export const demoProviders: DemoProvider[] = [
  { id: demoId('provider', 0), name: 'Brobyg Mentor ApS', cvr: syntheticCvr(1), activities, pricePerHourOre: 52_500, municipalityCodes: copenhagenArea },
  { id: demoId('provider', 1), name: 'Ungekraft Mentorservice', cvr: syntheticCvr(2), activities: activities.slice(0, 5), pricePerHourOre: 48_000, municipalityCodes: ['101', '147', '151', '157'] },
  { id: demoId('provider', 2), name: 'Frivilligt Mentornetværk København', cvr: syntheticCvr(3), activities: activities.slice(1, 6), pricePerHourOre: 0, municipalityCodes: ['101', '147'] },
];

const mentorKinds: MentorKind[] = ['SOCIAL', 'PROFESSIONAL', 'DISCHARGE_COORDINATOR', 'RELEASE_COORDINATOR', 'STUDY_START_COORDINATOR', 'COMPANY', 'VOLUNTEER'];
const firstNames = ['Mette', 'Ahmed', 'Sofie', 'Jonas', 'Fatima', 'Rasmus', 'Ida', 'Ali', 'Camilla', 'Mikkel', 'Zainab', 'Frederik', 'Laura', 'Emil', 'Amalie', 'Yusuf', 'Sara', 'Mads', 'Nadia', 'Oliver', 'Julie', 'Hassan', 'Freja', 'Lucas', 'Maja'];
const lastNames = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Hussein', 'Yilmaz', 'Poulsen', 'Johansen', 'Møller'];

export const demoMentors: DemoMentor[] = Array.from({ length: 25 }, (_, index) => {
  const kind = mentorKinds[index % mentorKinds.length]!;
  // Every fifth mentor has an expired certification and every seventh one expires soon.
  const certification: CertificationState = index % 5 === 4 ? 'EXPIRED' : index % 7 === 3 ? 'EXPIRING' : 'VALID';
  const volunteerUnscreened = kind === 'VOLUNTEER' && index % 2 === 0;
  return {
    id: demoId('mentor', index),
    providerId: demoProviders[kind === 'VOLUNTEER' ? 2 : index % 3]!.id,
    firstName: firstNames[index % firstNames.length]!,
    lastName: lastNames[(index * 3) % lastNames.length]!,
    kind,
    certification,
    screened: !volunteerUnscreened,
    trained: !volunteerUnscreened,
    capacityHours: 6 + (index % 4) * 3,
    languages: index % 4 === 1 ? ['da', 'ar'] : index % 4 === 2 ? ['da', 'en'] : index % 6 === 5 ? ['da', 'tr'] : ['da'],
  };
});

/** Mentors who may be assigned to the demo orders: valid certification, screened and trained. */
export const assignableMentors = demoMentors.filter((mentor) => mentor.certification !== 'EXPIRED' && mentor.screened && mentor.trained);

const unitIds = {
  copenhagen: demoOrganisations[0]!.id,
  frederiksberg: demoOrganisations[1]!.id,
  kui: demoOrganisations[2]!.id,
  socialServices: demoOrganisations[3]!.id,
  audit: demoOrganisations[4]!.id,
};
export const demoUnits = unitIds;

export const demoYouthGuides = [0, 1, 2, 3].map((index) => ({
  id: demoId('user', `guide-${index}`),
  name: ['Line Bach', 'Omar Aziz', 'Pernille Holm', 'Kasper Lund'][index]!,
}));

const mentorWithOrders = assignableMentors.find((mentor) => mentor.providerId === demoProviders[0]!.id)!;

export const demoUsers: Record<string, DemoUser> = {
  caseworker: { sub: demoId('user', 'caseworker-0'), roles: ['CASEWORKER'], org: unitIds.copenhagen, name: 'Hanne Sommer', relatesTo: 'Jobcenter København, Ungeindsatsen: the unit of most demo youths' },
  'caseworker-frb': { sub: demoId('user', 'caseworker-1'), roles: ['CASEWORKER'], org: unitIds.frederiksberg, name: 'Bo Winther', relatesTo: 'Jobcenter Frederiksberg: every tenth demo youth' },
  provider: { sub: demoId('user', 'coordinator-0'), roles: ['PROVIDER_COORDINATOR'], org: demoProviders[0]!.id, name: 'Karen Dahl', relatesTo: `${demoProviders[0]!.name}: about half the orders` },
  mentor: { sub: mentorWithOrders.id, roles: ['MENTOR'], org: mentorWithOrders.providerId, name: `${mentorWithOrders.firstName} ${mentorWithOrders.lastName}`, relatesTo: `a mentor at ${demoProviders[0]!.name} with active orders` },
  institution: { sub: demoId('user', 'staff-0'), roles: ['INSTITUTION_STAFF'], org: orderableInstitutions[0]!.id, name: 'Tina Krogh', relatesTo: `${orderableInstitutions[0]!.name}: its students with support` },
  'youth-guide': { sub: demoYouthGuides[0]!.id, roles: ['YOUTH_GUIDE'], org: unitIds.kui, name: demoYouthGuides[0]!.name, relatesTo: 'KUI: the youths this guide follows' },
  'social-worker': { sub: demoId('user', 'social-worker-0'), roles: ['SOCIAL_WORKER'], org: unitIds.socialServices, name: 'Anders Friis', relatesTo: 'Socialforvaltningen: youths who consented to sharing' },
  auditor: { sub: demoId('user', 'auditor-0'), roles: ['AUDITOR'], org: unitIds.audit, name: 'Birgit Lauritsen', relatesTo: 'Intern Revision: the audit log' },
};

export const orderStatuses: OrderStatus[] = ['DRAFT', 'PLACED', 'ACCEPTED', 'ACTIVE', 'COMPLETED', 'REJECTED', 'CANCELLED'];

/** The status of the demo order of youth `index`: mostly active, every status present. */
function statusFor(index: number): OrderStatus {
  const cycle: OrderStatus[] = ['ACTIVE', 'ACTIVE', 'ACTIVE', 'COMPLETED', 'PLACED', 'ACCEPTED', 'ACTIVE', 'COMPLETED', 'DRAFT', 'ACTIVE', 'REJECTED', 'CANCELLED'];
  return cycle[index % cycle.length]!;
}

export function demoYouth(index: number): DemoYouth {
  return {
    id: demoId('youth', index),
    index,
    caseworkerUnitId: index % 10 === 9 ? unitIds.frederiksberg : unitIds.copenhagen,
    youthGuideId: index % 2 === 0 ? demoYouthGuides[(index / 2) % demoYouthGuides.length]!.id : null,
    institutionId: orderableInstitutions[index % orderableInstitutions.length]!.id,
    consentToSocialServices: index % 5 === 0,
    // 16 to 29 years; one in ten is under 18.
    age: index % 10 === 3 ? 16 + (index % 2) : 18 + (index % 12),
  };
}

/**
 * The demo mentors' criminal-record checks fall due for renewal from this many days after the demo
 * date (so the due list has them), and the demo plans no meeting with a youth under 18 from then on
 * (rule 9: checks current on every day a mentor meets a youth under 18).
 */
export const DEMO_SCREENING_DUE_FROM_DAYS = 20;

/** The hours a week of demo order `index`: mostly the typical 1, from ½ to 2 (Copenhagen's standard). */
function weeklyHoursFor(index: number): number {
  const hours = [0.5, 1, 1, 1, 1, 1, 1.5, 2];
  return hours[Math.floor(random(0x40a5 + index * 7919)() * hours.length)]!;
}

/**
 * Mentors who may carry a demo order that runs on from today: a certification valid well beyond
 * any order's end (rule 9: valid on every day of it), screened and trained. A certification that
 * expires within weeks was fine for the completed orders, not for these.
 */
const mentorsForRunningOrders = assignableMentors.filter((mentor) => mentor.certification === 'VALID');

/**
 * The mentors of the demo's ACTIVE orders, youth by youth in index order, so the answer for a youth
 * never depends on how many youths are seeded: each order goes to the mentor it would get by
 * rotation when their ACTIVE orders, each counted at the most hours an order asks, still fit their
 * capacity (rule 9, the mentors subgraph's own `withinCapacity`), else to the next who has room.
 * When nobody at the provider has room, the order waits for a mentor (ACCEPTED).
 */
const activeMentors: (string | null)[] = [];
const activeLoads = new Map<string, number>();

function activeMentorOf(index: number): string | null {
  for (let next = activeMentors.length; next <= index; next++) {
    if (statusFor(next) !== 'ACTIVE') {
      activeMentors.push(null);
      continue;
    }
    const provider = demoProviders[next % 2]!;
    // A youth under 18 is in the transition-to-education group (the orders seed), so their mentor's kind must fit it.
    const fits = (mentor: DemoMentor) => demoYouth(next).age >= 18 || kindFit(mentor.kind, 'YOUTH_TRANSITION_TO_EDUCATION') !== 'NONE';
    const candidates = mentorsForRunningOrders.filter((mentor) => mentor.providerId === provider.id && mentor.id !== mentorWithOrders.id && fits(mentor));
    // The demo mentor user carries provider 0's first ACTIVE orders, as many as their capacity allows, so their views are not empty.
    const rotation = candidates.map((_, offset) => candidates[(next + offset) % candidates.length]!);
    const order = provider.id === mentorWithOrders.providerId && fits(mentorWithOrders) ? [mentorWithOrders, ...rotation] : rotation;
    const hours = weeklyHoursFor(next);
    const mentor = order.find((candidate) => withinCapacity(candidate.capacityHours, activeLoads.get(candidate.id) ?? 0, hours));
    if (mentor) activeLoads.set(mentor.id, (activeLoads.get(mentor.id) ?? 0) + hours);
    activeMentors.push(mentor?.id ?? null);
  }
  return activeMentors[index]!;
}

/** The one order each demo youth has. Mentors are assigned from ACTIVE on, from the order's provider, within their capacity. */
export function demoOrder(youth: DemoYouth): DemoOrder {
  const planned = statusFor(youth.index);
  const provider = demoProviders[youth.index % 2]!; // the volunteer network's agreement has ended: it takes no orders
  let mentorId: string | null = null;
  let status = planned;
  if (planned === 'ACTIVE') {
    mentorId = activeMentorOf(youth.index);
    if (!mentorId) status = 'ACCEPTED';
  } else if (planned === 'COMPLETED') {
    // A completed order's mentor carries no load today; any mentor certified while it ran will do.
    const candidates = assignableMentors.filter((mentor) => mentor.providerId === provider.id);
    mentorId = (youth.index % 10 === 0 && provider.id === mentorWithOrders.providerId ? mentorWithOrders : candidates[youth.index % candidates.length]!).id;
  }
  return {
    id: demoId('order', youth.index),
    weeklyHours: weeklyHoursFor(youth.index),
    youthId: youth.id,
    providerId: provider.id,
    mentorId,
    institutionId: youth.institutionId,
    status,
  };
}

/**
 * The demo reference date the seeders date everything from: today in Denmark (the day the services'
 * rules call today), as the start of that day in UTC. The UTC date lags it by an hour or two around
 * midnight.
 */
export function demoToday(): Date {
  return new Date(`${danishToday()}T00:00:00Z`);
}

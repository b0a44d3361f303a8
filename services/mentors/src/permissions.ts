import { createPermissions, deny, parentRule, roleRule, roles, type Identity, type RuleTree, type ShieldRule } from '@mentor/common';
import {
  canSeeExperienceReport,
  mentorNameRoles,
  seesMentorContact,
  seesMentorProfile,
  seesMentorScreenings,
  type MentorRelation,
} from './access.js';
import type { Context } from './context.js';

/**
 * The field rules of the mentors subgraph (DESIGN §4): one explicit rule per field, deny for anything
 * missed. The subgraph holds no youth data, so it keeps no audit table and writes no audit records;
 * what it protects is the mentors' own personal data.
 *
 * Rules that depend on a record read its relation facts from the request's loaders by id, never
 * from the parent object, so a forged `_entities` representation cannot vouch for itself. Lists and
 * reference lookups are scoped in the resolvers as well; these rules are the second line.
 */

/** Every authenticated role: provider business data, published reports, and the structure around scoped lists. */
const authenticated = roleRule(...roles);
const caseworker = roleRule('CASEWORKER');
const providerCoordinator = roleRule('PROVIDER_COORDINATOR');
/** Mentors are administered by their provider or the municipality; the same two ask the internal eligibility questions. */
const mentorAdministrator = roleRule('CASEWORKER', 'PROVIDER_COORDINATOR');
const mentorAdministratorOrMentor = roleRule('CASEWORKER', 'PROVIDER_COORDINATOR', 'MENTOR');
const seesMentorNames = roleRule(...mentorNameRoles);
/** The due list is every role's but the auditor's, as the orders subgraph gives it. */
const dueListReader = roleRule(...roles.filter((role) => role !== 'AUDITOR'));

async function mentorRelation(context: Context, mentorId: string): Promise<MentorRelation | null> {
  return context.loaders.mentorById.load(mentorId);
}

function mentorRule(name: string, sees: (identity: Identity, mentor: MentorRelation) => boolean) {
  return parentRule<{ id: string }, Context>(name, async (mentor, context) => {
    const relation = await mentorRelation(context, mentor.id);
    return relation !== null && sees(context.identity, relation);
  });
}

/** For the records kept about a mentor (certifications, screenings, trainings, supervisions): judged by their mentor. */
function mentorRecordRule(name: string, sees: (identity: Identity, mentor: MentorRelation) => boolean) {
  return parentRule<{ mentorId: string }, Context>(name, async (record, context) => {
    const relation = await mentorRelation(context, record.mentorId);
    return relation !== null && sees(context.identity, relation);
  });
}

const mentorContact = mentorRule('mentor:contact', seesMentorContact);
const mentorProfile = mentorRule('mentor:profile', seesMentorProfile);
const mentorScreenings = mentorRule('mentor:screenings', seesMentorScreenings);
const profileRecord = mentorRecordRule('mentorRecord:profile', seesMentorProfile);
const screeningRecord = mentorRecordRule('mentorRecord:screening', seesMentorScreenings);

const experienceReport = parentRule<{ id: string }, Context>('experienceReport', async (report, context) => {
  const stored = await context.loaders.experienceReportById.load(report.id);
  return stored !== null && canSeeExperienceReport(context.identity, stored);
});

/** The same rule for every field of a type whose objects are visible or hidden as a whole. */
function allFields<Field extends string>(fields: readonly Field[], rule: ShieldRule): Record<Field, ShieldRule> {
  return Object.fromEntries(fields.map((field) => [field, rule])) as Record<Field, ShieldRule>;
}

const connectionFields = ['edges', 'pageInfo', 'totalCount'] as const;
const edgeFields = ['cursor', 'node'] as const;

const rankingReasonFields = ['code', 'mentorKind', 'targetGroup', 'validUntil', 'knowsTargetGroup', 'weeklyHours', 'loadHours', 'capacityHours', 'freeHours', 'languages', 'municipalityCode'] as const;

export const ruleTree: RuleTree = {
  Query: {
    // Scoped in the resolvers: a caller sees the mentors they may, others get null or an empty page.
    mentor: authenticated,
    mentors: authenticated,
    provider: authenticated,
    providers: authenticated,
    // Published reports to everyone, drafts to their provider: scoped in the resolver, checked per report below.
    experienceReports: authenticated,
    // Internal questions from the orders subgraph, scoped again in the resolvers.
    // A mentor logging a session asks about their own checks and the catalogue (rules 5 and 9).
    mentorEligibility: mentorAdministratorOrMentor,
    providerCatalogue: mentorAdministratorOrMentor,
    mentorCapacity: mentorAdministrator,
    rankMentors: mentorAdministrator,
    // Resolve references scope themselves; the entity's field rules apply to what they return.
    _entities: authenticated,
    // The supergraph is composed from files; nobody needs the SDL at runtime.
    _service: deny,
  },
  _Service: { sdl: deny },
  Mutation: {
    registerProvider: caseworker,
    registerMentor: mentorAdministrator,
    updateMentor: mentorAdministrator,
    certifyMentor: mentorAdministrator,
    recordScreening: providerCoordinator,
    recordTraining: mentorAdministrator,
    recordSupervision: mentorAdministrator,
    submitExperienceReport: providerCoordinator,
  },
  Provider: allFields(
    ['id', 'name', 'cvr', 'activities', 'pricePerHourOre', 'municipalityCodes', 'agreementStartDate', 'agreementEndDate', 'mentors', 'experienceReports'],
    authenticated,
  ),
  ProviderConnection: allFields(connectionFields, authenticated),
  ProviderEdge: allFields(edgeFields, authenticated),
  PageInfo: allFields(['hasNextPage', 'endCursor'], authenticated),
  Mentor: {
    // The key: an opaque id the orders that name the mentor carry anyway.
    id: authenticated,
    ...allFields(['provider', 'firstName', 'lastName', 'name', 'kind', 'languages'], seesMentorNames),
    ...allFields(['phone', 'email'], mentorContact),
    ...allFields(
      ['targetGroups', 'capacityHoursPerWeek', 'status', 'certifications', 'certificationStatus', 'trainings', 'supervisions', 'matchable', 'version'],
      mentorProfile,
    ),
    screenings: mentorScreenings,
  },
  MentorConnection: allFields(connectionFields, authenticated),
  MentorEdge: allFields(edgeFields, authenticated),
  Certification: allFields(['id', 'mentor', 'kind', 'issuedBy', 'issuedOn', 'validUntil', 'taskDescription', 'status'], profileRecord),
  Screening: allFields(['id', 'mentor', 'kind', 'checkedOn', 'result', 'checkedBy', 'renewalDue'], screeningRecord),
  Training: allFields(['id', 'mentor', 'heldOn', 'topic', 'hours', 'givenBy'], profileRecord),
  Supervision: allFields(['id', 'mentor', 'heldOn', 'topic', 'hours', 'givenBy'], profileRecord),
  ExperienceReport: allFields(['id', 'provider', 'year', 'themes', 'text', 'submittedOn', 'published', 'dueOn', 'version'], experienceReport),
  MentorEligibility: allFields(['eligible', 'reasons'], mentorAdministratorOrMentor),
  ProviderCatalogue: allFields(['activities', 'municipalityCodes', 'agreementEndDate'], mentorAdministratorOrMentor),
  MentorRanking: allFields(['mentorId', 'eligible', 'score', 'reasons', 'reasonDetails'], mentorAdministrator),
  RankingReason: allFields(rankingReasonFields, mentorAdministrator),
  // The resolvers fill the list for the provider's coordinator only; the records in it keep their own rules.
  DueList: allFields(['id', 'expiringCertifications', 'screeningsDue', 'experienceReportsDue'], dueListReader),
  ExperienceReportDue: allFields(['providerId', 'year', 'dueOn'], dueListReader),
};

export const permissions = createPermissions(ruleTree);

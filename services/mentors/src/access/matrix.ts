import { roles, type Role } from '@mentor/common';

/**
 * DESIGN §4 as this subgraph applies it, as data: who reads each group of fields of each object type,
 * and who may run each query and mutation. The one place to look up "who sees X". The shield rule
 * tree (permissions.ts), the SQL scopes and the commands' checks (scope.ts, require.ts) are built
 * from it.
 *
 * A grant is a role and the relation the caller must have to the record (scope.ts decides them):
 * - `any`: every caller with the role;
 * - `provider's`: the caller coordinates the record's provider (their `org` is its provider id);
 * - `themself`: the caller is the mentor (their `sub` is the mentor id);
 * - `published`: the record is a submitted, public experience report.
 *
 * The subgraph holds no youth data: what it protects is the mentors' own personal data.
 */

export type Relation = 'any' | "provider's" | 'themself' | 'published';

export interface Grant {
  readonly role: Role;
  readonly relation: Relation;
}

/** Where a type's relation facts come from: read by id from the database, never from the parent a rule is given. */
export type FactSource = 'none' | 'mentor' | 'mentorRecord' | 'experienceReport';

export interface FieldGroup {
  readonly fields: readonly string[];
  readonly readers: readonly Grant[];
}

export interface TypeAccess {
  readonly facts: FactSource;
  readonly groups: Readonly<Record<string, FieldGroup>>;
}

function grants(relation: Relation, ...granted: readonly Role[]): Grant[] {
  return granted.map((role) => ({ role, relation }));
}

/** Every authenticated role. */
const everyone = grants('any', ...roles);
/** Every role but the auditor, who sees provider data only. */
const everyoneButAuditor = grants('any', ...roles.filter((role) => role !== 'AUDITOR'));
const nobody: Grant[] = [];
/** Mentors are administered by their provider's coordinator or by the municipality (a caseworker). */
const mentorAdministrators = [...grants('any', 'CASEWORKER'), ...grants("provider's", 'PROVIDER_COORDINATOR')];
const providerCoordinator = grants("provider's", 'PROVIDER_COORDINATOR');
/** The structure around scoped lists: visible to every role, the items in it keep their own rules. */
const structure = (fields: readonly string[]): TypeAccess => ({ facts: 'none', groups: { all: { fields, readers: everyone } } });
const connection = structure(['edges', 'pageInfo', 'totalCount']);
const edge = structure(['cursor', 'node']);

/** Capacity, status, target groups, certifications, trainings, supervisions: the municipality, the provider, the mentor. Also who may look a mentor up by id. */
const mentorProfileReaders = [...grants('any', 'CASEWORKER'), ...grants("provider's", 'PROVIDER_COORDINATOR'), ...grants('themself', 'MENTOR')];
/** Børneattest and straffeattest results are sensitive: only the provider who checked them, and the mentor. */
const mentorScreeningReaders = [...grants("provider's", 'PROVIDER_COORDINATOR'), ...grants('themself', 'MENTOR')];
const mentorRecordFields = ['id', 'mentor', 'heldOn', 'topic', 'hours', 'givenBy'] as const;

export const types = {
  Provider: {
    facts: 'none',
    groups: {
      // Providers are public business data.
      all: {
        fields: ['id', 'name', 'cvr', 'activities', 'pricePerHourOre', 'municipalityCodes', 'agreementStartDate', 'agreementEndDate', 'mentors', 'experienceReports'],
        readers: everyone,
      },
    },
  },
  ProviderConnection: connection,
  ProviderEdge: edge,
  PageInfo: structure(['hasNextPage', 'endCursor']),
  Mentor: {
    facts: 'mentor',
    groups: {
      // The key: an opaque id the orders that name the mentor carry anyway.
      key: { fields: ['id'], readers: everyone },
      // The name is on orders others see.
      name: { fields: ['provider', 'firstName', 'lastName', 'name', 'kind', 'languages'], readers: everyoneButAuditor },
      // The agreement's "mentor name and contact": the municipality, the provider, the mentor, the youth's KUI guide.
      contact: {
        fields: ['phone', 'email'],
        readers: [...grants('any', 'CASEWORKER', 'YOUTH_GUIDE'), ...grants("provider's", 'PROVIDER_COORDINATOR'), ...grants('themself', 'MENTOR')],
      },
      profile: {
        fields: ['targetGroups', 'capacityHoursPerWeek', 'status', 'certifications', 'certificationStatus', 'trainings', 'supervisions', 'matchable', 'version'],
        readers: mentorProfileReaders,
      },
      screenings: { fields: ['screenings'], readers: mentorScreeningReaders },
    },
  },
  MentorConnection: connection,
  MentorEdge: edge,
  // The records kept about a mentor are judged by their mentor.
  Certification: {
    facts: 'mentorRecord',
    groups: { all: { fields: ['id', 'mentor', 'kind', 'issuedBy', 'issuedOn', 'validUntil', 'taskDescription', 'status'], readers: mentorProfileReaders } },
  },
  Screening: {
    facts: 'mentorRecord',
    groups: { all: { fields: ['id', 'mentor', 'kind', 'checkedOn', 'result', 'checkedBy', 'renewalDue'], readers: mentorScreeningReaders } },
  },
  Training: { facts: 'mentorRecord', groups: { all: { fields: mentorRecordFields, readers: mentorProfileReaders } } },
  Supervision: { facts: 'mentorRecord', groups: { all: { fields: mentorRecordFields, readers: mentorProfileReaders } } },
  // Submitted reports are public to every authenticated role (seed 000 §3); drafts only to their provider.
  ExperienceReport: {
    facts: 'experienceReport',
    groups: {
      all: {
        fields: ['id', 'provider', 'year', 'themes', 'text', 'submittedOn', 'published', 'dueOn', 'version'],
        readers: [...grants('published', ...roles), ...providerCoordinator],
      },
    },
  },
  // Internal answers to the orders subgraph: the roles that may ask the question may read the answer.
  MentorEligibility: { facts: 'none', groups: { all: { fields: ['eligible', 'reasons'], readers: grants('any', 'CASEWORKER', 'PROVIDER_COORDINATOR', 'MENTOR') } } },
  ProviderCatalogue: {
    facts: 'none',
    groups: { all: { fields: ['activities', 'municipalityCodes', 'agreementEndDate'], readers: grants('any', 'CASEWORKER', 'PROVIDER_COORDINATOR', 'MENTOR') } },
  },
  MentorRanking: { facts: 'none', groups: { all: { fields: ['mentorId', 'eligible', 'score', 'reasons', 'reasonDetails'], readers: grants('any', 'CASEWORKER', 'PROVIDER_COORDINATOR') } } },
  // Each reason of a ranking as a code and the values it names, for the reader of the ranking.
  RankingReason: {
    facts: 'none',
    groups: {
      all: {
        fields: ['code', 'mentorKind', 'targetGroup', 'validUntil', 'knowsTargetGroup', 'weeklyHours', 'loadHours', 'capacityHours', 'freeHours', 'languages', 'municipalityCode'],
        readers: grants('any', 'CASEWORKER', 'PROVIDER_COORDINATOR'),
      },
    },
  },
  // The due list is every role's but the auditor's, as the orders subgraph gives it; it is filled for the provider's coordinator only (scope.ts).
  DueList: { facts: 'none', groups: { all: { fields: ['id', 'expiringCertifications', 'screeningsDue', 'experienceReportsDue'], readers: everyoneButAuditor } } },
  ExperienceReportDue: { facts: 'none', groups: { all: { fields: ['providerId', 'year', 'dueOn'], readers: everyoneButAuditor } } },
  // The supergraph is composed from files; nobody needs the SDL at runtime.
  _Service: { facts: 'none', groups: { all: { fields: ['sdl'], readers: nobody } } },
} as const satisfies Record<string, TypeAccess>;

/**
 * Who may ask each query. Lists and lookups are scoped in the resolvers as well (scope.ts): a caller
 * sees the records they may, others get null or an empty page.
 */
export const queries = {
  mentor: everyone,
  mentors: everyone,
  provider: everyone,
  providers: everyone,
  // Published reports to everyone, drafts to their provider: scoped in the resolver, checked per report.
  experienceReports: everyone,
  // Internal questions from the orders subgraph, scoped again in the resolvers. A mentor logging a
  // session asks about their own checks and the catalogue (rules 5 and 9).
  mentorEligibility: grants('any', 'CASEWORKER', 'PROVIDER_COORDINATOR', 'MENTOR'),
  providerCatalogue: grants('any', 'CASEWORKER', 'PROVIDER_COORDINATOR', 'MENTOR'),
  mentorCapacity: grants('any', 'CASEWORKER', 'PROVIDER_COORDINATOR'),
  // Another provider's mentors look exactly like a missing provider's.
  rankMentors: mentorAdministrators,
  // Resolve references scope themselves; the entity's field rules apply to what they return.
  _entities: everyone,
  _service: nobody,
} as const satisfies Record<string, readonly Grant[]>;

/** Who may run each mutation; `provider's` is the provider the mentor or report belongs to. */
export const mutations = {
  // Providers are registered by the municipality.
  registerProvider: grants('any', 'CASEWORKER'),
  registerMentor: mentorAdministrators,
  updateMentor: mentorAdministrators,
  certifyMentor: mentorAdministrators,
  // Screenings are the provider's own check (seed 002: the provider's screening process).
  recordScreening: providerCoordinator,
  recordTraining: mentorAdministrators,
  recordSupervision: mentorAdministrators,
  // Only the provider's own coordinator files its experience report.
  submitExperienceReport: providerCoordinator,
} as const satisfies Record<string, readonly Grant[]>;

/** Whose items fill a due list: the provider's own coordinator's, when the list is their organisation's; everyone else gets empty lists. */
export const dueListFilledFor = providerCoordinator;

export const matrix = { types, queries, mutations, dueListFilledFor } as const;

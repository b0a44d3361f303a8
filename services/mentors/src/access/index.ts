/** The authorization home of the mentors subgraph: what the rest of the service imports. */
export { matrix, type Grant, type Relation } from './matrix.js';
export { permissions, ruleTree } from './permissions.js';
export {
  canResolveMentorReference,
  canSeeExperienceReport,
  draftReportProviderIds,
  dueListProvider,
  mentorScope,
  mentorScopeSql,
  type MentorRelation,
  type MentorScope,
} from './scope.js';
export {
  requireAdministeredMentor,
  requireAdministersProvider,
  requireExperienceReportAuthor,
  requireMentorAdministrator,
  requireProviderRegistrar,
  requireRankableProvider,
  requireScreeningRecorder,
  requireScreeningRecorderOf,
  requireVisibleMentor,
  visibleMentor,
} from './require.js';

import { subgraphCodegen } from '../../codegen.base.js';

/** Which entity or parent shape each object type's resolvers receive. */
export default subgraphCodegen({
  Provider: '../entities/index.js#Provider as ProviderRow',
  ProviderCatalogue: '../entities/index.js#Provider as ProviderRow',
  Mentor: '../entities/index.js#Mentor as MentorRow',
  Certification: '../entities/index.js#Certification as CertificationRow',
  Screening: '../entities/index.js#Screening as ScreeningRow',
  Training: '../entities/index.js#Training as TrainingRow',
  Supervision: '../entities/index.js#Supervision as SupervisionRow',
  ExperienceReport: '../entities/index.js#ExperienceReport as ExperienceReportRow',
  MentorEligibility: '../rules/eligibility.js#Eligibility',
  MentorRanking: '../rules/ranking.js#MentorRanking as MentorRankingRow',
  DueList: '../resolvers/DueList.js#DueListReference',
  ExperienceReportDue: '../resolvers/DueList.js#ExperienceReportDueRow',
});

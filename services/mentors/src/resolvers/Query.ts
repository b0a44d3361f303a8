import { assertRules, isUuid, readPage, requireUuid, toConnection, violations } from '@mentor/common';
import { canSeeExperienceReport, draftReportProviderIds, mentorScope, mentorScopeSql, requireRankableProvider, requireVisibleMentor, visibleMentor } from '../access/index.js';
import { ExperienceReport, Mentor, Provider } from '../entities/index.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { loadAll, loadExisting } from '../loaders.js';
import { mentorEligibility, periodViolation } from '../rules/eligibility.js';
import { loadsByMentor, rankMentors, rankMentorsViolations } from '../rules/ranking.js';
import { isTargetGroup, targetGroupViolation } from '../rules/targetGroups.js';

export const Query: QueryResolvers = {
  mentor: (_, args, context) => visibleMentor(context, args.id),

  async mentors(_, args, context) {
    const page = readPage(args);
    if (args.providerId) assertRules(violations(requireUuid('providerId', args.providerId)));
    const params: unknown[] = [];
    const conditions = [mentorScopeSql(mentorScope(context.identity), 'mentor', params)];
    if (args.providerId) {
      params.push(args.providerId);
      conditions.push(`mentor.provider_id = $${params.length}`);
    }
    if (args.kind) {
      params.push(args.kind);
      conditions.push(`mentor.kind = $${params.length}`);
    }
    const where = conditions.join(' AND ');
    const [{ total }] = (await context.db.query(`SELECT count(*)::int AS total FROM mentor WHERE ${where}`, params)) as [{ total: number }];
    const ids = (await context.db.query(
      `SELECT id FROM mentor WHERE ${where} ORDER BY last_name, first_name, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.limit, page.offset],
    )) as { id: string }[];
    const mentors = await loadExisting(context.loaders.mentorById, ids.map((row) => row.id));
    return toConnection(mentors, total, page);
  },

  provider: (_, args, context) => (isUuid(args.id) ? context.loaders.providerById.load(args.id) : null),
  /** The provider row answers as its catalogue: its activities and municipality codes. */
  providerCatalogue(_, args, context) {
    assertRules(violations(requireUuid('providerId', args.providerId)));
    return context.loaders.providerById.load(args.providerId);
  },

  async providers(_, args, context) {
    const page = readPage(args);
    const [providers, total] = await context.db
      .getRepository(Provider)
      .createQueryBuilder('provider')
      .orderBy('provider.name', 'ASC')
      .addOrderBy('provider.id', 'ASC')
      .offset(page.offset)
      .limit(page.limit)
      .getManyAndCount();
    return toConnection(providers, total, page);
  },

  async experienceReports(_, args, context) {
    if (args.providerId) assertRules(violations(requireUuid('providerId', args.providerId)));
    const query = context.db
      .getRepository(ExperienceReport)
      .createQueryBuilder('report')
      .where('(report.published OR report.providerId = ANY(:draftProviders))', { draftProviders: draftReportProviderIds(context.identity) })
      .orderBy('report.year', 'DESC')
      .addOrderBy('report.providerId', 'ASC');
    if (args.providerId) query.andWhere('report.providerId = :providerId', { providerId: args.providerId });
    if (args.year !== null && args.year !== undefined) query.andWhere('report.year = :year', { year: args.year });
    const reports = await query.getMany();
    return reports.filter((report) => canSeeExperienceReport(context.identity, report));
  },

  async mentorEligibility(_, args, context) {
    const { from, to } = args;
    assertRules(violations(requireUuid('mentorId', args.mentorId), periodViolation(from, to), targetGroupViolation('targetGroup', args.targetGroup)));
    const mentor = await requireVisibleMentor(context, args.mentorId);
    const [certifications, screenings, trainings] = await Promise.all([
      context.loaders.certificationsByMentor.load(mentor.id),
      context.loaders.screeningsByMentor.load(mentor.id),
      context.loaders.trainingsByMentor.load(mentor.id),
    ]);
    const targetGroup = args.targetGroup && isTargetGroup(args.targetGroup) ? args.targetGroup : null;
    return mentorEligibility({ ...mentor, certifications, screenings, trainings }, { from, to, youthUnder18: args.youthUnder18, targetGroup });
  },

  async mentorCapacity(_, args, context) {
    assertRules(violations(requireUuid('mentorId', args.mentorId)));
    const mentor = await visibleMentor(context, args.mentorId);
    return mentor?.capacityHoursPerWeek ?? null;
  },

  async rankMentors(_, { input }, context) {
    assertRules(rankMentorsViolations(input));
    const provider = await requireRankableProvider(context, input.providerId);
    const mentors = await context.db
      .getRepository(Mentor)
      .createQueryBuilder('mentor')
      .where('mentor.providerId = :providerId', { providerId: provider.id })
      // An inactive mentor takes no new orders, so is not suggested at all.
      .andWhere(`mentor.status = 'ACTIVE'`)
      .getMany();
    const ids = mentors.map((mentor) => mentor.id);
    const [certifications, screenings, trainings] = await Promise.all([
      loadAll(context.loaders.certificationsByMentor, ids),
      loadAll(context.loaders.screeningsByMentor, ids),
      loadAll(context.loaders.trainingsByMentor, ids),
    ]);
    const candidates = mentors.map((mentor, index) => ({ ...mentor, certifications: certifications[index]!, screenings: screenings[index]!, trainings: trainings[index]! }));
    return rankMentors(candidates, {
      ...input,
      targetGroup: input.targetGroup && isTargetGroup(input.targetGroup) ? input.targetGroup : null,
      municipalityCode: input.municipalityCode ?? null,
      languages: input.languages ?? null,
      deliveryMunicipalityCodes: provider.municipalityCodes,
      loads: loadsByMentor(input.loads),
    });
  },
};

import { assertRules, isUuid, notFound, readPage, requireUuid, toConnection, violations, RuleViolation, type PageArgs } from '@mentor/common';
import { canSeeMentor, canSeeExperienceReport, draftReportProviderIds, mentorScope, mentorScopeSql } from '../access.js';
import type { Context } from '../context.js';
import { loadExisting } from '../loaders.js';
import { ExperienceReport, Mentor, Provider, type MentorKind } from '../entities/index.js';
import { toIsoDate } from '../rules/dates.js';
import { mentorEligibility } from '../rules/eligibility.js';

interface MentorsArgs extends PageArgs {
  providerId?: string | null;
  kind?: MentorKind | null;
}

/** A mentor the caller may see, or null exactly as for a missing one. */
export async function visibleMentor(context: Context, id: string): Promise<Mentor | null> {
  if (!isUuid(id)) return null;
  const mentor = await context.loaders.mentorById.load(id);
  return mentor && canSeeMentor(context.identity, mentor) ? mentor : null;
}

export const Query = {
  mentor: (_: unknown, args: { id: string }, context: Context) => visibleMentor(context, args.id),

  async mentors(_: unknown, args: MentorsArgs, context: Context) {
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

  provider: (_: unknown, args: { id: string }, context: Context) => (isUuid(args.id) ? context.loaders.providerById.load(args.id) : null),
  /** The provider row answers as its catalogue: its activities and municipality codes. */
  providerCatalogue(_: unknown, args: { providerId: string }, context: Context) {
    assertRules(violations(requireUuid('providerId', args.providerId)));
    return context.loaders.providerById.load(args.providerId);
  },

  async providers(_: unknown, args: PageArgs, context: Context) {
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

  async experienceReports(_: unknown, args: { providerId?: string | null; year?: number | null }, context: Context) {
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

  async mentorEligibility(_: unknown, args: { mentorId: string; from: Date; to: Date; youthUnder18: boolean }, context: Context) {
    const from = toIsoDate(args.from);
    const to = toIsoDate(args.to);
    assertRules(violations(requireUuid('mentorId', args.mentorId), to < from ? new RuleViolation('to', 'periodOrder', 'to: must not be before from') : null));
    const mentor = await visibleMentor(context, args.mentorId);
    if (!mentor) throw notFound('Mentor');
    const [certifications, screenings, trainings] = await Promise.all([
      context.loaders.certificationsByMentor.load(mentor.id),
      context.loaders.screeningsByMentor.load(mentor.id),
      context.loaders.trainingsByMentor.load(mentor.id),
    ]);
    return mentorEligibility({ kind: mentor.kind, status: mentor.status, certifications, screenings, trainings }, { from, to }, args.youthUnder18);
  },
};

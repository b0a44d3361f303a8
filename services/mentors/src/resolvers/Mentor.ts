import { isUuid } from '@mentor/common';
import { canResolveMentorReference } from '../access.js';
import type { Context } from '../context.js';
import type { Mentor as MentorRow } from '../entities/index.js';
import { bestCertificationStatus } from '../rules/certification.js';
import { todayInDenmark } from '../rules/dates.js';
import { isMatchable } from '../rules/eligibility.js';

export const Mentor = {
  /**
   * Every role that sees mentor names (the name appears on orders others may see); field rules narrow
   * the rest. Only the id of the reference is read: any other field in it is ignored.
   */
  __resolveReference: (reference: { id: string }, context: Context) =>
    canResolveMentorReference(context.identity) && isUuid(reference.id) ? context.loaders.mentorById.load(reference.id) : null,
  name: (mentor: MentorRow) => `${mentor.firstName} ${mentor.lastName}`,
  provider: (mentor: MentorRow, _: unknown, context: Context) => context.loaders.providerById.load(mentor.providerId),
  certifications: (mentor: MentorRow, _: unknown, context: Context) => context.loaders.certificationsByMentor.load(mentor.id),
  certificationStatus: async (mentor: MentorRow, _: unknown, context: Context) =>
    bestCertificationStatus(await context.loaders.certificationsByMentor.load(mentor.id), todayInDenmark()),
  screenings: (mentor: MentorRow, _: unknown, context: Context) => context.loaders.screeningsByMentor.load(mentor.id),
  trainings: (mentor: MentorRow, _: unknown, context: Context) => context.loaders.trainingsByMentor.load(mentor.id),
  supervisions: (mentor: MentorRow, _: unknown, context: Context) => context.loaders.supervisionsByMentor.load(mentor.id),
  async matchable(mentor: MentorRow, _: unknown, context: Context) {
    const [screenings, trainings] = await Promise.all([context.loaders.screeningsByMentor.load(mentor.id), context.loaders.trainingsByMentor.load(mentor.id)]);
    return isMatchable({ kind: mentor.kind, status: mentor.status, screenings, trainings }, todayInDenmark());
  },
};

import { isUuid } from '@mentor/common';
import { canResolveMentorReference } from '../access/index.js';
import type { MentorResolvers } from '../generated/resolvers.js';
import { bestCertificationStatus } from '../rules/certification.js';
import { todayInDenmark } from '../rules/dates.js';
import { isMatchable } from '../rules/eligibility.js';

export const Mentor: MentorResolvers = {
  /**
   * Every role that sees mentor names (the name appears on orders others may see); field rules narrow
   * the rest. Only the id of the reference is read: any other field in it is ignored.
   */
  __resolveReference: (reference, context) =>
    canResolveMentorReference(context.identity) && isUuid(reference.id) ? context.loaders.mentorById.load(reference.id) : null,
  name: (mentor) => `${mentor.firstName} ${mentor.lastName}`,
  provider: (mentor, _, context) => context.loaders.providerById.load(mentor.providerId),
  certifications: (mentor, _, context) => context.loaders.certificationsByMentor.load(mentor.id),
  certificationStatus: async (mentor, _, context) => bestCertificationStatus(await context.loaders.certificationsByMentor.load(mentor.id), todayInDenmark()),
  screenings: (mentor, _, context) => context.loaders.screeningsByMentor.load(mentor.id),
  trainings: (mentor, _, context) => context.loaders.trainingsByMentor.load(mentor.id),
  supervisions: (mentor, _, context) => context.loaders.supervisionsByMentor.load(mentor.id),
  async matchable(mentor, _, context) {
    const [screenings, trainings] = await Promise.all([context.loaders.screeningsByMentor.load(mentor.id), context.loaders.trainingsByMentor.load(mentor.id)]);
    return isMatchable({ kind: mentor.kind, status: mentor.status, screenings, trainings }, todayInDenmark());
  },
};

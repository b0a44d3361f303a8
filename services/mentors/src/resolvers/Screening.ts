import type { ScreeningResolvers } from '../generated/resolvers.js';
import { loadReferenced } from '../loaders.js';
import { renewalDue } from '../rules/screening.js';

export const Screening: ScreeningResolvers = {
  mentor: (screening, _, context) => loadReferenced(context.loaders.mentorById, screening.mentorId, 'Mentor'),
  renewalDue: (screening) => renewalDue(screening.checkedOn),
};

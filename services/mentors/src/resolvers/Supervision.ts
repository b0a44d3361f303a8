import type { SupervisionResolvers } from '../generated/resolvers.js';
import { loadReferenced } from '../loaders.js';

export const Supervision: SupervisionResolvers = {
  mentor: (supervision, _, context) => loadReferenced(context.loaders.mentorById, supervision.mentorId, 'Mentor'),
};

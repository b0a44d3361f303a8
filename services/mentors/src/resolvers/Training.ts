import type { TrainingResolvers } from '../generated/resolvers.js';
import { loadReferenced } from '../loaders.js';

export const Training: TrainingResolvers = {
  mentor: (training, _, context) => loadReferenced(context.loaders.mentorById, training.mentorId, 'Mentor'),
};

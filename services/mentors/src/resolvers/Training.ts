import type { Context } from '../context.js';
import type { Training as TrainingRow } from '../entities/index.js';

export const Training = {
  mentor: (training: TrainingRow, _: unknown, context: Context) => context.loaders.mentorById.load(training.mentorId),
};

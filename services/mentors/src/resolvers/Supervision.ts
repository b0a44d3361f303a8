import type { Context } from '../context.js';
import type { Supervision as SupervisionRow } from '../entities/index.js';

export const Supervision = {
  mentor: (supervision: SupervisionRow, _: unknown, context: Context) => context.loaders.mentorById.load(supervision.mentorId),
};

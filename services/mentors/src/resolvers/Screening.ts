import type { Context } from '../context.js';
import type { Screening as ScreeningRow } from '../entities/index.js';
import { renewalDue } from '../rules/screening.js';

export const Screening = {
  mentor: (screening: ScreeningRow, _: unknown, context: Context) => context.loaders.mentorById.load(screening.mentorId),
  renewalDue: (screening: ScreeningRow) => renewalDue(screening.checkedOn),
};

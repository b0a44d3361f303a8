import { scalarResolvers } from '@mentor/common';
import { Mutation } from '../commands/index.js';
import type { Resolvers } from '../generated/resolvers.js';
import { Certification } from './Certification.js';
import { DueList } from './DueList.js';
import { ExperienceReport } from './ExperienceReport.js';
import { Mentor } from './Mentor.js';
import { Provider } from './Provider.js';
import { Query } from './Query.js';
import { Screening } from './Screening.js';
import { Supervision } from './Supervision.js';
import { Training } from './Training.js';

export const resolvers: Resolvers = {
  // The schema declares Date and DateTime; resolvers receive Date arguments as YYYY-MM-DD strings.
  Date: scalarResolvers.Date,
  DateTime: scalarResolvers.DateTime,
  Query,
  Mutation,
  Provider,
  Mentor,
  Certification,
  Screening,
  Training,
  Supervision,
  ExperienceReport,
  DueList,
};

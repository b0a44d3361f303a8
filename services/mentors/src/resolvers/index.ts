import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import type { Context } from '../context.js';
import { Certification } from './Certification.js';
import { DueList } from './DueList.js';
import { ExperienceReport } from './ExperienceReport.js';
import { Mentor } from './Mentor.js';
import { Mutation } from './Mutation.js';
import { Provider } from './Provider.js';
import { Query } from './Query.js';
import { Screening } from './Screening.js';
import { Supervision } from './Supervision.js';
import { Training } from './Training.js';

export const resolvers: GraphQLResolverMap<Context> = {
  Date: DateResolver,
  DateTime: DateTimeResolver,
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

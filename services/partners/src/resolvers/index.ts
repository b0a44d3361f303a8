import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import type { PartnersContext } from '../context.js';
import { Consent } from './Consent.js';
import { Enrollment } from './Enrollment.js';
import { Institution } from './Institution.js';
import { Mutation } from './Mutation.js';
import { Organisation } from './Organisation.js';
import { Query } from './Query.js';
import { Youth } from './Youth.js';
import { YouthGuideAssignment } from './YouthGuideAssignment.js';

export const resolvers: GraphQLResolverMap<PartnersContext> = {
  Date: DateResolver,
  DateTime: DateTimeResolver,
  Query,
  Mutation,
  Organisation,
  Institution,
  Youth,
  Enrollment,
  YouthGuideAssignment,
  Consent,
};

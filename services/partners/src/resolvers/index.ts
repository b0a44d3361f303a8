import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import type { PartnersContext } from '../context.js';
import type { Peers } from '../replication.js';
import { AuditLog } from './AuditLog.js';
import { Consent } from './Consent.js';
import { Enrollment } from './Enrollment.js';
import { Institution } from './Institution.js';
import { createMutation } from './Mutation.js';
import { Organisation } from './Organisation.js';
import { Query } from './Query.js';
import { Youth } from './Youth.js';
import { YouthGuideAssignment } from './YouthGuideAssignment.js';

export function createResolvers(peers: Peers): GraphQLResolverMap<PartnersContext> {
  return {
    Date: DateResolver,
    DateTime: DateTimeResolver,
    Query,
    Mutation: createMutation(peers),
    Organisation,
    Institution,
    Youth,
    Enrollment,
    YouthGuideAssignment,
    Consent,
    AuditLog,
  };
}

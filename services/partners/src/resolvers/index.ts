import { scalarResolvers } from '@mentor/common';
import { createMutation, type Peers } from '../commands/index.js';
import type { Resolvers } from '../generated/resolvers.js';
import { AuditLog } from './AuditLog.js';
import { Consent } from './Consent.js';
import { Enrollment } from './Enrollment.js';
import { Institution } from './Institution.js';
import { Organisation } from './Organisation.js';
import { Query } from './Query.js';
import { replicationQuery } from './replication.js';
import { Youth } from './Youth.js';
import { YouthGuideAssignment } from './YouthGuideAssignment.js';

/** The resolver map: root queries, the mutations of commands/, one entry per type with field resolvers, and the scalars the schema declares. */
export function createResolvers(peers: Peers): Resolvers {
  return {
    Date: scalarResolvers.Date,
    DateTime: scalarResolvers.DateTime,
    Query: { ...Query, ...replicationQuery },
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

import type { Resolvers } from '../generated/resolvers.js';
import type { Peers } from '../replication.js';
import { AuditLog } from './AuditLog.js';
import { MentorSession } from './MentorSession.js';
import { createMutation } from '../commands/index.js';
import { Order } from './Order.js';
import { createQuery } from './Query.js';
import { replicationQuery } from './replication.js';
import { DueList } from './DueList.js';
import { Institution, Mentor, Provider } from './references.js';
import { scalarResolvers } from '@mentor/common';
import { Schedule, ScheduleEntry } from './Schedule.js';
import { Youth } from './Youth.js';

/** The resolvers; the mutations that change what partners decides access from tell it through `peers`. */
export function createResolvers(peers: Peers): Resolvers {
  return {
    Date: scalarResolvers.Date,
    DateTime: scalarResolvers.DateTime,
    JSONObject: scalarResolvers.JSONObject,
    Query: { ...createQuery(peers), ...replicationQuery },
    Mutation: createMutation(peers),
    Youth,
    Order,
    Schedule,
    ScheduleEntry,
    MentorSession,
    Provider,
    Mentor,
    Institution,
    AuditLog,
    DueList,
  };
}

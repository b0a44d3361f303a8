import type { Peers } from '../replication.js';
import { AuditLog } from './AuditLog.js';
import { MentorSession } from './MentorSession.js';
import { createMutation } from './Mutation.js';
import { Order } from './Order.js';
import { Query } from './Query.js';
import { Institution, Mentor, Provider } from './references.js';
import { scalarResolvers } from './scalars.js';
import { Schedule, ScheduleEntry } from './Schedule.js';
import { Youth } from './Youth.js';

/** The resolvers; the mutations that change what partners decides access from tell it through `peers`. */
export function createResolvers(peers: Peers) {
  return {
    ...scalarResolvers,
    Query,
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
  };
}

import { Mutation } from './Mutation.js';
import { Order } from './Order.js';
import { Query } from './Query.js';
import { Institution, Mentor, Provider } from './references.js';
import { scalarResolvers } from './scalars.js';
import { MentorSession } from './MentorSession.js';
import { Schedule, ScheduleEntry } from './Schedule.js';
import { Youth } from './Youth.js';

export const resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  Youth,
  Order,
  Schedule,
  ScheduleEntry,
  MentorSession,
  Provider,
  Mentor,
  Institution,
};

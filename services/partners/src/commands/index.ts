import type { MutationResolvers } from '../generated/resolvers.js';
import { attendanceCommands } from './attendance.js';
import { consentCommands } from './consent.js';
import { enrollmentCommands } from './enrollment.js';
import { feedbackCommands } from './feedback.js';
import { institutionCommands } from './institution.js';
import { organisationCommands } from './organisation.js';
import type { Peers } from './replication.js';
import { youthGuideCommands } from './youth-guide.js';
import { youthLinkCommands } from './youth-link.js';

export type { Peers } from './replication.js';

/**
 * The Mutation resolver map, one file per aggregate. Each command checks who may run it (access/),
 * its rules (rules/), and writes in one transaction; the ones that change relations the orders
 * subgraph decides access from enqueue the youth's relations for it in that transaction (outbox);
 * feedback asks orders, through `peers`, whether the caller takes part in the order.
 */
export function createMutation(peers: Peers): MutationResolvers {
  return {
    ...organisationCommands,
    ...institutionCommands,
    ...enrollmentCommands(),
    ...attendanceCommands,
    ...youthGuideCommands(),
    ...consentCommands(),
    ...feedbackCommands(peers),
    ...youthLinkCommands,
  };
}

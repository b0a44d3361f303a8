import type { MutationResolvers } from '../generated/resolvers.js';
import { experienceReportCommands } from './experience-report.js';
import { mentorCommands } from './mentor.js';
import { providerCommands } from './provider.js';
import { recordCommands } from './records.js';

/** The Mutation resolver map: every command, one file per aggregate. The subgraph holds no youth data, so nothing here is audited. */
export const Mutation: MutationResolvers = {
  ...providerCommands,
  ...mentorCommands,
  ...recordCommands,
  ...experienceReportCommands,
};

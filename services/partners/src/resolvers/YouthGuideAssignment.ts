import type { YouthGuideAssignmentResolvers } from '../generated/resolvers.js';

export const YouthGuideAssignment: YouthGuideAssignmentResolvers = {
  youth: (assignment) => ({ id: assignment.youthId }),
};

import type { YouthGuideAssignment as YouthGuideAssignmentRow } from '../entities/YouthGuideAssignment.js';

export const YouthGuideAssignment = {
  youth: (assignment: YouthGuideAssignmentRow) => ({ id: assignment.youthId }),
};

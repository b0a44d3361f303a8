import { AuditEntryEntity, IdempotencyKeyEntity } from '@mentor/common';
import { AttendanceConcern } from './AttendanceConcern.js';
import { CollaborationFeedback } from './CollaborationFeedback.js';
import { Consent } from './Consent.js';
import { Enrollment } from './Enrollment.js';
import { Institution } from './Institution.js';
import { Organisation } from './Organisation.js';
import { YouthGuideAssignment } from './YouthGuideAssignment.js';
import { YouthLink } from './YouthLink.js';

export { AttendanceConcern, CollaborationFeedback, Consent, Enrollment, Institution, Organisation, YouthGuideAssignment, YouthLink };

export const entities = [Organisation, Institution, Enrollment, AttendanceConcern, YouthGuideAssignment, Consent, CollaborationFeedback, YouthLink, IdempotencyKeyEntity, AuditEntryEntity];

/** A youth as this subgraph knows it: the orders subgraph owns it, a reference carries only its id. */
export interface YouthReference {
  id: string;
}

/** A youth's audit log as a reference: the orders subgraph owns it, this subgraph adds its own records. */
export interface AuditLogReference {
  youthId: string;
}

import { requireUuid, violations, type RuleViolation } from '@mentor/common';
import { idListViolation } from './common.js';

export interface YouthLinkInput {
  youthId: string;
  caseworkerUnitId: string;
  providerIds: string[];
  mentorIds: string[];
}

/** A youth has a handful of orders; a longer list is a fault in the sender. */
const MAX_RELATED = 100;

export function youthLinkRules(input: YouthLinkInput): RuleViolation[] {
  return violations(
    requireUuid('youthId', input.youthId),
    requireUuid('caseworkerUnitId', input.caseworkerUnitId),
    idListViolation('providerIds', input.providerIds, MAX_RELATED),
    idListViolation('mentorIds', input.mentorIds, MAX_RELATED),
  );
}

import { requireUuid, violations, type RuleViolation } from '@mentor/common';
import { idListViolation } from './common.js';

export interface YouthLinkInput {
  youthId: string;
  caseworkerUnitId: string;
  providerIds: string[];
  mentorIds: string[];
  orderIds?: string[] | null;
  placedInstitutionIds?: string[] | null;
}

/** A youth has a handful of orders; a longer list is a fault in the sender. */
const MAX_RELATED = 100;

export function youthLinkRules(input: YouthLinkInput): RuleViolation[] {
  return violations(
    requireUuid('youthId', input.youthId),
    requireUuid('caseworkerUnitId', input.caseworkerUnitId),
    idListViolation('providerIds', input.providerIds, MAX_RELATED),
    idListViolation('mentorIds', input.mentorIds, MAX_RELATED),
    input.orderIds == null ? null : idListViolation('orderIds', input.orderIds, MAX_RELATED),
    input.placedInstitutionIds == null ? null : idListViolation('placedInstitutionIds', input.placedInstitutionIds, MAX_RELATED),
  );
}

import { requireUuid, RuleViolation, violations } from '@mentor/common';

export interface YouthLinkInput {
  youthId: string;
  caseworkerUnitId: string;
  providerIds: string[];
  mentorIds: string[];
}

/** A youth has a handful of orders; a longer list is a fault in the sender. */
const MAX_RELATED = 100;

function idList(field: string, ids: string[]): RuleViolation | null {
  if (ids.length > MAX_RELATED) return new RuleViolation(field, 'maxItems', `${field}: at most ${MAX_RELATED} ids`);
  const malformed = ids.findIndex((id) => requireUuid(field, id) !== null);
  return malformed === -1 ? null : new RuleViolation(field, 'id', `${field}: item ${malformed} is not a valid id`);
}

export function youthLinkRules(input: YouthLinkInput): RuleViolation[] {
  return violations(
    requireUuid('youthId', input.youthId),
    requireUuid('caseworkerUnitId', input.caseworkerUnitId),
    idList('providerIds', input.providerIds),
    idList('mentorIds', input.mentorIds),
  );
}

import { RuleViolation, requireUuid, violations } from '@mentor/common';

/** What partners tells this subgraph when a relation it owns changes; absent parts stay as they are. */
export interface YouthRelationsInput {
  youthId: string;
  socialServicesConsent?: boolean | null;
  enrolledInstitutionIds?: string[] | null;
  youthGuideId?: string | null;
  clearYouthGuide?: boolean | null;
}

/** A youth has few enrollments; more than this is a broken message, not a youth. */
export const MAX_ENROLLED_INSTITUTIONS = 50;

export function checkYouthRelations(input: YouthRelationsInput): RuleViolation[] {
  const found = violations(
    requireUuid('youthId', input.youthId),
    input.youthGuideId == null ? null : requireUuid('youthGuideId', input.youthGuideId),
    input.youthGuideId != null && input.clearYouthGuide
      ? new RuleViolation('clearYouthGuide', 'exclusive', 'clearYouthGuide: either a new youth guide or clearing it, not both')
      : null,
  );
  const institutions = input.enrolledInstitutionIds ?? [];
  if (institutions.length > MAX_ENROLLED_INSTITUTIONS) {
    found.push(new RuleViolation('enrolledInstitutionIds', 'maxItems', `enrolledInstitutionIds: at most ${MAX_ENROLLED_INSTITUTIONS}`));
  }
  institutions.forEach((id, index) => {
    const violation = requireUuid(`enrolledInstitutionIds[${index}]`, id);
    if (violation) found.push(violation);
  });
  return found;
}

import { RuleViolation, requireUuid, violations } from '@mentor/common';
import type { MirroredConsentInput, YouthRelationsInput as GeneratedYouthRelationsInput } from '../generated/resolvers.js';

/** What partners tells this subgraph when a relation it owns changes; absent parts stay as they are. */
/** A consent as partners records it: which body, for what, from and to when. */
export type MirroredConsent = MirroredConsentInput;

export type YouthRelationsInput = GeneratedYouthRelationsInput;

/** A youth has few enrollments (and consents); more than this is a broken message, not a youth. */
export const MAX_ENROLLED_INSTITUTIONS = 50;
export const MAX_CONSENTS = 50;

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
  const consents = input.consents ?? [];
  if (consents.length > MAX_CONSENTS) found.push(new RuleViolation('consents', 'maxItems', `consents: at most ${MAX_CONSENTS}`));
  consents.forEach((consent, index) => {
    found.push(
      ...violations(
        requireUuid(`consents[${index}].id`, consent.id),
        requireUuid(`consents[${index}].bodyId`, consent.bodyId),
        consent.withdrawnOn != null && consent.withdrawnOn < consent.givenOn
          ? new RuleViolation(`consents[${index}].withdrawnOn`, 'afterGivenOn', `consents[${index}].withdrawnOn: must not be before givenOn`)
          : null,
      ),
    );
  });
  return found;
}

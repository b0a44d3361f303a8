import { RuleViolation, requireUuid, violations } from '@mentor/common';
import type { MirroredConsentInput, YouthRelationsInput as GeneratedYouthRelationsInput } from '../generated/resolvers.js';

/** A consent as partners records it: which body, for what, from and to when. */
export type MirroredConsent = MirroredConsentInput;

/** What partners tells this subgraph about a youth: the whole state of the relations it owns. */
export type YouthRelationsInput = GeneratedYouthRelationsInput;

/** A youth has few enrollments (and consents); more than this is a broken message, not a youth. */
export const MAX_ENROLLED_INSTITUTIONS = 50;
export const MAX_CONSENTS = 50;

export function checkYouthRelations(input: YouthRelationsInput): RuleViolation[] {
  const found = violations(
    requireUuid('youthId', input.youthId),
    input.youthGuideId == null ? null : requireUuid('youthGuideId', input.youthGuideId),
  );
  const institutions = input.enrolledInstitutionIds;
  if (institutions.length > MAX_ENROLLED_INSTITUTIONS) {
    found.push(new RuleViolation('enrolledInstitutionIds', 'maxItems', `enrolledInstitutionIds: at most ${MAX_ENROLLED_INSTITUTIONS}`));
  }
  institutions.forEach((id, index) => {
    const violation = requireUuid(`enrolledInstitutionIds[${index}]`, id);
    if (violation) found.push(violation);
  });
  const consents = input.consents;
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

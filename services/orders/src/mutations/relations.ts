import { assertRules, forbidden, notFound } from '@mentor/common';
import { mayRecordYouthRelations } from '../access.js';
import type { OrdersContext } from '../context.js';
import { checkYouthRelations, type YouthRelationsInput } from '../rules/relations.js';
import { queryRows, SqlParams } from '../sql.js';
import { inTransaction } from './support.js';

/**
 * The partners subgraph mirrors the relations it owns that access here is decided from. Only the
 * given parts change; the caller is the person whose action in partners changed them.
 */
export async function recordYouthRelations(input: YouthRelationsInput, context: OrdersContext): Promise<boolean> {
  assertRules(checkYouthRelations(input));
  if (!mayRecordYouthRelations(context.identity, input)) throw forbidden('Not a change this caller makes');
  const params = new SqlParams([input.youthId]);
  const changes = ['version = version + 1', 'updated_at = now()'];
  if (input.socialServicesConsent != null) {
    // A consent in force keeps the day it began; a new one begins today, a withdrawn one ends today.
    changes.push(
      input.socialServicesConsent
        ? `consent_to_social_services = TRUE, consent_withdrawn_on = NULL,
           consent_given_on = CASE WHEN consent_to_social_services AND consent_given_on <= current_date THEN consent_given_on ELSE current_date END`
        : `consent_to_social_services = FALSE, consent_withdrawn_on = CASE WHEN consent_to_social_services THEN current_date ELSE consent_withdrawn_on END`,
    );
  }
  if (input.enrolledInstitutionIds != null) changes.push(`institution_ids = ${params.add([...new Set(input.enrolledInstitutionIds)])}::uuid[]`);
  if (input.youthGuideId != null) changes.push(`youth_guide_id = ${params.add(input.youthGuideId)}`);
  else if (input.clearYouthGuide) changes.push('youth_guide_id = NULL');
  const updated = await inTransaction(context, (manager) => queryRows(manager, `UPDATE youth SET ${changes.join(', ')} WHERE id = $1 RETURNING id`, params.values));
  if (updated.length === 0) throw notFound('Youth');
  context.log.info({ youthId: input.youthId, parts: Object.keys(input).filter((key) => key !== 'youthId') }, 'youth relations mirrored from partners');
  return true;
}

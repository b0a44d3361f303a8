import { assertRules, forbidden, notFound } from '@mentor/common';
import { isOwnUnit, mayRecordYouthRelations } from '../access/index.js';
import type { Context } from '../context.js';
import type { EntityManager } from 'typeorm';
import { checkYouthRelations, type MirroredConsent, type YouthRelationsInput } from '../rules/relations.js';
import { queryRows, SqlParams } from '../sql.js';
import { inTransaction } from './support.js';

/** Replaces the youth's mirrored consents with the set partners holds now, each with its body, scope and dates. */
async function mirrorConsents(manager: EntityManager, youthId: string, consents: readonly MirroredConsent[]): Promise<void> {
  await manager.query('DELETE FROM youth_consent WHERE youth_id = $1', [youthId]);
  if (!consents.length) return;
  await manager.query(
    `INSERT INTO youth_consent (id, youth_id, body_id, scope, given_on, withdrawn_on)
     SELECT c.id, $1, c.body_id, c.scope, c.given_on, c.withdrawn_on
     FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::date[], $6::date[]) AS c(id, body_id, scope, given_on, withdrawn_on)`,
    [youthId, consents.map((c) => c.id), consents.map((c) => c.bodyId), consents.map((c) => c.scope), consents.map((c) => c.givenOn), consents.map((c) => c.withdrawnOn ?? null)],
  );
}

/**
 * The partners subgraph mirrors the relations it owns that access here is decided from. Only the
 * given parts change; the caller is the person whose action in partners changed them.
 */
export async function recordYouthRelations(input: YouthRelationsInput, context: Context): Promise<boolean> {
  assertRules(checkYouthRelations(input));
  if (!mayRecordYouthRelations(context.identity, input)) throw forbidden('Not a change this caller makes');
  const params = new SqlParams([input.youthId]);
  const changes = ['version = version + 1', 'updated_at = now()'];
  if (input.enrolledInstitutionIds != null) changes.push(`institution_ids = ${params.add([...new Set(input.enrolledInstitutionIds)])}::uuid[]`);
  if (input.youthGuideId != null) changes.push(`youth_guide_id = ${params.add(input.youthGuideId)}`);
  else if (input.clearYouthGuide) changes.push('youth_guide_id = NULL');
  const updated = await inTransaction(context, async (manager) => {
    const rows = (await queryRows(manager, `UPDATE youth SET ${changes.join(', ')} WHERE id = $1 RETURNING id, caseworker_unit_id`, params.values)) as {
      id: string;
      caseworker_unit_id: string;
    }[];
    // Consents and guides open the youth's case: only the youth's own caseworker creates them (partners checks this too).
    const opensCase = input.consents != null || input.youthGuideId != null;
    if (rows[0] && opensCase && !isOwnUnit(context.identity, { caseworkerUnitId: rows[0].caseworker_unit_id })) throw notFound('Youth');
    if (rows[0] && input.consents != null) await mirrorConsents(manager, input.youthId, input.consents);
    return rows;
  });
  if (updated.length === 0) throw notFound('Youth');
  context.log.info({ youthId: input.youthId, parts: Object.keys(input).filter((key) => key !== 'youthId') }, 'youth relations mirrored from partners');
  return true;
}

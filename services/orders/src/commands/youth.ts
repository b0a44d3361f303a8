import { assertRules, conflict, forbidden, isUuid, notFound, receiveReplicated, requireSequence, requireUuid, violations } from '@mentor/common';
import type { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { Context } from '../context.js';
import { today } from '../dates.js';
import { Youth } from '../entities/index.js';
import type { RecordHomeVisitConsentInput } from '../generated/resolvers.js';
import { requireOwnUnit, requireReplicationFrom, requireYouthRegistrar, youthScope } from '../access/index.js';
import { expectedVersionViolation } from '../rules/text.js';
import { checkYouthRelations, type MirroredConsent, type YouthRelationsInput } from '../rules/relations.js';
import { checkRegisterYouth, type RegisterYouthInput } from '../rules/youth.js';
import { sendYouthLink } from '../replication.js';
import { hydrate, queryRows, SqlParams } from '../sql.js';
import { checkVersion, createOnce, inCommand, insertRow } from './support.js';

/** The field a refused registration is audited under, on the youth already registered in another unit. */
export const REGISTERED_ELSEWHERE = 'Mutation.registerYouth.registeredElsewhere';

/**
 * The answer to a CPR number that is already registered. In the caller's own unit they see that
 * youth anyway, so it says so (CONFLICT). In another unit it is a refusal that names neither the
 * youth nor the unit and reads the same whoever has the youth, audited on that youth as a refused
 * registration so the auditor sees who tried (SECURITY.md, "Registering a youth registered elsewhere").
 */
async function duplicateAnswer(db: Pick<EntityManager, 'query'>, context: Context, cpr: string): Promise<GraphQLError | null> {
  const [existing] = (await db.query('SELECT id, caseworker_unit_id FROM youth WHERE cpr = $1', [cpr])) as { id: string; caseworker_unit_id: string }[];
  if (!existing) return null;
  if (existing.caseworker_unit_id === context.identity.org) return conflict('A youth with this CPR number is already registered in your unit');
  await context.audit.read(existing.id, REGISTERED_ELSEWHERE, false);
  return forbidden('The youth cannot be registered in your unit; if the case is to move here, ask the municipality that has it to transfer it');
}

/** A caseworker registers a youth in their own unit; the CPR number is unique across units. */
export async function registerYouth(input: RegisterYouthInput, context: Context): Promise<Youth> {
  const { identity } = context;
  requireYouthRegistrar(identity);
  return createOnce(context, { operation: 'registerYouth', key: input.idempotencyKey, target: Youth, table: 'youth' }, async (manager, id) => {
    const check = checkRegisterYouth(input, today());
    assertRules(check.violations);
    // Two registrations of one CPR number at the same moment wait for each other: the second gets the same answer as a later one.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`youth-cpr:${check.cpr}`]);
    const duplicate = await duplicateAnswer(manager, context, check.cpr);
    if (duplicate) throw duplicate;
    const youth = await insertRow(manager, Youth, 'youth', {
      id,
      first_name: input.firstName.trim(),
      last_name: input.lastName.trim(),
      cpr: check.cpr,
      birth_date: check.birthDate,
      address: input.address.trim(),
      phone: input.phone?.trim() || null,
      email: input.email?.trim() || null,
      target_group: input.targetGroup,
      legal_basis: input.legalBasis.trim(),
      special_needs: input.specialNeeds?.trim() || null,
      health_notes: input.healthNotes?.trim() || null,
      case_notes: input.caseNotes?.trim() || null,
      caseworker_unit_id: identity.org,
      youth_guide_id: input.youthGuideId ?? null,
      created_by: isUuid(identity.sub) ? identity.sub : null,
      idempotency_key: input.idempotencyKey ?? null,
    });
    await sendYouthLink(manager, youth.id);
    context.log.info({ youthId: youth.id, cprCheckDigitValid: check.cprModulus11 }, 'youth registered');
    return youth;
  });
}

/** The caseworker records that the youth agrees (or no longer agrees) to meet the mentor at home, which sessions at home need (rule 6). */
export function recordHomeVisitConsent(input: RecordHomeVisitConsentInput, context: Context): Promise<Youth> {
  const { identity } = context;
  return inCommand(context, async (manager) => {
    assertRules(violations(requireUuid('youthId', input.youthId), expectedVersionViolation(input.expectedVersion)));
    const params = new SqlParams([input.youthId]);
    const [youth] = hydrate(manager, Youth, await manager.query(`SELECT y.* FROM youth y WHERE y.id = $1 AND ${youthScope(identity, 'y', params)} FOR UPDATE OF y`, params.values));
    if (!youth) throw notFound('Youth');
    requireOwnUnit(identity, youth, "Only a caseworker in the youth's unit records the consent");
    checkVersion('The youth', youth, input.expectedVersion);
    const rows = await queryRows(
      manager,
      `UPDATE youth SET home_visit_consent = $2, home_visit_consent_on = $3, version = version + 1, updated_at = now() WHERE id = $1 RETURNING *`,
      [youth.id, input.consent, today()],
    );
    return hydrate(manager, Youth, rows)[0]!;
  });
}

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
 * The partners subgraph mirrors the relations it owns that access here is decided from: the
 * youth's whole state, from its outbox, as the partners service itself (never a user). Applied
 * once and audited in the same transaction (`receiveReplicated`).
 */
export async function recordYouthRelations(input: YouthRelationsInput, sequence: string, context: Context): Promise<boolean> {
  requireReplicationFrom(context.principal, 'Mutation', 'recordYouthRelations');
  assertRules([...checkYouthRelations(input), ...violations(requireSequence(sequence))]);
  const params = new SqlParams([input.youthId]);
  const changes = [
    `institution_ids = ${params.add([...new Set(input.enrolledInstitutionIds)])}::uuid[]`,
    `youth_guide_id = ${params.add(input.youthGuideId ?? null)}::uuid`,
    'version = version + 1',
    'updated_at = now()',
  ];
  return receiveReplicated(context, { source: 'partners', mutation: 'recordYouthRelations', youthId: input.youthId, sequence }, async (locked) => {
    const rows = await queryRows(locked, `UPDATE youth SET ${changes.join(', ')} WHERE id = $1 RETURNING id`, params.values);
    // Rolls back the inbox too, so the event comes again (a youth partners knows of before this subgraph has it committed).
    if (rows.length === 0) throw notFound('Youth');
    await mirrorConsents(locked, input.youthId, input.consents);
  });
}

import { randomUUID } from 'node:crypto';
import { assertRules, conflict, forbidden, isUuid, notFound, requireUuid, violations } from '@mentor/common';
import type { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { Context } from '../context.js';
import { today } from '../dates.js';
import { Youth } from '../entities/index.js';
import { isOwnUnit, youthScope } from '../access/index.js';
import { expectedVersionViolation } from '../rules/text.js';
import { checkRegisterYouth, type RegisterYouthInput } from '../rules/youth.js';
import { sendYouthLink, type Peers } from '../replication.js';
import { hydrate, queryRows, SqlParams } from '../sql.js';
import { createIdempotently, inTransaction, insertRow, isUniqueViolation, requireThat } from './support.js';

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
export async function registerYouth(input: RegisterYouthInput, context: Context, peers: Peers): Promise<Youth> {
  const { identity } = context;
  if (!identity.roles.includes('CASEWORKER') || !isUuid(identity.org)) throw forbidden('Only a caseworker registers youths');
  const registering = createIdempotently(context, {
    key: input.idempotencyKey,
    constraint: 'uq_youth_idempotency',
    find: async (manager, key) =>
      hydrate(manager, Youth, await manager.query('SELECT * FROM youth WHERE created_by = $1 AND idempotency_key = $2', [identity.sub, key]))[0] ?? null,
    async create(manager) {
      const check = checkRegisterYouth(input, today());
      assertRules(check.violations);
      const duplicate = await duplicateAnswer(manager, context, check.cpr);
      if (duplicate) throw duplicate;
      const youth = await insertRow(manager, Youth, 'youth', {
        id: randomUUID(),
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
      await sendYouthLink(manager, peers, context, youth.id);
      context.log.info({ youthId: youth.id, cprCheckDigitValid: check.cprModulus11 }, 'youth registered');
      return youth;
    },
  });
  // Two registrations of one CPR at the same moment: the unique constraint decides, the loser gets the same answer.
  return registering.catch(async (error: unknown) => {
    if (!isUniqueViolation(error, 'uq_youth_cpr')) throw error;
    throw (await duplicateAnswer(context.db, context, checkRegisterYouth(input, today()).cpr)) ?? error;
  });
}

export interface HomeVisitConsentInput {
  youthId: string;
  consent: boolean;
  expectedVersion?: number | null;
}

/** The caseworker records that the youth agrees (or no longer agrees) to meet the mentor at home, which sessions at home need (rule 6). */
export function recordHomeVisitConsent(input: HomeVisitConsentInput, context: Context): Promise<Youth> {
  const { identity } = context;
  return inTransaction(context, async (manager) => {
    assertRules(violations(requireUuid('youthId', input.youthId), expectedVersionViolation(input.expectedVersion)));
    const params = new SqlParams([input.youthId]);
    const [youth] = hydrate(manager, Youth, await manager.query(`SELECT y.* FROM youth y WHERE y.id = $1 AND ${youthScope(identity, 'y', params)} FOR UPDATE OF y`, params.values));
    if (!youth) throw notFound('Youth');
    requireThat(isOwnUnit(identity, youth), "Only a caseworker in the youth's unit records the consent");
    if (input.expectedVersion != null && input.expectedVersion !== youth.version) {
      throw conflict(`The youth has changed since version ${input.expectedVersion} (it is at version ${youth.version}); reload and try again`);
    }
    const rows = await queryRows(
      manager,
      `UPDATE youth SET home_visit_consent = $2, home_visit_consent_on = $3, version = version + 1, updated_at = now() WHERE id = $1 RETURNING *`,
      [youth.id, input.consent, today()],
    );
    return hydrate(manager, Youth, rows)[0]!;
  });
}

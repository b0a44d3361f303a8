import { randomUUID } from 'node:crypto';
import { assertRules, assertVersion, badInput, claimIdempotencyKey, inTransaction, notFound } from '@mentor/common';
import type { EntityManager } from 'typeorm';
import { requireMayRun } from '../access/index.js';
import { Institution, Organisation } from '../entities/index.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { institutionRules, institutionUpdateRules } from '../rules/organisation.js';
import { trimmed } from './text.js';

function findInstitution(manager: EntityManager, id: string): Promise<Institution | null> {
  return manager.getRepository(Institution).findOne({ where: { id }, relations: { organisation: true } });
}

/** An institution this transaction wrote or found by its idempotency key, with its organisation row. */
function loadInstitution(manager: EntityManager, id: string): Promise<Institution> {
  return manager.getRepository(Institution).findOneOrFail({ where: { id }, relations: { organisation: true } });
}

export const institutionCommands: MutationResolvers = {
  async registerInstitution(_, { input }, { db, identity, log }) {
    requireMayRun(identity, 'registerInstitution');
    assertRules(institutionRules(input));
    return inTransaction(db, async (manager) => {
      const id = randomUUID();
      const earlier = await claimIdempotencyKey(manager, { caller: identity.sub, key: input.idempotencyKey, operation: 'registerInstitution', resultId: id });
      if (earlier) return loadInstitution(manager, earlier);
      if (await manager.existsBy(Institution, { institutionNumber: input.institutionNumber })) {
        throw badInput('institutionNumber', 'unique', `institutionNumber: ${input.institutionNumber} is already registered`);
      }
      await manager.insert(Organisation, {
        id,
        kind: 'INSTITUTION',
        name: trimmed(input.name),
        cvr: input.cvr,
        municipalityCode: input.municipalityCode,
      });
      await manager.insert(Institution, {
        id,
        institutionNumber: input.institutionNumber,
        type: input.type,
        approved: input.approved,
        address: trimmed(input.address),
      });
      log.info({ institutionId: id, type: input.type }, 'institution registered');
      return loadInstitution(manager, id);
    });
  },

  async updateInstitution(_, { input }, { db, identity, log }) {
    requireMayRun(identity, 'updateInstitution');
    assertRules(institutionUpdateRules(input));
    return inTransaction(db, async (manager) => {
      const locked = await manager.getRepository(Institution).findOne({ where: { id: input.institutionId }, lock: { mode: 'pessimistic_write' } });
      const institution = locked && (await findInstitution(manager, locked.id));
      if (!institution) throw notFound('Institution');
      assertVersion(input.expectedVersion, institution.version, 'The institution');
      const organisation = institution.organisation;
      const organisationChange = {
        ...(input.name != null && trimmed(input.name) !== organisation.name ? { name: trimmed(input.name) } : {}),
        ...(input.municipalityCode != null && input.municipalityCode !== organisation.municipalityCode ? { municipalityCode: input.municipalityCode } : {}),
      };
      const institutionChange = {
        ...(input.type != null && input.type !== institution.type ? { type: input.type } : {}),
        ...(input.approved != null && input.approved !== institution.approved ? { approved: input.approved } : {}),
        ...(input.address != null && trimmed(input.address) !== institution.address ? { address: trimmed(input.address) } : {}),
      };
      const changed = [...Object.keys(organisationChange), ...Object.keys(institutionChange)];
      if (!changed.length) return institution;
      if (Object.keys(organisationChange).length) {
        await manager.update(Organisation, { id: organisation.id }, { ...organisationChange, version: organisation.version + 1 });
      }
      await manager.update(Institution, { id: institution.id }, { ...institutionChange, version: institution.version + 1 });
      log.info({ institutionId: institution.id, changed }, 'institution updated');
      return loadInstitution(manager, institution.id);
    });
  },
};

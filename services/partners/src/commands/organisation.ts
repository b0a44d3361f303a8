import { randomUUID } from 'node:crypto';
import { assertRules, claimIdempotencyKey, inTransaction } from '@mentor/common';
import { requireMayRun } from '../access/index.js';
import { Organisation } from '../entities/index.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { organisationRules } from '../rules/organisation.js';
import { trimmed } from './text.js';

export const organisationCommands: MutationResolvers = {
  async registerOrganisation(_, { input }, { db, identity, log }) {
    requireMayRun(identity, 'registerOrganisation');
    assertRules(organisationRules(input));
    return inTransaction(db, async (manager) => {
      const id = randomUUID();
      const earlier = await claimIdempotencyKey(manager, { caller: identity.sub, key: input.idempotencyKey, operation: 'registerOrganisation', resultId: id });
      if (earlier) return manager.findOneByOrFail(Organisation, { id: earlier });
      const organisation = manager.create(Organisation, {
        id,
        kind: input.kind,
        name: trimmed(input.name),
        cvr: input.cvr,
        municipalityCode: input.municipalityCode,
      });
      await manager.insert(Organisation, organisation);
      log.info({ organisationId: id, kind: input.kind }, 'organisation registered');
      return manager.findOneByOrFail(Organisation, { id });
    });
  },
};

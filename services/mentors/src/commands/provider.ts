import { randomUUID } from 'node:crypto';
import { assertRules, badInput, claimIdempotencyKey, inTransaction, isUniqueViolation } from '@mentor/common';
import { requireProviderRegistrar } from '../access/index.js';
import { Provider } from '../entities/index.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { providerViolations } from '../rules/provider.js';
import { found, trimmedList } from './support.js';

export const providerCommands = {
  async registerProvider(_, { input }, context) {
    requireProviderRegistrar(context.identity);
    const values = {
      name: input.name.trim(),
      cvr: input.cvr.replace(/\s/g, ''),
      activities: trimmedList(input.activities),
      pricePerHourOre: input.pricePerHourOre,
      municipalityCodes: trimmedList(input.municipalityCodes),
      agreementStartDate: input.agreementStartDate ?? null,
      agreementEndDate: input.agreementEndDate ?? null,
    };
    assertRules(providerViolations({ ...values, idempotencyKey: input.idempotencyKey }));
    const cvrTaken = () => badInput('cvr', 'unique', `cvr: a provider with CVR ${values.cvr} is already registered`);
    return inTransaction(context.db, async (manager) => {
      const id = randomUUID();
      const previous = await claimIdempotencyKey(manager, { caller: context.identity.sub, key: input.idempotencyKey, operation: 'registerProvider', resultId: id });
      if (previous) return found(manager, Provider, previous, 'Provider');
      if (await manager.existsBy(Provider, { cvr: values.cvr })) throw cvrTaken();
      try {
        await manager.insert(Provider, { id, ...values });
      } catch (error) {
        // A concurrent registration of the same CVR got there first.
        if (isUniqueViolation(error, 'UQ_provider_cvr')) throw cvrTaken();
        throw error;
      }
      return found(manager, Provider, id, 'Provider');
    });
  },
} satisfies MutationResolvers;

import { randomUUID } from 'node:crypto';
import { assertRules, assertVersion, claimIdempotencyKey, inTransaction, requireUuid, violations } from '@mentor/common';
import { requireAdministeredMentor, requireAdministersProvider, requireMentorAdministrator } from '../access/index.js';
import { Mentor, Provider } from '../entities/index.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { mentorChangeViolations, mentorViolations } from '../rules/mentor.js';
import { contact, found, lockedMentor, trimmedList } from './support.js';

export const mentorCommands = {
  async registerMentor(_, { input }, context) {
    requireMentorAdministrator(context.identity);
    const values = {
      providerId: input.providerId,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      phone: contact(input.phone),
      email: contact(input.email),
      kind: input.kind,
      languages: trimmedList(input.languages),
      targetGroups: trimmedList(input.targetGroups),
      capacityHoursPerWeek: input.capacityHoursPerWeek,
    };
    assertRules(mentorViolations({ ...values, idempotencyKey: input.idempotencyKey }));
    requireAdministersProvider(context.identity, values.providerId);
    return inTransaction(context.db, async (manager) => {
      const id = randomUUID();
      const previous = await claimIdempotencyKey(manager, { caller: context.identity.sub, key: input.idempotencyKey, operation: 'registerMentor', resultId: id });
      if (previous) return found(manager, Mentor, previous, 'Mentor');
      await found(manager, Provider, values.providerId, 'Provider');
      await manager.insert(Mentor, { id, ...values, status: 'ACTIVE', version: 1 });
      return found(manager, Mentor, id, 'Mentor');
    });
  },

  async updateMentor(_, { input }, context) {
    requireMentorAdministrator(context.identity);
    assertRules(violations(requireUuid('mentorId', input.mentorId)));
    const updated = await inTransaction(context.db, async (manager) => {
      const mentor = requireAdministeredMentor(context.identity, await lockedMentor(manager, input.mentorId));
      const changes = {
        ...input,
        firstName: input.firstName?.trim() ?? input.firstName,
        lastName: input.lastName?.trim() ?? input.lastName,
        phone: input.phone === undefined ? undefined : contact(input.phone),
        email: input.email === undefined ? undefined : contact(input.email),
        languages: input.languages ? trimmedList(input.languages) : input.languages,
        targetGroups: input.targetGroups ? trimmedList(input.targetGroups) : input.targetGroups,
      };
      assertRules(mentorChangeViolations(changes, mentor));
      assertVersion(input.expectedVersion, mentor.version, 'The mentor');
      const next: Partial<Mentor> = { version: mentor.version + 1 };
      if (changes.firstName) next.firstName = changes.firstName;
      if (changes.lastName) next.lastName = changes.lastName;
      if (changes.phone !== undefined) next.phone = changes.phone;
      if (changes.email !== undefined) next.email = changes.email;
      if (changes.languages) next.languages = changes.languages;
      if (changes.targetGroups) next.targetGroups = changes.targetGroups;
      if (typeof changes.capacityHoursPerWeek === 'number') next.capacityHoursPerWeek = changes.capacityHoursPerWeek;
      if (changes.status) next.status = changes.status;
      await manager.update(Mentor, { id: mentor.id }, next);
      return found(manager, Mentor, mentor.id, 'Mentor');
    });
    context.loaders.mentorById.clear(updated.id).prime(updated.id, updated);
    return updated;
  },
} satisfies MutationResolvers;

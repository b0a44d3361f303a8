import { randomUUID } from 'node:crypto';
import { assertRules, assertVersion, badInput, claimIdempotencyKey, inTransaction } from '@mentor/common';
import { requireMayRecordConsent, requireMayRun, requireMayWithdrawConsent, sharedConsentKinds } from '../access/index.js';
import { Consent, Organisation, YouthLink } from '../entities/index.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { consentableKinds, consentRules, consentWithdrawalInputRules, consentWithdrawalRules } from '../rules/consent.js';
import { danishToday } from '../rules/dates.js';
import { sendYouthRelations } from './replication.js';
import { trimmed } from './text.js';

/** A consent to a body orders decides access from changes what orders shares, so the youth's relations are enqueued for it in the transaction. */
export function consentCommands(): MutationResolvers {
  return {
    async recordConsent(_, { input }, context) {
      const { db, identity, log } = context;
      requireMayRun(identity, 'recordConsent');
      assertRules(consentRules(input, danishToday()));
      return inTransaction(db, async (manager) => {
        const id = randomUUID();
        const earlier = await claimIdempotencyKey(manager, { caller: identity.sub, key: input.idempotencyKey, operation: 'recordConsent', resultId: id });
        if (earlier) return manager.findOneByOrFail(Consent, { id: earlier });
        requireMayRecordConsent(identity, await manager.findOneBy(YouthLink, { youthId: input.youthId }));
        const body = await manager.findOneBy(Organisation, { id: input.bodyId });
        if (!body) throw badInput('bodyId', 'organisationExists', 'bodyId: no such organisation');
        if (!consentableKinds.includes(body.kind)) {
          throw badInput('bodyId', 'consentableBody', `bodyId: a consent is given to ${consentableKinds.join(', ')}, not to ${body.kind}`);
        }
        await manager.insert(Consent, {
          id,
          youthId: input.youthId,
          bodyId: body.id,
          bodyKind: body.kind,
          scope: trimmed(input.scope),
          givenOn: input.givenOn,
          withdrawnOn: null,
          recordedBy: identity.sub,
        });
        if (sharedConsentKinds.includes(body.kind)) {
          await sendYouthRelations(manager, input.youthId);
        }
        log.info({ consentId: id, bodyKind: body.kind }, 'consent recorded');
        return manager.findOneByOrFail(Consent, { id });
      });
    },

    async withdrawConsent(_, { input }, context) {
      const { db, identity, log } = context;
      requireMayRun(identity, 'withdrawConsent');
      assertRules(consentWithdrawalInputRules(input, danishToday()));
      return inTransaction(db, async (manager) => {
        const found = await manager.getRepository(Consent).findOne({ where: { id: input.consentId }, lock: { mode: 'pessimistic_write' } });
        const link = found ? await manager.findOneBy(YouthLink, { youthId: found.youthId }) : null;
        const consent = requireMayWithdrawConsent(identity, link, found);
        assertVersion(input.expectedVersion, consent.version, 'The consent');
        assertRules(consentWithdrawalRules(input, consent));
        await manager.update(Consent, { id: consent.id }, { withdrawnOn: input.withdrawnOn, version: consent.version + 1 });
        if (sharedConsentKinds.includes(consent.bodyKind)) {
          await sendYouthRelations(manager, consent.youthId);
        }
        log.info({ consentId: consent.id }, 'consent withdrawn');
        return manager.findOneByOrFail(Consent, { id: consent.id });
      });
    },
  };
}

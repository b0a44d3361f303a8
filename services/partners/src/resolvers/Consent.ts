import type { PartnersContext } from '../context.js';
import type { Consent as ConsentRow } from '../entities/Consent.js';
import { isCurrentConsent } from '../rules/consent.js';
import { danishToday } from '../rules/dates.js';

export const Consent = {
  youth: (consent: ConsentRow) => ({ id: consent.youthId }),
  body: (consent: ConsentRow, _: unknown, { loaders }: PartnersContext) => loaders.organisation.load(consent.bodyId),
  current: (consent: ConsentRow) => isCurrentConsent(consent, danishToday()),
};

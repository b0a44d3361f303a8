import type { ConsentResolvers } from '../generated/resolvers.js';
import { isCurrentConsent } from '../rules/consent.js';
import { danishToday } from '../rules/dates.js';

export const Consent: ConsentResolvers = {
  youth: (consent) => ({ id: consent.youthId }),
  body: (consent, _, { loaders }) => loaders.organisation.load(consent.bodyId),
  current: (consent) => isCurrentConsent(consent, danishToday()),
};

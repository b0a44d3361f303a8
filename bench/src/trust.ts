import { createTokenVerifier, localKeySet, type TokenVerifier } from '@mentor/common';
import { TEST_AUDIENCE, TEST_ISSUER } from '@mentor/testkit';
import type { TrustConfig } from './processes.js';

/** Verifies tokens signed with the bench's own key, exactly as the services verify any token. */
export function benchVerifier(trust: TrustConfig): TokenVerifier {
  return createTokenVerifier({ issuer: TEST_ISSUER, audience: TEST_AUDIENCE, keys: localKeySet({ keys: [trust.publicJwk] }) });
}

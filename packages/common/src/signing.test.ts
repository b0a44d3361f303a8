import { describe, expect, it } from 'vitest';
import { MAX_SIGNATURE_SKEW_MS, SIGNATURE_HEADER, signRequest, TIMESTAMP_HEADER, verifyRequestSignature } from './signing.js';

const secret = 'a-secret-of-the-gateway-and-its-subgraphs';
const body = '{"query":"{ _entities(representations: []) { __typename } }"}';

function check(headers: Record<string, string>, overrides: { authorization?: string; body?: string; secret?: string; now?: number } = {}) {
  return verifyRequestSignature(
    overrides.secret ?? secret,
    { signature: headers[SIGNATURE_HEADER], timestamp: headers[TIMESTAMP_HEADER], authorization: overrides.authorization ?? 'Bearer a' },
    overrides.body ?? body,
    overrides.now,
  );
}

describe('gateway request signatures', () => {
  it('verify for the same secret, token and body', () => {
    expect(check(signRequest(secret, 'Bearer a', body))).toEqual({ ok: true });
  });

  it('fail when the body, the token or the secret differ, or nothing is signed', () => {
    const headers = signRequest(secret, 'Bearer a', body);
    expect(check(headers, { body: body.replace('[]', '[{}]') })).toEqual({ ok: false, reason: 'mismatch' });
    expect(check(headers, { authorization: 'Bearer b' })).toEqual({ ok: false, reason: 'mismatch' });
    expect(check(headers, { secret: 'another-secret-entirely-0123456789' })).toEqual({ ok: false, reason: 'mismatch' });
    expect(check({})).toEqual({ ok: false, reason: 'missing' });
    expect(check({ ...headers, [SIGNATURE_HEADER]: 'AAAA' })).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('fail when the timestamp is outside the allowed skew', () => {
    const now = Date.now();
    const headers = signRequest(secret, 'Bearer a', body, now);
    expect(check(headers, { now: now + MAX_SIGNATURE_SKEW_MS - 1 })).toEqual({ ok: true });
    expect(check(headers, { now: now + MAX_SIGNATURE_SKEW_MS + 1 })).toEqual({ ok: false, reason: 'stale' });
  });
});

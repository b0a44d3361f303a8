import { describe, expect, it } from 'vitest';
import { retryDelayMs, deliveryErrorCode, canonicalJson } from './outbox.js';
import { DeliveryError, signServiceRequest, verifyServiceRequest, SERVICE_PRINCIPAL_HEADER, SERVICE_SIGNATURE_HEADER, SERVICE_TIMESTAMP_HEADER } from './service-principal.js';
import { SIGNATURE_HEADER, signRequest, TIMESTAMP_HEADER, verifyRequestSignature } from './signing.js';
import { GraphQLError } from 'graphql';

const SECRET = 'outbox-principal-test-secret-0123456789';
const BODY = JSON.stringify({ query: 'mutation { recordYouthLink }', variables: { sequence: '7' } });

function asReceived(headers: Record<string, string>, authorization?: string) {
  return { principal: headers[SERVICE_PRINCIPAL_HEADER], signature: headers[SERVICE_SIGNATURE_HEADER], timestamp: headers[SERVICE_TIMESTAMP_HEADER], authorization };
}

describe('the service principal', () => {
  it('is accepted with a valid signature and names the calling service', () => {
    const headers = signServiceRequest(SECRET, 'orders', BODY);
    expect(verifyServiceRequest(SECRET, asReceived(headers), BODY)).toEqual({ ok: true, service: 'orders' });
  });

  it('is refused when the body, the service named or the secret differ', () => {
    const headers = signServiceRequest(SECRET, 'orders', BODY);
    expect(verifyServiceRequest(SECRET, asReceived(headers), BODY.replace('7', '8'))).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifyServiceRequest(SECRET, { ...asReceived(headers), principal: 'partners' }, BODY)).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifyServiceRequest('another-secret-of-the-same-length-00000', asReceived(headers), BODY)).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('is refused when stale, unsigned, naming no known service, or carrying a user token too', () => {
    const old = signServiceRequest(SECRET, 'orders', BODY, Date.now() - 5 * 60_000);
    expect(verifyServiceRequest(SECRET, asReceived(old), BODY)).toEqual({ ok: false, reason: 'stale' });
    expect(verifyServiceRequest(SECRET, { principal: 'orders' }, BODY)).toEqual({ ok: false, reason: 'missing' });
    const headers = signServiceRequest(SECRET, 'orders', BODY);
    expect(verifyServiceRequest(SECRET, { ...asReceived(headers), principal: 'gateway' }, BODY)).toEqual({ ok: false, reason: 'unknown-service' });
    expect(verifyServiceRequest(SECRET, asReceived(headers, 'Bearer x'), BODY)).toEqual({ ok: false, reason: 'with-user-token' });
  });

  it('is never a gateway signature, and a gateway signature is never a service principal', () => {
    const service = signServiceRequest(SECRET, 'orders', BODY);
    const asGateway = { signature: service[SERVICE_SIGNATURE_HEADER], timestamp: service[SERVICE_TIMESTAMP_HEADER], authorization: 'service orders' };
    expect(verifyRequestSignature(SECRET, asGateway, BODY)).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifyRequestSignature(SECRET, { ...asGateway, authorization: '' }, BODY)).toEqual({ ok: false, reason: 'mismatch' });

    const gateway = signRequest(SECRET, 'service orders', BODY);
    const claimed = { principal: 'orders', signature: gateway[SIGNATURE_HEADER], timestamp: gateway[TIMESTAMP_HEADER] };
    expect(verifyServiceRequest(SECRET, claimed, BODY)).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('takes a secret per calling service', () => {
    const secrets = { orders: 'orders-own-secret-0123456789abcdef', partners: 'partners-own-secret-0123456789abcd' } as Record<string, string>;
    const keyring = (service: string) => secrets[service];
    const headers = signServiceRequest(keyring, 'orders', BODY);
    expect(verifyServiceRequest(keyring, asReceived(headers), BODY)).toEqual({ ok: true, service: 'orders' });
    // Signed with orders' secret but claiming to be partners.
    expect(verifyServiceRequest(keyring, { ...asReceived(headers), principal: 'partners' }, BODY)).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifyServiceRequest(keyring, { ...asReceived(headers), principal: 'mentors' }, BODY)).toEqual({ ok: false, reason: 'unknown-service' });
  });
});

describe('retries', () => {
  const backoff = { baseMs: 100, capMs: 10_000 };

  it('wait twice as long after each failure, between half and all of the step, up to the cap', () => {
    expect(retryDelayMs(1, backoff, () => 0)).toBe(50);
    expect(retryDelayMs(1, backoff, () => 1)).toBe(100);
    expect(retryDelayMs(4, backoff, () => 1)).toBe(800);
    expect(retryDelayMs(4, backoff, () => 0)).toBe(400);
    expect(retryDelayMs(30, backoff, () => 1)).toBe(10_000);
    expect(retryDelayMs(1_000, backoff, () => 0.5)).toBe(7_500);
  });

  it('are recorded by a code, never by the error message', () => {
    expect(deliveryErrorCode(new DeliveryError('PEER_UNREACHABLE', 'partners did not answer about 0101901234'))).toBe('PEER_UNREACHABLE');
    expect(deliveryErrorCode(new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } }))).toBe('FORBIDDEN');
    expect(deliveryErrorCode(new Error('youth 0101901234 not found'))).toBe('DELIVERY_FAILED');
    expect(deliveryErrorCode({ code: 'not a code: 0101901234' })).toBe('DELIVERY_FAILED');
  });
});

describe('canonical JSON', () => {
  it('ignores the order of object keys but not of arrays', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe(canonicalJson({ a: { c: null, d: [2, 1] }, b: 1 }));
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
  });
});

import { createHmac, timingSafeEqual } from 'node:crypto';

/** Headers the gateway adds to every subgraph request. Clients' copies are stripped at the gateway. */
export const SIGNATURE_HEADER = 'x-gateway-signature';
export const TIMESTAMP_HEADER = 'x-gateway-timestamp';
/** The request's own id, made by the gateway for each request: the audit records' key. */
export const REQUEST_ID_HEADER = 'x-request-id';
/** The id a client sent in its `x-request-id`, passed on and answered under this name: kept beside the audit key, never one. */
export const CLIENT_REQUEST_ID_HEADER = 'x-client-request-id';

/** How far a signed request's timestamp may be from the subgraph's clock. */
export const MAX_SIGNATURE_SKEW_MS = 60_000;

interface SignedParts {
  timestamp: string;
  authorization: string;
  body: string;
}

function mac(secret: string, parts: SignedParts): Buffer {
  // The token is inside the MAC, so a signed body cannot be replayed with another caller's token.
  return createHmac('sha256', secret)
    .update(parts.timestamp)
    .update('\n')
    .update(parts.authorization)
    .update('\n')
    .update(parts.body)
    .digest();
}

export function signRequest(secret: string, authorization: string, body: string, now = Date.now()): Record<string, string> {
  const timestamp = String(now);
  return {
    [TIMESTAMP_HEADER]: timestamp,
    [SIGNATURE_HEADER]: mac(secret, { timestamp, authorization, body }).toString('base64url'),
  };
}

export type SignatureCheck = { ok: true } | { ok: false; reason: 'missing' | 'stale' | 'mismatch' };

export function verifyRequestSignature(
  secret: string,
  headers: { signature?: string; timestamp?: string; authorization?: string },
  body: string,
  now = Date.now(),
): SignatureCheck {
  const { signature, timestamp } = headers;
  if (!signature || !timestamp) return { ok: false, reason: 'missing' };
  const sent = Number(timestamp);
  if (!Number.isFinite(sent) || Math.abs(now - sent) > MAX_SIGNATURE_SKEW_MS) return { ok: false, reason: 'stale' };
  const expected = mac(secret, { timestamp, authorization: headers.authorization ?? '', body });
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'mismatch' };
  return { ok: true };
}

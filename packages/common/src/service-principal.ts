import { createHmac } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditTrail, AuditUnavailable } from './audit.js';
import type { Identity } from './auth.js';
import { auditUnavailable } from './errors.js';
import type { Logger } from './log.js';
import { inTransaction } from './persistence.js';
import { serviceNames, type ServiceName } from './config.js';
import type { Peers, ServiceDirectory } from './internal.js';
import { applyOnce, outboxRequestId, type OutboxEvent } from './outbox.js';
import { REQUEST_ID_HEADER, SIGNATURE_HEADER, signRequest, TIMESTAMP_HEADER, verifyRequestSignature } from './signing.js';

/**
 * A service principal: one subgraph calling another as itself, not on a user's behalf (the outbox
 * relay delivering an event long after the user's request ended). The request names the calling
 * service and carries no `Authorization` header; the HMAC covers the timestamp, the service name
 * and the body. It is made with a key derived from the signing secret for this purpose only, so a
 * gateway signature is never a valid service signature and a service signature never passes as the
 * gateway's.
 */
export const SERVICE_PRINCIPAL_HEADER = 'x-service-principal';
export const SERVICE_SIGNATURE_HEADER = 'x-service-signature';
export const SERVICE_TIMESTAMP_HEADER = 'x-service-timestamp';

/**
 * Who is calling: a user through the gateway, or another subgraph as itself (its outbox relay).
 * A service principal has no user roles: only rules that name the service let it through.
 */
export type Principal = { kind: 'user' } | { kind: 'service'; service: ServiceName };

/** The identity a service principal's request runs under: no roles, no unit; the audit trail names the service. */
export function serviceIdentity(service: ServiceName): Identity {
  return { sub: `service:${service}`, roles: [], org: '', name: `${service} service` };
}

/** Whether the request comes from `service` as itself (a verified service principal). */
export function isServicePrincipal(principal: Principal | undefined, service: ServiceName): boolean {
  return principal?.kind === 'service' && principal.service === service;
}

/** The signing secret of a service: one shared secret, or one per calling service. */
export type ServiceSecret = string | ((service: ServiceName) => string | undefined);

function serviceKey(secret: string): string {
  return createHmac('sha256', secret).update('mentor-network service principal v1').digest('base64url');
}

/** What the MAC binds the body to, in the slot a user request has its token in. */
function principalClaim(service: ServiceName): string {
  return `service ${service}`;
}

function secretOf(secret: ServiceSecret, service: ServiceName): string | undefined {
  return typeof secret === 'string' ? secret : secret(service);
}

function isServiceName(value: unknown): value is ServiceName {
  return typeof value === 'string' && (serviceNames as readonly string[]).includes(value);
}

/** The headers that make `body` a request from `service`. */
export function signServiceRequest(secret: ServiceSecret, service: ServiceName, body: string, now = Date.now()): Record<string, string> {
  const own = secretOf(secret, service);
  if (!own) throw new Error(`No signing secret for the ${service} service`);
  const signed = signRequest(serviceKey(own), principalClaim(service), body, now);
  return {
    [SERVICE_PRINCIPAL_HEADER]: service,
    [SERVICE_TIMESTAMP_HEADER]: signed[TIMESTAMP_HEADER],
    [SERVICE_SIGNATURE_HEADER]: signed[SIGNATURE_HEADER],
  };
}

export type ServicePrincipalCheck =
  | { ok: true; service: ServiceName }
  | { ok: false; reason: 'missing' | 'unknown-service' | 'with-user-token' | 'stale' | 'mismatch' };

/**
 * Checks a request that claims to come from a service. A request carrying a user's token as well
 * is refused: it is either a user's request or a service's, never both.
 */
export function verifyServiceRequest(
  secret: ServiceSecret,
  headers: { principal?: string; signature?: string; timestamp?: string; authorization?: string },
  body: string,
  now = Date.now(),
): ServicePrincipalCheck {
  if (!headers.principal || !headers.signature || !headers.timestamp) return { ok: false, reason: 'missing' };
  if (!isServiceName(headers.principal)) return { ok: false, reason: 'unknown-service' };
  if (headers.authorization) return { ok: false, reason: 'with-user-token' };
  const own = secretOf(secret, headers.principal);
  if (!own) return { ok: false, reason: 'unknown-service' };
  const check = verifyRequestSignature(serviceKey(own), { signature: headers.signature, timestamp: headers.timestamp, authorization: principalClaim(headers.principal) }, body, now);
  return check.ok ? { ok: true, service: headers.principal } : check;
}

/** Reads the service principal's headers from a Node request's headers. */
export function servicePrincipalHeaders(headers: Record<string, string | string[] | undefined>): { principal?: string; signature?: string; timestamp?: string; authorization?: string } {
  const one = (name: string) => {
    const value = headers[name];
    return typeof value === 'string' ? value : undefined;
  };
  return {
    principal: one(SERVICE_PRINCIPAL_HEADER),
    signature: one(SERVICE_SIGNATURE_HEADER),
    timestamp: one(SERVICE_TIMESTAMP_HEADER),
    authorization: one('authorization'),
  };
}

/**
 * A delivery that did not go through. `code` is one of a few fixed words (or the peer's GraphQL
 * error code), never the peer's message, so it can be stored and logged without personal data.
 */
export class DeliveryError extends Error {
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

export interface ServiceCall {
  directory: ServiceDirectory;
  /** The service called. */
  service: ServiceName;
  /** The service calling, as itself. */
  from: ServiceName;
  secret: ServiceSecret;
  /** Correlates the peer's logs with the caller's (for the relay: the event's id). */
  requestId: string;
  timeoutMs?: number;
}

/**
 * A signed GraphQL call from one service to another as a service principal. Anything but a
 * complete answer without errors throws a `DeliveryError`: the relay retries it later.
 */
export async function callAsService<T>(call: ServiceCall, query: string, variables: Record<string, unknown>): Promise<T> {
  const url = call.directory[call.service];
  if (!url) throw new DeliveryError('PEER_UNKNOWN', `No address for the ${call.service} service`);
  const body = JSON.stringify({ query, variables });
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [REQUEST_ID_HEADER]: call.requestId, ...signServiceRequest(call.secret, call.from, body) },
      body,
      signal: AbortSignal.timeout(call.timeoutMs ?? 5_000),
    });
  } catch (error) {
    throw new DeliveryError(error instanceof Error && error.name === 'TimeoutError' ? 'PEER_TIMEOUT' : 'PEER_UNREACHABLE', `The ${call.service} service did not answer`);
  }
  const result = (await response.json().catch(() => ({}))) as { data?: T; errors?: { extensions?: { code?: unknown } }[] };
  const code = result.errors?.[0]?.extensions?.code;
  if (typeof code === 'string') throw new DeliveryError(code, `The ${call.service} service refused the call: ${code}`);
  if (!response.ok) throw new DeliveryError(`HTTP_${response.status}`, `The ${call.service} service answered ${response.status}`);
  if (result.errors?.length || !result.data) throw new DeliveryError('PEER_FAILED', `The ${call.service} service answered without data`);
  return result.data;
}

/**
 * The relay's delivery of one kind of event to a peer: the event's payload through `mutation`, as
 * the sending service itself (a service principal, never a user), with the outbox id as its
 * sequence and in its request id; an event of another type, or anything but an answer, throws.
 */
export function deliverAsService(peers: Peers, route: { from: ServiceName; to: ServiceName; type: string; mutation: string }): (event: OutboxEvent) => Promise<void> {
  return async (event) => {
    if (event.type !== route.type) throw Object.assign(new Error('unknown outbox event type'), { code: 'UNKNOWN_EVENT' });
    await callAsService(
      { directory: peers.directory, service: route.to, from: route.from, secret: peers.signingSecret, requestId: outboxRequestId(route.from, event.id) },
      route.mutation,
      { input: event.payload, sequence: event.id },
    );
  };
}

/** One replicated event as a receiver applies it: from which peer, through which mutation, about which youth (its stream), at which sequence. */
export interface ReplicatedEvent {
  source: ServiceName;
  mutation: string;
  youthId: string;
  sequence: string;
}

/**
 * The receiving end of a peer's replication, after the caller has checked that the peer itself
 * sent it and that the input keeps the rules: `apply` runs once per event (`applyOnce`: a repeat or
 * an older one changes nothing, and the sender counts it as delivered), in a transaction with the
 * change's audit record, whose actor is the service and whose request id is the event's outbox id
 * (from the signed body, never a header). When the record cannot be stored, nothing is changed and
 * the answer is AUDIT_UNAVAILABLE. Answers true.
 */
export async function receiveReplicated(
  target: { db: DataSource; identity: Identity; log: Logger },
  event: ReplicatedEvent,
  apply: (manager: EntityManager) => Promise<void>,
): Promise<true> {
  const { source, mutation, youthId, sequence } = event;
  const audit = new AuditTrail(target.db, target.identity, outboxRequestId(source, sequence));
  audit.purpose = `replication from ${source} (mutation ${mutation})`;
  try {
    const outcome = await inTransaction(target.db, (manager) =>
      applyOnce(manager, { source, streamKey: youthId, sequence }, async (locked) => {
        await apply(locked);
        await audit.storeWithin(locked, youthId, `Mutation.${mutation}`);
      }),
    );
    target.log.info({ youthId, source, sequence, applied: outcome.applied }, `replicated from ${source} (${mutation})`);
    return true;
  } catch (error) {
    if (!(error instanceof AuditUnavailable)) throw error;
    target.log.error({ err: error.reason }, 'the audit record of a replicated change could not be stored; the change was not made');
    throw auditUnavailable();
  }
}

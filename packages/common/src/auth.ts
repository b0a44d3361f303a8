import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
  SignJWT,
  type JSONWebKeySet,
  type JWK,
  type JWTVerifyGetKey,
} from 'jose';
import type { Environment } from './config.js';
import { unauthenticated } from './errors.js';

export const roles = [
  'CASEWORKER',
  'PROVIDER_COORDINATOR',
  'MENTOR',
  'INSTITUTION_STAFF',
  'YOUTH_GUIDE',
  'SOCIAL_WORKER',
  'AUDITOR',
] as const;
export type Role = (typeof roles)[number];

/** The verified caller, as the identity provider vouches for them. */
export interface Identity {
  sub: string;
  roles: Role[];
  /** The organisation or unit id; KUI and social services share a CVR, so this is the unit. */
  org: string;
  name: string;
}

/** Only asymmetric algorithms: a token signed with a shared secret (or with the public key as one) is refused. */
export const acceptedAlgorithms = ['ES256', 'ES384', 'ES512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'EdDSA'];

const DEV_KEY_ALG = 'ES256';
const DEV_KEY_FILE = 'dev-signing-key.json';

interface DevKeyFile {
  privateJwk: JWK;
  publicJwk: JWK;
}

/** Creates the development signing key under DATA_DIR once, and reads it afterwards. */
export async function loadDevelopmentKey(env: Environment): Promise<DevKeyFile> {
  if (env.NODE_ENV === 'production') throw new Error('The development signing key is refused in production');
  const file = path.join(env.DATA_DIR, 'keys', DEV_KEY_FILE);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as DevKeyFile;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey, publicKey } = await generateKeyPair(DEV_KEY_ALG, { extractable: true });
  const kid = `dev-${Date.now().toString(36)}`;
  const keys: DevKeyFile = {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: DEV_KEY_ALG, use: 'sig' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: DEV_KEY_ALG, use: 'sig' },
  };
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    // `wx` so two processes starting at once keep the first key.
    await writeFile(file, JSON.stringify(keys), { flag: 'wx', mode: 0o600 });
    return keys;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return JSON.parse(await readFile(file, 'utf8')) as DevKeyFile;
  }
}

export type TokenVerifier = (token: string) => Promise<Identity>;

export interface VerifierOptions {
  issuer: string;
  audience: string;
  keys: JWTVerifyGetKey;
  /** How many verified tokens to remember (default 10,000); 0 verifies every time. */
  rememberTokens?: number;
  /** The longest a verified token is remembered, in ms (default 60 s): a key withdrawn from the key set stops counting within this. */
  rememberForMs?: number;
  /** The clock, for tests. */
  now?: () => number;
  /** Where the token carries the roles, the organisation unit and the name (dotted paths); default `roles`, `org`, `name`. */
  claims?: ClaimNames;
}

export interface ClaimNames {
  roles: string;
  org: string;
  name: string;
}

/** A claim by its dotted path (`realm_access.roles`), as identity providers nest them. */
function claimAt(payload: Record<string, unknown>, path: string): unknown {
  let value: unknown = payload;
  for (const part of path.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

export async function verifierFromEnvironment(env: Environment): Promise<TokenVerifier> {
  if (env.AUTH_JWKS_URL) {
    return createTokenVerifier({
      issuer: env.AUTH_ISSUER,
      audience: env.AUTH_AUDIENCE,
      // A token signed with a key the cached set lacks fetches the set again (at most every 5 s),
      // so the provider's key rotation needs no restart here.
      keys: createRemoteJWKSet(new URL(env.AUTH_JWKS_URL), { cooldownDuration: 5_000, cacheMaxAge: 10 * 60_000 }),
      claims: claimNames(env),
    });
  }
  const { publicJwk } = await loadDevelopmentKey(env);
  return createTokenVerifier({ issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE, keys: createLocalJWKSet({ keys: [publicJwk] }), claims: claimNames(env) });
}

function claimNames(env: Environment): ClaimNames {
  return { roles: env.AUTH_ROLES_CLAIM, org: env.AUTH_ORG_CLAIM, name: env.AUTH_NAME_CLAIM };
}

export function localKeySet(jwks: JSONWebKeySet): JWTVerifyGetKey {
  return createLocalJWKSet(jwks);
}

/**
 * Verifies signature, issuer, audience, expiry and not-before, then reads the claims this system
 * uses. A token that passed is remembered, by its exact text, until it expires or for
 * `rememberForMs`, whichever comes first: the same bytes under the same keys give the same answer,
 * and the signature check is the costliest step of a request at the gateway. Refusals are never
 * remembered.
 */
export function createTokenVerifier(options: VerifierOptions): TokenVerifier {
  const capacity = options.rememberTokens ?? 10_000;
  const rememberFor = options.rememberForMs ?? 60_000;
  const now = options.now ?? Date.now;
  const verified = new Map<string, { identity: Identity; until: number }>();

  async function verify(token: string): Promise<{ identity: Identity; expiresAt: number }> {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, options.keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: acceptedAlgorithms,
        requiredClaims: ['sub', 'exp'],
        currentDate: new Date(now()),
      }));
    } catch {
      throw unauthenticated('The bearer token is invalid or expired');
    }
    const names = options.claims ?? { roles: 'roles', org: 'org', name: 'name' };
    const claimed = claimAt(payload, names.roles);
    const claimedRoles = Array.isArray(claimed) ? claimed : typeof claimed === 'string' ? claimed.split(' ') : [];
    const known = claimedRoles.filter((role): role is Role => (roles as readonly unknown[]).includes(role));
    const org = claimAt(payload, names.org);
    const name = claimAt(payload, names.name);
    if (typeof payload.sub !== 'string' || typeof org !== 'string' || known.length === 0) {
      throw unauthenticated('The bearer token lacks the sub, org or roles claim');
    }
    const identity = { sub: payload.sub, roles: known, org, name: typeof name === 'string' ? name : '' };
    return { identity, expiresAt: payload.exp! * 1000 };
  }

  return async (token: string) => {
    const remembered = verified.get(token);
    // A copy each time: a caller that changes its identity cannot change the next caller's.
    if (remembered && now() < remembered.until) return copyOf(remembered.identity);
    verified.delete(token);
    const { identity, expiresAt } = await verify(token);
    if (capacity > 0) {
      // The oldest entry makes room: a Map iterates in insertion order.
      if (verified.size >= capacity) verified.delete(verified.keys().next().value!);
      verified.set(token, { identity: copyOf(identity), until: Math.min(expiresAt, now() + rememberFor) });
    }
    return identity;
  };
}

const copyOf = (identity: Identity): Identity => ({ ...identity, roles: [...identity.roles] });

export function bearerToken(authorization: string | null | undefined): string | undefined {
  if (!authorization) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  return match?.[1];
}

export interface TokenRequest {
  sub: string;
  roles: Role[];
  org: string;
  name?: string;
  /** Lifetime in seconds; default 8 hours, a working day. */
  expiresIn?: number;
}

/** Signs a token with a private JWK: the development key, or a test's own. */
export async function signToken(privateJwk: JWK, request: TokenRequest, env: Pick<Environment, 'AUTH_ISSUER' | 'AUTH_AUDIENCE'>): Promise<string> {
  const key = await importJWK(privateJwk, privateJwk.alg ?? DEV_KEY_ALG);
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: request.roles, org: request.org, name: request.name ?? request.sub })
    .setProtectedHeader({ alg: privateJwk.alg ?? DEV_KEY_ALG, kid: privateJwk.kid, typ: 'JWT' })
    .setSubject(request.sub)
    .setIssuer(env.AUTH_ISSUER)
    .setAudience(env.AUTH_AUDIENCE)
    .setIssuedAt(now)
    .setNotBefore(now - 5)
    .setExpirationTime(now + (request.expiresIn ?? 8 * 3600))
    .sign(key);
}

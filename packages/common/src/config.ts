import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root, found from this file so no command depends on the working directory. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const optionalUrl = z.string().url().optional();

/** The environment every process reads. One line per variable says what it is for. */
export const environmentModel = z.object({
  /** `production` switches off development keys, introspection and GraphiQL. */
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Where local state lives: the embedded PostgreSQL cluster and the development signing key. */
  DATA_DIR: z.string().default(path.join(repoRoot, '.data')),
  /** A PostgreSQL server for all three subgraphs (one database each); without it an embedded server starts. */
  DATABASE_URL: optionalUrl,
  /** Per-subgraph overrides of DATABASE_URL. */
  ORDERS_DATABASE_URL: optionalUrl,
  MENTORS_DATABASE_URL: optionalUrl,
  PARTNERS_DATABASE_URL: optionalUrl,
  /** The identity provider's JWKS; without it the development key under DATA_DIR is used. */
  AUTH_JWKS_URL: optionalUrl,
  /** The `iss` every token must carry; by default the development OpenID provider `npm start` runs. */
  AUTH_ISSUER: z.string().default('http://localhost:4005'),
  /** The `aud` every token must carry. */
  AUTH_AUDIENCE: z.string().default('mentor-network'),
  /** Where the identity provider's tokens carry the roles, the organisation unit and the name (dotted paths for nested claims). */
  AUTH_ROLES_CLAIM: z.string().min(1).default('roles'),
  AUTH_ORG_CLAIM: z.string().min(1).default('org'),
  AUTH_NAME_CLAIM: z.string().min(1).default('name'),
  /** The secret the gateway signs subgraph requests with; required in production. */
  GATEWAY_SIGNING_SECRET: z.string().min(32).optional(),
  /** Days an audit record is kept before the retention purge deletes it. */
  AUDIT_RETENTION_DAYS: z.coerce.number().int().positive().default(180),
  /** Log level for the services' structured logs. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * The address each process listens on: 127.0.0.1 (this machine only) by default; `0.0.0.0` (or a
   * host's own address) where the processes run on separate hosts or containers.
   */
  GATEWAY_HOST: z.string().min(1).default('127.0.0.1'),
  ORDERS_HOST: z.string().min(1).default('127.0.0.1'),
  MENTORS_HOST: z.string().min(1).default('127.0.0.1'),
  PARTNERS_HOST: z.string().min(1).default('127.0.0.1'),
  GATEWAY_PORT: z.coerce.number().int().min(0).default(4000),
  ORDERS_PORT: z.coerce.number().int().min(0).default(4001),
  MENTORS_PORT: z.coerce.number().int().min(0).default(4002),
  PARTNERS_PORT: z.coerce.number().int().min(0).default(4003),
  /** Where the subgraphs are reached (by the gateway and by each other); default: 127.0.0.1 on their ports. */
  ORDERS_URL: optionalUrl,
  MENTORS_URL: optionalUrl,
  PARTNERS_URL: optionalUrl,
  /** Query limits at the gateway: nesting depth, computed cost, aliases, directives and tokens per operation. */
  GATEWAY_MAX_DEPTH: z.coerce.number().int().positive().default(12),
  GATEWAY_MAX_COST: z.coerce.number().int().positive().default(5000),
  GATEWAY_MAX_ALIASES: z.coerce.number().int().positive().default(15),
  GATEWAY_MAX_DIRECTIVES: z.coerce.number().int().positive().default(10),
  GATEWAY_MAX_TOKENS: z.coerce.number().int().positive().default(2000),
  /** The largest request body the gateway reads, in bytes (default 1 MB); a larger one is answered 413 before it is parsed. */
  GATEWAY_MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
  /** An OpenTelemetry collector's OTLP/HTTP address (`…/v1/traces` is added); traces are off without it. */
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalUrl,
  /** Port of the development OpenID provider `npm start` runs beside the system outside production (its issuer is http://localhost:<port>). */
  DEV_IDENTITY_PROVIDER_PORT: z.coerce.number().int().min(0).default(4005),
  /** Where the development OpenID provider listens when it runs as its own process (compose's `demo` profile). */
  DEV_IDENTITY_PROVIDER_HOST: z.string().min(1).default('127.0.0.1'),
  /** The web view's origins (comma-separated) the development provider sends browsers back to; default http://localhost:<GATEWAY_PORT>. */
  DEV_IDENTITY_PROVIDER_WEB_ORIGINS: z.string().optional(),
  /** The web view's OpenID client: its id at the identity provider, the scopes it asks for, and the resource (RFC 8707) its access tokens are for, where the provider wants one. */
  WEB_OIDC_CLIENT_ID: z.string().min(1).default('mentor-web'),
  WEB_OIDC_SCOPE: z.string().min(1).default('openid profile'),
  WEB_OIDC_RESOURCE: z.string().optional(),
  /** Port of the embedded PostgreSQL server. */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(0).default(5499),
});

export type Environment = z.infer<typeof environmentModel>;

export function readEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  const parsed = environmentModel.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  return parsed.data;
}

export const DEVELOPMENT_SIGNING_SECRET = 'development-only-gateway-signing-secret-0123456789';

/** The gateway signing secret; the development one is refused in production. */
export function gatewaySigningSecret(env: Environment): string {
  if (env.GATEWAY_SIGNING_SECRET) {
    if (env.NODE_ENV === 'production' && env.GATEWAY_SIGNING_SECRET === DEVELOPMENT_SIGNING_SECRET) {
      throw new Error('The development gateway signing secret is refused in production');
    }
    return env.GATEWAY_SIGNING_SECRET;
  }
  if (env.NODE_ENV === 'production') throw new Error('GATEWAY_SIGNING_SECRET is required in production');
  return DEVELOPMENT_SIGNING_SECRET;
}

export type ServiceName = 'orders' | 'mentors' | 'partners';
export const serviceNames: readonly ServiceName[] = ['orders', 'mentors', 'partners'];

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { JWK } from 'jose';
import { freePort, repoRoot, serviceNames, type ServiceName } from '@mentor/common';
import { startBalancer, type Balancer } from './balancer.js';

/**
 * The system as a deployment runs it across hosts, on one machine: every subgraph and the gateway
 * `replicas` times, each replica its own process started from its built entry with the
 * configuration a host would give it, a round-robin balancer in front of each service's replicas
 * and one in front of the gateways. The replicas share nothing but PostgreSQL.
 */
export interface ReplicatedStack {
  /** Where clients send GraphQL: the balancer in front of the gateways. */
  url: string;
  balancers: Record<ServiceName | 'gateway', Balancer>;
  /** Kills one replica at once, as a host that dies would (no draining). */
  kill(service: ServiceName, index: number): Promise<void>;
  /** Starts a killed replica again on its port and waits until it is ready. */
  restart(service: ServiceName, index: number): Promise<void>;
  stop(): Promise<void>;
}

export interface ReplicatedStackOptions {
  databaseUrls: Record<ServiceName, string>;
  replicas: number;
  signingSecret: string;
  /** The identity provider's public key, served as its JWKS, and the claims every token carries. */
  identity: { publicJwk: JWK; issuer: string; audience: string };
  logLevel?: string;
}

const entries: Record<ServiceName | 'gateway', string> = {
  orders: 'services/orders/dist/index.js',
  mentors: 'services/mentors/dist/index.js',
  partners: 'services/partners/dist/index.js',
  gateway: 'gateway/dist/index.js',
};

async function ready(port: number, process: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (process.exitCode !== null) throw new Error(`a replica on port ${port} exited with code ${process.exitCode} before it was ready`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readiness`, { signal: AbortSignal.timeout(1_000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`a replica on port ${port} was not ready within ${timeoutMs} ms`);
}

export async function startReplicatedStack(options: ReplicatedStackOptions): Promise<ReplicatedStack> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'mentor-replicas-'));
  const jwks: Server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ keys: [options.identity.publicJwk] }));
  });
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  const names = [...serviceNames, 'gateway'] as const;
  const balancers = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await startBalancer()] as const))) as ReplicatedStack['balancers'];
  const balanced = (name: ServiceName) => `http://127.0.0.1:${balancers[name].port}/graphql`;
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: options.logLevel ?? 'error',
    DATA_DIR: dataDir,
    ORDERS_DATABASE_URL: options.databaseUrls.orders,
    MENTORS_DATABASE_URL: options.databaseUrls.mentors,
    PARTNERS_DATABASE_URL: options.databaseUrls.partners,
    GATEWAY_SIGNING_SECRET: options.signingSecret,
    AUTH_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks`,
    AUTH_ISSUER: options.identity.issuer,
    AUTH_AUDIENCE: options.identity.audience,
    // Every process reaches the others through their balancers, as it would across hosts.
    ORDERS_URL: balanced('orders'),
    MENTORS_URL: balanced('mentors'),
    PARTNERS_URL: balanced('partners'),
  };
  const replicas = Object.fromEntries(names.map((name) => [name, [] as { port: number; process?: ChildProcess }[]])) as Record<
    (typeof names)[number],
    { port: number; process?: ChildProcess }[]
  >;
  const launch = async (name: (typeof names)[number], index: number) => {
    const replica = replicas[name][index]!;
    replica.process = spawn(process.execPath, ['--max-semi-space-size=64', path.join(repoRoot, entries[name])], {
      env: { ...environment, [`${name.toUpperCase()}_PORT`]: String(replica.port) },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    await ready(replica.port, replica.process);
  };
  const exited = (child: ChildProcess | undefined) =>
    !child || child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stopAll = async () => {
    const all = Object.values(replicas).flat();
    for (const replica of all) replica.process?.kill('SIGTERM');
    const deadline = setTimeout(() => all.forEach((replica) => replica.process?.kill('SIGKILL')), 15_000);
    await Promise.all(all.map((replica) => exited(replica.process)));
    clearTimeout(deadline);
    await Promise.all(Object.values(balancers).map((balancer) => balancer.stop()));
    await new Promise<void>((resolve) => jwks.close(() => resolve()));
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    for (const name of names) {
      for (let index = 0; index < options.replicas; index++) replicas[name].push({ port: await freePort() });
      balancers[name].setBackends(replicas[name].map((replica) => replica.port));
    }
    // The subgraphs first, so the gateways find them ready.
    await Promise.all(serviceNames.flatMap((name) => replicas[name].map((_, index) => launch(name, index))));
    await Promise.all(replicas.gateway.map((_, index) => launch('gateway', index)));
  } catch (error) {
    await stopAll();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${balancers.gateway.port}/graphql`,
    balancers,
    async kill(service, index) {
      const child = replicas[service][index]?.process;
      child?.kill('SIGKILL');
      await exited(child);
    },
    restart: (service, index) => launch(service, index),
    stop: stopAll,
  };
}

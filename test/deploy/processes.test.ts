import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, repoRoot, serviceNames, type ServiceName } from '@mentor/common';
import { createTestDatabase } from '@mentor/testkit';


/** Runs a built entry of the repository as its own process; resolves with its exit code and output. */
function run(entry: string, env: NodeJS.ProcessEnv): { done: Promise<{ code: number | null; output: string }>; stop: () => void } {
  const child = spawn(process.execPath, [path.join(repoRoot, entry)], { env: { ...process.env, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    done: new Promise((resolve) => child.once('exit', (code) => resolve({ code, output }))),
    stop: () => child.kill('SIGTERM'),
  };
}

async function reachable(url: string): Promise<number | undefined> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2_000) })).status;
  } catch {
    return undefined;
  }
}

describe('each service as its own process, after one migration step', () => {
  const databases: Partial<Record<ServiceName, Awaited<ReturnType<typeof createTestDatabase>>>> = {};
  let dataDir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'mentor-processes-'));
    for (const name of serviceNames) databases[name] = await createTestDatabase(`process_${name}`);
    env = {
      DATA_DIR: dataDir,
      ORDERS_DATABASE_URL: databases.orders!.url,
      MENTORS_DATABASE_URL: databases.mentors!.url,
      PARTNERS_DATABASE_URL: databases.partners!.url,
    };
  });
  afterAll(async () => {
    await Promise.all(Object.values(databases).map((database) => database.drop()));
    await rm(dataDir, { recursive: true, force: true });
  });

  it('a service refuses a database whose migrations have not run, and starts once `migrate` ran them', async () => {
    const port = await freePort();
    const early = await run('services/orders/dist/index.js', { ...env, ORDERS_PORT: String(port) }).done;
    expect(early.code).not.toBe(0);
    expect(early.output).toContain('npm run migrate');
    expect(await reachable(`http://127.0.0.1:${port}/healthcheck`)).toBeUndefined();

    const migrated = await run('packages/stack/dist/migrate.js', env).done;
    expect(migrated.output).toContain('the three databases are migrated');
    expect(migrated.code).toBe(0);

    for (const name of serviceNames) {
      const servicePort = await freePort();
      const service = run(`services/${name}/dist/index.js`, { ...env, [`${name.toUpperCase()}_PORT`]: String(servicePort) });
      await expect.poll(() => reachable(`http://127.0.0.1:${servicePort}/readiness`), { timeout: 30_000, interval: 200 }).toBe(200);
      expect(await reachable(`http://127.0.0.1:${servicePort}/metrics`)).toBe(200);
      service.stop();
      expect((await service.done).code).toBe(0);
    }
  });

  it('the development identity provider runs as its own process: discovery, JWKS and its sign-in page', async () => {
    const port = await freePort();
    const issuer = `http://127.0.0.1:${port}`;
    const provider = run('packages/stack/dist/identity-provider-main.js', {
      DATA_DIR: dataDir,
      AUTH_ISSUER: issuer,
      DEV_IDENTITY_PROVIDER_PORT: String(port),
      DEV_IDENTITY_PROVIDER_WEB_ORIGINS: 'http://localhost:4000, http://127.0.0.1:4000',
    });
    try {
      await expect.poll(() => reachable(`${issuer}/.well-known/openid-configuration`), { timeout: 30_000, interval: 200 }).toBe(200);
      const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as { issuer: string; jwks_uri: string; code_challenge_methods_supported: string[] };
      expect(discovery.issuer).toBe(issuer);
      expect(discovery.code_challenge_methods_supported).toEqual(['S256']);
      const jwks = (await (await fetch(discovery.jwks_uri)).json()) as { keys: { kid: string; d?: string }[] };
      expect(jwks.keys).toHaveLength(1);
      expect(jwks.keys[0]!.d).toBeUndefined();
      // A browser sent by the web view at one of its origins is taken to the Danish sign-in page.
      const authorize = `${issuer}/auth?client_id=mentor-web&response_type=code&scope=openid&redirect_uri=${encodeURIComponent('http://127.0.0.1:4000/')}&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256`;
      const answer = await fetch(authorize, { redirect: 'manual' });
      expect(answer.status).toBe(303);
      expect(answer.headers.get('location')).toMatch(/^\/interaction\//);
    } finally {
      provider.stop();
      expect((await provider.done).code).toBe(0);
    }
  });

  it('listens on the configured host only', async () => {
    const port = await freePort();
    // 127.0.0.2 is loopback too on Linux, but another address: a process bound to it is not on 127.0.0.1.
    const service = run('services/partners/dist/index.js', { ...env, PARTNERS_HOST: '127.0.0.2', PARTNERS_PORT: String(port) });
    try {
      await expect.poll(() => reachable(`http://127.0.0.2:${port}/readiness`), { timeout: 30_000, interval: 200 }).toBe(200);
      expect(await reachable(`http://127.0.0.1:${port}/readiness`)).toBeUndefined();
    } finally {
      service.stop();
      await service.done;
    }
  });
});

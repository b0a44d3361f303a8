import os from 'node:os';
import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { startEmbeddedPostgres, type EmbeddedServer } from '@mentor/common';

let embedded: EmbeddedServer | undefined;
let dataDir: string | undefined;

/**
 * Tests use TEST_DATABASE_URL when it is given (CI points it at the machine's server); otherwise
 * one embedded PostgreSQL starts for the whole run in a temporary directory.
 */
export async function setup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) return;
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'mentor-test-pg-'));
  const port = 15_000 + Math.floor(Math.random() * 20_000);
  embedded = await startEmbeddedPostgres(dataDir, port);
  process.env.TEST_DATABASE_URL = embedded.url;
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}

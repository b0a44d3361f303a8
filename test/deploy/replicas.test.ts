import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '@mentor/common';

describe('two replicas of every process behind round-robin balancers', () => {
  it('the soak loses nothing, duplicates nothing, audits every read, and every replica takes traffic', async () => {
    // The soak's own process runs the balancers and the load; each replica is a process of its own.
    const child = spawn(process.execPath, [path.join(repoRoot, 'packages/stack/dist/soak.js'), '--seconds', '8', '--replicas', '2', '--concurrency', '6', '--youths', '60'], {
      env: { ...process.env, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(output).toContain('2 replicas of each subgraph and of the gateway, each its own process');
    expect(output).toMatch(/soak: \d+ requests, 0 lost, 0 duplicated, 0 unexpected errors\n/);
    expect(output).toMatch(/checked: \d+ acknowledged writes, delivered hours of \d+ orders, \d+ audited personal reads/);
    for (const service of ['orders', 'mentors', 'partners', 'gateway']) {
      const counts = new RegExp(`soak: ${service}: connections per replica (\\d+) / (\\d+)`).exec(output);
      expect(counts, `${service} in:\n${output}`).not.toBeNull();
      expect(Number(counts![1])).toBeGreaterThan(0);
      expect(Number(counts![2])).toBeGreaterThan(0);
    }
    expect(output).not.toContain('breach:');
    expect(code, output).toBe(0);
  }, 180_000);
});

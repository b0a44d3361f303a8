import { fork, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import type { JWK } from 'jose';
import type { ServiceDirectory, ServiceName } from '@mentor/common';
import { withPerfMap } from './perf.js';

/** How a child verifies tokens and signs or checks subgraph requests: the bench's own key and secret. */
export interface TrustConfig {
  publicJwk: JWK;
  signingSecret: string;
}

export type ChildConfig =
  | ({ kind: 'subgraph'; service: ServiceName; databaseUrl: string; unguarded: boolean } & TrustConfig)
  | ({ kind: 'hive'; supergraph: string; trustedDocuments: Record<string, string> } & TrustConfig)
  | ({ kind: 'apollo-gateway'; supergraph: string } & TrustConfig);

/** Parent to child. `profileFile`: profile the CPU from ready to stop (steady state, no start-up) into it. */
export type Command = { type: 'start'; config: ChildConfig; profileFile?: string } | { type: 'peers'; peers: ServiceDirectory } | { type: 'stats' } | { type: 'stop' };

/** Child to parent. */
export type Report =
  | { type: 'ready'; url: string }
  | { type: 'stats'; cpuMicros: number; statements: number }
  | { type: 'failed'; message: string };

export interface ChildStats {
  /** User plus system CPU time of the child so far, in microseconds. */
  cpuMicros: number;
  /** SQL statements the child has issued so far (0 for a gateway). */
  statements: number;
}

/** A benchmark process: a gateway or a subgraph, measured from outside. */
export class Child {
  private constructor(
    readonly name: string,
    readonly process: ChildProcess,
    readonly url: string,
  ) {}

  /**
   * Forks `script`, sends it its configuration and waits until it listens. `perfMap`: V8 writes
   * /tmp/perf-<pid>.map, so `perf` can name the child's JavaScript frames (for `--perf`).
   */
  static async start(name: string, script: URL, config: ChildConfig, options: { profileDir?: string; perfMap?: boolean } = {}): Promise<Child> {
    // Nothing here leaves the machine: @apollo/gateway's telemetry would probe cloud metadata
    // addresses and export metrics, and an Apollo key would turn on usage reporting.
    const env: NodeJS.ProcessEnv = { ...process.env, APOLLO_TELEMETRY_DISABLED: 'true' };
    delete env.APOLLO_KEY;
    delete env.APOLLO_GRAPH_REF;
    // Added to NODE_OPTIONS, which carries .npmrc's --max-semi-space-size.
    if (options.perfMap) env.NODE_OPTIONS = withPerfMap(env.NODE_OPTIONS);
    const child = fork(script, [], { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const url = await new Promise<string>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`${name} exited with code ${code} before it was ready`));
      child.once('exit', onExit);
      child.once('message', (message: Report) => {
        child.off('exit', onExit);
        if (message.type === 'ready') resolve(message.url);
        else reject(new Error(`${name} failed to start: ${message.type === 'failed' ? message.message : message.type}`));
      });
      const profileFile = options.profileDir ? path.join(options.profileDir, `${name}.cpuprofile`) : undefined;
      child.send({ type: 'start', config, profileFile } satisfies Command);
    });
    return new Child(name, child, url);
  }

  send(command: Command): void {
    this.process.send(command);
  }

  stats(): Promise<ChildStats> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`${this.name} exited with code ${code}`));
      const onMessage = (message: Report) => {
        if (message.type !== 'stats') return;
        this.process.off('message', onMessage);
        this.process.off('exit', onExit);
        resolve({ cpuMicros: message.cpuMicros, statements: message.statements });
      };
      this.process.on('message', onMessage);
      this.process.once('exit', onExit);
      this.send({ type: 'stats' });
    });
  }

  /** Asks the child to stop, so a CPU profile is written; kills it after a grace period. */
  async stop(): Promise<void> {
    if (this.process.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    this.send({ type: 'stop' });
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/**
 * The child side: waits for its configuration, starts what `start` builds, then answers stats
 * requests until told to stop.
 */
export function serveChild(start: (config: ChildConfig) => Promise<{ url: string; statements: () => number; stop: () => Promise<void>; peers?: (peers: ServiceDirectory) => void }>): void {
  const send = (report: Report) => process.send?.(report);
  let running: Awaited<ReturnType<typeof start>> | undefined;
  let profiler: { session: Session; file: string } | undefined;
  const stop = async () => {
    // The profile ends before shutting down, so it shows the load and not the stopping.
    if (profiler) {
      const { profile } = await profiler.session.post('Profiler.stop');
      await writeFile(profiler.file, JSON.stringify(profile));
    }
    await running?.stop();
  };
  process.on('message', (command: Command) => {
    switch (command.type) {
      case 'start':
        start(command.config).then(
          async (started) => {
            running = started;
            if (command.profileFile) {
              const session = new Session();
              session.connect();
              await session.post('Profiler.enable');
              await session.post('Profiler.start');
              profiler = { session, file: command.profileFile };
            }
            send({ type: 'ready', url: started.url });
          },
          (error: Error) => {
            send({ type: 'failed', message: error.stack ?? error.message });
            process.exitCode = 1;
            process.disconnect?.();
          },
        );
        break;
      case 'peers':
        running?.peers?.(command.peers);
        break;
      case 'stats': {
        const cpu = process.cpuUsage();
        send({ type: 'stats', cpuMicros: cpu.user + cpu.system, statements: running?.statements() ?? 0 });
        break;
      }
      case 'stop':
        stop().then(
          () => process.exit(0),
          (error: Error) => {
            process.stderr.write(`stopping failed: ${error.message}\n`);
            process.exit(1);
          },
        );
        break;
    }
  });
  // The bench process went away: nothing will ask again.
  process.on('disconnect', () => process.exit(process.exitCode ?? 0));
}

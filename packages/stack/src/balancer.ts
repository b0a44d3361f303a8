import { connect, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A round-robin TCP balancer on loopback, as a load balancer in front of replicas would be: each
 * new connection goes to the next backend; a backend that refuses the connection is skipped for
 * the next one, so a replica that is down takes no new connections.
 */
export interface Balancer {
  port: number;
  /** The backends' ports, in turn order; may change while running. */
  setBackends(ports: readonly number[]): void;
  /** Connections handed to each backend so far, by port. */
  connections(): ReadonlyMap<number, number>;
  stop(): Promise<void>;
}

export async function startBalancer(host = '127.0.0.1'): Promise<Balancer> {
  let backends: readonly number[] = [];
  let turn = 0;
  const counts = new Map<number, number>();
  const open = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
  };

  const server = createServer((client) => {
    track(client);
    client.pause();
    const tryNext = (attempts: number) => {
      if (attempts >= backends.length || client.destroyed) return void client.destroy();
      const port = backends[turn++ % backends.length]!;
      const upstream = connect(port, host);
      track(upstream);
      let connected = false;
      upstream.once('connect', () => {
        connected = true;
        counts.set(port, (counts.get(port) ?? 0) + 1);
        client.pipe(upstream).on('error', () => upstream.destroy());
        upstream.pipe(client).on('error', () => client.destroy());
        client.resume();
      });
      upstream.on('error', () => {
        if (!connected) return tryNext(attempts + 1);
        client.destroy();
      });
      upstream.once('close', () => client.destroy());
      client.once('close', () => upstream.destroy());
    };
    client.on('error', () => client.destroy());
    tryNext(0);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return {
    port: (server.address() as AddressInfo).port,
    setBackends(ports) {
      backends = [...ports];
    },
    connections: () => counts,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of open) socket.destroy();
      }),
  };
}

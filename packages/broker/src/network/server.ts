/**
 * The TCP listeners. Each accepted socket becomes a Connection; the server keeps the set so
 * shutdown can close them.
 */
import { createServer, type Server } from 'node:net';
import type { Logger } from 'pino';
import type { Listener } from '../config/broker-config.js';
import { Connection, type ConnectionOptions } from './connection.js';
import type { RequestDispatcher } from './request-dispatcher.js';

export interface BoundListener extends Listener {
  /** The port actually bound (differs from `port` when that was 0). */
  boundPort: number;
}

export class SocketServer {
  private readonly servers: Server[] = [];
  private readonly connections = new Set<Connection>();

  constructor(
    private readonly dispatcher: RequestDispatcher,
    private readonly logger: Logger,
    private readonly options: ConnectionOptions,
  ) {}

  async listen(listeners: Listener[]): Promise<BoundListener[]> {
    const bound: BoundListener[] = [];
    for (const l of listeners) {
      const server = createServer({ noDelay: true }, (socket) => {
        const conn = new Connection(socket, this.dispatcher, this.logger, this.options, (c) => this.connections.delete(c));
        this.connections.add(conn);
      });
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen({ host: l.host === '' ? '0.0.0.0' : l.host, port: l.port, backlog: 1024 }, () => {
          server.off('error', reject);
          resolve();
        });
      });
      server.on('error', (err) => this.logger.error({ err }, 'listener error'));
      const address = server.address();
      const boundPort = typeof address === 'object' && address ? address.port : l.port;
      bound.push({ ...l, boundPort });
      this.servers.push(server);
    }
    return bound;
  }

  /** Stops accepting and closes every connection; resolves when all are gone. */
  async close(): Promise<void> {
    // net.Server#close calls back only once every connection has closed, so the connections
    // are ended now, not after it: waiting first would wait for clients to hang up by
    // themselves, and SIGTERM would hang for as long as any client stayed connected.
    const closed = Promise.all(this.servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    for (const c of this.connections) c.end();
    this.connections.clear();
    await closed;
  }
}

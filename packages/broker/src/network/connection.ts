/**
 * One client connection. Requests are read as frames and handled concurrently, but answered
 * strictly in the order they arrived (Kafka clients match responses by order as well as by
 * correlation id).
 *
 * Backpressure both ways:
 * - at most `maxInFlight` requests are handled at once; past that, reading pauses;
 * - when the client reads its responses slowly (the socket's write buffer is full), reading
 *   pauses until the buffer drains, so a slow consumer cannot grow our memory without bound.
 */
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import { FrameDecoder } from './frame-decoder.js';
import type { RequestDispatcher } from './request-dispatcher.js';

interface Pending {
  /** The response frame (size prefix not yet added), null for no response. */
  result: Buffer[] | null | undefined;
  done: boolean;
}

export interface ConnectionOptions {
  maxFrameBytes: number;
  maxInFlight: number;
  idleTimeoutMs: number;
}

export class Connection {
  private readonly decoder: FrameDecoder;
  private readonly queue: Pending[] = [];
  private closed = false;
  readonly address: string;

  constructor(
    private readonly socket: Socket,
    private readonly dispatcher: RequestDispatcher,
    private readonly logger: Logger,
    private readonly options: ConnectionOptions,
    private readonly onClose: (c: Connection) => void,
  ) {
    this.address = `${socket.remoteAddress}:${socket.remotePort}`;
    this.decoder = new FrameDecoder(options.maxFrameBytes);
    socket.setNoDelay(true);
    socket.setTimeout(options.idleTimeoutMs);
    socket.on('timeout', () => {
      if (this.queue.length === 0) this.close('idle for connections.max.idle.ms');
    });
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('drain', () => this.updateReading());
    socket.on('error', (err) => this.logger.debug({ err, client: this.address }, 'socket error'));
    socket.on('close', () => {
      this.closed = true;
      this.onClose(this);
    });
  }

  private onData(chunk: Buffer): void {
    if (this.closed) return;
    let frames: Buffer[];
    try {
      frames = this.decoder.push(chunk);
    } catch (e) {
      this.close((e as Error).message);
      return;
    }
    for (const frame of frames) this.startRequest(frame);
    this.updateReading();
  }

  private startRequest(frame: Buffer): void {
    const pending: Pending = { result: undefined, done: false };
    this.queue.push(pending);
    this.dispatcher.dispatch(frame, this.address).then(
      (result) => {
        pending.result = result;
        pending.done = true;
        this.flushResponses();
      },
      (err: Error) => this.close(err.message),
    );
  }

  /** Writes every finished response at the head of the queue. */
  private flushResponses(): void {
    if (this.closed) return;
    let wrote = false;
    while (this.queue.length > 0 && this.queue[0]!.done) {
      const { result } = this.queue.shift()!;
      if (!result) continue;
      if (!wrote) this.socket.cork();
      wrote = true;
      let size = 0;
      for (const b of result) size += b.length;
      const prefix = Buffer.allocUnsafe(4);
      prefix.writeInt32BE(size, 0);
      this.socket.write(prefix);
      for (const b of result) this.socket.write(b);
    }
    if (wrote) this.socket.uncork();
    this.updateReading();
  }

  private updateReading(): void {
    if (this.closed) return;
    const busy = this.queue.length >= this.options.maxInFlight || this.socket.writableNeedDrain;
    if (busy && !this.socket.isPaused()) this.socket.pause();
    else if (!busy && this.socket.isPaused()) this.socket.resume();
  }

  /** Closes this connection only; logged once, at warn when caused by bad input. */
  close(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.logger.warn({ client: this.address, reason }, 'closing connection');
    this.socket.destroy();
  }

  /** Closes after the responses already due have been written. */
  end(): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.end();
  }
}

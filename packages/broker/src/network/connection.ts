/**
 * One client connection. Requests are read as frames and handled concurrently, but answered
 * strictly in the order they arrived (Kafka clients match responses by order as well as by
 * correlation id).
 *
 * A protocol violation (unreadable frame, unknown API) closes the connection, as in Kafka, but
 * only after the responses to the requests that came before it have been written: a client
 * that pipelined a produce ahead of a bad frame still learns that its produce was appended.
 *
 * Backpressure both ways:
 * - at most `maxInFlight` requests are handled at once; past that, reading pauses;
 * - when the client reads its responses slowly (the socket's write buffer is full), reading
 *   pauses until the buffer drains, so a slow consumer cannot grow our memory without bound.
 */
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import { FrameDecoder, FrameTooLargeError } from './frame-decoder.js';
import type { DispatchResult, RequestDispatcher } from './request-dispatcher.js';

interface Pending {
  /** The response frame (size prefix not yet added), null for no response. */
  result: DispatchResult | null | undefined;
  done: boolean;
  /** Set when the request was a protocol violation: the connection closes when it is reached. */
  violation?: string;
}

/** How long a connection closed for a violation may take to finish sending before it is cut. */
const CLOSE_LINGER_MS = 5_000;

export interface ConnectionOptions {
  maxFrameBytes: number;
  maxInFlight: number;
  idleTimeoutMs: number;
}

export class Connection {
  private readonly decoder: FrameDecoder;
  private readonly queue: Pending[] = [];
  private closed = false;
  /** A violation was seen: no further requests are read or started. */
  private failing = false;
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
    if (this.closed || this.failing) return;
    let frames: Buffer[];
    let violation: string | null = null;
    try {
      frames = this.decoder.push(chunk);
    } catch (e) {
      frames = e instanceof FrameTooLargeError ? e.complete : [];
      violation = (e as Error).message;
    }
    for (const frame of frames) this.startRequest(frame);
    if (violation !== null) {
      this.failing = true;
      this.queue.push({ result: null, done: true, violation });
      this.flushResponses();
    }
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
      (err: Error) => {
        // answer what came before, then close (see the class comment)
        this.failing = true;
        pending.violation = err.message;
        pending.done = true;
        this.flushResponses();
      },
    );
  }

  /** Writes every finished response at the head of the queue. */
  private flushResponses(): void {
    if (this.closed) return;
    let wrote = false;
    while (this.queue.length > 0 && this.queue[0]!.done) {
      const { result, violation } = this.queue.shift()!;
      if (violation !== undefined) {
        if (wrote) this.socket.uncork();
        this.closeAfterWrites(violation);
        return;
      }
      if (!result) continue;
      if (!wrote) this.socket.cork();
      wrote = true;
      const { chunks, onWritten } = result;
      let size = 0;
      for (const b of chunks) size += b.length;
      const prefix = Buffer.allocUnsafe(4);
      prefix.writeInt32BE(size, 0);
      this.socket.write(prefix);
      // The callback of the last write runs once the socket has taken every chunk (or failed):
      // only then may pooled buffers the response refers to be reused.
      for (let i = 0; i < chunks.length; i++) {
        if (i === chunks.length - 1 && onWritten) this.socket.write(chunks[i]!, () => onWritten());
        else this.socket.write(chunks[i]!);
      }
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

  /**
   * Closes for a protocol violation once what was written has been sent: a FIN, not a reset.
   * Whatever the client still sends is read and dropped (unread input would turn the close
   * into a reset, which can destroy responses the client has not read yet).
   */
  private closeAfterWrites(reason: string): void {
    if (this.closed) return;
    this.logger.warn({ client: this.address, reason }, 'closing connection');
    this.end();
  }

  /**
   * Closes once what was written is sent; responses not yet due are dropped. A client that
   * never hangs up its side is cut after CLOSE_LINGER_MS, so shutdown always ends.
   */
  end(): void {
    if (this.closed) return;
    this.closed = true;
    this.queue.length = 0;
    this.socket.end();
    this.socket.resume();
    const timer = setTimeout(() => this.socket.destroy(), CLOSE_LINGER_MS);
    timer.unref();
    this.socket.once('close', () => clearTimeout(timer));
  }
}

/**
 * A tiny Kafka client for integration tests: one TCP connection, request frames built with the
 * generated codecs, responses matched by correlation id and decoded with the generated codecs.
 * It does nothing behind the test's back (no metadata refresh, no retries), so a test controls
 * exactly which bytes reach the broker and sees exactly what comes back.
 *
 * Strictness: a response must decode to its last byte; a response whose correlation id was
 * never asked for (or was sent with "no response expected", e.g. Produce acks=0) is recorded
 * in `unsolicited`, which tests assert is empty.
 */
import { connect, type Socket } from 'node:net';
import {
  decodeResponseHeader,
  encodeRequestHeader,
  Reader,
  requestHeaderVersion,
  responseHeaderVersion,
  Writer,
} from '@samsa/protocol';

/** What a generated request codec provides (e.g. `ProduceRequest`). */
export interface RequestCodec {
  readonly apiKey: number;
  encode(w: Writer, m: any, version: number): void;
}

/** What a generated response codec provides (e.g. `ProduceResponse`). */
export interface ResponseCodec {
  decode(r: Reader, version: number): unknown;
}

export type BodyOf<C extends RequestCodec> = Parameters<C['encode']>[1];
export type Decoded<D extends ResponseCodec> = ReturnType<D['decode']>;

export const DEFAULT_CLIENT_ID = 'samsa-raw-test';
/** Safety net per request: a broker that never answers fails the test instead of hanging it. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

function withSizePrefix(chunks: Buffer[]): Buffer {
  let size = 0;
  for (const c of chunks) size += c.length;
  const prefix = Buffer.allocUnsafe(4);
  prefix.writeInt32BE(size, 0);
  return Buffer.concat([prefix, ...chunks], size + 4);
}

/**
 * A whole request frame (int32 size, header, body). The header version follows Kafka's rules
 * for (apiKey, apiVersion) unless `headerVersion` is given.
 */
export function rawRequestFrame(
  apiKey: number,
  apiVersion: number,
  correlationId: number,
  writeBody: (w: Writer) => void,
  options: { clientId?: string | null; headerVersion?: number } = {},
): Buffer {
  const w = new Writer(256);
  const hv = options.headerVersion ?? requestHeaderVersion(apiKey, apiVersion);
  encodeRequestHeader(
    w,
    { requestApiKey: apiKey, requestApiVersion: apiVersion, correlationId, clientId: options.clientId === undefined ? DEFAULT_CLIENT_ID : options.clientId },
    hv,
  );
  writeBody(w);
  return withSizePrefix(w.chunks());
}

/** A request frame for a generated codec at `version`. */
export function requestFrame<C extends RequestCodec>(
  codec: C,
  version: number,
  correlationId: number,
  body: BodyOf<C>,
  options: { clientId?: string | null } = {},
): Buffer {
  return rawRequestFrame(codec.apiKey, version, correlationId, (w) => codec.encode(w, body, version), options);
}

/** Decodes a response frame body (after the size prefix): header, then body at `version`. */
export function decodeResponseFrame<D extends ResponseCodec>(
  frame: Buffer,
  apiKey: number,
  requestVersion: number,
  codec: D,
  bodyVersion = requestVersion,
): { correlationId: number; body: Decoded<D> } {
  const r = new Reader(frame);
  const header = decodeResponseHeader(r, responseHeaderVersion(apiKey, requestVersion));
  const body = codec.decode(r, bodyVersion) as Decoded<D>;
  if (r.remaining !== 0) {
    throw new Error(`response to API ${apiKey} v${requestVersion} has ${r.remaining} bytes after its body`);
  }
  return { correlationId: header.correlationId, body };
}

interface Pending {
  decode: (frame: Buffer) => unknown;
  resolve: (v: any) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
  what: string;
}

export class ConnectionClosedError extends Error {
  override name = 'ConnectionClosedError';
}

export class RawClient {
  private nextCorrelationId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly silent = new Set<number>();
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  private isClosed = false;
  /** Responses that no request asked for (correlation ids), which a test should assert away. */
  readonly unsolicited: number[] = [];
  /** Resolves when the socket has closed, from either side. */
  readonly closed: Promise<void>;
  /** Response frames received (any correlation id). */
  responsesReceived = 0;

  private constructor(readonly socket: Socket) {
    this.closed = new Promise((resolve) => {
      socket.once('close', () => {
        this.isClosed = true;
        const err = new ConnectionClosedError('connection closed by the broker (or the test)');
        for (const [id, p] of this.pending) {
          clearTimeout(p.timer);
          p.reject(Object.assign(err, { correlationId: id }));
        }
        this.pending.clear();
        resolve();
      });
    });
    socket.on('error', () => undefined); // surfaced as 'close' and rejected requests
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
  }

  static connect(port: number, host = '127.0.0.1', timeoutMs = 10_000): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const socket = connect({ port, host, noDelay: true });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`connect to ${host}:${port} timed out`));
      }, timeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve(new RawClient(socket));
      });
      socket.once('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
    });
  }

  get closedYet(): boolean {
    return this.isClosed;
  }

  get inFlight(): number {
    return this.pending.size;
  }

  /** A correlation id not used before on this connection. */
  takeCorrelationId(): number {
    return this.nextCorrelationId++;
  }

  /** Sends a request and resolves with its decoded response. */
  send<C extends RequestCodec, D extends ResponseCodec>(
    request: C,
    response: D,
    version: number,
    body: BodyOf<C>,
    options: { timeoutMs?: number; responseBodyVersion?: number } = {},
  ): Promise<Decoded<D>> {
    const id = this.takeCorrelationId();
    const frame = requestFrame(request, version, id, body);
    const result = this.expect(id, request.apiKey, version, response, options);
    this.socket.write(frame);
    return result;
  }

  /**
   * Sends a request the broker must not answer (Produce acks=0). If an answer with its
   * correlation id arrives anyway, it is recorded in `unsolicited`.
   */
  sendWithoutResponse<C extends RequestCodec>(request: C, version: number, body: BodyOf<C>): number {
    const id = this.takeCorrelationId();
    this.silent.add(id);
    this.socket.write(requestFrame(request, version, id, body));
    return id;
  }

  /** Registers interest in the response to a frame the test writes itself (see `write`). */
  expect<D extends ResponseCodec>(
    correlationId: number,
    apiKey: number,
    version: number,
    response: D,
    options: { timeoutMs?: number; responseBodyVersion?: number } = {},
  ): Promise<Decoded<D>> {
    if (this.isClosed) return Promise.reject(new ConnectionClosedError('connection is closed'));
    const what = `API ${apiKey} v${version} (correlation id ${correlationId})`;
    return new Promise<Decoded<D>>((resolve, reject) => {
      const timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
      const timer = setTimeout(() => {
        this.pending.delete(correlationId);
        reject(new Error(`no response to ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(correlationId, {
        what,
        timer,
        resolve,
        reject,
        decode: (frame) => decodeResponseFrame(frame, apiKey, version, response, options.responseBodyVersion ?? version).body,
      });
    });
  }

  /** Writes raw bytes (frames built by the test, or garbage). */
  write(bytes: Buffer): void {
    if (!this.isClosed) this.socket.write(bytes);
  }

  private onData(chunk: Buffer): void {
    this.buffered.push(chunk);
    this.bufferedBytes += chunk.length;
    for (;;) {
      if (this.bufferedBytes < 4) return;
      if (this.buffered.length > 1) this.buffered = [Buffer.concat(this.buffered, this.bufferedBytes)];
      const buf = this.buffered[0]!;
      const size = buf.readInt32BE(0);
      if (size < 4) {
        this.failAll(new Error(`response frame of impossible size ${size}`));
        this.socket.destroy();
        return;
      }
      if (buf.length < 4 + size) return;
      const frame = buf.subarray(4, 4 + size);
      const rest = buf.subarray(4 + size);
      this.buffered = rest.length > 0 ? [rest] : [];
      this.bufferedBytes = rest.length;
      this.onFrame(frame);
    }
  }

  private onFrame(frame: Buffer): void {
    this.responsesReceived++;
    const id = frame.readInt32BE(0);
    const p = this.pending.get(id);
    if (!p) {
      this.unsolicited.push(id);
      return;
    }
    this.pending.delete(id);
    clearTimeout(p.timer);
    try {
      p.resolve(p.decode(frame));
    } catch (e) {
      p.reject(new Error(`cannot decode the response to ${p.what}: ${(e as Error).message}`, { cause: e }));
    }
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.pending.clear();
  }

  /** Closes the connection (pending requests are rejected) and waits for it to be gone. */
  async close(): Promise<void> {
    this.socket.destroy();
    await this.closed;
  }
}

/**
 * Turns one request frame into one response frame: decodes the header and body with the
 * generated codecs, routes to the API's handler, and encodes the answer with the right
 * response header version. No sockets here, so the fuzz tests can drive it directly too.
 *
 * The rules for bad input follow Kafka's broker:
 * - ApiVersions at a version we do not know is answered at v0 with UNSUPPORTED_VERSION and
 *   our version list, so the client can retry with one we do.
 * - Another API at a version outside our range, but one the codec can read, gets that API's
 *   error response with UNSUPPORTED_VERSION.
 * - An unknown API key, an unreadable header or body, is a protocol violation: the caller
 *   closes that one connection.
 */
import {
  apis,
  ApiKey,
  decodeRequestHeader,
  encodeResponseHeader,
  ErrorCode,
  Reader,
  responseHeaderVersion,
  Writer,
} from '@samsa/protocol';
import type { Logger } from 'pino';
import type { Broker } from '../broker.js';
import type { ApiHandler, RequestContext } from '../handlers/handler.js';

export class ProtocolViolation extends Error {
  override name = 'ProtocolViolation';
}

/** A response frame (header and body, no size prefix) and what to run once it is written. */
export interface DispatchResult {
  chunks: Buffer[];
  onWritten: (() => void) | null;
}

export interface SupportedApi {
  apiKey: number;
  minVersion: number;
  maxVersion: number;
}

export class RequestDispatcher {
  private readonly handlers = new Map<number, ApiHandler>();

  constructor(
    handlers: readonly ApiHandler[],
    private readonly broker: Broker,
    private readonly logger: Logger,
  ) {
    for (const h of handlers) this.handlers.set(h.apiKey, h);
  }

  /** The API ranges Samsa serves, in API key order. */
  supportedApis(): SupportedApi[] {
    return [...this.handlers.values()]
      .map((h) => ({ apiKey: h.apiKey, minVersion: h.minVersion, maxVersion: h.maxVersion }))
      .sort((a, b) => a.apiKey - b.apiKey);
  }

  /**
   * Handles one frame. Returns the response frame, or null when no response is due. Throws
   * ProtocolViolation when the connection must be closed.
   */
  async dispatch(frame: Buffer, clientAddress: string): Promise<DispatchResult | null> {
    const r = new Reader(frame);
    let header;
    try {
      header = decodeRequestHeader(r);
    } catch (e) {
      throw new ProtocolViolation(`unreadable request header: ${(e as Error).message}`);
    }
    const { requestApiKey: apiKey, requestApiVersion: version, correlationId } = header;
    const api = apis.get(apiKey);
    const handler = this.handlers.get(apiKey);
    if (!api || !handler) {
      throw new ProtocolViolation(`unsupported API key ${apiKey} (correlation id ${correlationId})`);
    }
    const cleanups: (() => void)[] = [];
    const ctx: RequestContext = {
      apiKey,
      apiVersion: version,
      correlationId,
      clientId: header.clientId ?? null,
      clientAddress,
      broker: this.broker,
      afterResponseWritten: (fn) => cleanups.push(fn),
    };

    const served = version >= handler.minVersion && version <= handler.maxVersion;
    if (!served && apiKey === ApiKey.ApiVersions) {
      return this.encode(ctx, 0, handler.errorResponse({}, ErrorCode.UNSUPPORTED_VERSION, ctx));
    }
    if (version < api.minVersion || version > api.maxVersion) {
      throw new ProtocolViolation(`${api.name} v${version} is not a version Kafka defines`);
    }

    let request: unknown;
    try {
      request = api.request.decode(r, version);
    } catch (e) {
      throw new ProtocolViolation(`malformed ${api.name} v${version} request: ${(e as Error).message}`);
    }
    if (!served) {
      this.logger.debug({ api: api.name, version, client: ctx.clientId }, 'unsupported version');
      return this.encode(ctx, version, handler.errorResponse(request, ErrorCode.UNSUPPORTED_VERSION, ctx));
    }

    let response: unknown;
    try {
      response = await handler.handle(request, ctx);
    } catch (e) {
      this.logger.error({ err: e, api: api.name, version, client: ctx.clientId }, 'request handler failed');
      response = handler.errorResponse(request, ErrorCode.UNKNOWN_SERVER_ERROR, ctx);
    }
    const onWritten = cleanups.length === 0 ? null : () => cleanups.forEach((fn) => fn());
    if (response === null) {
      onWritten?.();
      return null;
    }
    try {
      return this.encode(ctx, version, response, onWritten);
    } catch (e) {
      onWritten?.();
      throw e;
    }
  }

  private encode(ctx: RequestContext, version: number, response: unknown, onWritten: (() => void) | null = null): DispatchResult {
    const api = apis.get(ctx.apiKey)!;
    const w = new Writer(1024);
    // ApiVersions answers with header v0 at any version (see headers.ts in protocol)
    encodeResponseHeader(w, ctx.correlationId, responseHeaderVersion(ctx.apiKey, version));
    api.response.encode(w, response, version);
    return { chunks: w.chunks(), onWritten };
  }
}

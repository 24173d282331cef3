/**
 * Request and response headers: which header version goes with which API version, and the
 * framing helpers the broker (and later the client) use around the generated body codecs.
 *
 * Kafka's rules:
 *   - request header v2 (tagged fields) for flexible request versions, v1 otherwise; v0 (no
 *     client id) only for ControlledShutdown v0;
 *   - response header v1 (tagged fields) for flexible response versions, v0 otherwise,
 *     except ApiVersions, whose response always uses v0 so that a client that sent a version
 *     the broker does not know can still read the answer;
 *   - the client id in request header v2 keeps its classic int16-length encoding, so any
 *     header can be read up to the client id without knowing whether it is flexible.
 */
import { ProtocolDecodeError, type Reader } from './primitives/reader.js';
import type { Writer } from './primitives/writer.js';
import { ApiKey, apis } from './generated/index.js';
import { RequestHeader } from './generated/request-header.js';
import { ResponseHeader } from './generated/response-header.js';

/**
 * The request header version for a request of `apiKey` at `apiVersion`. An API or version we
 * do not know gets 1: the broker can still read apiKey, apiVersion, correlation id and client
 * id that way, which is all it needs to answer UNSUPPORTED_VERSION.
 */
export function requestHeaderVersion(apiKey: number, apiVersion: number): number {
  const api = apis.get(apiKey);
  if (api === undefined || apiVersion < api.minVersion || apiVersion > api.maxVersion) return 1;
  if (apiKey === ApiKey.ControlledShutdown && apiVersion === 0) return 0;
  return api.flexibleFrom !== null && apiVersion >= api.flexibleFrom ? 2 : 1;
}

/**
 * The response header version for a response of `apiKey` at `apiVersion` (0 for an API or
 * version we do not know, which is what an error response for it uses).
 */
export function responseHeaderVersion(apiKey: number, apiVersion: number): number {
  if (apiKey === ApiKey.ApiVersions) return 0;
  const api = apis.get(apiKey);
  if (api === undefined || apiVersion < api.minVersion || apiVersion > api.maxVersion) return 0;
  return api.flexibleFrom !== null && apiVersion >= api.flexibleFrom ? 1 : 0;
}

export type DecodedRequestHeader = RequestHeader & { headerVersion: number };

/**
 * Reads a request header from the start of a request frame (after the size prefix), choosing
 * the header version from the API key and version it begins with. Leaves `r` at the body.
 */
export function decodeRequestHeader(r: Reader): DecodedRequestHeader {
  if (r.remaining < 4) {
    throw new ProtocolDecodeError(`request header needs at least 4 bytes, have ${r.remaining}`);
  }
  const apiKey = r.buf.readInt16BE(r.offset);
  const apiVersion = r.buf.readInt16BE(r.offset + 2);
  const headerVersion = requestHeaderVersion(apiKey, apiVersion);
  const h = RequestHeader.decode(r, headerVersion);
  return {
    requestApiKey: h.requestApiKey,
    requestApiVersion: h.requestApiVersion,
    correlationId: h.correlationId,
    clientId: h.clientId ?? null,
    headerVersion,
  };
}

/** Writes a request header in `headerVersion` (see requestHeaderVersion). */
export function encodeRequestHeader(w: Writer, h: RequestHeader, headerVersion: number): void {
  RequestHeader.encode(w, h, headerVersion);
}

/** Writes a response header: the correlation id, plus an empty tagged section in v1. */
export function encodeResponseHeader(w: Writer, correlationId: number, headerVersion: number): void {
  w.int32(correlationId);
  if (headerVersion >= 1) w.uvarint(0);
}

/** Reads a response header in `headerVersion` (see responseHeaderVersion). */
export function decodeResponseHeader(r: Reader, headerVersion: number): ResponseHeader {
  return ResponseHeader.decode(r, headerVersion);
}

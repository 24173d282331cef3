// Header version rules (src/headers.ts) and the error-code table (src/errors.ts).
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { Reader } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';
import {
  decodeRequestHeader,
  decodeResponseHeader,
  encodeRequestHeader,
  encodeResponseHeader,
  requestHeaderVersion,
  responseHeaderVersion,
} from '../headers.js';
import { ErrorCode, KafkaProtocolError, errorMessage, errorName, isRetriable } from '../errors.js';
import { ApiKey, apis } from './index.js';

test('request header versions', () => {
  assert.equal(requestHeaderVersion(ApiKey.Produce, 8), 1);
  assert.equal(requestHeaderVersion(ApiKey.Produce, 9), 2);
  assert.equal(requestHeaderVersion(ApiKey.ApiVersions, 3), 2);
  assert.equal(requestHeaderVersion(ApiKey.SaslHandshake, 1), 1); // never flexible
  assert.equal(requestHeaderVersion(ApiKey.ControlledShutdown, 0), 0);
  assert.equal(requestHeaderVersion(ApiKey.ControlledShutdown, 1), 1);
  assert.equal(requestHeaderVersion(ApiKey.ControlledShutdown, 3), 2);
  assert.equal(requestHeaderVersion(9999, 0), 1, 'unknown API');
  assert.equal(requestHeaderVersion(ApiKey.ApiVersions, 99), 1, 'unknown version');
});

test('response header versions; ApiVersions always uses v0', () => {
  assert.equal(responseHeaderVersion(ApiKey.Metadata, 8), 0);
  assert.equal(responseHeaderVersion(ApiKey.Metadata, 9), 1);
  for (let v = 0; v <= 10; v++) assert.equal(responseHeaderVersion(ApiKey.ApiVersions, v), 0);
  assert.equal(responseHeaderVersion(9999, 3), 0);
});

test('every API has a request and a response codec with equal ranges', () => {
  assert.ok(apis.size >= 88);
  for (const [key, api] of apis) {
    assert.equal(api.key, key);
    assert.equal(api.request.minVersion, api.minVersion);
    assert.equal(api.response.maxVersion, api.maxVersion);
    assert.equal(api.request.flexibleFrom, api.flexibleFrom);
  }
  assert.equal(ApiKey.Produce, 0);
  assert.equal(ApiKey.ApiVersions, 18);
  assert.equal(apis.get(3)!.name, 'Metadata');
});

test('decodeRequestHeader picks the version from the API key and version it starts with', () => {
  for (const [key, version, hv] of [
    [ApiKey.Metadata, 12, 2],
    [ApiKey.Metadata, 4, 1],
    [ApiKey.ControlledShutdown, 0, 0],
  ] as const) {
    const w = new Writer();
    encodeRequestHeader(w, { requestApiKey: key, requestApiVersion: version, correlationId: 7, clientId: 'c' }, hv);
    w.int8(42); // the body starts here
    const r = new Reader(w.toBuffer());
    const h = decodeRequestHeader(r);
    assert.equal(h.headerVersion, hv);
    assert.equal(h.correlationId, 7);
    assert.equal(h.clientId, hv === 0 ? '' : 'c');
    assert.equal(r.int8(), 42);
  }
});

test('a request for an unknown API or version still yields its header (read as v1)', () => {
  // ApiVersions v7 from a newer client: header v2 with tagged fields we do not read; the
  // broker only needs the correlation id to answer with an ApiVersions v0 error response.
  const frame = Buffer.from('0012' + '0007' + '0000002a' + '0003616263' + '00' + 'ffff', 'hex');
  const h = decodeRequestHeader(new Reader(frame));
  assert.deepEqual(h, { requestApiKey: 18, requestApiVersion: 7, correlationId: 42, clientId: 'abc', headerVersion: 1 });
  const unknown = decodeRequestHeader(new Reader(Buffer.from('270f000100000001ffff', 'hex')));
  assert.equal(unknown.requestApiKey, 9999);
  assert.equal(unknown.clientId, null);
  assert.throws(() => decodeRequestHeader(new Reader(Buffer.from('0012', 'hex'))));
});

test('response headers', () => {
  const w = new Writer();
  encodeResponseHeader(w, 5, 0);
  encodeResponseHeader(w, 6, 1);
  const b = w.toBuffer();
  assert.equal(b.toString('hex'), '00000005' + '00000006' + '00');
  const r = new Reader(b);
  assert.equal(decodeResponseHeader(r, 0).correlationId, 5);
  assert.equal(decodeResponseHeader(r, 1).correlationId, 6);
  assert.equal(r.remaining, 0);
});

test('error codes', () => {
  assert.equal(ErrorCode.NONE, 0);
  assert.equal(ErrorCode.UNKNOWN_SERVER_ERROR, -1);
  assert.equal(ErrorCode.OFFSET_OUT_OF_RANGE, 1);
  assert.equal(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, 3);
  assert.equal(ErrorCode.NOT_LEADER_OR_FOLLOWER, 6);
  assert.equal(ErrorCode.UNSUPPORTED_VERSION, 35);
  assert.equal(ErrorCode.UNKNOWN_TOPIC_ID, 100);
  assert.equal(ErrorCode.SHARE_SESSION_LIMIT_REACHED, 133);
  const codes = Object.values(ErrorCode);
  assert.equal(new Set(codes).size, codes.length, 'codes are unique');
  for (let c = -1; c <= 133; c++) assert.notEqual(errorName(c).startsWith('UNKNOWN_ERROR_CODE'), true, `gap at ${c}`);
  assert.equal(errorName(3), 'UNKNOWN_TOPIC_OR_PARTITION');
  assert.equal(errorName(4242), 'UNKNOWN_ERROR_CODE(4242)');
  assert.equal(isRetriable(ErrorCode.NOT_LEADER_OR_FOLLOWER), true);
  assert.equal(isRetriable(ErrorCode.TOPIC_AUTHORIZATION_FAILED), false);
  assert.equal(isRetriable(4242), false);
  assert.ok(errorMessage(ErrorCode.REQUEST_TIMED_OUT).length > 0);
  const e = new KafkaProtocolError(ErrorCode.LEADER_NOT_AVAILABLE);
  assert.equal(e.code, 5);
  assert.equal(e.retriable, true);
  assert.equal(e.errorName, 'LEADER_NOT_AVAILABLE');
  assert.match(e.message, /^LEADER_NOT_AVAILABLE: /);
  assert.ok(e instanceof Error);
  assert.match(new KafkaProtocolError(ErrorCode.INVALID_CONFIG, 'retention.ms must be >= -1').message, /retention\.ms/);
});

// Generated from Kafka's ApiVersionsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ApiVersions response (API key 18): negotiates versions: the broker answers with the version
 * range of every API it serves. The response is always readable at v0, so a client can learn the
 * broker's ranges even after sending a version the broker does not know.
 */
// v0-v4, flexible from v3

import type { Reader } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
  taggedFieldEnd,
  taggedFieldSizeMismatch,
} from '../codegen/runtime.js';

export interface ApiVersionsResponse {
  errorCode: number;
  apiKeys: ApiVersionsResponseApiVersion[];
  throttleTimeMs?: number; // v1+
  supportedFeatures?: ApiVersionsResponseSupportedFeatureKey[]; // v3+, tag 0
  finalizedFeaturesEpoch?: number; // v3+, tag 1, default -1
  finalizedFeatures?: ApiVersionsResponseFinalizedFeatureKey[]; // v3+, tag 2
  zkMigrationReady?: boolean; // v3+, tag 3
}

/** An entry of `ApiVersionsResponse.apiKeys` (JSON `ApiVersion`). */
export interface ApiVersionsResponseApiVersion {
  apiKey: number;
  minVersion: number;
  maxVersion: number;
}

/** An entry of `ApiVersionsResponse.supportedFeatures`, tagged (JSON `SupportedFeatureKey`, v3+). */
export interface ApiVersionsResponseSupportedFeatureKey {
  name: string;
  minVersion: number;
  maxVersion: number;
}

/** An entry of `ApiVersionsResponse.finalizedFeatures`, tagged (JSON `FinalizedFeatureKey`, v3+). */
export interface ApiVersionsResponseFinalizedFeatureKey {
  name: string;
  maxVersionLevel: number;
  minVersionLevel: number;
}

export const ApiVersionsResponse = {
  apiKey: 18,
  name: 'ApiVersions',
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 3,
  encode(w: Writer, m: ApiVersionsResponse, version: number): void {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('ApiVersionsResponse', version, 0, 4);
    encodeApiVersionsResponse(w, m, version);
  },
  decode(r: Reader, version: number): ApiVersionsResponse {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('ApiVersionsResponse', version, 0, 4);
    return decodeApiVersionsResponse(r, version);
  },
} as const;

function encodeApiVersionsResponse(w: Writer, m: ApiVersionsResponse, v: number): void {
  w.int16(m.errorCode);
  encodeApiVersionsResponse_apiKeys(w, m.apiKeys, v);
  if (v >= 1) w.int32(m.throttleTimeMs ?? 0);
  if (v >= 3) {
    let tagCount = 0;
    const tag_supportedFeatures = m.supportedFeatures;
    const has_supportedFeatures = tag_supportedFeatures !== undefined && tag_supportedFeatures.length !== 0;
    if (has_supportedFeatures) tagCount++;
    const tag_finalizedFeaturesEpoch = m.finalizedFeaturesEpoch;
    const has_finalizedFeaturesEpoch = tag_finalizedFeaturesEpoch !== undefined && tag_finalizedFeaturesEpoch !== -1;
    if (has_finalizedFeaturesEpoch) tagCount++;
    const tag_finalizedFeatures = m.finalizedFeatures;
    const has_finalizedFeatures = tag_finalizedFeatures !== undefined && tag_finalizedFeatures.length !== 0;
    if (has_finalizedFeatures) tagCount++;
    const tag_zkMigrationReady = m.zkMigrationReady;
    const has_zkMigrationReady = tag_zkMigrationReady !== undefined && tag_zkMigrationReady !== false;
    if (has_zkMigrationReady) tagCount++;
    w.uvarint(tagCount);
    if (has_supportedFeatures) {
      const tw = new Writer(64);
      encodeApiVersionsResponse_supportedFeatures(tw, tag_supportedFeatures, v);
      const tb = tw.toBuffer();
      w.uvarint(0).uvarint(tb.length).raw(tb);
    }
    if (has_finalizedFeaturesEpoch) {
      w.uvarint(1).uvarint(8);
      w.int64(tag_finalizedFeaturesEpoch);
    }
    if (has_finalizedFeatures) {
      const tw = new Writer(64);
      encodeApiVersionsResponse_finalizedFeatures(tw, tag_finalizedFeatures, v);
      const tb = tw.toBuffer();
      w.uvarint(2).uvarint(tb.length).raw(tb);
    }
    if (has_zkMigrationReady) {
      w.uvarint(3).uvarint(1);
      w.bool(tag_zkMigrationReady);
    }
  }
}

function decodeApiVersionsResponse(r: Reader, v: number): ApiVersionsResponse {
  const m: ApiVersionsResponse = {
    errorCode: r.int16(),
    apiKeys: decodeApiVersionsResponse_apiKeys(r, v),
    throttleTimeMs: v >= 1 ? r.int32() : 0,
    supportedFeatures: [],
    finalizedFeaturesEpoch: -1,
    finalizedFeatures: [],
    zkMigrationReady: false,
  };
  if (v >= 3) {
    for (let i = 0, n = r.uvarint(); i < n; i++) {
      const tag = r.uvarint();
      const end = taggedFieldEnd(r);
      if (tag === 0) m.supportedFeatures = decodeApiVersionsResponse_supportedFeatures(r, v);
      else if (tag === 1) m.finalizedFeaturesEpoch = r.int64();
      else if (tag === 2) m.finalizedFeatures = decodeApiVersionsResponse_finalizedFeatures(r, v);
      else if (tag === 3) m.zkMigrationReady = r.bool();
      else r.offset = end;
      if (r.offset !== end) throw taggedFieldSizeMismatch(r, end, tag, 'ApiVersionsResponse');
    }
  }
  return m;
}

function encodeApiVersionsResponse_apiKeys(w: Writer, a: ApiVersionsResponseApiVersion[], v: number): void {
  if (v >= 3) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeApiVersionsResponseApiVersion(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeApiVersionsResponseApiVersion(w, a[i]!, v);
  }
}

function decodeApiVersionsResponse_apiKeys(r: Reader, v: number): ApiVersionsResponseApiVersion[] {
  const n = v >= 3 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('ApiVersionsResponse.apiKeys');
  const a = new Array<ApiVersionsResponseApiVersion>(n);
  for (let i = 0; i < n; i++) a[i] = decodeApiVersionsResponseApiVersion(r, v);
  return a;
}

function encodeApiVersionsResponse_supportedFeatures(w: Writer, a: ApiVersionsResponseSupportedFeatureKey[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeApiVersionsResponseSupportedFeatureKey(w, a[i]!, v);
}

function decodeApiVersionsResponse_supportedFeatures(r: Reader, v: number): ApiVersionsResponseSupportedFeatureKey[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ApiVersionsResponse.supportedFeatures');
  const a = new Array<ApiVersionsResponseSupportedFeatureKey>(n);
  for (let i = 0; i < n; i++) a[i] = decodeApiVersionsResponseSupportedFeatureKey(r, v);
  return a;
}

function encodeApiVersionsResponse_finalizedFeatures(w: Writer, a: ApiVersionsResponseFinalizedFeatureKey[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeApiVersionsResponseFinalizedFeatureKey(w, a[i]!, v);
}

function decodeApiVersionsResponse_finalizedFeatures(r: Reader, v: number): ApiVersionsResponseFinalizedFeatureKey[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ApiVersionsResponse.finalizedFeatures');
  const a = new Array<ApiVersionsResponseFinalizedFeatureKey>(n);
  for (let i = 0; i < n; i++) a[i] = decodeApiVersionsResponseFinalizedFeatureKey(r, v);
  return a;
}

function encodeApiVersionsResponseApiVersion(w: Writer, m: ApiVersionsResponseApiVersion, v: number): void {
  w.int16(m.apiKey);
  w.int16(m.minVersion);
  w.int16(m.maxVersion);
  if (v >= 3) w.uvarint(0);
}

function decodeApiVersionsResponseApiVersion(r: Reader, v: number): ApiVersionsResponseApiVersion {
  const m: ApiVersionsResponseApiVersion = {
    apiKey: r.int16(),
    minVersion: r.int16(),
    maxVersion: r.int16(),
  };
  if (v >= 3) r.taggedFields();
  return m;
}

function encodeApiVersionsResponseSupportedFeatureKey(w: Writer, m: ApiVersionsResponseSupportedFeatureKey, _v: number): void {
  w.compactString(m.name);
  w.int16(m.minVersion);
  w.int16(m.maxVersion);
  w.uvarint(0);
}

function decodeApiVersionsResponseSupportedFeatureKey(r: Reader, _v: number): ApiVersionsResponseSupportedFeatureKey {
  const m: ApiVersionsResponseSupportedFeatureKey = {
    name: r.compactString(),
    minVersion: r.int16(),
    maxVersion: r.int16(),
  };
  r.taggedFields();
  return m;
}

function encodeApiVersionsResponseFinalizedFeatureKey(w: Writer, m: ApiVersionsResponseFinalizedFeatureKey, _v: number): void {
  w.compactString(m.name);
  w.int16(m.maxVersionLevel);
  w.int16(m.minVersionLevel);
  w.uvarint(0);
}

function decodeApiVersionsResponseFinalizedFeatureKey(r: Reader, _v: number): ApiVersionsResponseFinalizedFeatureKey {
  const m: ApiVersionsResponseFinalizedFeatureKey = {
    name: r.compactString(),
    maxVersionLevel: r.int16(),
    minVersionLevel: r.int16(),
  };
  r.taggedFields();
  return m;
}

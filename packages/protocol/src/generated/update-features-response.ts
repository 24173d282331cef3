// Generated from Kafka's UpdateFeaturesResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * UpdateFeatures response (API key 57): changes the finalized feature levels of the cluster.
 */
// v0-v2, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface UpdateFeaturesResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null; // nullable
  results?: UpdateFeaturesResponseUpdatableFeatureResult[]; // v0-v1
}

/** An entry of `UpdateFeaturesResponse.results` (JSON `UpdatableFeatureResult`, v0-v1). */
export interface UpdateFeaturesResponseUpdatableFeatureResult {
  feature: string;
  errorCode: number;
  errorMessage: string | null; // nullable
}

export const UpdateFeaturesResponse = {
  apiKey: 57,
  name: 'UpdateFeatures',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 0,
  encode(w: Writer, m: UpdateFeaturesResponse, version: number): void {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('UpdateFeaturesResponse', version, 0, 2);
    encodeUpdateFeaturesResponse(w, m, version);
  },
  decode(r: Reader, version: number): UpdateFeaturesResponse {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('UpdateFeaturesResponse', version, 0, 2);
    return decodeUpdateFeaturesResponse(r, version);
  },
} as const;

function encodeUpdateFeaturesResponse(w: Writer, m: UpdateFeaturesResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  if (v <= 1) {
    const _results = m.results ?? [];
    encodeUpdateFeaturesResponse_results(w, _results, v);
  }
  w.uvarint(0);
}

function decodeUpdateFeaturesResponse(r: Reader, v: number): UpdateFeaturesResponse {
  const m: UpdateFeaturesResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    results: v <= 1 ? decodeUpdateFeaturesResponse_results(r, v) : [],
  };
  r.taggedFields();
  return m;
}

function encodeUpdateFeaturesResponse_results(w: Writer, a: UpdateFeaturesResponseUpdatableFeatureResult[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeUpdateFeaturesResponseUpdatableFeatureResult(w, a[i]!, v);
}

function decodeUpdateFeaturesResponse_results(r: Reader, v: number): UpdateFeaturesResponseUpdatableFeatureResult[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('UpdateFeaturesResponse.results');
  const a = new Array<UpdateFeaturesResponseUpdatableFeatureResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeUpdateFeaturesResponseUpdatableFeatureResult(r, v);
  return a;
}

function encodeUpdateFeaturesResponseUpdatableFeatureResult(w: Writer, m: UpdateFeaturesResponseUpdatableFeatureResult, _v: number): void {
  w.compactString(m.feature);
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  w.uvarint(0);
}

function decodeUpdateFeaturesResponseUpdatableFeatureResult(r: Reader, _v: number): UpdateFeaturesResponseUpdatableFeatureResult {
  const m: UpdateFeaturesResponseUpdatableFeatureResult = {
    feature: r.compactString(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
  };
  r.taggedFields();
  return m;
}

// Generated from Kafka's UpdateFeaturesRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * UpdateFeatures request (API key 57): changes the finalized feature levels of the cluster.
 */
// v0-v2, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface UpdateFeaturesRequest {
  timeoutMs: number; // default 60000
  featureUpdates: UpdateFeaturesRequestFeatureUpdateKey[];
  validateOnly?: boolean; // v1+
}

/** An entry of `UpdateFeaturesRequest.featureUpdates` (JSON `FeatureUpdateKey`). */
export interface UpdateFeaturesRequestFeatureUpdateKey {
  feature: string;
  maxVersionLevel: number;
  allowDowngrade?: boolean; // v0
  upgradeType?: number; // v1+, default 1
}

export const UpdateFeaturesRequest = {
  apiKey: 57,
  name: 'UpdateFeatures',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 0,
  encode(w: Writer, m: UpdateFeaturesRequest, version: number): void {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('UpdateFeaturesRequest', version, 0, 2);
    encodeUpdateFeaturesRequest(w, m, version);
  },
  decode(r: Reader, version: number): UpdateFeaturesRequest {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('UpdateFeaturesRequest', version, 0, 2);
    return decodeUpdateFeaturesRequest(r, version);
  },
} as const;

function encodeUpdateFeaturesRequest(w: Writer, m: UpdateFeaturesRequest, v: number): void {
  w.int32(m.timeoutMs);
  encodeUpdateFeaturesRequest_featureUpdates(w, m.featureUpdates, v);
  if (v >= 1) w.bool(m.validateOnly ?? false);
  w.uvarint(0);
}

function decodeUpdateFeaturesRequest(r: Reader, v: number): UpdateFeaturesRequest {
  const m: UpdateFeaturesRequest = {
    timeoutMs: r.int32(),
    featureUpdates: decodeUpdateFeaturesRequest_featureUpdates(r, v),
    validateOnly: v >= 1 ? r.bool() : false,
  };
  r.taggedFields();
  return m;
}

function encodeUpdateFeaturesRequest_featureUpdates(w: Writer, a: UpdateFeaturesRequestFeatureUpdateKey[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeUpdateFeaturesRequestFeatureUpdateKey(w, a[i]!, v);
}

function decodeUpdateFeaturesRequest_featureUpdates(r: Reader, v: number): UpdateFeaturesRequestFeatureUpdateKey[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('UpdateFeaturesRequest.featureUpdates');
  const a = new Array<UpdateFeaturesRequestFeatureUpdateKey>(n);
  for (let i = 0; i < n; i++) a[i] = decodeUpdateFeaturesRequestFeatureUpdateKey(r, v);
  return a;
}

function encodeUpdateFeaturesRequestFeatureUpdateKey(w: Writer, m: UpdateFeaturesRequestFeatureUpdateKey, v: number): void {
  w.compactString(m.feature);
  w.int16(m.maxVersionLevel);
  if (v === 0) w.bool(m.allowDowngrade ?? false);
  if (v >= 1) w.int8(m.upgradeType ?? 1);
  w.uvarint(0);
}

function decodeUpdateFeaturesRequestFeatureUpdateKey(r: Reader, v: number): UpdateFeaturesRequestFeatureUpdateKey {
  const m: UpdateFeaturesRequestFeatureUpdateKey = {
    feature: r.compactString(),
    maxVersionLevel: r.int16(),
    allowDowngrade: v === 0 ? r.bool() : false,
    upgradeType: v >= 1 ? r.int8() : 1,
  };
  r.taggedFields();
  return m;
}

// Property tests for every generated codec: for each message and each valid version, random
// values are built from the JSON definitions at run time (which fields exist in that version,
// nullability, tagged fields, defaults), then encode -> decode must give the value back with
// absent fields filled by their defaults, and re-encoding the decoded value must give the
// same bytes. Mutated encodings must decode or fail with ProtocolDecodeError, nothing else.
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import * as generated from './index.js';
import { Reader, ProtocolDecodeError } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';
import { ProtocolEncodeError, UnsupportedVersionError, type Codec } from '../codegen/runtime.js';
import { contains, ZERO_UUID, type FieldDef, type FieldType, type MessageDef, type StructDef } from '../codegen/model.js';
import { definitionsAvailable, loadDefinitions, messagesDir } from '../codegen/sources.js';

const skip = definitionsAvailable() ? false : `Kafka definitions not found at ${messagesDir()}; skipped`;
const messages: MessageDef[] = skip ? [] : loadDefinitions();
const RUNS = 12;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

function codecFor(m: MessageDef): Codec<Any> {
  const c = (generated as unknown as Record<string, Codec<Any>>)[m.name];
  assert.ok(c && typeof c.encode === 'function', `no codec exported for ${m.name}`);
  return c;
}

// ---- random values -----------------------------------------------------------------------

const OMIT = Symbol('omit');

function primitiveArb(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case 'int8':
      return fc.integer({ min: -128, max: 127 });
    case 'int16':
      return fc.integer({ min: -32768, max: 32767 });
    case 'uint16':
      return fc.integer({ min: 0, max: 65535 });
    case 'int32':
      return fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
    case 'int64':
      return fc.oneof(fc.maxSafeInteger(), fc.constantFrom(-1, 0, 2 ** 32, -(2 ** 32) - 1));
    case 'float64':
      return fc.double();
    case 'bool':
      return fc.boolean();
    case 'string':
      return fc.string({ unit: 'grapheme', maxLength: 6 });
    case 'uuid':
      return fc.uint8Array({ minLength: 16, maxLength: 16 }).map((u) => Buffer.from(u).toString('base64url'));
    case 'bytes':
    case 'records':
      return fc.uint8Array({ maxLength: 8 }).map((u) => Buffer.from(u));
  }
  throw new Error(`unknown primitive ${name}`);
}

function valueArb(t: FieldType, v: number, nullable: boolean, depth: number): fc.Arbitrary<unknown> {
  let arb: fc.Arbitrary<unknown>;
  if (t.kind === 'primitive') arb = primitiveArb(t.name);
  else if (t.kind === 'struct') arb = structArb(t.struct, v, depth + 1);
  else arb = fc.array(valueArb(t.element, v, false, depth + 1), { maxLength: depth > 2 ? 1 : 3 });
  return nullable ? fc.option(arb, { nil: null, freq: 4 }) : arb;
}

const structArbs = new Map<string, fc.Arbitrary<Record<string, unknown>>>();

function structArb(s: StructDef, v: number, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const key = `${s.tsName}@${v}@${Math.min(depth, 3)}`;
  const cached = structArbs.get(key);
  if (cached) return cached;
  const parts: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of s.fields) {
    const present = contains(f.versions, v);
    if (!present) {
      // a value the version does not have must be ignored by encode
      parts[f.prop] = fc.option(valueArb(f.type, v, f.everNullable, depth), { nil: OMIT, freq: 1 });
      continue;
    }
    const arb = valueArb(f.type, v, contains(f.nullable, v), depth);
    if (contains(f.tagged, v)) {
      parts[f.prop] = fc.oneof(fc.constant(OMIT), fc.constant(defaultOf(f)), arb);
    } else if (f.required) {
      parts[f.prop] = arb;
    } else {
      parts[f.prop] = fc.option(arb, { nil: OMIT, freq: 3 });
    }
  }
  const arb = fc.record(parts).map((o) => {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) if (x !== OMIT) out[k] = x;
    return out;
  });
  structArbs.set(key, arb);
  return arb;
}

// ---- expected decode results -------------------------------------------------------------

function defaultOf(f: FieldDef): unknown {
  const d = f.defaultValue;
  switch (d.kind) {
    case 'number':
    case 'bool':
    case 'string':
      return d.value;
    case 'null':
      return null;
    case 'emptyArray':
      return [];
    case 'emptyBytes':
      return Buffer.alloc(0);
    case 'struct':
      return defaultStruct((f.type as Extract<FieldType, { kind: 'struct' }>).struct);
  }
}

function defaultStruct(s: StructDef): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of s.fields) out[f.prop] = defaultOf(f);
  return out;
}

function expectedValue(t: FieldType, v: number, x: unknown): unknown {
  if (x === null) return null;
  if (t.kind === 'primitive') return x;
  if (t.kind === 'array') return (x as unknown[]).map((e) => expectedValue(t.element, v, e));
  return expectedStruct(t.struct, v, x as Record<string, unknown>);
}

function expectedStruct(s: StructDef, v: number, x: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of s.fields) {
    const given = x[f.prop];
    out[f.prop] = contains(f.versions, v) && given !== undefined ? expectedValue(f.type, v, given) : defaultOf(f);
  }
  return out;
}

// ---- the tests ---------------------------------------------------------------------------

function encode(codec: Codec<Any>, value: unknown, v: number): Buffer {
  const w = new Writer(16);
  codec.encode(w, value, v);
  return w.toBuffer();
}

test('every definition has an exported codec with matching versions', { skip }, () => {
  assert.ok(messages.length > 180, `only ${messages.length} definitions`);
  for (const m of messages) {
    const c = codecFor(m);
    assert.equal(c.minVersion, m.valid.lo, m.name);
    assert.equal(c.maxVersion, m.valid.hi, m.name);
    assert.equal(c.flexibleFrom, m.flexible ? m.flexible.lo : null, m.name);
  }
});

test('encode -> decode -> encode round-trips every message in every version', { skip }, () => {
  let cases = 0;
  for (const m of messages) {
    const codec = codecFor(m);
    for (let v = m.valid.lo; v <= m.valid.hi; v++) {
      fc.assert(
        fc.property(structArb(m.root, v, 0), (value) => {
          const bytes = encode(codec, value, v);
          const r = new Reader(bytes);
          const decoded = codec.decode(r, v);
          assert.equal(r.remaining, 0, 'decode left bytes unread');
          assert.deepStrictEqual(decoded, expectedStruct(m.root, v, value));
          assert.ok(encode(codec, decoded, v).equals(bytes), 're-encoding changed the bytes');
        }),
        { numRuns: RUNS, seed: hashSeed(`${m.name}@${v}`) },
      );
      cases++;
    }
  }
  assert.ok(cases > 600, `only ${cases} message versions`);
});

test('mutated and truncated encodings fail only with ProtocolDecodeError', { skip }, () => {
  for (const m of messages) {
    const codec = codecFor(m);
    for (let v = m.valid.lo; v <= m.valid.hi; v++) {
      fc.assert(
        fc.property(
          structArb(m.root, v, 0),
          fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
          fc.nat(),
          (value, flips, cut) => {
            const bytes = Buffer.from(encode(codec, value, v));
            for (const [at, b] of flips) if (bytes.length > 0) bytes[at % bytes.length] = b;
            const input = cut % 3 === 0 ? bytes.subarray(0, cut % (bytes.length + 1)) : bytes;
            try {
              codec.decode(new Reader(input), v);
            } catch (e) {
              assert.ok(e instanceof ProtocolDecodeError, `${m.name} v${v}: ${String(e)}`);
            }
          },
        ),
        { numRuns: 4, seed: hashSeed(`fuzz ${m.name}@${v}`) },
      );
    }
  }
});

test('versions outside the valid range are refused', () => {
  const w = new Writer();
  assert.throws(() => generated.MetadataRequest.encode(w, { topics: [] }, 13), UnsupportedVersionError);
  assert.throws(() => generated.MetadataRequest.decode(new Reader(Buffer.alloc(8)), -1), UnsupportedVersionError);
});

test('null where the version does not allow it is an encode error', () => {
  assert.throws(() => encode(generated.MetadataRequest, { topics: null }, 0), ProtocolEncodeError);
  assert.doesNotThrow(() => encode(generated.MetadataRequest, { topics: null }, 1));
  assert.throws(() => encode(generated.MetadataRequest, { topics: [{ name: null }] }, 9), ProtocolEncodeError);
  assert.doesNotThrow(() => encode(generated.MetadataRequest, { topics: [{ name: null }] }, 10));
});

test('decode fills fields a version lacks with Kafka defaults', () => {
  // Metadata v0: just a topic array
  const bytes = Buffer.from('00000001' + '0003666f6f', 'hex');
  const m = generated.MetadataRequest.decode(new Reader(bytes), 0);
  assert.deepStrictEqual(m, {
    topics: [{ topicId: ZERO_UUID, name: 'foo' }],
    allowAutoTopicCreation: true,
    includeClusterAuthorizedOperations: false,
    includeTopicAuthorizedOperations: false,
  });
});

test('tagged fields: only non-default values are written, in tag order; unknown tags are skipped', () => {
  const partition = {
    partitionIndex: 0,
    errorCode: 0,
    highWatermark: 5,
    snapshotId: { endOffset: 9, epoch: 2 },
    currentLeader: { leaderId: 1, leaderEpoch: 3 },
    divergingEpoch: { epoch: -1, endOffset: -1 }, // the default: not written
    records: null,
  };
  const value = { responses: [{ topicId: ZERO_UUID, partitions: [partition] }] };
  const bytes = encode(generated.FetchResponse, value, 13);
  const hex = bytes.toString('hex');
  // two tags: currentLeader (tag 1, 9 bytes: two int32 and its own empty tag section), then
  // snapshotId (tag 2, 13 bytes)
  assert.ok(hex.includes('02' + '0109' + '00000001' + '00000003' + '00' + '020d' + '0000000000000009' + '00000002' + '00'), hex);
  const back = generated.FetchResponse.decode(new Reader(bytes), 13);
  assert.deepStrictEqual(back.responses[0]!.partitions[0]!.currentLeader, { leaderId: 1, leaderEpoch: 3 });

  // ResponseHeader v1 with an unknown tag 7 carrying 3 bytes
  const h = generated.ResponseHeader.decode(new Reader(Buffer.from('0000002a' + '01' + '07' + '03' + 'aabbcc', 'hex')), 1);
  assert.deepStrictEqual(h, { correlationId: 42 });
});

test('RequestHeader v2 keeps the classic client id string', () => {
  const bytes = encode(generated.RequestHeader, { requestApiKey: 18, requestApiVersion: 3, correlationId: 1, clientId: 'ab' }, 2);
  assert.equal(bytes.toString('hex'), '0012' + '0003' + '00000001' + '00026162' + '00');
});

test('bytes fields accept a plain Uint8Array', () => {
  const bytes = encode(generated.SaslAuthenticateRequest, { authBytes: new Uint8Array([1, 2, 3]) }, 0);
  assert.equal(bytes.toString('hex'), '00000003010203');
});

/** A stable 32-bit seed per case, so failures reproduce. */
function hashSeed(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

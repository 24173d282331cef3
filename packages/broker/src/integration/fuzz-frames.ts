/**
 * Request frames for the listener fuzz test: valid seeds for the APIs the broker serves (at
 * every version the codecs know, served or not), deliberately broken record batches, mutations
 * of valid frames, and random bytes. Everything is drawn from one seeded PRNG, so a seed
 * replays the same frames.
 */
import {
  AlterConfigsRequest,
  apis,
  decodeRequestHeader,
  Reader,
  ApiVersionsRequest,
  ATTRIBUTES_OFFSET,
  CompressionType,
  CreatePartitionsRequest,
  CreateTopicsRequest,
  crc32c,
  CRC_OFFSET,
  DeleteRecordsRequest,
  DeleteTopicsRequest,
  DescribeClusterRequest,
  DescribeConfigsRequest,
  FetchRequest,
  FindCoordinatorRequest,
  IncrementalAlterConfigsRequest,
  ListOffsetsRequest,
  MetadataRequest,
  ProduceRequest,
} from '@samsa/protocol';
import { batchOf, payload } from './kafka-helpers.js';
import { requestFrame, type RequestCodec } from './raw-client.js';

export type Rng = () => number;

export interface FuzzFrame {
  bytes: Buffer;
  kind: 'valid' | 'broken-batch' | 'mutated' | 'random';
  apiKey: number;
  version: number;
  correlationId: number;
  /** For unmutated frames: whether the broker owes a response (false for acks=0). */
  expectResponse: boolean;
  /** What was done to it, for failure messages. */
  note: string;
  /** For broken batches: a refusal is not required (see brokenBatch). */
  mayBeAccepted?: boolean;
}

export interface FuzzTargets {
  /** Existing topics the fuzzer may write to and read from (never the healthy client's). */
  topics: { name: string; topicId: string; partitions: number }[];
}

const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const chance = (rng: Rng, p: number): boolean => rng() < p;

function randomBytes(rng: Rng, n: number): Buffer {
  const b = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(rng() * 256);
  return b;
}

/** A version in the codec's range, now and then one just outside what the broker serves. */
function versionOf(rng: Rng, apiKey: number): number {
  const api = apis.get(apiKey)!;
  return int(rng, api.minVersion, api.maxVersion);
}

// ---------------------------------------------------------------------------------------------
// seeds: one generator per API, each returning a body valid at `version`

type Seed = { codec: RequestCodec; body: (rng: Rng, v: number, t: FuzzTargets) => unknown; noResponse?: (body: any) => boolean };

function fuzzTopicName(rng: Rng, t: FuzzTargets): string {
  return chance(rng, 0.8) ? pick(rng, t.topics).name : `fz-missing-${int(rng, 0, 9)}`;
}

function validBatch(rng: Rng): Buffer {
  const n = int(rng, 1, 5);
  const values = Array.from({ length: n }, (_, i) => payload(`fz-${i};`, int(rng, 1, 300)));
  const compression = chance(rng, 0.25) ? pick(rng, [CompressionType.Gzip, CompressionType.Snappy, CompressionType.Lz4, CompressionType.Zstd]) : CompressionType.None;
  return batchOf(values, { compression });
}

function fixCrc(batch: Buffer): Buffer {
  batch.writeUInt32BE(crc32c(batch.subarray(ATTRIBUTES_OFFSET)), CRC_OFFSET);
  return batch;
}

/** Record bytes that must be refused, and what was wrong with them. */
export function brokenBatch(rng: Rng): { records: Buffer; note: string; mayBeAccepted?: boolean } {
  const b = Buffer.from(validBatch(rng));
  switch (int(rng, 0, 10)) {
    case 0: {
      b[int(rng, ATTRIBUTES_OFFSET, b.length - 1)] ^= 1 << int(rng, 0, 7);
      return { records: b, note: 'bit flip under the CRC' };
    }
    case 1:
      b.writeUInt32BE((b.readUInt32BE(CRC_OFFSET) + 1) >>> 0, CRC_OFFSET);
      return { records: b, note: 'wrong CRC' };
    case 2:
      return { records: randomBytes(rng, int(rng, 0, 200)), note: 'random bytes' };
    case 3:
      b[16] = pick(rng, [0, 1, 3, 0xff]);
      return { records: b, note: 'bad magic' };
    case 4:
      b.writeInt32BE(pick(rng, [0x7fffffff, -1, 0, b.readInt32BE(57) + 1, 1_000_000]), 57);
      return { records: fixCrc(b), note: 'record count does not match (CRC fixed)' };
    case 5:
      b.writeInt32BE(b.readInt32BE(8) + pick(rng, [1, -1, 100, -40]), 8);
      return { records: b, note: 'batchLength off' };
    case 6:
      b.writeInt16BE((b.readInt16BE(21) & ~7) | int(rng, 5, 7), 21);
      return { records: fixCrc(b), note: 'unknown compression codec (CRC fixed)' };
    case 7:
      b.writeInt32BE(b.readInt32BE(23) + pick(rng, [1, 5, -1]), 23);
      return { records: fixCrc(b), note: 'lastOffsetDelta does not match the records (CRC fixed)' };
    case 8:
      return { records: b.subarray(0, int(rng, 0, b.length - 1)), note: 'truncated batch' };
    case 9:
      // Kafka trims bytes after the last whole batch instead of refusing them
      return { records: Buffer.concat([b, randomBytes(rng, int(rng, 1, 11))]), note: 'trailing bytes after the batch', mayBeAccepted: true };
    default:
      b.writeInt32BE(-5, 57);
      return { records: fixCrc(b), note: 'negative record count (CRC fixed)' };
  }
}

/**
 * Batches whose header and CRC are right but whose records are not: the CRC was computed
 * over the damage (a buggy producer). Kafka refuses them because it walks the records on
 * append; they are kept out of the fuzz mix and asserted on by bad-input.test.ts instead.
 */
export function crcValidMalformedBatches(): { records: Buffer; note: string }[] {
  const plain = Buffer.from(batchOf([payload('m-0;', 50), payload('m-1;', 50)]));
  const lyingLength = Buffer.from(plain);
  lyingLength[61] = 0x7e; // first record's length varint: 63 bytes, it has about 57
  const compressedGarbage = Buffer.concat([plain.subarray(0, 61), Buffer.from('definitely not gzip data at all')]);
  compressedGarbage.writeInt32BE(compressedGarbage.length - 12, 8);
  compressedGarbage.writeInt16BE(CompressionType.Gzip, 21);
  const missingRecord = Buffer.from(batchOf([payload('m-0;', 50), payload('m-1;', 50), payload('m-2;', 50)]));
  // keep the header of the 3-record batch (count 3, lastOffsetDelta 2), drop the last record
  const lastRecordSize = missingRecord.length - plain.length;
  const missing = Buffer.from(missingRecord.subarray(0, missingRecord.length - lastRecordSize));
  missing.writeInt32BE(missing.length - 12, 8);
  return [
    { records: fixCrc(lyingLength), note: 'a record length that overruns the batch' },
    { records: fixCrc(compressedGarbage), note: 'gzip attribute over bytes that are not gzip' },
    { records: fixCrc(missing), note: 'recordCount 3 (and lastOffsetDelta 2) over 2 records' },
  ];
}

const SEEDS: Seed[] = [
  {
    codec: ApiVersionsRequest,
    body: (rng) => ({ clientSoftwareName: pick(rng, ['samsa-fuzz', 'a', 'x.y-z']), clientSoftwareVersion: pick(rng, ['1.0', '0', 'v-1']) }),
  },
  {
    codec: MetadataRequest,
    body: (rng, v, t) => ({
      topics: v >= 1 && chance(rng, 0.3) ? null : Array.from({ length: int(rng, 0, 3) }, () => ({ name: fuzzTopicName(rng, t), topicId: 'AAAAAAAAAAAAAAAAAAAAAA' })),
      allowAutoTopicCreation: false,
      includeClusterAuthorizedOperations: chance(rng, 0.5),
      includeTopicAuthorizedOperations: chance(rng, 0.5),
    }),
  },
  {
    codec: ProduceRequest,
    body: (rng, _v, t) => {
      const topic = pick(rng, t.topics);
      return {
        transactionalId: null,
        acks: pick(rng, [1, 1, -1, 0]),
        timeoutMs: 1000,
        topicData: [{ name: topic.name, partitionData: [{ index: int(rng, 0, topic.partitions), records: validBatch(rng) }] }],
      };
    },
    noResponse: (body: { acks: number }) => body.acks === 0,
  },
  {
    codec: FetchRequest,
    body: (rng, v, t) => {
      const topic = pick(rng, t.topics);
      return {
        replicaId: -1,
        maxWaitMs: int(rng, 0, 20),
        minBytes: int(rng, 0, 1),
        maxBytes: pick(rng, [1, 100, 1 << 20, 0x7fffffff]),
        isolationLevel: int(rng, 0, 1),
        sessionId: 0,
        sessionEpoch: -1,
        topics: [
          {
            ...(v >= 13 ? { topicId: topic.topicId } : { topic: topic.name }),
            partitions: [{ partition: int(rng, 0, topic.partitions), fetchOffset: int(rng, -1, 50), partitionMaxBytes: pick(rng, [0, 10, 1 << 20]) }],
          },
        ],
        forgottenTopicsData: [],
        rackId: '',
      };
    },
  },
  {
    codec: ListOffsetsRequest,
    body: (rng, _v, t) => ({
      replicaId: -1,
      isolationLevel: 0,
      topics: [{ name: fuzzTopicName(rng, t), partitions: [{ partitionIndex: int(rng, 0, 2), currentLeaderEpoch: -1, timestamp: pick(rng, [-1, -2, -3, -4, -5, 0, Date.now(), 2 ** 40]), maxNumOffsets: 1 }] }],
    }),
  },
  {
    codec: CreateTopicsRequest,
    body: (rng) => ({
      topics: [
        {
          name: pick(rng, [`fz-new-${int(rng, 0, 9)}`, '.', 'bad name', 'x'.repeat(250)]),
          numPartitions: int(rng, -1, 3),
          replicationFactor: pick(rng, [-1, 1, 3]),
          assignments: [],
          configs: chance(rng, 0.5) ? [{ name: pick(rng, ['retention.ms', 'cleanup.policy', 'no.such.config']), value: pick(rng, ['1000', 'compact', 'x', null]) }] : [],
        },
      ],
      timeoutMs: 1000,
      validateOnly: true,
    }),
  },
  {
    codec: DeleteTopicsRequest,
    body: (rng) => ({
      topicNames: [`fz-gone-${int(rng, 0, 9)}`],
      topics: [{ name: chance(rng, 0.5) ? `fz-gone-${int(rng, 0, 9)}` : null, topicId: 'AQEBAQEBAQEBAQEBAQEBAQ' }],
      timeoutMs: 1000,
    }),
  },
  {
    codec: DescribeConfigsRequest,
    body: (rng, _v, t) => ({
      resources: [
        chance(rng, 0.6)
          ? { resourceType: 2, resourceName: fuzzTopicName(rng, t), configurationKeys: chance(rng, 0.5) ? null : ['retention.ms'] }
          : { resourceType: pick(rng, [4, 8, 99]), resourceName: pick(rng, ['', '1', '2']), configurationKeys: null },
      ],
      includeSynonyms: chance(rng, 0.5),
      includeDocumentation: chance(rng, 0.5),
    }),
  },
  {
    codec: FindCoordinatorRequest,
    body: (rng) => ({ key: 'group-a', keyType: int(rng, 0, 1), coordinatorKeys: ['group-a', 'group-b'] }),
  },
  {
    codec: DescribeClusterRequest,
    body: (rng) => ({ includeClusterAuthorizedOperations: chance(rng, 0.5), endpointType: int(rng, 1, 2) }),
  },
  {
    codec: CreatePartitionsRequest,
    body: (rng, _v, t) => ({
      topics: [{ name: fuzzTopicName(rng, t), count: int(rng, 1, 4), assignments: null }],
      timeoutMs: 1000,
      validateOnly: true,
    }),
  },
  {
    codec: DeleteRecordsRequest,
    body: (rng, _v, t) => ({
      topics: [{ name: fuzzTopicName(rng, t), partitions: [{ partitionIndex: int(rng, 0, 2), offset: pick(rng, [-1, 0, 1, 3, 1_000_000]) }] }],
      timeoutMs: 1000,
    }),
  },
  {
    codec: AlterConfigsRequest,
    body: (rng, _v, t) => ({
      resources: [{ resourceType: pick(rng, [2, 4]), resourceName: fuzzTopicName(rng, t), configs: [{ name: 'retention.ms', value: pick(rng, ['86400000', '-1', 'x']) }] }],
      validateOnly: true,
    }),
  },
  {
    codec: IncrementalAlterConfigsRequest,
    body: (rng, _v, t) => ({
      resources: [
        { resourceType: pick(rng, [2, 4]), resourceName: fuzzTopicName(rng, t), configs: [{ name: pick(rng, ['cleanup.policy', 'retention.ms']), configOperation: int(rng, 0, 4), value: 'delete' }] },
      ],
      validateOnly: true,
    }),
  },
];

/** A valid request frame for a random API at a random version. */
export function validFrame(rng: Rng, t: FuzzTargets, correlationId: number): FuzzFrame {
  const seed = pick(rng, SEEDS);
  const version = versionOf(rng, seed.codec.apiKey);
  const body = seed.body(rng, version, t);
  return {
    bytes: requestFrame(seed.codec, version, correlationId, body as never),
    kind: 'valid',
    apiKey: seed.codec.apiKey,
    version,
    correlationId,
    expectResponse: !(seed.noResponse?.(body) ?? false),
    note: `valid ${apis.get(seed.codec.apiKey)!.name} v${version}`,
  };
}

/** A well-formed Produce request carrying record bytes that must be refused. */
export function brokenBatchFrame(rng: Rng, t: FuzzTargets, correlationId: number): FuzzFrame {
  const topic = pick(rng, t.topics);
  const version = int(rng, 3, 9);
  const { records, note, mayBeAccepted } = brokenBatch(rng);
  return {
    bytes: requestFrame(ProduceRequest, version, correlationId, {
      transactionalId: null,
      acks: 1,
      timeoutMs: 1000,
      topicData: [{ name: topic.name, partitionData: [{ index: int(rng, 0, topic.partitions - 1), records }] }],
    }),
    kind: 'broken-batch',
    apiKey: ProduceRequest.apiKey,
    version,
    correlationId,
    expectResponse: true,
    note: `Produce v${version} with ${note}`,
    mayBeAccepted: mayBeAccepted ?? false,
  };
}

// ---------------------------------------------------------------------------------------------
// mutations

const I8 = [0x00, 0xff, 0x7f, 0x80, 0x01];
const I16 = [0, -1, 0x7fff, -0x8000, 1, 0xff, 0x100, -2];
const I32 = [0, 1, -1, -2, 0x7fffffff, -0x80000000, 0x7ffffffe, 0xffff, 0x10000, 100_000_000];

function withPrefix(body: Buffer, size = body.length): Buffer {
  const out = Buffer.allocUnsafe(4 + body.length);
  out.writeInt32BE(size | 0, 0);
  body.copy(out, 4);
  return out;
}

/** Applies 1-3 random mutations to a frame; sometimes also lies in the size prefix. */
export function mutate(rng: Rng, frame: FuzzFrame, maxFrameBytes: number): FuzzFrame {
  let body = Buffer.from(frame.bytes.subarray(4));
  const notes: string[] = [];
  const rounds = int(rng, 1, 3);
  for (let k = 0; k < rounds; k++) {
    const pos = (w: number): number => (body.length <= w ? 0 : int(rng, 0, body.length - w));
    switch (int(rng, 0, 10)) {
      case 0: {
        const n = int(rng, 1, 8);
        for (let i = 0; i < n && body.length > 0; i++) body[pos(1)] ^= 1 << int(rng, 0, 7);
        notes.push(`${n} bit flips`);
        break;
      }
      case 1:
        if (body.length > 0) body[pos(1)] = pick(rng, I8);
        notes.push('byte');
        break;
      case 2:
        if (body.length >= 2) body.writeInt16BE(pick(rng, I16), pos(2));
        notes.push('int16 (negative length?)');
        break;
      case 3:
        if (body.length >= 4) body.writeInt32BE(pick(rng, I32), pos(4));
        notes.push('int32 (huge count?)');
        break;
      case 4: {
        const at = pos(0);
        body = Buffer.concat([body.subarray(0, at), Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]), body.subarray(at + 5)]);
        notes.push('huge uvarint');
        break;
      }
      case 5:
        body = body.subarray(0, int(rng, 0, Math.max(0, body.length - 1)));
        notes.push('truncated');
        break;
      case 6:
        body = Buffer.concat([body, randomBytes(rng, int(rng, 1, 64))]);
        notes.push('extended');
        break;
      case 7: {
        if (body.length >= 4) {
          if (chance(rng, 0.5)) body.writeInt16BE(chance(rng, 0.7) ? int(rng, 0, 90) : int(rng, -32768, 32767), 0);
          else body.writeInt16BE(chance(rng, 0.7) ? int(rng, -1, 25) : int(rng, -32768, 32767), 2);
        }
        notes.push('api key/version');
        break;
      }
      case 8: {
        const at = pos(0);
        const len = int(rng, 1, 16);
        body = Buffer.concat([body.subarray(0, at), body.subarray(at + len)]);
        notes.push('bytes removed');
        break;
      }
      case 9: {
        const at = pos(0);
        const len = int(rng, 1, 16);
        body = Buffer.concat([body.subarray(0, at), body.subarray(at, at + len), body.subarray(at)]);
        notes.push('bytes duplicated');
        break;
      }
      default: {
        const at = pos(0);
        body = Buffer.concat([body.subarray(0, at), randomBytes(rng, int(rng, 1, 32)), body.subarray(at)]);
        notes.push('bytes inserted');
        break;
      }
    }
  }
  let size = body.length;
  if (chance(rng, 0.08)) {
    size = pick(rng, [-1, -0x80000000, 0, 1, 3, body.length + int(rng, 1, 100), maxFrameBytes + 1, 0x7fffffff, int(rng, 0, 1 << 20)]);
    notes.push(`size prefix ${size}`);
  }
  return {
    bytes: withPrefix(body, size),
    kind: 'mutated',
    apiKey: body.length >= 2 ? body.readInt16BE(0) : -1,
    version: body.length >= 4 ? body.readInt16BE(2) : -1,
    correlationId: frame.correlationId,
    expectResponse: false,
    note: `${frame.note}: ${notes.join(', ')}`,
  };
}

/** Random bytes with a right size prefix, sometimes behind a plausible header. */
export function randomFrame(rng: Rng, correlationId: number): FuzzFrame {
  let body = randomBytes(rng, int(rng, 0, 300));
  let note = 'random bytes';
  if (chance(rng, 0.5) && body.length >= 8) {
    const key = pick(rng, [...apis.keys()]);
    body.writeInt16BE(key, 0);
    body.writeInt16BE(versionOf(rng, key), 2);
    body.writeInt32BE(correlationId, 4);
    if (chance(rng, 0.7) && body.length >= 10) body.writeInt16BE(-1, 8); // null client id
    note = `random body behind a ${apis.get(key)!.name} v${body.readInt16BE(2)} header`;
  } else if (chance(rng, 0.1)) {
    body = Buffer.alloc(0);
    note = 'empty frame';
  }
  return {
    bytes: withPrefix(body),
    kind: 'random',
    apiKey: body.length >= 2 ? body.readInt16BE(0) : -1,
    version: body.length >= 4 ? body.readInt16BE(2) : -1,
    correlationId,
    expectResponse: false,
    note,
  };
}

/**
 * How the broker will split `stream` into frames: 'complete' when it ends on a frame boundary,
 * 'incomplete' when the last frame is still waiting for bytes, 'bad-size' when a size prefix
 * is negative or over the limit (the broker must close the connection there).
 */
export function framing(stream: Buffer, maxFrameBytes: number): 'complete' | 'incomplete' | 'bad-size' {
  let at = 0;
  while (at < stream.length) {
    if (stream.length - at < 4) return 'incomplete';
    const size = stream.readInt32BE(at);
    if (size < 0 || size > maxFrameBytes) return 'bad-size';
    if (at + 4 + size > stream.length) return 'incomplete';
    at += 4 + size;
  }
  return 'complete';
}

/**
 * Whether the broker, reading `stream` frame by frame, would find a CreateTopics or
 * CreatePartitions request for more than `limit` partitions. A mutation can turn any frame
 * into one (flip validateOnly, grow a count, or change the API key so another body parses as
 * one), and creating thousands of partitions stalls the whole broker for seconds to minutes:
 * a known problem with its own deterministic test (bad-input.test.ts), kept out of the fuzz
 * mix so that a seed's outcome does not depend on it.
 */
export function createsManyPartitions(stream: Buffer, maxFrameBytes: number, limit = 64): boolean {
  let at = 0;
  while (stream.length - at >= 4) {
    const size = stream.readInt32BE(at);
    if (size < 0 || size > maxFrameBytes || at + 4 + size > stream.length) return false;
    const r = new Reader(stream, at + 4, at + 4 + size);
    at += 4 + size;
    try {
      const h = decodeRequestHeader(r);
      const api = apis.get(h.requestApiKey);
      if (!api || (h.requestApiKey !== CreateTopicsRequest.apiKey && h.requestApiKey !== CreatePartitionsRequest.apiKey)) continue;
      const body = api.request.decode(r, h.requestApiVersion) as {
        topics: { numPartitions?: number; count?: number; assignments?: unknown[] | null }[];
      };
      let total = 0;
      for (const t of body.topics) total += Math.max(t.numPartitions ?? 0, t.count ?? 0, t.assignments?.length ?? 0);
      if (total > limit) return true;
    } catch {
      // not decodable: the broker closes the connection
    }
  }
  return false;
}

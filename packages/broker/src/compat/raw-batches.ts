/**
 * The record batch headers of a partition as the broker serves them, read with a minimal,
 * self-contained Fetch v4 exchange (no Samsa code, no client library). The compatibility tests
 * use it to check what a client really sent and the broker kept: which codec each batch uses,
 * how many records were batched together, the timestamp type.
 *
 * Record batch v2 header: baseOffset int64 @0, batchLength int32 @8, partitionLeaderEpoch
 * int32 @12, magic int8 @16, crc uint32 @17, attributes int16 @21, lastOffsetDelta int32 @23,
 * baseTimestamp int64 @27, maxTimestamp int64 @35, producerId int64 @43, producerEpoch int16
 * @51, baseSequence int32 @53, recordCount int32 @57.
 */
import { connect } from 'node:net';

export interface BatchHeader {
  baseOffset: number;
  magic: number;
  /** attributes & 7: 0 none, 1 gzip, 2 snappy, 3 lz4, 4 zstd */
  codec: number;
  /** attributes bit 3: 0 CreateTime, 1 LogAppendTime */
  timestampType: number;
  maxTimestamp: number;
  recordCount: number;
}

export const CODEC_IDS: Record<string, number> = { none: 0, gzip: 1, snappy: 2, lz4: 3, zstd: 4 };

function exchange(host: string, port: number, request: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, host);
    const chunks: Buffer[] = [];
    let have = 0;
    socket.setTimeout(20_000, () => socket.destroy(new Error('raw fetch: no answer within 20 s')));
    socket.on('data', (d: Buffer) => {
      chunks.push(d);
      have += d.length;
      const all = Buffer.concat(chunks);
      if (have >= 4 && have >= 4 + all.readInt32BE(0)) {
        socket.end();
        resolve(all.subarray(4, 4 + all.readInt32BE(0)));
      }
    });
    socket.on('error', reject);
    socket.on('close', () => reject(new Error('raw fetch: connection closed before the answer')));
    socket.write(request);
  });
}

/** One Fetch v4 of one partition from `offset`: the raw record set, or throws on an error code. */
async function fetchRecordSet(host: string, port: number, topic: string, partition: number, offset: number): Promise<{ records: Buffer; highWatermark: number }> {
  const clientId = Buffer.from('samsa-compat-raw');
  const topicBytes = Buffer.from(topic);
  const body = Buffer.alloc(4 + 4 + 4 + 4 + 1 + 4 + 2 + topicBytes.length + 4 + 4 + 8 + 4);
  let at = 0;
  body.writeInt32BE(-1, at); at += 4; // replica id
  body.writeInt32BE(0, at); at += 4; // max wait ms
  body.writeInt32BE(1, at); at += 4; // min bytes
  body.writeInt32BE(64 << 20, at); at += 4; // max bytes
  body.writeInt8(0, at); at += 1; // isolation: read uncommitted
  body.writeInt32BE(1, at); at += 4; // one topic
  body.writeInt16BE(topicBytes.length, at); at += 2;
  topicBytes.copy(body, at); at += topicBytes.length;
  body.writeInt32BE(1, at); at += 4; // one partition
  body.writeInt32BE(partition, at); at += 4;
  body.writeBigInt64BE(BigInt(offset), at); at += 8;
  body.writeInt32BE(32 << 20, at); at += 4; // partition max bytes
  const header = Buffer.alloc(4 + 2 + 2 + 4 + 2 + clientId.length);
  header.writeInt32BE(header.length - 4 + body.length, 0);
  header.writeInt16BE(1, 4); // Fetch
  header.writeInt16BE(4, 6); // v4
  header.writeInt32BE(7, 8); // correlation id
  header.writeInt16BE(clientId.length, 12);
  clientId.copy(header, 14);
  const r = await exchange(host, port, Buffer.concat([header, body]));
  let p = 0;
  const correlationId = r.readInt32BE(p); p += 4;
  if (correlationId !== 7) throw new Error(`raw fetch: correlation id ${correlationId}`);
  p += 4; // throttle time
  if (r.readInt32BE(p) !== 1) throw new Error('raw fetch: expected one topic'); p += 4;
  p += 2 + r.readInt16BE(p); // topic name
  if (r.readInt32BE(p) !== 1) throw new Error('raw fetch: expected one partition'); p += 4;
  p += 4; // partition index
  const errorCode = r.readInt16BE(p); p += 2;
  const highWatermark = Number(r.readBigInt64BE(p)); p += 8;
  p += 8; // last stable offset
  const aborted = r.readInt32BE(p); p += 4;
  if (aborted > 0) p += aborted * 16;
  const size = r.readInt32BE(p); p += 4;
  if (errorCode !== 0) throw new Error(`raw fetch of ${topic}-${partition} at ${offset}: error code ${errorCode}`);
  return { records: r.subarray(p, p + Math.max(size, 0)), highWatermark };
}

/** Every batch header of a partition, from its start to the high watermark. */
export async function batchHeaders(host: string, port: number, topic: string, partition: number): Promise<BatchHeader[]> {
  const out: BatchHeader[] = [];
  let offset = 0;
  for (;;) {
    const { records, highWatermark } = await fetchRecordSet(host, port, topic, partition, offset);
    let at = 0;
    while (at + 61 <= records.length) {
      const batchLength = records.readInt32BE(at + 8);
      if (at + 12 + batchLength > records.length) break; // a partial batch at the end
      const attributes = records.readInt16BE(at + 21);
      const h: BatchHeader = {
        baseOffset: Number(records.readBigInt64BE(at)),
        magic: records.readInt8(at + 16),
        codec: attributes & 7,
        timestampType: (attributes >> 3) & 1,
        maxTimestamp: Number(records.readBigInt64BE(at + 35)),
        recordCount: records.readInt32BE(at + 57),
      };
      if (h.baseOffset >= offset) out.push(h);
      offset = Math.max(offset, h.baseOffset + records.readInt32BE(at + 23) + 1);
      at += 12 + batchLength;
    }
    if (offset >= highWatermark) return out;
    if (at === 0) throw new Error(`raw fetch of ${topic}-${partition} at ${offset}: no whole batch below the high watermark ${highWatermark}`);
  }
}

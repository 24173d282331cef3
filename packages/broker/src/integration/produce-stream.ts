/**
 * A producer stream for the durability tests: many acks=1 Produce requests in flight over one
 * connection, batches of recognisable payloads spread over several partitions, and a record
 * of every acknowledged (partition, baseOffset, values). `stopAfterAcks` lets a test interrupt
 * the broker at a chosen point of the stream; responses that still arrive after that point are
 * acknowledgements too and are recorded.
 */
import assert from 'node:assert/strict';
import { CompressionType, errorName, ProduceRequest, ProduceResponse } from '@samsa/protocol';
import { batchOf, payload, PRODUCE_VERSION, type PartitionContents } from './kafka-helpers.js';
import { RawClient } from './raw-client.js';

export interface Ack {
  partition: number;
  baseOffset: number;
  values: Buffer[];
}

export interface StreamShape {
  /** Records per batch, inclusive range. */
  records: [number, number];
  /** Bytes per record value, inclusive range. */
  recordBytes: [number, number];
  /** Produce requests in flight at once. */
  window: number;
  /** Probability that a request carries a second partition. */
  twoPartitionChance: number;
  /** Probability that a batch is compressed (lz4 or zstd). */
  compressedChance: number;
}

/** Everything sent, by tag, so that whatever is read back can be checked byte for byte. */
export class Ledger {
  readonly sent = new Map<string, Buffer>();
  readonly acks: Ack[] = [];

  static tagOf(value: Buffer): string {
    const end = value.indexOf(0x3b); // ';'
    return end < 0 ? '' : value.toString('latin1', 0, end);
  }

  /**
   * Checks a partition read back against the ledger: every acknowledged record at its
   * acknowledged offset with its bytes, and every record present (acknowledged or not) is one
   * that was sent, byte for byte, and appears once.
   */
  verify(partition: number, contents: PartitionContents, label: string): { acked: number; unacked: number } {
    let acked = 0;
    const ackedOffsets = new Set<number>();
    for (const a of this.acks) {
      if (a.partition !== partition) continue;
      a.values.forEach((v, i) => {
        const offset = a.baseOffset + i;
        const got = contents.byOffset.get(offset);
        assert.ok(got, `${label}: acknowledged record ${Ledger.tagOf(v)} at ${partition}/${offset} is missing (log ${contents.logStartOffset}..${contents.highWatermark})`);
        assert.ok(got.value && got.value.equals(v), `${label}: ${partition}/${offset} holds ${got.value ? Ledger.tagOf(got.value) : 'null'}, acknowledged ${Ledger.tagOf(v)}`);
        ackedOffsets.add(offset);
        acked++;
      });
    }
    assert.equal(contents.logStartOffset, 0, `${label}: partition ${partition} starts at ${contents.logStartOffset}`);
    const seen = new Set<string>();
    let unacked = 0;
    for (const r of contents.byOffset.values()) {
      assert.ok(r.value, `${label}: ${partition}/${r.offset} has a null value`);
      const tag = Ledger.tagOf(r.value);
      const sent = this.sent.get(tag);
      assert.ok(sent, `${label}: ${partition}/${r.offset} holds bytes nobody sent (${r.value.subarray(0, 40).toString('latin1')}...)`);
      assert.ok(sent.equals(r.value), `${label}: ${partition}/${r.offset} holds a damaged copy of ${tag}`);
      assert.ok(tag.includes(`/p${partition}/`), `${label}: ${tag} was sent to another partition but is in ${partition}`);
      assert.ok(!seen.has(tag), `${label}: ${tag} appears twice in partition ${partition}`);
      seen.add(tag);
      if (!ackedOffsets.has(r.offset)) unacked++;
    }
    return { acked, unacked };
  }
}

export interface StreamResult {
  /** Partition acknowledgements received in this stream. */
  acks: number;
  /** Requests that were written but never answered (connection gone). */
  unanswered: number;
}

/**
 * Streams produce requests until `stopAfterAcks` partition acknowledgements have arrived, then
 * calls `interrupt` (once) and keeps recording acknowledgements until the connection closes.
 * Without `interrupt`, it stops sending at that point and waits for the in-flight requests.
 */
export async function streamProduce(options: {
  port: number;
  topic: string;
  partitions: number;
  round: number;
  shape: StreamShape;
  rng: () => number;
  ledger: Ledger;
  stopAfterAcks: number;
  interrupt?: () => Promise<unknown>;
}): Promise<StreamResult> {
  const { topic, partitions, round, shape, rng, ledger } = options;
  const client = await RawClient.connect(options.port);
  const between = (lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
  let seq = 0;
  let acks = 0;
  let unanswered = 0;
  let stopping = false;
  let interrupted: Promise<unknown> | null = null;
  let failure: Error | null = null;

  const batchFor = (partition: number): { records: Buffer; values: Buffer[] } => {
    const n = between(...shape.records);
    const q = seq++;
    const values: Buffer[] = [];
    for (let i = 0; i < n; i++) {
      const tag = `r${round}/p${partition}/q${q}/i${i}`;
      const v = payload(`${tag};`, between(...shape.recordBytes));
      ledger.sent.set(tag, v);
      values.push(v);
    }
    const compression = rng() < shape.compressedChance ? (rng() < 0.5 ? CompressionType.Lz4 : CompressionType.Zstd) : CompressionType.None;
    return { records: batchOf(values, { compression }), values };
  };

  const one = async (): Promise<void> => {
    const first = Math.floor(rng() * partitions);
    const parts = [first];
    if (partitions > 1 && rng() < shape.twoPartitionChance) parts.push((first + 1 + Math.floor(rng() * (partitions - 1))) % partitions);
    const batches = parts.map((p) => ({ p, ...batchFor(p) }));
    let res;
    try {
      res = await client.send(ProduceRequest, ProduceResponse, PRODUCE_VERSION, {
        transactionalId: null,
        acks: 1,
        timeoutMs: 30_000,
        topicData: [{ name: topic, partitionData: batches.map((b) => ({ index: b.p, records: b.records })) }],
      });
    } catch (e) {
      if (!stopping) failure ??= e as Error;
      unanswered++;
      return;
    }
    for (const pr of res.responses[0]!.partitionResponses) {
      const b = batches.find((x) => x.p === pr.index)!;
      if (pr.errorCode !== 0) {
        // only an interrupted broker may refuse; before that every produce must succeed
        if (!stopping) failure ??= new Error(`produce to ${topic}-${pr.index} failed: ${errorName(pr.errorCode)} ${pr.errorMessage ?? ''}`);
        continue;
      }
      ledger.acks.push({ partition: pr.index, baseOffset: pr.baseOffset, values: b.values });
      acks++;
    }
    if (acks >= options.stopAfterAcks && !stopping) {
      stopping = true;
      if (options.interrupt) {
        interrupted = options.interrupt();
        interrupted.catch(() => undefined); // awaited below
      }
    }
  };

  // keep `window` requests in flight until told to stop
  await new Promise<void>((resolve) => {
    let running = 0;
    const pump = (): void => {
      while (!stopping && failure === null && running < shape.window && !client.closedYet) {
        running++;
        one().finally(() => {
          running--;
          if (running === 0 && (stopping || failure !== null || client.closedYet)) resolve();
          else pump();
        });
      }
    };
    pump();
  });
  if (interrupted) await interrupted;
  await client.close();
  if (failure) throw failure;
  assert.ok(acks >= options.stopAfterAcks, `stream ended after ${acks} acknowledgements, wanted ${options.stopAfterAcks}`);
  return { acks, unanswered };
}

/**
 * Reading partitions back with kafkajs's own protocol code, without a consumer group: a
 * kafkajs Broker object (its ApiVersions negotiation, Fetch request encoder and response and
 * record batch decoders) pointed at the broker under test. kafkajs consumers need a group
 * coordinator, which Samsa does not have yet.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/* eslint-disable @typescript-eslint/no-explicit-any */
const KafkajsBroker = require('kafkajs/src/broker/index.js') as new (options: any) => any;
const ConnectionPool = require('kafkajs/src/network/connectionPool.js') as new (options: any) => any;
const socketFactory = require('kafkajs/src/network/socketFactory.js') as () => unknown;
const { createLogger, LEVELS } = require('kafkajs/src/loggers/index.js') as {
  createLogger(o: { level: number; logCreator: (level: number) => (entry: unknown) => void }): any;
  LEVELS: Record<string, number>;
};

/** A record as kafkajs decodes it (offsets and timestamps are decimal strings). */
export interface KafkajsRecord {
  offset: string;
  timestamp: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, Buffer | Buffer[] | undefined>;
}

export interface FetchedPartition {
  highWatermark: number;
  logStartOffset: number;
  records: KafkajsRecord[];
}

export class KafkajsReader {
  private constructor(private readonly broker: any) {}

  static async connect(host: string, port: number): Promise<KafkajsReader> {
    const logger = createLogger({ level: LEVELS['NOTHING']!, logCreator: () => () => undefined });
    const connectionPool = new ConnectionPool({
      host,
      port,
      logger,
      socketFactory: socketFactory(),
      clientId: 'samsa-compat-reader',
      connectionTimeout: 5_000,
      requestTimeout: 30_000,
      enforceRequestTimeout: true,
    });
    const broker = new KafkajsBroker({ connectionPool, logger, allowAutoTopicCreation: false });
    await broker.connect();
    return new KafkajsReader(broker);
  }

  /** The Fetch version kafkajs chose with this broker's ApiVersions answer. */
  fetchVersion(): number {
    return this.broker.versions[1].maxVersion as number;
  }

  /** One Fetch of one partition; partition errors are thrown as kafkajs errors (with `.type`). */
  async fetch(topic: string, partition: number, offset: number, maxWaitTime = 0): Promise<FetchedPartition> {
    const response = await this.broker.fetch({
      maxWaitTime,
      minBytes: 1,
      maxBytes: 64 << 20,
      topics: [{ topic, partitions: [{ partition, fetchOffset: String(offset), maxBytes: 16 << 20 }] }],
    });
    const p = response.responses[0].partitions[0];
    return {
      highWatermark: Number(p.highWatermark),
      logStartOffset: Number(p.lastStartOffset ?? p.logStartOffset ?? -1),
      records: p.messages as KafkajsRecord[],
    };
  }

  /**
   * Reads `partition` from `from` until `until` records are there (long-polling for records
   * still on their way, e.g. acks=0) or, without `until`, up to the high watermark. Records
   * below `from` that arrive in the same batch are dropped, as a consumer does.
   */
  async readAll(topic: string, partition: number, options: { from?: number; until?: number; deadlineMs?: number } = {}): Promise<KafkajsRecord[]> {
    const out: KafkajsRecord[] = [];
    let offset = options.from ?? 0;
    const deadline = Date.now() + (options.deadlineMs ?? 20_000);
    for (;;) {
      const waiting = options.until !== undefined;
      const fetched = await this.fetch(topic, partition, offset, waiting ? 500 : 0);
      for (const r of fetched.records) {
        if (Number(r.offset) >= offset) out.push(r);
      }
      if (out.length > 0) offset = Number(out[out.length - 1]!.offset) + 1;
      if (waiting ? out.length >= options.until! : offset >= fetched.highWatermark) return out;
      if (Date.now() > deadline) {
        throw new Error(`reading ${topic}-${partition}: ${out.length} records by the deadline (high watermark ${fetched.highWatermark})`);
      }
    }
  }

  async disconnect(): Promise<void> {
    await this.broker.disconnect();
  }
}

/** A record's headers as plain strings (kafkajs decodes header values to Buffers). */
export function headerStrings(r: KafkajsRecord): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(r.headers)) out[k] = Array.isArray(v) ? v.map(String).join(',') : String(v);
  return out;
}

/**
 * The single-node metadata store: which topics exist, their ids, partition counts and config
 * overrides, kept in the first log dir.
 *
 * File `samsa-topics.json` (UTF-8 JSON, rewritten whole on every change through a temp file,
 * fsync and rename, so a crash leaves either the old or the new version):
 *
 *   { "version": 1,
 *     "topics": [ { "name": "orders", "topicId": "<22-char base64url uuid>", "partitions": 6,
 *                   "configs": { "retention.ms": "86400000" }, "createdAt": 1700000000000 } ] }
 *
 * File `meta.properties` (Java properties, as Kafka writes it): `version=1`, `node.id`,
 * `cluster.id`. It pins a log dir to one cluster and node: starting a broker with another
 * node.id on the same data is refused.
 *
 * In cluster mode (a later stage) etcd holds this state instead; this store is what a single
 * broker needs with no external service.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseProperties } from 'dot-properties';
import { writeFileAtomic, writeFileAtomicSync } from '@samsa/storage';

export interface TopicRecord {
  name: string;
  topicId: string;
  partitions: number;
  /** Explicit overrides only; everything else comes from broker defaults. */
  configs: Record<string, string>;
  createdAt: number;
}

const TOPICS_FILE = 'samsa-topics.json';
const META_FILE = 'meta.properties';

export function newUuid(): string {
  // Kafka reserves the all-zero id and ids starting with the "metadata topic" prefix; a random
  // 128-bit id with a nonzero first byte avoids both in practice.
  const bytes = randomBytes(16);
  bytes[0] = bytes[0]! | 0x01;
  return bytes.toString('base64url');
}

export class TopicStore {
  private readonly topics = new Map<string, TopicRecord>();
  private readonly ids = new Map<string, TopicRecord>();
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly dir: string,
    readonly clusterId: string,
  ) {}

  /** Opens (or initialises) the metadata in `dir`, checking meta.properties against `nodeId`. */
  static open(dir: string, nodeId: number, configuredClusterId: string | null): TopicStore {
    mkdirSync(dir, { recursive: true });
    const clusterId = readOrWriteMeta(dir, nodeId, configuredClusterId);
    const store = new TopicStore(dir, clusterId);
    let text: string | null = null;
    try {
      text = readFileSync(join(dir, TOPICS_FILE), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    if (text !== null) {
      const data = JSON.parse(text) as { version: number; topics: TopicRecord[] };
      if (data.version !== 1) throw new Error(`${TOPICS_FILE}: unsupported version ${data.version}`);
      for (const t of data.topics) store.index(t);
    }
    return store;
  }

  private index(t: TopicRecord): void {
    this.topics.set(t.name, t);
    this.ids.set(t.topicId, t);
  }

  get(name: string): TopicRecord | undefined {
    return this.topics.get(name);
  }

  byId(topicId: string): TopicRecord | undefined {
    return this.ids.get(topicId);
  }

  all(): TopicRecord[] {
    return [...this.topics.values()];
  }

  async create(name: string, partitions: number, configs: Record<string, string>): Promise<TopicRecord> {
    const t: TopicRecord = { name, topicId: newUuid(), partitions, configs, createdAt: Date.now() };
    this.index(t);
    await this.persist();
    return t;
  }

  async delete(name: string): Promise<void> {
    const t = this.topics.get(name);
    if (!t) return;
    this.topics.delete(name);
    this.ids.delete(t.topicId);
    await this.persist();
  }

  async update(name: string, change: Partial<Pick<TopicRecord, 'partitions' | 'configs'>>): Promise<TopicRecord> {
    const t = this.topics.get(name);
    if (!t) throw new Error(`no topic ${name}`);
    Object.assign(t, change);
    await this.persist();
    return t;
  }

  /** Writes are serialised so that the file always reflects the latest state. */
  private persist(): Promise<void> {
    const snapshot = JSON.stringify({ version: 1, topics: this.all() }, null, 1);
    this.writing = this.writing.then(() => writeFileAtomic(join(this.dir, TOPICS_FILE), snapshot));
    return this.writing;
  }
}

function readOrWriteMeta(dir: string, nodeId: number, configuredClusterId: string | null): string {
  const path = join(dir, META_FILE);
  let text: string | null = null;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (text !== null) {
    const meta = parseProperties(text) as Record<string, string>;
    if (meta['node.id'] !== undefined && Number(meta['node.id']) !== nodeId) {
      throw new Error(`${path} belongs to node.id ${meta['node.id']}, but this broker is node.id ${nodeId}`);
    }
    const stored = meta['cluster.id'];
    if (stored) {
      if (configuredClusterId && configuredClusterId !== stored) {
        throw new Error(`${path} belongs to cluster ${stored}, but cluster.id is set to ${configuredClusterId}`);
      }
      return stored;
    }
  }
  const clusterId = configuredClusterId ?? newUuid();
  writeFileAtomicSync(path, `#Written by Samsa; do not edit\nversion=1\nnode.id=${nodeId}\ncluster.id=${clusterId}\n`);
  return clusterId;
}

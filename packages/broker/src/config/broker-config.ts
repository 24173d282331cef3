/**
 * Broker configuration: Kafka's names, read from a server.properties file plus
 * `--override key=value` arguments, like `kafka-server-start.sh`. An unknown key or a value
 * of the wrong type is a startup error, never a silent default.
 */
import { readFileSync } from 'node:fs';
import { parse as parseProperties } from 'dot-properties';
import {
  atLeast,
  ConfigError,
  LONG_MAX,
  oneOf,
  parseAndValidate,
  type ConfigDef,
  type ConfigValue,
} from './config-def.js';

const b = (
  name: string,
  type: ConfigDef['type'],
  dflt: string | null,
  doc: string,
  validate?: ConfigDef['validate'],
  support: ConfigDef['support'] = 'active',
): ConfigDef => ({ name, type, default: dflt, doc, support, ...(validate ? { validate } : {}) });

const compat = (name: string, type: ConfigDef['type'], dflt: string | null, doc: string): ConfigDef =>
  b(name, type, dflt, doc, undefined, 'compat');

const listenerList = (v: ConfigValue): string | null => {
  if (!Array.isArray(v)) return null;
  for (const l of v) if (parseListener(l) === null) return `"${l}" is not NAME://host:port`;
  return null;
};

export const BROKER_CONFIGS: readonly ConfigDef[] = [
  // identity and network
  b('node.id', 'int', '1', 'id of this broker in the cluster', atLeast(0)),
  b('broker.id', 'int', null, 'older name of node.id; when set it wins', atLeast(-1)),
  b('listeners', 'list', 'PLAINTEXT://127.0.0.1:9092', 'addresses to listen on, NAME://host:port (port 0 picks a free one)', listenerList),
  b('advertised.listeners', 'list', null, 'addresses given to clients in metadata; default: listeners', listenerList),
  b('listener.security.protocol.map', 'list', 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT', 'listener name to security protocol (only PLAINTEXT is served)'),
  b('socket.request.max.bytes', 'int', '104857600', 'largest request frame accepted; bigger ones close the connection', atLeast(1)),
  b('connections.max.idle.ms', 'long', '600000', 'idle connections are closed after this long', atLeast(1)),
  b('queued.max.requests', 'int', '500', 'requests read ahead on one connection before reading pauses', atLeast(1)),
  compat('socket.send.buffer.bytes', 'int', '102400', 'socket send buffer (the OS decides)'),
  compat('socket.receive.buffer.bytes', 'int', '102400', 'socket receive buffer (the OS decides)'),
  compat('num.network.threads', 'int', '3', 'network threads (Samsa runs one event loop)'),
  compat('num.io.threads', 'int', '8', 'request handler threads (Samsa runs one event loop)'),
  compat('num.recovery.threads.per.data.dir', 'int', '1', 'log recovery threads'),
  compat('num.replica.fetchers', 'int', '1', 'replica fetcher threads'),
  compat('inter.broker.listener.name', 'string', null, 'listener used between brokers'),
  compat('security.inter.broker.protocol', 'string', 'PLAINTEXT', 'protocol used between brokers'),
  // KRaft settings that appear in Kafka's sample server.properties
  compat('process.roles', 'list', null, 'KRaft roles (Samsa uses etcd for cluster metadata)'),
  compat('controller.quorum.voters', 'list', null, 'KRaft voters'),
  compat('controller.quorum.bootstrap.servers', 'list', null, 'KRaft bootstrap'),
  compat('controller.listener.names', 'list', null, 'KRaft controller listeners'),
  compat('offsets.topic.replication.factor', 'int', '3', 'replication factor of __consumer_offsets'),
  compat('transaction.state.log.replication.factor', 'int', '3', 'replication factor of __transaction_state'),
  compat('transaction.state.log.min.isr', 'int', '2', 'min ISR of __transaction_state'),
  compat('share.coordinator.state.topic.replication.factor', 'int', '3', 'share groups (not supported)'),
  compat('share.coordinator.state.topic.min.isr', 'int', '2', 'share groups (not supported)'),
  compat('zookeeper.connect', 'string', null, 'ZooKeeper (Samsa uses etcd)'),
  compat('zookeeper.connection.timeout.ms', 'int', null, 'ZooKeeper (Samsa uses etcd)'),

  // the group coordinator and __consumer_offsets
  b('group.min.session.timeout.ms', 'int', '6000', 'shortest session timeout a group member may ask for', atLeast(0)),
  b('group.max.session.timeout.ms', 'int', '1800000', 'longest session timeout a group member may ask for', atLeast(0)),
  b('group.initial.rebalance.delay.ms', 'int', '3000', 'how long the first rebalance of an empty group waits for more members', atLeast(0)),
  compat('group.max.size', 'int', '2147483647', 'largest number of members in a group (not enforced)'),
  b('offsets.topic.num.partitions', 'int', '50', 'partitions of __consumer_offsets (read when the topic is created)', atLeast(1)),
  b('offsets.topic.segment.bytes', 'int', '104857600', 'segment size of __consumer_offsets (read when the topic is created)', atLeast(1)),
  compat('offsets.topic.compression.codec', 'int', '0', 'codec of the records the coordinator writes (always uncompressed)'),
  b('offsets.retention.minutes', 'int', '10080', 'offsets of a group that has been empty this long are removed', atLeast(1)),
  b('offsets.retention.check.interval.ms', 'long', '600000', 'how often expired offsets are removed', atLeast(1)),
  b('offsets.commit.timeout.ms', 'int', '5000', 'how long an offset commit waits for its write before failing', atLeast(1)),
  compat('offsets.commit.required.acks', 'int', '-1', 'acks of the coordinator\'s writes (single node: always written locally)'),
  b('offsets.load.buffer.size', 'int', '5242880', 'bytes read at a time when loading __consumer_offsets', atLeast(1)),
  b('offset.metadata.max.bytes', 'int', '4096', 'longest metadata string an offset commit may carry', atLeast(0)),

  // topics
  b('auto.create.topics.enable', 'boolean', 'true', 'create a topic when a client asks for its metadata'),
  b('num.partitions', 'int', '1', 'partitions of an auto-created topic or one created without a count', atLeast(1)),
  b('default.replication.factor', 'int', '1', 'replication factor of auto-created topics', atLeast(1)),
  b('delete.topic.enable', 'boolean', 'true', 'allow DeleteTopics'),
  b('min.insync.replicas', 'int', '1', 'replicas that must have a write for acks=all', atLeast(1)),
  b('message.max.bytes', 'int', '1048588', 'largest record batch accepted (topic: max.message.bytes)', atLeast(0)),
  b('compression.type', 'string', 'producer', 'codec of stored batches (producer: as sent)', oneOf('uncompressed', 'zstd', 'lz4', 'snappy', 'gzip', 'producer'), 'compat'),

  // the log
  b('log.dirs', 'list', null, 'directories holding partition data (default: log.dir)'),
  b('log.dir', 'string', './data', 'directory holding partition data when log.dirs is not set'),
  b('log.segment.bytes', 'int', '1073741824', 'size at which a new segment starts', atLeast(14)),
  b('log.roll.ms', 'long', null, 'age at which a new segment starts (default: log.roll.hours)', atLeast(1)),
  b('log.roll.hours', 'int', '168', 'age in hours at which a new segment starts', atLeast(1)),
  compat('log.roll.jitter.ms', 'long', null, 'jitter on segment rolling'),
  compat('log.roll.jitter.hours', 'int', '0', 'jitter on segment rolling'),
  b('log.retention.ms', 'long', null, 'how long segments are kept (-1: forever); default: minutes/hours', atLeast(-1)),
  b('log.retention.minutes', 'int', null, 'retention in minutes when log.retention.ms is not set'),
  b('log.retention.hours', 'int', '168', 'retention in hours when neither ms nor minutes is set'),
  b('log.retention.bytes', 'long', '-1', 'largest size of a partition before old segments go (-1: no limit)'),
  b('log.retention.check.interval.ms', 'long', '300000', 'how often retention runs', atLeast(1)),
  b('log.segment.delete.delay.ms', 'long', '60000', 'delay before a deleted segment file is removed', atLeast(0)),
  b('log.index.interval.bytes', 'int', '4096', 'bytes between offset index entries', atLeast(0)),
  b('log.index.size.max.bytes', 'int', '10485760', 'largest offset index file', atLeast(8)),
  b('log.flush.interval.messages', 'long', '9223372036854775807', 'fsync after this many messages (1: every write)', atLeast(1)),
  b('log.flush.interval.ms', 'long', null, 'fsync when data has been unflushed this long (default: log.flush.scheduler.interval.ms)', atLeast(0)),
  b('log.flush.scheduler.interval.ms', 'long', '9223372036854775807', 'how often the time-based flush checks', atLeast(0)),
  b('log.flush.offset.checkpoint.interval.ms', 'int', '60000', 'how often the recovery point checkpoint is written', atLeast(0)),
  b('log.flush.start.offset.checkpoint.interval.ms', 'int', '60000', 'how often the log start offset checkpoint is written', atLeast(0)),
  b('log.message.timestamp.type', 'string', 'CreateTime', 'CreateTime or LogAppendTime', oneOf('CreateTime', 'LogAppendTime')),
  b('log.cleanup.policy', 'list', 'delete', 'delete and/or compact', oneOf('delete', 'compact')),
  compat('log.message.timestamp.before.max.ms', 'long', '9223372036854775807', 'timestamp bound in the past'),
  compat('log.message.timestamp.after.max.ms', 'long', '9223372036854775807', 'timestamp bound in the future'),
  compat('log.message.timestamp.difference.max.ms', 'long', '9223372036854775807', 'timestamp difference bound'),
  compat('log.message.downconversion.enable', 'boolean', 'true', 'down-conversion'),
  compat('log.preallocate', 'boolean', 'false', 'preallocate segment files'),
  compat('log.local.retention.ms', 'long', '-2', 'tiered storage'),
  compat('log.local.retention.bytes', 'long', '-2', 'tiered storage'),
  b('log.cleaner.enable', 'boolean', 'true', 'run the log cleaner (compaction of cleanup.policy=compact topics)'),
  compat('log.cleaner.threads', 'int', '1', 'log cleaner threads'),
  b('log.cleaner.delete.retention.ms', 'long', '86400000', 'how long tombstones stay in compacted topics', atLeast(0)),
  b('log.cleaner.min.cleanable.ratio', 'double', '0.5', 'dirty ratio that triggers compaction'),
  b('log.cleaner.min.compaction.lag.ms', 'long', '0', 'shortest time a record stays uncompacted', atLeast(0)),
  b('log.cleaner.max.compaction.lag.ms', 'long', '9223372036854775807', 'longest time a record stays uncompacted', atLeast(1)),
  b('log.cleaner.backoff.ms', 'long', '15000', 'cleaner sleep when no log needs cleaning', atLeast(1)),
  b('log.cleaner.dedupe.buffer.size', 'long', '33554432', 'memory of the cleaner\'s key -> offset map (Kafka: 128 MiB over all its threads)', atLeast(1024)),
  compat('unclean.leader.election.enable', 'boolean', 'false', 'unclean leader election'),

  // Samsa's own
  b('samsa.log.level', 'string', 'info', 'level of the broker\'s own log: trace, debug, info, warn, error', oneOf('trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent')),
  b('cluster.id', 'string', null, 'cluster id; generated and stored in meta.properties on first start'),
];

const BY_NAME: ReadonlyMap<string, ConfigDef> = new Map(BROKER_CONFIGS.map((d) => [d.name, d]));

export interface Listener {
  name: string;
  host: string;
  port: number;
}

export function parseListener(text: string): Listener | null {
  const m = /^([A-Za-z_][A-Za-z0-9_]*):\/\/(\[[^\]]*\]|[^:]*):(\d+)$/.exec(text.trim());
  if (!m) return null;
  const port = Number(m[3]);
  if (port > 65535) return null;
  return { name: m[1]!.toUpperCase(), host: m[2]!.replace(/^\[|\]$/g, ''), port };
}

/** The parsed, validated configuration, with typed accessors for what the broker uses. */
export class BrokerConfig {
  /** Every known key with its parsed value (defaults included). */
  private readonly values = new Map<string, ConfigValue>();
  /** The keys the operator set explicitly (file or override), with their raw text. */
  readonly explicit: ReadonlyMap<string, string>;

  constructor(raw: Record<string, string>) {
    const problems: string[] = [];
    for (const key of Object.keys(raw)) {
      if (!BY_NAME.has(key)) problems.push(`unknown config "${key}"${suggest(key)}`);
    }
    for (const d of BROKER_CONFIGS) {
      try {
        this.values.set(d.name, parseAndValidate(d, raw[d.name] ?? d.default));
      } catch (e) {
        problems.push((e as Error).message);
      }
    }
    if (problems.length > 0) throw new ConfigError(`invalid broker configuration:\n  ${problems.join('\n  ')}`);
    this.explicit = new Map(Object.entries(raw));
    if (this.listeners.length === 0) throw new ConfigError('listeners: at least one listener is required');
    for (const l of this.listeners) {
      if (l.name !== 'PLAINTEXT') throw new ConfigError(`listeners: only PLAINTEXT listeners are supported, got ${l.name}`);
    }
  }

  /** The parsed value of any known key. */
  get(name: string): ConfigValue {
    if (!this.values.has(name)) throw new ConfigError(`unknown config "${name}"`);
    return this.values.get(name)!;
  }

  /** The value as Kafka prints it, for DescribeConfigs. */
  raw(name: string): string | null {
    return this.explicit.get(name) ?? BY_NAME.get(name)?.default ?? null;
  }

  isExplicit(name: string): boolean {
    return this.explicit.has(name);
  }

  private num(name: string): number {
    return this.get(name) as number;
  }

  get nodeId(): number {
    const legacy = this.get('broker.id');
    return legacy === null || legacy === -1 ? this.num('node.id') : (legacy as number);
  }
  get listeners(): Listener[] {
    return (this.get('listeners') as string[]).map((l) => parseListener(l)!);
  }
  get advertisedListeners(): Listener[] {
    const adv = this.get('advertised.listeners') as string[] | null;
    return adv ? adv.map((l) => parseListener(l)!) : this.listeners;
  }
  get logDirs(): string[] {
    const dirs = this.get('log.dirs') as string[] | null;
    return dirs && dirs.length > 0 ? dirs : [this.get('log.dir') as string];
  }
  get socketRequestMaxBytes(): number {
    return this.num('socket.request.max.bytes');
  }
  get connectionsMaxIdleMs(): number {
    return this.num('connections.max.idle.ms');
  }
  get queuedMaxRequests(): number {
    return this.num('queued.max.requests');
  }
  get autoCreateTopics(): boolean {
    return this.get('auto.create.topics.enable') as boolean;
  }
  get numPartitions(): number {
    return this.num('num.partitions');
  }
  get defaultReplicationFactor(): number {
    return this.num('default.replication.factor');
  }
  get deleteTopicEnable(): boolean {
    return this.get('delete.topic.enable') as boolean;
  }
  get offsetsTopicNumPartitions(): number {
    return this.num('offsets.topic.num.partitions');
  }
  get offsetsTopicSegmentBytes(): number {
    return this.num('offsets.topic.segment.bytes');
  }
  get groupMinSessionTimeoutMs(): number {
    return this.num('group.min.session.timeout.ms');
  }
  get groupMaxSessionTimeoutMs(): number {
    return this.num('group.max.session.timeout.ms');
  }
  get groupInitialRebalanceDelayMs(): number {
    return this.num('group.initial.rebalance.delay.ms');
  }
  get offsetsRetentionMs(): number {
    return this.num('offsets.retention.minutes') * 60_000;
  }
  get offsetsRetentionCheckIntervalMs(): number {
    return this.num('offsets.retention.check.interval.ms');
  }
  get offsetsCommitTimeoutMs(): number {
    return this.num('offsets.commit.timeout.ms');
  }
  get offsetsLoadBufferSize(): number {
    return this.num('offsets.load.buffer.size');
  }
  get offsetMetadataMaxBytes(): number {
    return this.num('offset.metadata.max.bytes');
  }
  get logLevel(): string {
    return this.get('samsa.log.level') as string;
  }
  get retentionCheckIntervalMs(): number {
    return this.num('log.retention.check.interval.ms');
  }
  get flushSchedulerIntervalMs(): number {
    return this.num('log.flush.scheduler.interval.ms');
  }
  get flushOffsetCheckpointIntervalMs(): number {
    return this.num('log.flush.offset.checkpoint.interval.ms');
  }
  get logCleanerEnable(): boolean {
    return this.get('log.cleaner.enable') as boolean;
  }
  get logCleanerBackoffMs(): number {
    return this.num('log.cleaner.backoff.ms');
  }
  get logCleanerDedupeBufferSize(): number {
    return this.num('log.cleaner.dedupe.buffer.size');
  }
  get clusterId(): string | null {
    return this.get('cluster.id') as string | null;
  }

  /** log.retention.ms, else minutes, else hours, as in Kafka. */
  get logRetentionMs(): number {
    const ms = this.get('log.retention.ms') as number | null;
    if (ms !== null) return ms;
    const minutes = this.get('log.retention.minutes') as number | null;
    if (minutes !== null) return minutes < 0 ? -1 : minutes * 60_000;
    const hours = this.num('log.retention.hours');
    return hours < 0 ? -1 : hours * 3_600_000;
  }
  get logRollMs(): number {
    const ms = this.get('log.roll.ms') as number | null;
    return ms ?? this.num('log.roll.hours') * 3_600_000;
  }
  get logFlushIntervalMs(): number {
    const ms = this.get('log.flush.interval.ms') as number | null;
    return ms ?? this.num('log.flush.scheduler.interval.ms');
  }

  /**
   * The broker-level default of a topic config, by the broker synonym's name, as Kafka's
   * text (for DescribeConfigs) — derived values (retention, roll, flush interval) included.
   */
  brokerDefault(synonym: string): string | null {
    switch (synonym) {
      case 'log.retention.ms':
        return String(this.logRetentionMs);
      case 'log.roll.ms':
        return String(this.logRollMs);
      case 'log.flush.interval.ms':
        return this.logFlushIntervalMs >= LONG_MAX ? '9223372036854775807' : String(this.logFlushIntervalMs);
      default:
        return BY_NAME.has(synonym) ? this.raw(synonym) : null;
    }
  }
}

function suggest(key: string): string {
  const near = BROKER_CONFIGS.map((d) => d.name).filter((n) => distance(n, key) <= 2);
  return near.length > 0 ? ` (did you mean ${near.map((n) => `"${n}"`).join(' or ')}?)` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** Reads a server.properties file (optional) and `key=value` overrides, later ones winning. */
export function loadBrokerConfig(file: string | null, overrides: string[]): BrokerConfig {
  const raw: Record<string, string> = {};
  if (file !== null) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new ConfigError(`cannot read ${file}: ${(e as Error).message}`);
    }
    Object.assign(raw, parseProperties(text));
  }
  for (const o of overrides) {
    const eq = o.indexOf('=');
    if (eq <= 0) throw new ConfigError(`--override expects key=value, got "${o}"`);
    raw[o.slice(0, eq).trim()] = o.slice(eq + 1);
  }
  return new BrokerConfig(raw);
}

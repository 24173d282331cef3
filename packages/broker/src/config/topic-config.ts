/**
 * Topic-level configs (`retention.ms`, `cleanup.policy`, ...). Each one falls back to a broker
 * config (its synonym, e.g. `log.retention.ms`) when the topic does not override it, exactly as
 * in Kafka, and DescribeConfigs reports where a value came from.
 */
import { atLeast, between, LONG_MAX, oneOf, parseAndValidate, type ConfigDef, type ConfigValue } from './config-def.js';

export interface TopicConfigDef extends ConfigDef {
  /** The broker config whose value applies when the topic sets none. */
  brokerSynonym: string | null;
}

const def = (
  name: string,
  type: ConfigDef['type'],
  dflt: string | null,
  brokerSynonym: string | null,
  doc: string,
  validate?: ConfigDef['validate'],
  support: ConfigDef['support'] = 'active',
): TopicConfigDef => ({ name, type, default: dflt, brokerSynonym, doc, support, ...(validate ? { validate } : {}) });

export const TOPIC_CONFIGS: readonly TopicConfigDef[] = [
  def('cleanup.policy', 'list', 'delete', 'log.cleanup.policy', 'delete: drop old segments; compact: keep the latest record per key', oneOf('delete', 'compact')),
  def('compression.type', 'string', 'producer', 'compression.type', 'codec the broker stores batches with; producer keeps what the producer sent', oneOf('uncompressed', 'zstd', 'lz4', 'snappy', 'gzip', 'producer'), 'compat'),
  def('delete.retention.ms', 'long', '86400000', 'log.cleaner.delete.retention.ms', 'how long tombstones stay in a compacted topic', atLeast(0)),
  def('file.delete.delay.ms', 'long', '60000', 'log.segment.delete.delay.ms', 'delay before a deleted segment file is removed from disk', atLeast(0)),
  def('flush.messages', 'long', '9223372036854775807', 'log.flush.interval.messages', 'fsync after this many messages', atLeast(1)),
  def('flush.ms', 'long', '9223372036854775807', 'log.flush.interval.ms', 'fsync when data has been unflushed this long', atLeast(0)),
  def('index.interval.bytes', 'int', '4096', 'log.index.interval.bytes', 'bytes of log between offset index entries', atLeast(0)),
  def('max.compaction.lag.ms', 'long', '9223372036854775807', 'log.cleaner.max.compaction.lag.ms', 'longest a record stays uncompacted', atLeast(1)),
  def('max.message.bytes', 'int', '1048588', 'message.max.bytes', 'largest record batch the topic accepts', atLeast(0)),
  def('message.timestamp.type', 'string', 'CreateTime', 'log.message.timestamp.type', 'CreateTime keeps the producer timestamp; LogAppendTime stamps the broker time', oneOf('CreateTime', 'LogAppendTime')),
  def('message.timestamp.before.max.ms', 'long', '9223372036854775807', 'log.message.timestamp.before.max.ms', 'how far in the past a timestamp may be', atLeast(0), 'compat'),
  def('message.timestamp.after.max.ms', 'long', '9223372036854775807', 'log.message.timestamp.after.max.ms', 'how far in the future a timestamp may be', atLeast(0), 'compat'),
  def('message.timestamp.difference.max.ms', 'long', '9223372036854775807', 'log.message.timestamp.difference.max.ms', 'deprecated: largest allowed timestamp difference', atLeast(0), 'compat'),
  def('message.downconversion.enable', 'boolean', 'true', 'log.message.downconversion.enable', 'down-conversion for old consumers (not needed: record format v2 only)', undefined, 'compat'),
  def('min.cleanable.dirty.ratio', 'double', '0.5', 'log.cleaner.min.cleanable.ratio', 'dirty share of the log that triggers compaction', between(0, 1)),
  def('min.compaction.lag.ms', 'long', '0', 'log.cleaner.min.compaction.lag.ms', 'shortest time a record stays uncompacted', atLeast(0)),
  def('min.insync.replicas', 'int', '1', 'min.insync.replicas', 'replicas that must have a write for acks=all to succeed', atLeast(1)),
  def('preallocate', 'boolean', 'false', 'log.preallocate', 'preallocate segment files', undefined, 'compat'),
  def('retention.bytes', 'long', '-1', 'log.retention.bytes', 'largest size a partition keeps before deleting old segments (-1: no limit)'),
  def('retention.ms', 'long', '604800000', 'log.retention.ms', 'longest time a partition keeps a segment (-1: forever)', atLeast(-1)),
  def('segment.bytes', 'int', '1073741824', 'log.segment.bytes', 'size at which a new segment file starts', atLeast(14)),
  def('segment.index.bytes', 'int', '10485760', 'log.index.size.max.bytes', 'largest size of an offset index file', atLeast(8)),
  def('segment.jitter.ms', 'long', '0', 'log.roll.jitter.ms', 'random jitter subtracted from segment.ms', atLeast(0), 'compat'),
  def('segment.ms', 'long', '604800000', 'log.roll.ms', 'age at which a new segment file starts', atLeast(1)),
  def('unclean.leader.election.enable', 'boolean', 'false', 'unclean.leader.election.enable', 'allow an out-of-sync replica to become leader', undefined, 'compat'),
  def('local.retention.ms', 'long', '-2', 'log.local.retention.ms', 'tiered storage: local retention time', undefined, 'compat'),
  def('local.retention.bytes', 'long', '-2', 'log.local.retention.bytes', 'tiered storage: local retention size', undefined, 'compat'),
  def('remote.storage.enable', 'boolean', 'false', null, 'tiered storage (not supported)', (v) => (v === true ? 'tiered storage is not supported' : null), 'compat'),
];

export const TOPIC_CONFIG_BY_NAME: ReadonlyMap<string, TopicConfigDef> = new Map(TOPIC_CONFIGS.map((d) => [d.name, d]));

/** Validates a set of topic overrides; throws ConfigError naming the first bad key. */
export function validateTopicConfigs(overrides: Record<string, string | null>): Record<string, ConfigValue> {
  const parsed: Record<string, ConfigValue> = {};
  for (const [name, raw] of Object.entries(overrides)) {
    const d = TOPIC_CONFIG_BY_NAME.get(name);
    if (!d) throw new UnknownTopicConfigError(name);
    parsed[name] = parseAndValidate(d, raw);
  }
  return parsed;
}

export class UnknownTopicConfigError extends Error {
  override name = 'UnknownTopicConfigError';
  constructor(readonly key: string) {
    super(`unknown topic config "${key}"`);
  }
}

export { LONG_MAX };

/**
 * A topic's effective configs: its override, else the broker's synonym, else Kafka's default;
 * and the storage settings derived from them. Pure functions of the topic record and the
 * broker config, so logs can be opened with the right settings at start, before anything
 * else is running.
 */
import type { LogConfig } from '@samsa/storage';
import type { BrokerConfig } from '../config/broker-config.js';
import { parseAndValidate } from '../config/config-def.js';
import { TOPIC_CONFIG_BY_NAME, TOPIC_CONFIGS } from '../config/topic-config.js';
import type { TopicRecord } from '../metadata/topic-store.js';

export interface EffectiveConfig {
  name: string;
  /** As Kafka prints it. */
  value: string | null;
  source: 'topic' | 'broker' | 'default';
}

/**
 * The effective value of every topic config: the topic's override, else the broker's
 * synonym, else Kafka's default. Returned as Kafka's text, with where it came from.
 */
export function effectiveTopicConfigs(t: TopicRecord, config: BrokerConfig): EffectiveConfig[] {
  return TOPIC_CONFIGS.map((d) => {
    if (d.name in t.configs) return { name: d.name, value: t.configs[d.name]!, source: 'topic' as const };
    if (d.brokerSynonym !== null && config.isExplicit(d.brokerSynonym)) {
      return { name: d.name, value: config.brokerDefault(d.brokerSynonym), source: 'broker' as const };
    }
    const derived = d.brokerSynonym !== null ? config.brokerDefault(d.brokerSynonym) : null;
    return { name: d.name, value: derived ?? d.default, source: 'default' as const };
  });
}

/** The storage settings of a topic's partitions. */
export function topicLogConfig(t: TopicRecord, config: BrokerConfig): LogConfig {
  const v = new Map<string, unknown>();
  for (const { name, value } of effectiveTopicConfigs(t, config)) {
    v.set(name, parseAndValidate(TOPIC_CONFIG_BY_NAME.get(name)!, value));
  }
  const n = (name: string): number => v.get(name) as number;
  return {
    segmentBytes: n('segment.bytes'),
    segmentMs: n('segment.ms'),
    segmentIndexBytes: n('segment.index.bytes'),
    indexIntervalBytes: n('index.interval.bytes'),
    retentionMs: n('retention.ms'),
    retentionBytes: n('retention.bytes'),
    flushMessages: n('flush.messages'),
    flushMs: n('flush.ms'),
    maxMessageBytes: n('max.message.bytes'),
    messageTimestampType: v.get('message.timestamp.type') as 'CreateTime' | 'LogAppendTime',
    fileDeleteDelayMs: n('file.delete.delay.ms'),
    cleanupPolicy: v.get('cleanup.policy') as ('delete' | 'compact')[],
    deleteRetentionMs: n('delete.retention.ms'),
    minCleanableDirtyRatio: n('min.cleanable.dirty.ratio'),
    minCompactionLagMs: n('min.compaction.lag.ms'),
    maxCompactionLagMs: n('max.compaction.lag.ms'),
  };
}

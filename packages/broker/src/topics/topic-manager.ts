/**
 * Topics on this broker: creation (explicit and automatic), deletion, partition growth and
 * config changes, keeping the metadata store and the partition logs in step.
 *
 * Order of effects, chosen so a crash at any point leaves a consistent broker:
 * - create: record the topic, then create its logs (missing logs are created on start);
 * - delete: forget the topic, then delete its logs (logs without a topic are deleted on start).
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { ErrorCode, KafkaProtocolError } from '@samsa/protocol';
import type { Log, LogConfig, LogManager } from '@samsa/storage';
import type { Logger } from 'pino';
import type { BrokerConfig } from '../config/broker-config.js';
import { ConfigError } from '../config/config-def.js';
import { UnknownTopicConfigError, validateTopicConfigs } from '../config/topic-config.js';
import type { TopicRecord, TopicStore } from '../metadata/topic-store.js';
import { effectiveTopicConfigs, topicLogConfig, type EffectiveConfig } from './topic-log-config.js';
import { topicNameProblem } from './topic-names.js';

export interface CreateTopicOptions {
  validateOnly?: boolean;
}

export class TopicManager {
  constructor(
    private readonly store: TopicStore,
    private readonly logs: LogManager,
    private readonly config: BrokerConfig,
    private readonly logger: Logger,
  ) {}

  /** Brings logs in line with the store after start: creates missing ones, drops orphans. */
  async reconcile(): Promise<void> {
    const wanted = new Set<string>();
    for (const t of this.store.all()) {
      const config = this.logConfig(t);
      for (let p = 0; p < t.partitions; p++) {
        wanted.add(`${t.name}-${p}`);
        await this.logs.getOrCreateLog(t.name, p, config);
      }
    }
    for (const { topic, partition } of this.logs.allPartitions()) {
      if (!wanted.has(`${topic}-${partition}`)) {
        this.logger.warn({ topic, partition }, 'deleting the log of a partition no topic owns');
        await this.logs.deleteLog(topic, partition);
      }
    }
  }

  /**
   * Creates the logs of partitions [from, to). Creating a log does a few milliseconds of
   * synchronous file work, so the loop yields to the event loop between partitions: a topic
   * with thousands of partitions must not stall every other client meanwhile.
   */
  private async createLogs(topic: string, from: number, to: number, config: LogConfig): Promise<void> {
    for (let p = from; p < to; p++) {
      await this.logs.getOrCreateLog(topic, p, config);
      await yieldToEventLoop();
    }
  }

  get(name: string): TopicRecord | undefined {
    return this.store.get(name);
  }

  byId(topicId: string): TopicRecord | undefined {
    return this.store.byId(topicId);
  }

  all(): TopicRecord[] {
    return this.store.all();
  }

  getLog(topic: string, partition: number): Log | undefined {
    return this.logs.getLog(topic, partition);
  }

  /** See effectiveTopicConfigs. */
  effectiveConfigs(t: TopicRecord): EffectiveConfig[] {
    return effectiveTopicConfigs(t, this.config);
  }

  /** See topicLogConfig. */
  logConfig(t: TopicRecord): LogConfig {
    return topicLogConfig(t, this.config);
  }

  /** Validates a topic's config overrides, translating problems to INVALID_CONFIG. */
  private checkConfigs(configs: Record<string, string | null>): Record<string, string> {
    try {
      validateTopicConfigs(configs);
    } catch (e) {
      if (e instanceof ConfigError || e instanceof UnknownTopicConfigError) {
        throw new KafkaProtocolError(ErrorCode.INVALID_CONFIG, e.message);
      }
      throw e;
    }
    const clean: Record<string, string> = {};
    for (const [k, val] of Object.entries(configs)) if (val !== null) clean[k] = val;
    return clean;
  }

  async createTopic(
    name: string,
    partitions: number,
    replicationFactor: number,
    configs: Record<string, string | null>,
    options: CreateTopicOptions = {},
  ): Promise<TopicRecord> {
    const problem = topicNameProblem(name);
    if (problem) throw new KafkaProtocolError(ErrorCode.INVALID_TOPIC_EXCEPTION, problem);
    if (this.store.get(name)) throw new KafkaProtocolError(ErrorCode.TOPIC_ALREADY_EXISTS, `topic "${name}" already exists`);
    const collision = this.store.all().find((t) => t.name.replace(/\./g, '_') === name.replace(/\./g, '_'));
    if (collision) {
      throw new KafkaProtocolError(
        ErrorCode.INVALID_TOPIC_EXCEPTION,
        `topic "${name}" collides with existing topic "${collision.name}" ("." and "_" are interchangeable in metric names)`,
      );
    }
    const count = partitions === -1 ? this.config.numPartitions : partitions;
    if (count < 1) throw new KafkaProtocolError(ErrorCode.INVALID_PARTITIONS, 'number of partitions must be at least 1');
    if (count > 100_000) throw new KafkaProtocolError(ErrorCode.INVALID_PARTITIONS, 'number of partitions is too large');
    const rf = replicationFactor === -1 ? this.config.defaultReplicationFactor : replicationFactor;
    if (rf < 1) throw new KafkaProtocolError(ErrorCode.INVALID_REPLICATION_FACTOR, 'replication factor must be at least 1');
    if (rf > 1) {
      throw new KafkaProtocolError(
        ErrorCode.INVALID_REPLICATION_FACTOR,
        `replication factor ${rf} is larger than the number of brokers (1)`,
      );
    }
    const clean = this.checkConfigs(configs);
    if (options.validateOnly) {
      return { name, topicId: '', partitions: count, configs: clean, createdAt: Date.now() };
    }
    const t = await this.store.create(name, count, clean);
    const logConfig = this.logConfig(t);
    await this.createLogs(name, 0, count, logConfig);
    this.logger.info({ topic: name, partitions: count, configs: clean, topicId: t.topicId }, 'created topic');
    return t;
  }

  /** Creates a topic a client asked about, if auto-creation is on. */
  async autoCreate(name: string): Promise<TopicRecord | null> {
    if (!this.config.autoCreateTopics || topicNameProblem(name) !== null) return null;
    try {
      return await this.createTopic(name, -1, -1, {});
    } catch (e) {
      // a concurrent request may have created it first
      if (e instanceof KafkaProtocolError && e.code === ErrorCode.TOPIC_ALREADY_EXISTS) return this.store.get(name) ?? null;
      throw e;
    }
  }

  async deleteTopic(name: string): Promise<void> {
    const t = this.store.get(name);
    if (!t) throw new KafkaProtocolError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `topic "${name}" does not exist`);
    if (!this.config.deleteTopicEnable) {
      throw new KafkaProtocolError(ErrorCode.TOPIC_DELETION_DISABLED, 'delete.topic.enable is false');
    }
    await this.store.delete(name);
    for (let p = 0; p < t.partitions; p++) await this.logs.deleteLog(name, p);
    this.logger.info({ topic: name, topicId: t.topicId }, 'deleted topic');
  }

  async createPartitions(name: string, count: number, validateOnly: boolean): Promise<void> {
    const t = this.store.get(name);
    if (!t) throw new KafkaProtocolError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `topic "${name}" does not exist`);
    if (count < t.partitions) {
      throw new KafkaProtocolError(ErrorCode.INVALID_PARTITIONS, `topic has ${t.partitions} partitions; the count can only grow`);
    }
    if (count === t.partitions) {
      throw new KafkaProtocolError(ErrorCode.INVALID_PARTITIONS, `topic already has ${t.partitions} partitions`);
    }
    if (count > 100_000) throw new KafkaProtocolError(ErrorCode.INVALID_PARTITIONS, 'number of partitions is too large');
    if (validateOnly) return;
    const before = t.partitions;
    await this.store.update(name, { partitions: count });
    const logConfig = this.logConfig(t);
    await this.createLogs(name, before, count, logConfig);
    this.logger.info({ topic: name, from: before, to: count }, 'added partitions');
  }

  /** Replaces the topic's overrides with `configs` (validated first). */
  async setConfigs(name: string, configs: Record<string, string | null>, validateOnly: boolean): Promise<void> {
    const t = this.store.get(name);
    if (!t) throw new KafkaProtocolError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `topic "${name}" does not exist`);
    const clean = this.checkConfigs(configs);
    if (validateOnly) return;
    await this.store.update(name, { configs: clean });
    const logConfig = this.logConfig(t);
    for (let p = 0; p < t.partitions; p++) this.logs.getLog(name, p)?.updateConfig(logConfig);
    this.logger.info({ topic: name, configs: clean }, 'altered topic configs');
  }
}

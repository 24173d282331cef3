/**
 * The group coordinator inside a broker: the `__consumer_offsets` topic, the GroupCoordinator
 * over an OffsetsTopicStore, loading and unloading partitions of the topic, and offset expiry.
 *
 * Start: the topic is created if absent (compacted, offsets.topic.num.partitions partitions,
 * segment.bytes = offsets.topic.segment.bytes). Its actual partition count is what
 * `partitionFor` uses from then on, as in Kafka, even if the config changes later. Every
 * partition is marked loading at once, so group requests get COORDINATOR_LOAD_IN_PROGRESS
 * until `loadAll` has replayed it. On a single node this broker leads every partition;
 * replication will call `loadPartition` / `unloadPartition` as leadership moves.
 */
import type { Logger } from 'pino';
import type { BrokerConfig } from '../config/broker-config.js';
import type { TopicManager } from '../topics/topic-manager.js';
import { GroupCoordinator } from './group-coordinator.js';
import { OFFSETS_TOPIC } from './offsets-records.js';
import { loadOffsetsPartition, OffsetsTopicStore } from './offsets-topic-store.js';

export class GroupCoordinatorService {
  private loads = new Map<number, Promise<void>>();
  private stopped = false;

  private constructor(
    readonly coordinator: GroupCoordinator,
    readonly numPartitions: number,
    private readonly config: BrokerConfig,
    private readonly topics: TopicManager,
    private readonly logger: Logger,
  ) {}

  /** Ensures the topic exists and marks every partition loading; call `loadAll` next. */
  static async start(config: BrokerConfig, topics: TopicManager, logger: Logger): Promise<GroupCoordinatorService> {
    let topic = topics.get(OFFSETS_TOPIC);
    if (!topic) {
      topic = await topics.createTopic(OFFSETS_TOPIC, config.offsetsTopicNumPartitions, 1, {
        'cleanup.policy': 'compact',
        'segment.bytes': String(config.offsetsTopicSegmentBytes),
        'compression.type': 'producer',
      });
    } else if (topic.partitions !== config.offsetsTopicNumPartitions) {
      logger.warn(
        { topic: OFFSETS_TOPIC, partitions: topic.partitions, configured: config.offsetsTopicNumPartitions },
        'offsets.topic.num.partitions differs from the existing topic; the topic\'s partition count is used',
      );
    }
    const numPartitions = topic.partitions;
    const store = new OffsetsTopicStore({
      numPartitions,
      log: (p) => topics.getLog(OFFSETS_TOPIC, p),
      now: () => Date.now(),
      commitTimeoutMs: config.offsetsCommitTimeoutMs,
    });
    const coordinator = new GroupCoordinator({
      config: {
        groupMinSessionTimeoutMs: config.groupMinSessionTimeoutMs,
        groupMaxSessionTimeoutMs: config.groupMaxSessionTimeoutMs,
        groupInitialRebalanceDelayMs: config.groupInitialRebalanceDelayMs,
        offsetsTopicNumPartitions: numPartitions,
        offsetsRetentionMs: config.offsetsRetentionMs,
        offsetsRetentionCheckIntervalMs: config.offsetsRetentionCheckIntervalMs,
        offsetMetadataMaxBytes: config.offsetMetadataMaxBytes,
      },
      store,
      logger,
      managePartitions: true,
      partitionExists: (name, partition) => {
        const t = topics.get(name);
        return t !== undefined && partition >= 0 && partition < t.partitions;
      },
    });
    const service = new GroupCoordinatorService(coordinator, numPartitions, config, topics, logger);
    for (let p = 0; p < numPartitions; p++) coordinator.beginLoading(p);
    return service;
  }

  /** Loads every partition marked at start, then starts offset expiry. */
  async loadAll(): Promise<void> {
    const started = Date.now();
    let groups = 0;
    let offsets = 0;
    let records = 0;
    for (let p = 0; p < this.numPartitions; p++) {
      const r = await this.finishLoading(p);
      if (r) {
        groups += r.groups;
        offsets += r.offsets;
        records += r.records;
      }
    }
    if (this.stopped) return;
    this.coordinator.startOffsetExpiry();
    this.logger.info({ partitions: this.numPartitions, groups, offsets, records, ms: Date.now() - started }, 'group coordinator loaded __consumer_offsets');
  }

  /** This broker became leader of `partition`: load it and serve its groups. */
  async loadPartition(partition: number): Promise<void> {
    this.coordinator.beginLoading(partition);
    await this.finishLoading(partition);
  }

  /** This broker is no longer leader of `partition`: forget its groups. */
  unloadPartition(partition: number): void {
    this.coordinator.unloadPartition(partition);
  }

  private async finishLoading(partition: number): Promise<{ groups: number; offsets: number; records: number } | null> {
    const run = (async () => {
      const log = this.topics.getLog(OFFSETS_TOPIC, partition);
      if (!log) throw new Error(`no log for ${OFFSETS_TOPIC}-${partition}`);
      const loaded = await loadOffsetsPartition(log, {
        bufferBytes: this.config.offsetsLoadBufferSize,
        onSkip: (offset, reason) => this.logger.warn({ partition, offset, reason }, 'skipped a record of __consumer_offsets'),
      });
      if (this.stopped || this.coordinator.partitionState(partition) !== 'loading') return null;
      this.coordinator.completeLoading(partition, loaded);
      let offsets = 0;
      for (const list of loaded.offsets.values()) offsets += list.length;
      return { groups: loaded.groups.length, offsets, records: loaded.records };
    })();
    const done = run.then(
      () => undefined,
      () => undefined,
    );
    this.loads.set(partition, done);
    try {
      return await run;
    } catch (err) {
      this.logger.error({ partition, err }, 'could not load a partition of __consumer_offsets; its groups are not served');
      this.coordinator.unloadPartition(partition);
      return null;
    } finally {
      if (this.loads.get(partition) === done) this.loads.delete(partition);
    }
  }

  /** Stops expiry and unloads every group (parked requests get NOT_COORDINATOR). */
  async shutdown(): Promise<void> {
    this.stopped = true;
    this.coordinator.close();
    await Promise.all(this.loads.values());
  }
}

/**
 * A broker process: the metadata store, the partition logs, the group coordinator, the request
 * handlers and the listeners, started in that order and stopped in the reverse one. The group
 * coordinator loads `__consumer_offsets` once the listeners are open (group requests get
 * COORDINATOR_LOAD_IN_PROGRESS meanwhile); "Samsa broker started" is logged when it is done.
 */
import { LogManager } from '@samsa/storage';
import type { Logger } from 'pino';
import type { BrokerConfig } from './config/broker-config.js';
import { GroupCoordinatorService } from './coordinator/coordinator-service.js';
import type { GroupCoordinator } from './coordinator/group-coordinator.js';
import { AppendNotifier } from './delayed/append-notifier.js';
import { HANDLERS } from './handlers/index.js';
import { TopicStore } from './metadata/topic-store.js';
import { RequestDispatcher, type SupportedApi } from './network/request-dispatcher.js';
import { SocketServer, type BoundListener } from './network/server.js';
import { findRecordByTimestampDecompressing } from './topics/timestamp-finder.js';
import { topicLogConfig } from './topics/topic-log-config.js';
import { TopicManager } from './topics/topic-manager.js';

export interface Endpoint {
  host: string;
  port: number;
}

export class Broker {
  readonly nodeId: number;
  readonly appends = new AppendNotifier();
  private readonly dispatcher: RequestDispatcher;
  private server: SocketServer | null = null;
  private bound: BoundListener[] = [];
  private stopping: Promise<void> | null = null;

  private constructor(
    readonly config: BrokerConfig,
    readonly logger: Logger,
    readonly clusterId: string,
    readonly logs: LogManager,
    readonly topics: TopicManager,
    private readonly groups: GroupCoordinatorService,
  ) {
    this.nodeId = config.nodeId;
    this.dispatcher = new RequestDispatcher(HANDLERS, this, logger);
  }

  static async start(config: BrokerConfig, logger: Logger): Promise<Broker> {
    const dirs = config.logDirs;
    const store = TopicStore.open(dirs[0]!, config.nodeId, config.clusterId);
    const logs = await LogManager.open(dirs, {
      logger: logger.child({ component: 'log-manager' }),
      recordTimestampFinder: findRecordByTimestampDecompressing,
      // Logs found on disk open with their topic's settings (overrides included).
      topicConfig: (topic: string) => {
        const t = store.get(topic);
        return t ? topicLogConfig(t, config) : null;
      },
      retentionCheckIntervalMs: config.retentionCheckIntervalMs,
      // Kafka's default scheduler interval is Long.MAX ("never"), yet a topic may still set
      // flush.ms; checking once a second keeps that working at negligible cost.
      flushCheckIntervalMs: config.flushSchedulerIntervalMs < 2 ** 31 - 1 ? config.flushSchedulerIntervalMs : 1000,
      checkpointIntervalMs: config.flushOffsetCheckpointIntervalMs,
      // Started by startBackgroundTasks below; compacts cleanup.policy=compact topics.
      cleaner: {
        enabled: config.logCleanerEnable,
        backoffMs: config.logCleanerBackoffMs,
        dedupeBufferSize: config.logCleanerDedupeBufferSize,
      },
    });
    const topics = new TopicManager(store, logs, config, logger.child({ component: 'topics' }));
    await topics.reconcile();
    logs.startBackgroundTasks();

    const groups = await GroupCoordinatorService.start(config, topics, logger.child({ component: 'group-coordinator' }));

    const broker = new Broker(config, logger, store.clusterId, logs, topics, groups);
    broker.server = new SocketServer(broker.dispatcher, logger.child({ component: 'network' }), {
      maxFrameBytes: config.socketRequestMaxBytes,
      maxInFlight: config.queuedMaxRequests,
      idleTimeoutMs: config.connectionsMaxIdleMs,
    });
    broker.bound = await broker.server.listen(config.listeners);
    await groups.loadAll();
    logger.info(
      {
        nodeId: broker.nodeId,
        clusterId: broker.clusterId,
        listeners: broker.bound.map((l) => `${l.name}://${l.host}:${l.boundPort}`),
        advertised: broker.advertisedEndpoints().map((e) => `${e.host}:${e.port}`),
        logDirs: dirs,
        topics: topics.all().length,
      },
      'Samsa broker started',
    );
    return broker;
  }

  /** The group coordinator (JoinGroup, OffsetCommit, ...); `partitionFor` maps a group to its `__consumer_offsets` partition. */
  get groupCoordinator(): GroupCoordinator {
    return this.groups.coordinator;
  }

  supportedApis(): SupportedApi[] {
    return this.dispatcher.supportedApis();
  }

  /**
   * Where clients should connect: advertised.listeners (default: listeners), with a port of 0
   * replaced by the port actually bound, and a wildcard host by the loopback address.
   */
  advertisedEndpoints(): Endpoint[] {
    return this.config.advertisedListeners.map((l) => {
      const bound = this.bound.find((b) => b.name === l.name);
      const port = l.port === 0 && bound ? bound.boundPort : l.port;
      const host = l.host === '' || l.host === '0.0.0.0' || l.host === '::' ? '127.0.0.1' : l.host;
      return { host, port };
    });
  }

  /** Closes listeners, stops the group coordinator, then flushes and checkpoints every log. Idempotent. */
  shutdown(): Promise<void> {
    this.stopping ??= (async () => {
      this.logger.info('Samsa broker shutting down');
      await this.server?.close();
      await this.groups.shutdown();
      await this.logs.shutdown();
      this.logger.info('Samsa broker stopped cleanly');
    })();
    return this.stopping;
  }
}

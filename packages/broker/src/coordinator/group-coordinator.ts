/**
 * The group coordinator for classic groups: JoinGroup, SyncGroup, Heartbeat, LeaveGroup,
 * DescribeGroups, ListGroups and DeleteGroups, for any protocol type (`consumer`, `connect`,
 * ...), and the committed offsets of groups: OffsetCommit, OffsetFetch, OffsetDelete and
 * their expiry. Each method takes a decoded request and its version and resolves to the
 * response for that version, so a handler only forwards. JoinGroup and SyncGroup resolve when
 * their phase of the rebalance completes, which may be long after the call.
 *
 * Files:
 *   group-state.ts           the state machine and its transition table (read this first)
 *   classic-group.ts         one group's data: members, leader, generation, protocol choice
 *   classic-group-member.ts  one member: protocols, timeouts, assignment, parked requests
 *   group-coordinator.ts     this file: request handling, timers, persistence calls
 *   offset-store.ts          committed offsets in memory, ordered like their writes
 *   group-store.ts           the persistence seam (what is written, and what a load yields)
 *   offsets-records.ts       Kafka's key/value formats of `__consumer_offsets`
 *   offsets-topic-store.ts   the GroupStore over the topic's logs, and the partition loader
 *   coordinator-service.ts   the coordinator in a broker: topic creation, loading, expiry
 *   partition-for.ts         group id -> `__consumer_offsets` partition, as Java computes it
 *   clock.ts                 injected time and timers; ManualClock for tests
 *
 * Partitions of `__consumer_offsets`: with `managePartitions` (the broker), a group is served
 * only once its partition is loaded (beginLoading, then completeLoading with what the log
 * held); before that its requests get COORDINATOR_LOAD_IN_PROGRESS, and NOT_COORDINATOR for
 * a partition this coordinator does not own (unloadPartition gives one up). Without it (unit
 * tests) every group is served.
 *
 * Timers, all per group and cancelled when the group is deleted or unloaded:
 *   join      the end of the join phase: the rebalance timeout (the longest of the members'),
 *             or for the first rebalance of an Empty group the initial delay, extended while
 *             members keep arriving
 *   sync      members that have not sent SyncGroup a rebalance timeout after the join phase
 *             ended are removed and a new rebalance starts
 *   hb:<id>   each member's session: re-armed by heartbeats, commits, and the end of each
 *             phase; when it fires the member is removed, unless it has a JoinGroup or
 *             SyncGroup parked (it cannot heartbeat then) and is not new. Members told
 *             MEMBER_ID_REQUIRED have one too, so those that never come back are forgotten.
 *
 * A group that is deleted or unloaded becomes Dead and leaves the map at once, so requests
 * never find a Dead group; a later JoinGroup for the same id creates a new one.
 *
 * The code runs on one event loop, so every method and timer callback sees the group in a
 * consistent state; the only suspension points are writes to the GroupStore, after which
 * the callbacks check that the group is still in the state and generation they wrote for.
 *
 * Every parked request is answered exactly once: when its phase completes, when its member is
 * removed or fenced, when the same member sends a newer request of the same kind (the older
 * one gets REBALANCE_IN_PROGRESS, so a client that retried on a new connection does not leave
 * an old connection waiting forever), or when the group is unloaded (NOT_COORDINATOR).
 */
import { randomUUID } from 'node:crypto';
import {
  ErrorCode,
  type DeleteGroupsRequest,
  type DeleteGroupsResponse,
  type DescribeGroupsRequest,
  type DescribeGroupsResponse,
  type DescribeGroupsResponseDescribedGroup,
  type HeartbeatRequest,
  type HeartbeatResponse,
  type JoinGroupRequest,
  type JoinGroupResponse,
  type JoinGroupResponseMember,
  type LeaveGroupRequest,
  type LeaveGroupResponse,
  type LeaveGroupResponseMemberResponse,
  type ListGroupsRequest,
  type ListGroupsResponse,
  type OffsetCommitRequest,
  type OffsetCommitResponse,
  type OffsetCommitResponsePartition,
  type OffsetDeleteRequest,
  type OffsetDeleteResponse,
  type OffsetFetchRequest,
  type OffsetFetchRequestTopic,
  type OffsetFetchResponse,
  type OffsetFetchResponseGroup,
  type OffsetFetchResponsePartitions,
  type SyncGroupRequest,
  type SyncGroupResponse,
} from '@samsa/protocol';
import { ClassicGroup } from './classic-group.js';
import { ClassicGroupMember, EMPTY_BYTES, type MemberProtocol, type Parked } from './classic-group-member.js';
import { systemTime, type Cancel, type Clock, type Timer } from './clock.js';
import { DEFAULT_GROUP_COORDINATOR_CONFIG, type GroupCoordinatorConfig } from './coordinator-config.js';
import { canRebalance, GroupState } from './group-state.js';
import { NoopGroupStore, type CommittedOffset, type GroupMetadataSnapshot, type GroupStore, type LoadedPartition, type OffsetRef } from './group-store.js';
import { OffsetStore } from './offset-store.js';
import { partitionFor } from './partition-for.js';

/** What the coordinator needs to know about the request besides its body. */
export interface GroupRequestContext {
  apiVersion: number;
  clientId: string | null;
  /** The client's address as Kafka shows it in DescribeGroups (`/127.0.0.1`). */
  clientHost: string;
}

/** The subset of a pino logger the coordinator uses. */
export interface CoordinatorLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export interface GroupCoordinatorOptions {
  config?: Partial<GroupCoordinatorConfig>;
  time?: Clock & Timer;
  store?: GroupStore;
  logger?: CoordinatorLogger;
  /** Makes a member id from the client id or instance id; Kafka's form by default (`<prefix>-<uuid>`). */
  memberIdGenerator?: (prefix: string) => string;
  /**
   * Whether a topic partition exists, for OffsetCommit and OffsetDelete
   * (UNKNOWN_TOPIC_OR_PARTITION otherwise). Default: every partition exists.
   */
  partitionExists?: (topic: string, partition: number) => boolean;
  /**
   * True: serve only the `__consumer_offsets` partitions loaded with beginLoading /
   * completeLoading (the broker). False (default, unit tests): serve every group.
   */
  managePartitions?: boolean;
}

/** How this coordinator stands towards one partition of `__consumer_offsets`. */
export type PartitionState = 'active' | 'loading' | 'unowned';

/** DescribeGroups' authorizedOperations when they were not computed. */
const AUTHORIZED_OPERATIONS_OMITTED = -2147483648;

const JOIN_TIMER = 'join';
const SYNC_TIMER = 'sync';
const heartbeatTimer = (memberId: string): string => `hb:${memberId}`;

const silentLogger: CoordinatorLogger = { info() {}, warn() {} };

/** A JoinGroup body as the coordinator keeps it, with defaults resolved and buffers owned. */
interface JoinArgs {
  groupInstanceId: string | null;
  protocolType: string;
  protocols: MemberProtocol[];
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  clientId: string;
  clientHost: string;
  reason: string | null;
}

interface JoinFields {
  errorCode: number;
  memberId: string;
  generationId?: number;
  protocolType?: string | null;
  protocolName?: string | null;
  leader?: string;
  skipAssignment?: boolean;
  members?: JoinGroupResponseMember[];
}

/** A JoinGroup response for `apiVersion`: below v7 the protocol name cannot be null. */
function joinResponse(apiVersion: number, f: JoinFields): JoinGroupResponse {
  return {
    throttleTimeMs: 0,
    errorCode: f.errorCode,
    generationId: f.generationId ?? -1,
    protocolType: f.protocolType ?? null,
    protocolName: f.protocolName ?? (apiVersion >= 7 ? null : ''),
    leader: f.leader ?? '',
    skipAssignment: f.skipAssignment ?? false,
    memberId: f.memberId,
    members: f.members ?? [],
  };
}

function syncResponse(errorCode: number, assignment: Buffer = EMPTY_BYTES, protocolType: string | null = null, protocolName: string | null = null): SyncGroupResponse {
  return { throttleTimeMs: 0, errorCode, protocolType, protocolName, assignment };
}

/** SyncGroup v5 names the protocol the member thinks it is in; a different one is an error. */
function inconsistent(requested: string | null | undefined, current: string | null): boolean {
  return requested != null && current !== null && requested !== current;
}

/**
 * The error a client sees when a GroupStore write fails: Kafka's mapping of append errors to
 * errors group clients know how to retry. A failure without a Kafka code is treated as the
 * coordinator being unavailable (retriable, and clients rediscover the coordinator).
 */
export function storeErrorToResponseError(err: unknown): ErrorCode {
  const code = kafkaCodeOf(err);
  switch (code) {
    case null:
    case ErrorCode.UNKNOWN_TOPIC_OR_PARTITION:
    case ErrorCode.NOT_ENOUGH_REPLICAS:
    case ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND:
    case ErrorCode.REQUEST_TIMED_OUT:
      return ErrorCode.COORDINATOR_NOT_AVAILABLE;
    case ErrorCode.NOT_LEADER_OR_FOLLOWER:
    case ErrorCode.KAFKA_STORAGE_ERROR:
      return ErrorCode.NOT_COORDINATOR;
    case ErrorCode.MESSAGE_TOO_LARGE:
    case ErrorCode.RECORD_LIST_TOO_LARGE:
    case ErrorCode.INVALID_FETCH_SIZE:
      return ErrorCode.UNKNOWN_SERVER_ERROR;
    default:
      return code;
  }
}

/** A Kafka error code carried by an error: `errorCode`, or a storage error's numeric `code`. */
function kafkaCodeOf(err: unknown): ErrorCode | null {
  if (typeof err !== 'object' || err === null) return null;
  const e = err as { errorCode?: unknown; code?: unknown };
  if (typeof e.errorCode === 'number') return e.errorCode as ErrorCode;
  if (typeof e.code === 'number') return e.code as ErrorCode;
  return null;
}

/** As storeErrorToResponseError, for offset commits: a write too large is the commit's fault. */
export function commitErrorToResponseError(err: unknown): ErrorCode {
  switch (kafkaCodeOf(err)) {
    case ErrorCode.MESSAGE_TOO_LARGE:
    case ErrorCode.RECORD_LIST_TOO_LARGE:
    case ErrorCode.INVALID_FETCH_SIZE:
      return ErrorCode.INVALID_COMMIT_OFFSET_SIZE;
    default:
      return storeErrorToResponseError(err);
  }
}

/** OffsetFetch's answer for a partition without a committed offset. */
const NO_OFFSET = { committedOffset: -1, committedLeaderEpoch: -1, metadata: '', errorCode: ErrorCode.NONE } as const;

export class GroupCoordinator {
  readonly config: Readonly<GroupCoordinatorConfig>;
  private readonly time: Clock & Timer;
  private readonly store: GroupStore;
  private readonly log: CoordinatorLogger;
  private readonly newMemberId: (prefix: string) => string;
  private readonly groups = new Map<string, ClassicGroup>();
  private readonly timers = new Map<ClassicGroup, Map<string, Cancel>>();
  /** Committed offsets of the groups served here. */
  readonly offsets = new OffsetStore();
  private readonly partitionExists: (topic: string, partition: number) => boolean;
  /** The `__consumer_offsets` partitions loaded or loading; null: every partition is served. */
  private readonly partitions: Map<number, 'active' | 'loading'> | null;
  private cancelExpiry: Cancel | null = null;
  private closed = false;

  constructor(options: GroupCoordinatorOptions = {}) {
    this.config = { ...DEFAULT_GROUP_COORDINATOR_CONFIG, ...options.config };
    this.time = options.time ?? systemTime;
    this.store = options.store ?? new NoopGroupStore();
    this.log = options.logger ?? silentLogger;
    this.newMemberId = options.memberIdGenerator ?? ((prefix) => `${prefix}-${randomUUID()}`);
    this.partitionExists = options.partitionExists ?? (() => true);
    this.partitions = options.managePartitions ? new Map() : null;
  }

  /** The `__consumer_offsets` partition that holds `groupId`. */
  partitionFor(groupId: string): number {
    return partitionFor(groupId, this.config.offsetsTopicNumPartitions);
  }

  /** The live group, for views and tests; callers must not change it. */
  getGroup(groupId: string): ClassicGroup | undefined {
    return this.groups.get(groupId);
  }

  // ---- JoinGroup ------------------------------------------------------------------------

  async joinGroup(req: JoinGroupRequest, ctx: GroupRequestContext): Promise<JoinGroupResponse> {
    const v = ctx.apiVersion;
    const memberId = req.memberId;
    if (!req.groupId) return joinResponse(v, { errorCode: ErrorCode.INVALID_GROUP_ID, memberId });
    const notHere = this.coordinatorError(req.groupId);
    if (notHere !== ErrorCode.NONE) return joinResponse(v, { errorCode: notHere, memberId });
    if (req.sessionTimeoutMs < this.config.groupMinSessionTimeoutMs || req.sessionTimeoutMs > this.config.groupMaxSessionTimeoutMs) {
      return joinResponse(v, { errorCode: ErrorCode.INVALID_SESSION_TIMEOUT, memberId });
    }
    const isUnknownMember = memberId === '';
    let group = this.groups.get(req.groupId);
    if (!group) {
      // Only a member without an id creates a group; a member id for a group we do not know
      // belongs to a group that was deleted or lived elsewhere, so the member must start over.
      if (!isUnknownMember) return joinResponse(v, { errorCode: ErrorCode.UNKNOWN_MEMBER_ID, memberId });
      group = new ClassicGroup(req.groupId, this.time.now());
      this.groups.set(req.groupId, group);
    }
    const args: JoinArgs = {
      groupInstanceId: req.groupInstanceId ?? null,
      protocolType: req.protocolType,
      protocols: req.protocols.map((p) => ({ name: p.name, metadata: Buffer.from(p.metadata) })),
      sessionTimeoutMs: req.sessionTimeoutMs,
      // v0 has no rebalance timeout: the session timeout served as both.
      rebalanceTimeoutMs: req.rebalanceTimeoutMs === undefined || req.rebalanceTimeoutMs < 0 ? req.sessionTimeoutMs : req.rebalanceTimeoutMs,
      clientId: ctx.clientId ?? '',
      clientHost: ctx.clientHost,
      reason: req.reason ?? null,
    };
    const target = group;
    return new Promise<JoinGroupResponse>((resolve) => {
      const parked: Parked<JoinGroupResponse> = { apiVersion: v, resolve };
      if (isUnknownMember) this.joinNewMember(target, args, parked);
      else this.joinExistingMember(target, memberId, args, parked);
    });
  }

  private joinNewMember(group: ClassicGroup, args: JoinArgs, parked: Parked<JoinGroupResponse>): void {
    const v = parked.apiVersion;
    if (!group.supportsProtocols(args.protocolType, args.protocols)) {
      parked.resolve(joinResponse(v, { errorCode: ErrorCode.INCONSISTENT_GROUP_PROTOCOL, memberId: '' }));
      return;
    }
    const newMemberId = this.newMemberId(args.groupInstanceId ?? args.clientId);
    if (args.groupInstanceId !== null) {
      const existing = group.staticMemberId(args.groupInstanceId);
      if (existing !== undefined) this.rejoinStaticMember(group, args, existing, newMemberId, parked);
      else this.addMemberThenRebalanceOrCompleteJoin(group, args, newMemberId, parked);
      return;
    }
    if (v >= 4) {
      // The member must come back with this id: a client that times out and retries then
      // rejoins as the same member instead of leaving a ghost in the group.
      group.addPendingMember(newMemberId);
      this.schedule(group, heartbeatTimer(newMemberId), args.sessionTimeoutMs, () => this.expireSession(group, newMemberId));
      parked.resolve(joinResponse(v, { errorCode: ErrorCode.MEMBER_ID_REQUIRED, memberId: newMemberId }));
      return;
    }
    this.addMemberThenRebalanceOrCompleteJoin(group, args, newMemberId, parked);
  }

  private joinExistingMember(group: ClassicGroup, memberId: string, args: JoinArgs, parked: Parked<JoinGroupResponse>): void {
    const v = parked.apiVersion;
    const reply = (errorCode: number): void => parked.resolve(joinResponse(v, { errorCode, memberId }));
    if (!group.supportsProtocols(args.protocolType, args.protocols)) return reply(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    if (args.groupInstanceId === null && group.isPendingMember(memberId)) {
      return this.addMemberThenRebalanceOrCompleteJoin(group, args, memberId, parked);
    }
    const error = group.validateMember(memberId, args.groupInstanceId);
    if (error !== ErrorCode.NONE) return reply(error);
    const member = group.member(memberId)!;
    switch (group.state) {
      case GroupState.PreparingRebalance:
        return this.updateMemberThenRebalanceOrCompleteJoin(group, member, args, parked, 'member rejoined');
      case GroupState.CompletingRebalance:
        // Same metadata: the member probably lost our JoinGroup response; send it again.
        if (member.matches(args.protocols)) return parked.resolve(this.currentGenerationResponse(group, member, v, group.isLeader(memberId)));
        return this.updateMemberThenRebalanceOrCompleteJoin(group, member, args, parked, 'member changed its metadata');
      case GroupState.Stable:
        // The leader rejoining is how a consumer asks for a new assignment when something the
        // metadata does not show has changed (a topic got partitions), so it always rebalances.
        if (group.isLeader(memberId)) return this.updateMemberThenRebalanceOrCompleteJoin(group, member, args, parked, 'leader rejoined');
        if (!member.matches(args.protocols)) return this.updateMemberThenRebalanceOrCompleteJoin(group, member, args, parked, 'member changed its metadata');
        return parked.resolve(this.currentGenerationResponse(group, member, v, false));
      default:
        return reply(ErrorCode.UNKNOWN_MEMBER_ID);
    }
  }

  private currentGenerationResponse(group: ClassicGroup, member: ClassicGroupMember, apiVersion: number, withMembers: boolean): JoinGroupResponse {
    return joinResponse(apiVersion, {
      errorCode: ErrorCode.NONE,
      memberId: member.memberId,
      generationId: group.generationId,
      protocolType: group.protocolType,
      protocolName: group.protocolName,
      leader: group.leaderId ?? '',
      members: withMembers ? group.currentMemberMetadata() : [],
    });
  }

  private addMemberThenRebalanceOrCompleteJoin(group: ClassicGroup, args: JoinArgs, memberId: string, parked: Parked<JoinGroupResponse>): void {
    const member = new ClassicGroupMember(
      memberId,
      args.groupInstanceId,
      args.clientId,
      args.clientHost,
      args.rebalanceTimeoutMs,
      args.sessionTimeoutMs,
      args.protocolType,
      args.protocols,
    );
    member.isNew = true;
    member.parkedJoin = parked;
    if (group.is(GroupState.PreparingRebalance) && group.previousState === GroupState.Empty) group.newMemberAdded = true;
    group.add(member);
    this.schedule(group, heartbeatTimer(memberId), this.config.newMemberJoinTimeoutMs, () => this.expireSession(group, memberId));
    this.maybePrepareRebalanceOrCompleteJoin(group, `member ${memberId} joined${args.reason ? ` (${args.reason})` : ''}`);
  }

  private updateMemberThenRebalanceOrCompleteJoin(group: ClassicGroup, member: ClassicGroupMember, args: JoinArgs, parked: Parked<JoinGroupResponse>, reason: string): void {
    this.updateMember(member, args, parked);
    this.maybePrepareRebalanceOrCompleteJoin(group, `${reason}: ${member.memberId}${args.reason ? ` (${args.reason})` : ''}`);
  }

  private updateMember(member: ClassicGroupMember, args: JoinArgs, parked: Parked<JoinGroupResponse>): void {
    member.protocols = args.protocols;
    member.rebalanceTimeoutMs = args.rebalanceTimeoutMs;
    member.sessionTimeoutMs = args.sessionTimeoutMs;
    member.completeJoin((v) => joinResponse(v, { errorCode: ErrorCode.REBALANCE_IN_PROGRESS, memberId: member.memberId }));
    member.parkedJoin = parked;
  }

  /**
   * A static member rejoined without a member id (it restarted): it takes over its previous
   * incarnation's place under a new id, and the old id is fenced. In a Stable group whose
   * protocol choice the member's protocols do not change, that is all: the member gets the
   * current generation and, with SyncGroup, its old assignment, and nobody rebalances. (Only
   * the choice matters, not the metadata bytes: a restarted consumer's subscription differs
   * in owned partitions every time, and comparing them would defeat static membership.)
   */
  private rejoinStaticMember(group: ClassicGroup, args: JoinArgs, oldMemberId: string, newMemberId: string, parked: Parked<JoinGroupResponse>): void {
    const instanceId = args.groupInstanceId!;
    const leaderBefore = group.leaderId;
    const { previous, current } = group.replaceStaticMember(instanceId, oldMemberId, newMemberId);
    previous.completeJoin((v) => joinResponse(v, { errorCode: ErrorCode.FENCED_INSTANCE_ID, memberId: oldMemberId }));
    previous.completeSync(() => syncResponse(ErrorCode.FENCED_INSTANCE_ID));
    this.cancel(group, heartbeatTimer(oldMemberId));
    this.scheduleSession(group, current);
    const before = { protocols: current.protocols, rebalanceTimeoutMs: current.rebalanceTimeoutMs, sessionTimeoutMs: current.sessionTimeoutMs };
    this.updateMember(current, args, parked);
    this.log.info({ groupId: group.groupId, instanceId, oldMemberId, newMemberId, state: group.state }, 'static member rejoined under a new member id');

    switch (group.state) {
      case GroupState.Stable: {
        if (group.selectProtocol() !== group.protocolName) {
          this.maybePrepareRebalanceOrCompleteJoin(group, `static member ${instanceId} changes the group's protocol`);
          return;
        }
        const generation = group.generationId;
        const stillWaiting = (): boolean =>
          this.isCurrent(group) && group.is(GroupState.Stable) && group.generationId === generation && group.member(newMemberId) === current && current.isAwaitingJoin;
        this.store.storeGroup(group.snapshot()).then(
          () => {
            if (!stillWaiting()) return;
            current.completeJoin((v) => {
              // v9 can tell a returning leader it has the members but need not assign; older
              // clients are given the previous leader id so they do not assign at all.
              const isLeader = v >= 9 && group.isLeader(newMemberId);
              return joinResponse(v, {
                errorCode: ErrorCode.NONE,
                memberId: newMemberId,
                generationId: group.generationId,
                protocolType: group.protocolType,
                protocolName: group.protocolName,
                leader: (v >= 9 ? group.leaderId : leaderBefore) ?? '',
                skipAssignment: isLeader,
                members: isLeader ? group.currentMemberMetadata() : [],
              });
            });
          },
          (err: unknown) => {
            if (!stillWaiting()) return;
            // The new id was never made durable: put the old member back as it was.
            this.log.warn({ groupId: group.groupId, instanceId, err: String(err) }, 'could not store a replaced static member; reverting');
            current.parkedJoin = null;
            current.protocols = before.protocols;
            current.rebalanceTimeoutMs = before.rebalanceTimeoutMs;
            current.sessionTimeoutMs = before.sessionTimeoutMs;
            const restored = group.replaceStaticMember(instanceId, newMemberId, oldMemberId).current;
            this.cancel(group, heartbeatTimer(newMemberId));
            this.scheduleSession(group, restored);
            parked.resolve(
              joinResponse(parked.apiVersion, {
                errorCode: storeErrorToResponseError(err),
                memberId: '',
                generationId: group.generationId,
                protocolType: group.protocolType,
                protocolName: group.protocolName,
                leader: leaderBefore ?? '',
              }),
            );
          },
        );
        return;
      }
      case GroupState.CompletingRebalance:
        // The leader may already be assigning to the old id; only a new generation is safe.
        this.prepareRebalance(group, `static member ${instanceId} rejoined during the sync phase`);
        return;
      case GroupState.PreparingRebalance:
        this.maybeCompleteJoinPhase(group);
        return;
      default:
        throw new Error(`static member ${instanceId} of ${group.groupId} rejoined while the group is ${group.state}`);
    }
  }

  // ---- the join phase -------------------------------------------------------------------

  private maybePrepareRebalanceOrCompleteJoin(group: ClassicGroup, reason: string): void {
    if (canRebalance(group.state)) this.prepareRebalance(group, reason);
    else this.maybeCompleteJoinPhase(group);
  }

  private prepareRebalance(group: ClassicGroup, reason: string): void {
    if (group.is(GroupState.CompletingRebalance)) this.resetAndPropagateAssignment(group, ErrorCode.REBALANCE_IN_PROGRESS);
    this.cancel(group, SYNC_TIMER);
    group.clearPendingSync();
    const initial = group.is(GroupState.Empty);
    group.transitionTo(GroupState.PreparingRebalance, this.time.now());
    this.log.info({ groupId: group.groupId, generationId: group.generationId, reason }, 'preparing to rebalance group');
    if (initial) {
      const delayMs = this.config.groupInitialRebalanceDelayMs;
      const remainingMs = Math.max(group.rebalanceTimeoutMs() - delayMs, 0);
      group.newMemberAdded = false;
      this.schedule(group, JOIN_TIMER, delayMs, () => this.tryCompleteInitialRebalance(group, delayMs, remainingMs));
    } else {
      this.maybeCompleteJoinElseSchedule(group);
    }
  }

  /**
   * The first rebalance of an Empty group waits for the initial delay, and again (for at most
   * the rebalance timeout in total) each time another member arrived in the meantime, so a
   * group of consumers starting together settles in one generation instead of one per member.
   */
  private tryCompleteInitialRebalance(group: ClassicGroup, delayMs: number, remainingMs: number): void {
    if (group.newMemberAdded && remainingMs !== 0) {
      group.newMemberAdded = false;
      const nextDelayMs = Math.min(this.config.groupInitialRebalanceDelayMs, remainingMs);
      const nextRemainingMs = Math.max(remainingMs - delayMs, 0);
      this.schedule(group, JOIN_TIMER, nextDelayMs, () => this.tryCompleteInitialRebalance(group, nextDelayMs, nextRemainingMs));
    } else {
      this.completeJoin(group);
    }
  }

  private maybeCompleteJoinElseSchedule(group: ClassicGroup): void {
    if (group.hasAllMembersJoined()) this.completeJoin(group);
    else this.schedule(group, JOIN_TIMER, group.rebalanceTimeoutMs(), () => this.completeJoin(group));
  }

  /** Ends the join phase early once everyone is in, except during the initial delay. */
  private maybeCompleteJoinPhase(group: ClassicGroup): void {
    if (group.is(GroupState.PreparingRebalance) && group.hasAllMembersJoined() && group.previousState !== GroupState.Empty) {
      this.completeJoin(group);
    }
  }

  private completeJoin(group: ClassicGroup): void {
    this.cancel(group, JOIN_TIMER);
    // Dynamic members that did not rejoin in time are gone. Static members stay until their
    // session expires: a restarting static member should find its place still there.
    const dropped: string[] = [];
    for (const member of group.notYetRejoinedMembers()) {
      if (member.isStatic) continue;
      this.cancel(group, heartbeatTimer(member.memberId));
      member.completeSync(() => syncResponse(ErrorCode.UNKNOWN_MEMBER_ID));
      group.remove(member.memberId);
      dropped.push(member.memberId);
    }
    if (dropped.length > 0) this.log.info({ groupId: group.groupId, members: dropped }, 'removed members that did not rejoin in time');

    if (!group.maybeElectNewJoinedLeader() && group.size > 0) {
      // Only static members that have not rejoined are left; wait another rebalance timeout
      // for them to come back or for their sessions to expire.
      this.schedule(group, JOIN_TIMER, group.rebalanceTimeoutMs(), () => this.completeJoin(group));
      return;
    }

    group.initNextGeneration(this.time.now());
    if (group.is(GroupState.Empty)) {
      this.log.info({ groupId: group.groupId, generationId: group.generationId }, 'group is now empty');
      this.store.storeGroup(group.snapshot()).catch((err: unknown) => {
        // The previous generation stays on record; it has no live members to confuse.
        this.log.warn({ groupId: group.groupId, err: String(err) }, 'could not store empty group metadata');
      });
      return;
    }

    this.log.info(
      { groupId: group.groupId, generationId: group.generationId, protocol: group.protocolName, leader: group.leaderId, members: group.size },
      'join phase complete',
    );
    for (const member of group.allMembers()) {
      // only the leader gets every member's metadata, to compute the assignment
      const isLeader = group.isLeader(member.memberId);
      member.completeJoin((v) => this.currentGenerationResponse(group, member, v, isLeader));
      this.scheduleSession(group, member);
      member.isNew = false;
    }
    const generation = group.generationId;
    this.schedule(group, SYNC_TIMER, group.rebalanceTimeoutMs(), () => this.expirePendingSync(group, generation));
  }

  // ---- SyncGroup ------------------------------------------------------------------------

  async syncGroup(req: SyncGroupRequest, ctx: GroupRequestContext): Promise<SyncGroupResponse> {
    if (!req.groupId) return syncResponse(ErrorCode.INVALID_GROUP_ID);
    const notHere = this.coordinatorError(req.groupId);
    if (notHere !== ErrorCode.NONE) return syncResponse(notHere);
    const group = this.groups.get(req.groupId);
    if (!group) return syncResponse(ErrorCode.UNKNOWN_MEMBER_ID);
    const memberId = req.memberId;
    const error = group.validateMember(memberId, req.groupInstanceId ?? null);
    if (error !== ErrorCode.NONE) return syncResponse(error);
    if (req.generationId !== group.generationId) return syncResponse(ErrorCode.ILLEGAL_GENERATION);
    if (inconsistent(req.protocolType, group.protocolType) || inconsistent(req.protocolName, group.protocolName)) {
      return syncResponse(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    }
    const member = group.member(memberId)!;
    switch (group.state) {
      case GroupState.PreparingRebalance:
        return syncResponse(ErrorCode.REBALANCE_IN_PROGRESS);
      case GroupState.Stable:
        this.markSynced(group, memberId);
        return syncResponse(ErrorCode.NONE, member.assignment, group.protocolType, group.protocolName);
      case GroupState.CompletingRebalance:
        return new Promise<SyncGroupResponse>((resolve) => {
          member.completeSync(() => syncResponse(ErrorCode.REBALANCE_IN_PROGRESS));
          member.parkedSync = { apiVersion: ctx.apiVersion, resolve };
          this.markSynced(group, memberId);
          if (group.isLeader(memberId)) this.onLeaderAssignment(group, req);
        });
      default:
        return syncResponse(ErrorCode.UNKNOWN_MEMBER_ID);
    }
  }

  private markSynced(group: ClassicGroup, memberId: string): void {
    if (group.markSynced(memberId)) this.cancel(group, SYNC_TIMER);
  }

  /** Stores the leader's assignment, then hands every member its part and the group is Stable. */
  private onLeaderAssignment(group: ClassicGroup, req: SyncGroupRequest): void {
    const assignment = new Map<string, Buffer>();
    for (const a of req.assignments) if (group.has(a.memberId)) assignment.set(a.memberId, Buffer.from(a.assignment));
    const missing = group.allMembers().filter((m) => !assignment.has(m.memberId));
    if (missing.length > 0) {
      this.log.warn({ groupId: group.groupId, generationId: group.generationId, members: missing.map((m) => m.memberId) }, 'leader sent no assignment for some members; they get an empty one');
    }
    const generation = group.generationId;
    const stillCompleting = (): boolean => this.isCurrent(group) && group.is(GroupState.CompletingRebalance) && group.generationId === generation;
    this.store.storeGroup(group.snapshot(assignment)).then(
      () => {
        if (!stillCompleting()) return;
        for (const m of group.allMembers()) m.assignment = assignment.get(m.memberId) ?? EMPTY_BYTES;
        group.transitionTo(GroupState.Stable, this.time.now());
        this.propagateAssignment(group, ErrorCode.NONE);
        this.log.info({ groupId: group.groupId, generationId: generation, members: group.size }, 'group is stable');
      },
      (err: unknown) => {
        if (!stillCompleting()) return;
        this.log.warn({ groupId: group.groupId, generationId: generation, err: String(err) }, 'could not store the group assignment; rebalancing');
        this.resetAndPropagateAssignment(group, storeErrorToResponseError(err));
        this.maybePrepareRebalanceOrCompleteJoin(group, 'the assignment could not be stored');
      },
    );
  }

  private resetAndPropagateAssignment(group: ClassicGroup, errorCode: number): void {
    for (const m of group.allMembers()) m.assignment = EMPTY_BYTES;
    this.propagateAssignment(group, errorCode);
  }

  private propagateAssignment(group: ClassicGroup, errorCode: number): void {
    const ok = errorCode === ErrorCode.NONE;
    for (const m of group.allMembers()) {
      const answered = m.completeSync(() => syncResponse(errorCode, m.assignment, ok ? group.protocolType : null, ok ? group.protocolName : null));
      // A member that was waiting could not heartbeat; its session starts again now.
      if (answered) this.scheduleSession(group, m);
    }
  }

  private expirePendingSync(group: ClassicGroup, generation: number): void {
    if (group.generationId !== generation) return;
    if (!group.is(GroupState.CompletingRebalance) && !group.is(GroupState.Stable)) return;
    const missing = group.pendingSyncMembers();
    if (missing.length === 0) return;
    for (const memberId of missing) {
      const member = group.member(memberId);
      if (!member) continue;
      this.cancel(group, heartbeatTimer(memberId));
      member.completeJoin((v) => joinResponse(v, { errorCode: ErrorCode.UNKNOWN_MEMBER_ID, memberId: '' }));
      group.remove(memberId);
    }
    this.prepareRebalance(group, `members did not send SyncGroup in time: ${missing.join(', ')}`);
  }

  // ---- Heartbeat ------------------------------------------------------------------------

  async heartbeat(req: HeartbeatRequest, _ctx: GroupRequestContext): Promise<HeartbeatResponse> {
    const reply = (errorCode: number): HeartbeatResponse => ({ throttleTimeMs: 0, errorCode });
    if (!req.groupId) return reply(ErrorCode.INVALID_GROUP_ID);
    const notHere = this.coordinatorError(req.groupId);
    if (notHere !== ErrorCode.NONE) return reply(notHere);
    const group = this.groups.get(req.groupId);
    if (!group) return reply(ErrorCode.UNKNOWN_MEMBER_ID);
    const error = group.validateMember(req.memberId, req.groupInstanceId ?? null);
    if (error !== ErrorCode.NONE) return reply(error);
    if (req.generationId !== group.generationId) return reply(ErrorCode.ILLEGAL_GENERATION);
    const member = group.member(req.memberId)!;
    switch (group.state) {
      case GroupState.PreparingRebalance:
        // Still alive, but must rejoin: this is how members learn a rebalance started.
        this.scheduleSession(group, member);
        return reply(ErrorCode.REBALANCE_IN_PROGRESS);
      case GroupState.CompletingRebalance:
      case GroupState.Stable:
        // A member may heartbeat between its JoinGroup response and SyncGroup; that is fine.
        this.scheduleSession(group, member);
        return reply(ErrorCode.NONE);
      default:
        return reply(ErrorCode.UNKNOWN_MEMBER_ID);
    }
  }

  // ---- LeaveGroup -----------------------------------------------------------------------

  /**
   * v0-v2 name one member (`memberId`) and report its error at the top level; v3+ name a
   * batch (`members`, each by member id and/or instance id) and report an error per member.
   * An instance id without a member id is how admin tools remove a static member.
   */
  async leaveGroup(req: LeaveGroupRequest, ctx: GroupRequestContext): Promise<LeaveGroupResponse> {
    const v = ctx.apiVersion;
    const identities = v >= 3 ? (req.members ?? []) : [{ memberId: req.memberId ?? '', groupInstanceId: null, reason: null }];
    const results: LeaveGroupResponseMemberResponse[] = [];
    let topLevel: number = ErrorCode.NONE;
    const group = req.groupId ? this.groups.get(req.groupId) : undefined;
    const notHere = req.groupId ? this.coordinatorError(req.groupId) : ErrorCode.NONE;
    if (!req.groupId) {
      topLevel = ErrorCode.INVALID_GROUP_ID;
    } else if (notHere !== ErrorCode.NONE) {
      topLevel = notHere;
    } else {
      for (const id of identities) {
        const groupInstanceId = id.groupInstanceId ?? null;
        const errorCode = group ? this.leaveOne(group, id.memberId, groupInstanceId, id.reason ?? null) : ErrorCode.UNKNOWN_MEMBER_ID;
        results.push({ memberId: id.memberId, groupInstanceId, errorCode });
      }
    }
    if (v >= 3) return { throttleTimeMs: 0, errorCode: topLevel, members: results };
    return { throttleTimeMs: 0, errorCode: topLevel !== ErrorCode.NONE ? topLevel : (results[0]?.errorCode ?? ErrorCode.NONE) };
  }

  private leaveOne(group: ClassicGroup, memberId: string, groupInstanceId: string | null, reason: string | null): ErrorCode {
    const why = `member left the group${reason ? ` (${reason})` : ''}`;
    if (memberId === '') {
      const staticId = groupInstanceId === null ? undefined : group.staticMemberId(groupInstanceId);
      if (staticId === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
      this.removeMemberAndUpdateGroup(group, group.member(staticId)!, why);
      return ErrorCode.NONE;
    }
    if (groupInstanceId === null && group.isPendingMember(memberId)) {
      group.removePendingMember(memberId);
      this.cancel(group, heartbeatTimer(memberId));
      this.maybeCompleteJoinPhase(group);
      return ErrorCode.NONE;
    }
    const error = group.validateMember(memberId, groupInstanceId);
    if (error !== ErrorCode.NONE) return error;
    this.removeMemberAndUpdateGroup(group, group.member(memberId)!, why);
    return ErrorCode.NONE;
  }

  // ---- membership changes ---------------------------------------------------------------

  /** The session timer fired (or a pending member's wait ran out). */
  private expireSession(group: ClassicGroup, memberId: string): void {
    if (group.isPendingMember(memberId)) {
      group.removePendingMember(memberId);
      this.maybeCompleteJoinPhase(group);
      return;
    }
    const member = group.member(memberId);
    if (!member) return;
    if (!member.isNew && (member.isAwaitingJoin || member.isAwaitingSync)) return;
    this.log.info({ groupId: group.groupId, memberId, state: group.state }, 'member session expired; removing it');
    this.removeMemberAndUpdateGroup(group, member, `session of ${memberId} expired`);
  }

  private removeMemberAndUpdateGroup(group: ClassicGroup, member: ClassicGroupMember, reason: string): void {
    // Answer what it has parked: a client still alive rejoins as a new member.
    member.completeJoin((v) => joinResponse(v, { errorCode: ErrorCode.UNKNOWN_MEMBER_ID, memberId: '' }));
    member.completeSync(() => syncResponse(ErrorCode.UNKNOWN_MEMBER_ID));
    this.cancel(group, heartbeatTimer(member.memberId));
    group.remove(member.memberId);
    switch (group.state) {
      case GroupState.Stable:
      case GroupState.CompletingRebalance:
        this.maybePrepareRebalanceOrCompleteJoin(group, reason);
        break;
      case GroupState.PreparingRebalance:
        this.maybeCompleteJoinPhase(group);
        break;
      default:
        break;
    }
  }

  // ---- OffsetCommit ---------------------------------------------------------------------

  /**
   * Whether an OffsetCommit from this member may be written, by the classic rules (Kafka's
   * order of checks): a commit with generation -1 is a standalone consumer's and is allowed
   * while the group is Empty (or unknown); otherwise a fenced static member is refused, no
   * commits during the sync phase, and the member and generation must be current. A valid
   * commit counts as a heartbeat.
   */
  validateOffsetCommit(groupId: string, memberId: string, groupInstanceId: string | null, generationId: number): ErrorCode {
    const group = this.groups.get(groupId);
    if (!group) return generationId < 0 ? ErrorCode.NONE : ErrorCode.ILLEGAL_GENERATION;
    if (generationId < 0 && group.is(GroupState.Empty)) return ErrorCode.NONE;
    if (groupInstanceId !== null && group.validateMember(memberId, groupInstanceId) === ErrorCode.FENCED_INSTANCE_ID) return ErrorCode.FENCED_INSTANCE_ID;
    if (group.is(GroupState.CompletingRebalance)) return ErrorCode.REBALANCE_IN_PROGRESS;
    const error = group.validateMember(memberId, groupInstanceId);
    if (error !== ErrorCode.NONE) return error;
    if (generationId !== group.generationId) return ErrorCode.ILLEGAL_GENERATION;
    this.scheduleSession(group, group.member(memberId)!);
    return ErrorCode.NONE;
  }

  /**
   * OffsetCommit, any version. v0 has no generation or member (a standalone commit); v1
   * carries a commit timestamp per partition; v2-v4 a retention time (written as the offset's
   * expire timestamp); v6+ leader epochs; v7+ the instance id. Answers once the offsets are
   * written to `__consumer_offsets` (flushed if the flush policy asks), per partition:
   * UNKNOWN_TOPIC_OR_PARTITION for partitions that do not exist, OFFSET_METADATA_TOO_LARGE,
   * or the group's verdict for all the others.
   */
  async offsetCommit(req: OffsetCommitRequest, ctx: GroupRequestContext): Promise<OffsetCommitResponse> {
    const v = ctx.apiVersion;
    const groupId = req.groupId;
    const errors = new Map<string, number>();
    const at = (topic: string, partition: number): string => `${partition}:${topic}`;
    const respond = (fallback: number): OffsetCommitResponse => ({
      throttleTimeMs: 0,
      topics: req.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p): OffsetCommitResponsePartition => ({ partitionIndex: p.partitionIndex, errorCode: errors.get(at(t.name, p.partitionIndex)) ?? fallback })),
      })),
    });
    // Kafka accepts the empty group id for offset commits (old consumers used it).
    const notHere = this.coordinatorError(groupId);
    if (notHere !== ErrorCode.NONE) return respond(notHere);

    const generationId = v >= 1 ? (req.generationIdOrMemberEpoch ?? -1) : -1;
    const memberId = v >= 1 ? (req.memberId ?? '') : '';
    const instanceId = v >= 7 ? (req.groupInstanceId ?? null) : null;
    const candidates: { topic: string; partition: number; p: (typeof req.topics)[number]['partitions'][number] }[] = [];
    for (const t of req.topics) {
      for (const p of t.partitions) {
        if (!this.partitionExists(t.name, p.partitionIndex)) errors.set(at(t.name, p.partitionIndex), ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
        else candidates.push({ topic: t.name, partition: p.partitionIndex, p });
      }
    }
    const groupError = this.validateOffsetCommit(groupId, memberId, instanceId, generationId);
    if (groupError !== ErrorCode.NONE) return respond(groupError);

    const now = this.time.now();
    const retentionMs = v >= 2 && v <= 4 ? (req.retentionTimeMs ?? -1) : -1;
    const offsets: CommittedOffset[] = [];
    for (const { topic, partition, p } of candidates) {
      const metadata = p.committedMetadata ?? '';
      if (Buffer.byteLength(metadata) > this.config.offsetMetadataMaxBytes) {
        errors.set(at(topic, partition), ErrorCode.OFFSET_METADATA_TOO_LARGE);
        continue;
      }
      const commitTimestamp = v === 1 && p.commitTimestamp !== undefined && p.commitTimestamp !== -1 ? p.commitTimestamp : now;
      offsets.push({
        topic,
        partition,
        offset: p.committedOffset,
        leaderEpoch: v >= 6 ? (p.committedLeaderEpoch ?? -1) : -1,
        metadata,
        commitTimestamp,
        expireTimestamp: retentionMs >= 0 ? now + retentionMs : -1,
      });
    }
    if (offsets.length === 0) return respond(ErrorCode.NONE);
    // A standalone commit to an unknown group creates it, Empty, as Kafka does: it then lists
    // and describes like any group, and expires with its offsets.
    if (!this.groups.has(groupId)) this.groups.set(groupId, new ClassicGroup(groupId, now));
    const write = this.offsets.beginWrite(groupId, offsets);
    try {
      await this.store.storeOffsets(groupId, offsets);
    } catch (err) {
      this.offsets.abortWrite(write);
      const code = commitErrorToResponseError(err);
      this.log.warn({ groupId, errorCode: code, err: String(err) }, 'could not store committed offsets');
      return respond(code);
    }
    this.offsets.completeWrite(write, offsets);
    return respond(ErrorCode.NONE);
  }

  // ---- OffsetFetch ----------------------------------------------------------------------

  /**
   * OffsetFetch: v0-v7 name one group (topics null from v2: every committed offset of the
   * group), v8+ name several. A partition without a commit gets offset -1 and no error, an
   * unknown group no error either. `requireStable` (v7+) asks to wait for pending
   * transactional commits; without transactions every commit is stable.
   */
  async offsetFetch(req: OffsetFetchRequest, ctx: GroupRequestContext): Promise<OffsetFetchResponse> {
    const v = ctx.apiVersion;
    if (v >= 8) return { throttleTimeMs: 0, groups: (req.groups ?? []).map((g) => this.fetchGroupOffsets(g.groupId, g.topics)) };
    const one = this.fetchGroupOffsets(req.groupId ?? '', v < 2 ? (req.topics ?? []) : (req.topics ?? null));
    if (v < 2 && one.errorCode !== ErrorCode.NONE) {
      // v0-v1 have no top-level error: each partition carries it.
      const topics = (req.topics ?? []).map((t) => ({
        name: t.name,
        partitions: t.partitionIndexes.map((partitionIndex) => ({ partitionIndex, ...NO_OFFSET, errorCode: one.errorCode })),
      }));
      return { throttleTimeMs: 0, topics, errorCode: one.errorCode };
    }
    return { throttleTimeMs: 0, topics: one.topics, errorCode: one.errorCode };
  }

  private fetchGroupOffsets(groupId: string, topics: readonly OffsetFetchRequestTopic[] | null): OffsetFetchResponseGroup {
    const notHere = this.coordinatorError(groupId);
    if (notHere !== ErrorCode.NONE) return { groupId, topics: [], errorCode: notHere };
    const partition = (o: CommittedOffset | undefined, partitionIndex: number): OffsetFetchResponsePartitions =>
      o ? { partitionIndex, committedOffset: o.offset, committedLeaderEpoch: o.leaderEpoch, metadata: o.metadata, errorCode: ErrorCode.NONE } : { partitionIndex, ...NO_OFFSET };
    if (topics === null) {
      const byTopic = new Map<string, OffsetFetchResponsePartitions[]>();
      for (const o of this.offsets.all(groupId)) {
        const list = byTopic.get(o.topic) ?? [];
        list.push(partition(o, o.partition));
        byTopic.set(o.topic, list);
      }
      return { groupId, topics: [...byTopic].map(([name, partitions]) => ({ name, partitions })), errorCode: ErrorCode.NONE };
    }
    return {
      groupId,
      topics: topics.map((t) => ({ name: t.name, partitions: t.partitionIndexes.map((p) => partition(this.offsets.get(groupId, t.name, p), p)) })),
      errorCode: ErrorCode.NONE,
    };
  }

  // ---- OffsetDelete ---------------------------------------------------------------------

  /**
   * OffsetDelete: removes committed offsets of an Empty group, or of a consumer group for
   * topics it does not subscribe to (GROUP_SUBSCRIBED_TO_TOPIC for those it does). Other
   * groups with members: NON_EMPTY_GROUP. Partitions that do not exist:
   * UNKNOWN_TOPIC_OR_PARTITION; partitions without an offset: no error.
   */
  async offsetDelete(req: OffsetDeleteRequest, _ctx: GroupRequestContext): Promise<OffsetDeleteResponse> {
    const groupId = req.groupId;
    const errors = new Map<string, number>();
    const at = (topic: string, partition: number): string => `${partition}:${topic}`;
    const respond = (errorCode: number): OffsetDeleteResponse => ({
      errorCode,
      throttleTimeMs: 0,
      topics:
        errorCode !== ErrorCode.NONE
          ? []
          : req.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: errors.get(at(t.name, p.partitionIndex)) ?? ErrorCode.NONE })) })),
    });
    if (!groupId) return respond(ErrorCode.INVALID_GROUP_ID);
    const notHere = this.coordinatorError(groupId);
    if (notHere !== ErrorCode.NONE) return respond(notHere);
    const group = this.groups.get(groupId);
    if (!group) return respond(ErrorCode.GROUP_ID_NOT_FOUND);
    let subscribed: Set<string> | null = null;
    if (!group.is(GroupState.Empty)) {
      if (group.protocolType !== 'consumer') return respond(ErrorCode.NON_EMPTY_GROUP);
      subscribed = group.subscribedTopics();
    }
    const deletable: OffsetRef[] = [];
    for (const t of req.topics) {
      for (const p of t.partitions) {
        const key = at(t.name, p.partitionIndex);
        if (!this.partitionExists(t.name, p.partitionIndex)) errors.set(key, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
        else if (!group.is(GroupState.Empty) && (subscribed === null || subscribed.has(t.name))) errors.set(key, ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC);
        else if (this.offsets.get(groupId, t.name, p.partitionIndex) !== undefined) deletable.push({ topic: t.name, partition: p.partitionIndex });
      }
    }
    if (deletable.length === 0) return respond(ErrorCode.NONE);
    this.offsets.remove(groupId, deletable);
    try {
      await this.store.deleteOffsets(groupId, deletable);
    } catch (err) {
      const code = storeErrorToResponseError(err);
      for (const d of deletable) errors.set(at(d.topic, d.partition), code);
    }
    this.log.info({ groupId, offsets: deletable.length }, 'deleted committed offsets');
    return respond(ErrorCode.NONE);
  }

  // ---- deleted topics -------------------------------------------------------------------

  /**
   * Removes every committed offset of these topics (they were deleted), writing tombstones, as
   * Kafka does when partitions go away: a topic created again under the same name starts
   * without the old positions. Resolves when written; returns how many offsets were removed.
   */
  async onTopicsDeleted(topics: readonly string[]): Promise<number> {
    const gone = new Set(topics);
    const writes: Promise<void>[] = [];
    let removed = 0;
    for (const groupId of this.offsets.groupIds()) {
      if (this.coordinatorError(groupId) !== ErrorCode.NONE) continue;
      const refs = this.offsets.keysWithPending(groupId).filter((o) => gone.has(o.topic));
      if (refs.length === 0) continue;
      this.offsets.remove(groupId, refs);
      removed += refs.length;
      writes.push(this.store.deleteOffsets(groupId, refs).catch((err: unknown) => this.log.warn({ groupId, err: String(err) }, 'could not write tombstones for the offsets of deleted topics')));
    }
    await Promise.all(writes);
    if (removed > 0) this.log.info({ topics, offsets: removed }, 'removed the committed offsets of deleted topics');
    return removed;
  }

  // ---- offset expiry --------------------------------------------------------------------

  /**
   * Runs `expireOffsets` every offsets.retention.check.interval.ms until `close`. Runs may
   * overlap if writes are slow; that is harmless, since removals take effect in memory at once.
   */
  startOffsetExpiry(): void {
    if (this.cancelExpiry || this.closed) return;
    const tick = (): void => {
      this.cancelExpiry = this.time.schedule(this.config.offsetsRetentionCheckIntervalMs, () => {
        tick();
        void this.expireOffsets();
      });
    };
    tick();
  }

  /**
   * Removes expired offsets (writing tombstones), and groups left Empty without offsets
   * (writing a tombstone for the group too). An offset expires:
   * - if its commit carried a retention time (v2-v4), at that expire timestamp;
   * - in an Empty group that had members, offsets.retention.minutes after the group became
   *   Empty; in a group that never had members (standalone commits), that long after the commit;
   * - in a Stable consumer group, for a topic no member subscribes to, that long after the commit.
   * Offsets whose commit is still being written are left alone. Resolves when the tombstones
   * are written; returns what was removed.
   */
  async expireOffsets(): Promise<{ offsets: number; groups: number }> {
    const now = this.time.now();
    const retentionMs = this.config.offsetsRetentionMs;
    const writes: Promise<void>[] = [];
    let removedOffsets = 0;
    let removedGroups = 0;
    for (const group of [...this.groups.values()]) {
      const groupId = group.groupId;
      if (this.coordinatorError(groupId) !== ErrorCode.NONE) continue;
      const expired: OffsetRef[] = [];
      const expiredAt = (o: CommittedOffset, base: number): boolean => (o.expireTimestamp >= 0 ? now >= o.expireTimestamp : now - base >= retentionMs);
      let subscribed: Set<string> | null = null;
      const empty = group.is(GroupState.Empty);
      if (!empty && group.is(GroupState.Stable)) subscribed = group.subscribedTopics();
      if (empty || subscribed !== null) {
        for (const o of this.offsets.all(groupId)) {
          if (this.offsets.isPending(groupId, o.topic, o.partition)) continue;
          if (subscribed !== null && subscribed.has(o.topic)) continue;
          const base = empty && group.protocolType !== null ? group.stateTimestamp : o.commitTimestamp;
          if (expiredAt(o, base)) expired.push({ topic: o.topic, partition: o.partition });
        }
      }
      if (expired.length > 0) this.offsets.remove(groupId, expired);
      removedOffsets += expired.length;
      const write = (p: Promise<void>): void => {
        writes.push(p.catch((err: unknown) => this.log.warn({ groupId, err: String(err) }, 'could not write tombstones for expired offsets')));
      };
      if (empty && !this.offsets.hasOffsets(groupId) && !this.offsets.hasPendingWrites(groupId)) {
        this.dropGroup(group);
        removedGroups++;
        write(this.store.deleteGroup(groupId, expired));
      } else if (expired.length > 0) {
        write(this.store.deleteOffsets(groupId, expired));
      }
    }
    await Promise.all(writes);
    if (removedOffsets > 0 || removedGroups > 0) this.log.info({ offsets: removedOffsets, groups: removedGroups }, 'removed expired offsets and empty groups');
    return { offsets: removedOffsets, groups: removedGroups };
  }

  // ---- DescribeGroups, ListGroups, DeleteGroups -----------------------------------------

  async describeGroups(req: DescribeGroupsRequest, _ctx: GroupRequestContext): Promise<DescribeGroupsResponse> {
    return { throttleTimeMs: 0, groups: req.groups.map((groupId) => this.describeOne(groupId)) };
  }

  private describeOne(groupId: string): DescribeGroupsResponseDescribedGroup {
    const notHere = this.coordinatorError(groupId);
    if (notHere !== ErrorCode.NONE) {
      return { errorCode: notHere, groupId, groupState: '', protocolType: '', protocolData: '', members: [], authorizedOperations: AUTHORIZED_OPERATIONS_OMITTED };
    }
    const group = this.groups.get(groupId);
    // Kafka describes an unknown group as Dead without an error (v0-v5).
    if (!group) {
      return { errorCode: ErrorCode.NONE, groupId, groupState: GroupState.Dead, protocolType: '', protocolData: '', members: [], authorizedOperations: AUTHORIZED_OPERATIONS_OMITTED };
    }
    const d = group.describe();
    return {
      errorCode: ErrorCode.NONE,
      groupId,
      groupState: d.state,
      protocolType: d.protocolType,
      protocolData: d.protocol,
      members: d.members.map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        memberMetadata: m.metadata,
        memberAssignment: m.assignment,
      })),
      authorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
    };
  }

  /**
   * Lists live groups; v4's states filter and v5's types filter match case-insensitively.
   * While a partition is loading the answer is COORDINATOR_LOAD_IN_PROGRESS with the groups
   * of the partitions already loaded, as Kafka does.
   */
  async listGroups(req: ListGroupsRequest, _ctx: GroupRequestContext): Promise<ListGroupsResponse> {
    const states = new Set((req.statesFilter ?? []).map((s) => s.toLowerCase()));
    const types = new Set((req.typesFilter ?? []).map((t) => t.toLowerCase()));
    const groups = [];
    for (const group of this.groups.values()) {
      if (group.is(GroupState.Dead)) continue;
      if (states.size > 0 && !states.has(group.state.toLowerCase())) continue;
      if (types.size > 0 && !types.has('classic')) continue;
      groups.push({ groupId: group.groupId, protocolType: group.protocolType ?? '', groupState: group.state, groupType: 'classic' });
    }
    const loading = this.partitions !== null && [...this.partitions.values()].includes('loading');
    return { throttleTimeMs: 0, errorCode: loading ? ErrorCode.COORDINATOR_LOAD_IN_PROGRESS : ErrorCode.NONE, groups };
  }

  /**
   * Deletes Empty groups with their offsets (tombstones for the group and every offset, in
   * one write); groups with members are NON_EMPTY_GROUP, unknown ones GROUP_ID_NOT_FOUND.
   */
  async deleteGroups(req: DeleteGroupsRequest, _ctx: GroupRequestContext): Promise<DeleteGroupsResponse> {
    const results = [];
    for (const groupId of req.groupsNames) {
      const group = this.groups.get(groupId);
      let errorCode: number = this.coordinatorError(groupId);
      if (errorCode !== ErrorCode.NONE) {
        // not served here
      } else if (!group) {
        errorCode = ErrorCode.GROUP_ID_NOT_FOUND;
      } else if (!group.is(GroupState.Empty)) {
        errorCode = ErrorCode.NON_EMPTY_GROUP;
      } else {
        const offsets = this.offsets.keysWithPending(groupId);
        this.offsets.remove(groupId, offsets);
        this.dropGroup(group);
        try {
          await this.store.deleteGroup(groupId, offsets);
        } catch (err) {
          errorCode = storeErrorToResponseError(err);
        }
        this.log.info({ groupId, offsets: offsets.length, errorCode }, 'group deleted');
      }
      results.push({ groupId, errorCode });
    }
    return { throttleTimeMs: 0, results };
  }

  // ---- __consumer_offsets partitions: loading and unloading -----------------------------

  /**
   * Why a request for `groupId` cannot be served here: COORDINATOR_LOAD_IN_PROGRESS while its
   * partition is loading, NOT_COORDINATOR if this coordinator does not own it; NONE otherwise.
   */
  coordinatorError(groupId: string): ErrorCode {
    const state = this.partitionState(this.partitionFor(groupId));
    if (state === 'active') return ErrorCode.NONE;
    return state === 'loading' ? ErrorCode.COORDINATOR_LOAD_IN_PROGRESS : ErrorCode.NOT_COORDINATOR;
  }

  partitionState(partition: number): PartitionState {
    if (this.partitions === null) return 'active';
    return this.partitions.get(partition) ?? 'unowned';
  }

  /** This coordinator now owns `partition` and is reading it: its groups wait (COORDINATOR_LOAD_IN_PROGRESS). */
  beginLoading(partition: number): void {
    if (this.partitions === null) return;
    if (this.partitions.has(partition)) throw new Error(`__consumer_offsets partition ${partition} is already ${this.partitions.get(partition)}`);
    this.partitions.set(partition, 'loading');
  }

  /**
   * Installs what was read from `partition` and starts serving its groups: every group with
   * metadata (Stable with its members if it had any, who must heartbeat within their session
   * timeouts; Empty otherwise), and an Empty group for offsets without group metadata.
   */
  completeLoading(partition: number, loaded: LoadedPartition): void {
    if (this.partitions !== null && this.partitions.get(partition) !== 'loading') throw new Error(`__consumer_offsets partition ${partition} is not loading`);
    for (const snapshot of loaded.groups) this.loadGroup(snapshot);
    for (const [groupId, offsets] of loaded.offsets) {
      for (const o of offsets) this.offsets.load(groupId, o);
      if (!this.groups.has(groupId)) this.groups.set(groupId, new ClassicGroup(groupId, this.time.now()));
    }
    this.partitions?.set(partition, 'active');
  }

  /**
   * Gives up `partition` (its leadership moved, or loading failed): its groups and offsets are
   * forgotten without writing anything, and their parked requests get NOT_COORDINATOR.
   */
  unloadPartition(partition: number): void {
    for (const groupId of [...this.groups.keys()]) if (this.partitionFor(groupId) === partition) this.unloadGroup(groupId);
    for (const groupId of this.offsets.groupIds()) if (this.partitionFor(groupId) === partition) this.offsets.unload(groupId);
    this.partitions?.delete(partition);
  }

  /** Installs a group read back from `__consumer_offsets`; its members must heartbeat in time. */
  loadGroup(snapshot: GroupMetadataSnapshot): void {
    if (this.groups.has(snapshot.groupId)) throw new Error(`group ${snapshot.groupId} is already loaded`);
    const group = ClassicGroup.restore(snapshot, this.time.now());
    this.groups.set(group.groupId, group);
    for (const member of group.allMembers()) this.scheduleSession(group, member);
  }

  /**
   * Forgets a group because another broker now coordinates it (or this one is stopping):
   * parked requests get NOT_COORDINATOR so clients look the coordinator up again.
   */
  unloadGroup(groupId: string): void {
    const group = this.groups.get(groupId);
    if (!group) return;
    for (const m of group.allMembers()) {
      m.completeJoin((v) => joinResponse(v, { errorCode: ErrorCode.NOT_COORDINATOR, memberId: m.memberId }));
      m.completeSync(() => syncResponse(ErrorCode.NOT_COORDINATOR));
    }
    this.dropGroup(group);
  }

  /** Stops offset expiry, unloads every group and cancels every timer. */
  close(): void {
    this.closed = true;
    this.cancelExpiry?.();
    this.cancelExpiry = null;
    for (const groupId of [...this.groups.keys()]) this.unloadGroup(groupId);
    if (this.partitions !== null) this.partitions.clear();
  }

  private dropGroup(group: ClassicGroup): void {
    const timers = this.timers.get(group);
    if (timers) for (const cancel of timers.values()) cancel();
    this.timers.delete(group);
    group.transitionTo(GroupState.Dead, this.time.now());
    this.groups.delete(group.groupId);
  }

  // ---- timers ---------------------------------------------------------------------------

  private isCurrent(group: ClassicGroup): boolean {
    return this.groups.get(group.groupId) === group;
  }

  /** (Re)arms a member's session timer for its session timeout. */
  private scheduleSession(group: ClassicGroup, member: ClassicGroupMember): void {
    const memberId = member.memberId;
    this.schedule(group, heartbeatTimer(memberId), member.sessionTimeoutMs, () => this.expireSession(group, memberId));
  }

  /** Schedules `callback` under `key`, replacing a timer already under it. */
  private schedule(group: ClassicGroup, key: string, delayMs: number, callback: () => void): void {
    let timers = this.timers.get(group);
    if (!timers) this.timers.set(group, (timers = new Map()));
    timers.get(key)?.();
    const own = timers;
    const cancel = this.time.schedule(delayMs, () => {
      if (own.get(key) !== cancel) return;
      own.delete(key);
      if (this.isCurrent(group)) callback();
    });
    timers.set(key, cancel);
  }

  private cancel(group: ClassicGroup, key: string): void {
    const timers = this.timers.get(group);
    const cancel = timers?.get(key);
    if (!cancel) return;
    cancel();
    timers!.delete(key);
  }
}

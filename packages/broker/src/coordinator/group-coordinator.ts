/**
 * The group coordinator for classic groups: JoinGroup, SyncGroup, Heartbeat, LeaveGroup,
 * DescribeGroups, ListGroups and DeleteGroups, for any protocol type (`consumer`, `connect`,
 * ...). Each method takes a decoded request and its version and resolves to the response for
 * that version, so a handler only forwards. JoinGroup and SyncGroup resolve when their phase
 * of the rebalance completes, which may be long after the call.
 *
 * Files:
 *   group-state.ts          the state machine and its transition table (read this first)
 *   classic-group.ts        one group's data: members, leader, generation, protocol choice
 *   classic-group-member.ts one member: protocols, timeouts, assignment, parked requests
 *   group-coordinator.ts    this file: request handling, timers, persistence calls
 *   group-store.ts          the persistence seam (`__consumer_offsets` records), no-op for now
 *   partition-for.ts        group id -> `__consumer_offsets` partition, as Java computes it
 *   clock.ts                injected time and timers; ManualClock for tests
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
  type SyncGroupRequest,
  type SyncGroupResponse,
} from '@samsa/protocol';
import { ClassicGroup } from './classic-group.js';
import { ClassicGroupMember, EMPTY_BYTES, type MemberProtocol, type Parked } from './classic-group-member.js';
import { systemTime, type Cancel, type Clock, type Timer } from './clock.js';
import { DEFAULT_GROUP_COORDINATOR_CONFIG, type GroupCoordinatorConfig } from './coordinator-config.js';
import { canRebalance, GroupState } from './group-state.js';
import { NoopGroupStore, type GroupMetadataSnapshot, type GroupStore } from './group-store.js';
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
}

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
  const code = typeof err === 'object' && err !== null && typeof (err as { errorCode?: unknown }).errorCode === 'number' ? (err as { errorCode: ErrorCode }).errorCode : null;
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

export class GroupCoordinator {
  readonly config: Readonly<GroupCoordinatorConfig>;
  private readonly time: Clock & Timer;
  private readonly store: GroupStore;
  private readonly log: CoordinatorLogger;
  private readonly newMemberId: (prefix: string) => string;
  private readonly groups = new Map<string, ClassicGroup>();
  private readonly timers = new Map<ClassicGroup, Map<string, Cancel>>();

  constructor(options: GroupCoordinatorOptions = {}) {
    this.config = { ...DEFAULT_GROUP_COORDINATOR_CONFIG, ...options.config };
    this.time = options.time ?? systemTime;
    this.store = options.store ?? new NoopGroupStore();
    this.log = options.logger ?? silentLogger;
    this.newMemberId = options.memberIdGenerator ?? ((prefix) => `${prefix}-${randomUUID()}`);
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
    const metadata = group.currentMemberMetadata();
    for (const member of group.allMembers()) {
      const isLeader = group.isLeader(member.memberId);
      member.completeJoin((v) =>
        joinResponse(v, {
          errorCode: ErrorCode.NONE,
          memberId: member.memberId,
          generationId: group.generationId,
          protocolType: group.protocolType,
          protocolName: group.protocolName,
          leader: group.leaderId ?? '',
          members: isLeader ? metadata : [],
        }),
      );
      this.scheduleSession(group, member);
      member.isNew = false;
    }
    const generation = group.generationId;
    this.schedule(group, SYNC_TIMER, group.rebalanceTimeoutMs(), () => this.expirePendingSync(group, generation));
  }

  // ---- SyncGroup ------------------------------------------------------------------------

  async syncGroup(req: SyncGroupRequest, ctx: GroupRequestContext): Promise<SyncGroupResponse> {
    if (!req.groupId) return syncResponse(ErrorCode.INVALID_GROUP_ID);
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
    if (!req.groupId) {
      topLevel = ErrorCode.INVALID_GROUP_ID;
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

  // ---- offsets (seam) -------------------------------------------------------------------

  /**
   * Whether an OffsetCommit from this member may be written, by the classic rules: a commit
   * with generation -1 and no member is a standalone consumer's and is allowed while the group
   * is Empty (or unknown); otherwise the member and generation must be current, and not during
   * the sync phase. A valid commit counts as a heartbeat.
   */
  validateOffsetCommit(groupId: string, memberId: string, groupInstanceId: string | null, generationId: number): ErrorCode {
    const group = this.groups.get(groupId);
    if (!group) return generationId < 0 ? ErrorCode.NONE : ErrorCode.ILLEGAL_GENERATION;
    if (generationId < 0 && group.is(GroupState.Empty)) return ErrorCode.NONE;
    if (generationId >= 0 || memberId !== '' || groupInstanceId !== null) {
      const error = group.validateMember(memberId, groupInstanceId);
      if (error !== ErrorCode.NONE) return error;
      if (generationId !== group.generationId) return ErrorCode.ILLEGAL_GENERATION;
    } else if (!group.is(GroupState.Empty)) {
      return ErrorCode.UNKNOWN_MEMBER_ID;
    }
    if (group.is(GroupState.CompletingRebalance)) return ErrorCode.REBALANCE_IN_PROGRESS;
    const member = group.member(memberId);
    if (member) this.scheduleSession(group, member);
    return ErrorCode.NONE;
  }

  // ---- DescribeGroups, ListGroups, DeleteGroups -----------------------------------------

  async describeGroups(req: DescribeGroupsRequest, _ctx: GroupRequestContext): Promise<DescribeGroupsResponse> {
    return { throttleTimeMs: 0, groups: req.groups.map((groupId) => this.describeOne(groupId)) };
  }

  private describeOne(groupId: string): DescribeGroupsResponseDescribedGroup {
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

  /** Lists live groups; v4's states filter and v5's types filter match case-insensitively. */
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
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, groups };
  }

  /** Deletes Empty groups (and, through the store, their offsets); others are NON_EMPTY_GROUP. */
  async deleteGroups(req: DeleteGroupsRequest, _ctx: GroupRequestContext): Promise<DeleteGroupsResponse> {
    const results = [];
    for (const groupId of req.groupsNames) {
      const group = this.groups.get(groupId);
      let errorCode: number = ErrorCode.NONE;
      if (!group) {
        errorCode = ErrorCode.GROUP_ID_NOT_FOUND;
      } else if (!group.is(GroupState.Empty)) {
        errorCode = ErrorCode.NON_EMPTY_GROUP;
      } else {
        this.dropGroup(group);
        try {
          await this.store.deleteGroup(groupId);
        } catch (err) {
          errorCode = storeErrorToResponseError(err);
        }
        this.log.info({ groupId, errorCode }, 'group deleted');
      }
      results.push({ groupId, errorCode });
    }
    return { throttleTimeMs: 0, results };
  }

  // ---- loading and unloading (seams for __consumer_offsets partition moves) -------------

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

  /** Unloads every group and cancels every timer. */
  close(): void {
    for (const groupId of [...this.groups.keys()]) this.unloadGroup(groupId);
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

/**
 * A classic group's data and the rules that read only that data: membership (dynamic members,
 * static members by `group.instance.id`, members that were told MEMBER_ID_REQUIRED and have
 * not come back yet), the leader, the generation, the chosen protocol, and the state, which
 * changes only through `transitionTo` and so only along the table in `group-state.ts`.
 *
 * Nothing here schedules timers or answers requests; `group-coordinator.ts` does, and calls
 * in here to change the data. The protocol type is whatever the first member brings
 * (`consumer`, `connect`, ...): the coordinator never looks inside protocol metadata.
 *
 * Invariants:
 * - `staticMembers` maps each instance id to the id of a member in `members`, and every
 *   static member in `members` is mapped.
 * - `pendingJoin` and `members` are disjoint; `pendingSync` is a subset of `members`.
 * - `leaderId` is null only when there are no members; it names a member otherwise.
 * - `protocolType` is set from the first member to join and kept when the group empties (an
 *   Empty consumer group still lists as `consumer`); the next first member may change it.
 * - `protocolName` is non-null from the end of a join phase with members until the next join
 *   phase ends; it is null in an Empty group.
 */
import { ConsumerProtocolSubscription, ErrorCode, Reader, type JoinGroupResponseMember } from '@samsa/protocol';
import { ClassicGroupMember, EMPTY_BYTES, type MemberProtocol } from './classic-group-member.js';
import { GroupState, transition } from './group-state.js';
import type { GroupMetadataSnapshot } from './group-store.js';

export class ClassicGroup {
  private stateValue: GroupState = GroupState.Empty;
  private previousStateValue: GroupState = GroupState.Empty;
  private stateSince: number;

  generationId = 0;
  protocolType: string | null = null;
  protocolName: string | null = null;
  leaderId: string | null = null;
  /**
   * Set when a member arrives during the initial rebalance; the initial delay is then
   * extended once more (see `GroupCoordinatorConfig.groupInitialRebalanceDelayMs`).
   */
  newMemberAdded = false;

  /** In join order: the first member is the default leader. */
  private readonly members = new Map<string, ClassicGroupMember>();
  private readonly staticMembers = new Map<string, string>();
  private readonly pendingJoin = new Set<string>();
  private readonly pendingSync = new Set<string>();

  constructor(
    readonly groupId: string,
    now: number,
  ) {
    this.stateSince = now;
  }

  /**
   * Rebuilds a group from its stored metadata. This is loading, not a transition: the group
   * starts Stable if the record has members (they keep their assignments and must heartbeat
   * within their session timeouts) and Empty otherwise, as Kafka loads it.
   */
  static restore(snapshot: GroupMetadataSnapshot, now: number): ClassicGroup {
    const group = new ClassicGroup(snapshot.groupId, snapshot.currentStateTimestamp >= 0 ? snapshot.currentStateTimestamp : now);
    group.generationId = snapshot.generation;
    // An Empty group keeps the type its members had ('' is how Kafka writes "none").
    group.protocolType = snapshot.protocolType === '' ? null : snapshot.protocolType;
    for (const m of snapshot.members) {
      const member = new ClassicGroupMember(
        m.memberId,
        m.groupInstanceId,
        m.clientId,
        m.clientHost,
        m.rebalanceTimeoutMs,
        m.sessionTimeoutMs,
        snapshot.protocolType,
        snapshot.protocol === null ? [] : [{ name: snapshot.protocol, metadata: m.subscription }],
      );
      member.assignment = m.assignment;
      group.add(member);
    }
    if (group.size > 0) {
      group.stateValue = GroupState.Stable;
      group.protocolName = snapshot.protocol;
      if (snapshot.leader !== null && group.has(snapshot.leader)) group.leaderId = snapshot.leader;
    }
    return group;
  }

  get state(): GroupState {
    return this.stateValue;
  }

  /** The state before the current one; PreparingRebalance after Empty is the initial rebalance. */
  get previousState(): GroupState {
    return this.previousStateValue;
  }

  /** When the group entered its current state. */
  get stateTimestamp(): number {
    return this.stateSince;
  }

  is(state: GroupState): boolean {
    return this.stateValue === state;
  }

  /** Moves to `to`, throwing IllegalStateTransitionError if the table does not allow it. */
  transitionTo(to: GroupState, now: number): void {
    const from = this.stateValue;
    this.stateValue = transition(this.groupId, from, to);
    this.previousStateValue = from;
    this.stateSince = now;
  }

  // ---- membership -----------------------------------------------------------------------

  get size(): number {
    return this.members.size;
  }

  has(memberId: string): boolean {
    return this.members.has(memberId);
  }

  member(memberId: string): ClassicGroupMember | undefined {
    return this.members.get(memberId);
  }

  allMembers(): ClassicGroupMember[] {
    return [...this.members.values()];
  }

  isLeader(memberId: string): boolean {
    return this.leaderId === memberId;
  }

  staticMemberId(groupInstanceId: string): string | undefined {
    return this.staticMembers.get(groupInstanceId);
  }

  isPendingMember(memberId: string): boolean {
    return this.pendingJoin.has(memberId);
  }

  addPendingMember(memberId: string): void {
    if (this.members.has(memberId)) throw new Error(`${memberId} is already a member of ${this.groupId}`);
    this.pendingJoin.add(memberId);
  }

  removePendingMember(memberId: string): boolean {
    return this.pendingJoin.delete(memberId);
  }

  /** Adds a member; the first member sets the protocol type and, without a leader, becomes leader. */
  add(member: ClassicGroupMember): void {
    if (this.members.size === 0) this.protocolType = member.protocolType;
    this.members.set(member.memberId, member);
    if (member.groupInstanceId !== null) this.staticMembers.set(member.groupInstanceId, member.memberId);
    this.pendingJoin.delete(member.memberId);
    if (this.leaderId === null) this.leaderId = member.memberId;
  }

  /**
   * Removes a member (its parked requests are the caller's to answer). A departing leader is
   * replaced by the longest-standing remaining member until the next join phase elects one.
   */
  remove(memberId: string): ClassicGroupMember | undefined {
    const member = this.members.get(memberId);
    this.pendingJoin.delete(memberId);
    this.pendingSync.delete(memberId);
    if (!member) return undefined;
    this.members.delete(memberId);
    if (member.groupInstanceId !== null && this.staticMembers.get(member.groupInstanceId) === memberId) {
      this.staticMembers.delete(member.groupInstanceId);
    }
    if (this.leaderId === memberId) this.leaderId = this.members.keys().next().value ?? null;
    return member;
  }

  /**
   * A static member came back under a new member id: the new id takes over the old member's
   * protocols, timeouts and assignment (and its leadership). Returns the old member so the
   * caller can fence whatever request it still has parked.
   */
  replaceStaticMember(groupInstanceId: string, oldMemberId: string, newMemberId: string): { previous: ClassicGroupMember; current: ClassicGroupMember } {
    const previous = this.members.get(oldMemberId);
    if (!previous || this.staticMembers.get(groupInstanceId) !== oldMemberId) {
      throw new Error(`${oldMemberId} is not the static member ${groupInstanceId} of ${this.groupId}`);
    }
    const current = new ClassicGroupMember(
      newMemberId,
      groupInstanceId,
      previous.clientId,
      previous.clientHost,
      previous.rebalanceTimeoutMs,
      previous.sessionTimeoutMs,
      previous.protocolType,
      previous.protocols,
    );
    current.assignment = previous.assignment;
    this.members.delete(oldMemberId);
    this.members.set(newMemberId, current);
    this.staticMembers.set(groupInstanceId, newMemberId);
    if (this.pendingSync.delete(oldMemberId)) this.pendingSync.add(newMemberId);
    if (this.leaderId === oldMemberId) this.leaderId = newMemberId;
    return { previous, current };
  }

  /**
   * Checks a member's identity for SyncGroup, Heartbeat, LeaveGroup, OffsetCommit and a known
   * member's JoinGroup: an instance id must map to exactly this member id (another id means
   * this request comes from a fenced, older incarnation), and the member id must be known.
   */
  validateMember(memberId: string, groupInstanceId: string | null): ErrorCode {
    if (groupInstanceId !== null) {
      const mapped = this.staticMembers.get(groupInstanceId);
      if (mapped === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
      if (mapped !== memberId) return ErrorCode.FENCED_INSTANCE_ID;
    }
    return this.members.has(memberId) ? ErrorCode.NONE : ErrorCode.UNKNOWN_MEMBER_ID;
  }

  // ---- the join phase -------------------------------------------------------------------

  /** Members whose JoinGroup is parked. */
  numAwaitingJoin(): number {
    let n = 0;
    for (const m of this.members.values()) if (m.isAwaitingJoin) n++;
    return n;
  }

  /** Every member has rejoined and nobody told MEMBER_ID_REQUIRED is still expected back. */
  hasAllMembersJoined(): boolean {
    return this.numAwaitingJoin() === this.members.size && this.pendingJoin.size === 0;
  }

  notYetRejoinedMembers(): ClassicGroupMember[] {
    return this.allMembers().filter((m) => !m.isAwaitingJoin);
  }

  /**
   * Keeps the leader if it rejoined, else hands leadership to the earliest member that did.
   * False when no member rejoined (the join phase cannot end with a leader).
   */
  maybeElectNewJoinedLeader(): boolean {
    if (this.leaderId === null) return false;
    if (this.members.get(this.leaderId)?.isAwaitingJoin) return true;
    for (const m of this.members.values()) {
      if (m.isAwaitingJoin) {
        this.leaderId = m.memberId;
        return true;
      }
    }
    return false;
  }

  /** The longest of the members' rebalance timeouts: how long the join phase may wait. */
  rebalanceTimeoutMs(): number {
    let max = 0;
    for (const m of this.members.values()) max = Math.max(max, m.rebalanceTimeoutMs);
    return max;
  }

  /** Protocol names every member supports, in the first member's order of preference. */
  candidateProtocols(): string[] {
    const all = this.allMembers();
    if (all.length === 0) return [];
    return all[0]!.protocols.map((p) => p.name).filter((name) => all.every((m) => m.supports(name)));
  }

  /**
   * Whether a member with this protocol type and these protocols may join: the first member
   * may bring anything non-empty; later ones must match the type and share at least one
   * protocol with everyone already in the group.
   */
  supportsProtocols(protocolType: string, protocols: readonly MemberProtocol[]): boolean {
    if (this.members.size === 0) return protocolType !== '' && protocols.length > 0;
    if (protocolType !== this.protocolType) return false;
    const candidates = new Set(this.candidateProtocols());
    return protocols.some((p) => candidates.has(p.name));
  }

  /**
   * The protocol for the next generation, chosen as Kafka does: among the protocols all
   * members support, each member votes for the one it prefers most, and the most votes win.
   * Ties go to the protocol that got its first vote from the earliest member, so the choice
   * is deterministic.
   */
  selectProtocol(): string {
    const candidates = new Set(this.candidateProtocols());
    if (candidates.size === 0) throw new Error(`no protocol is supported by every member of ${this.groupId}`);
    const votes = new Map<string, number>();
    for (const m of this.members.values()) {
      const choice = m.vote(candidates);
      votes.set(choice, (votes.get(choice) ?? 0) + 1);
    }
    let best: string | null = null;
    let bestVotes = -1;
    for (const [name, n] of votes) {
      if (n > bestVotes) {
        best = name;
        bestVotes = n;
      }
    }
    return best!;
  }

  /**
   * Starts the next generation once the join phase ends: CompletingRebalance with a chosen
   * protocol if anyone is left, otherwise Empty.
   */
  initNextGeneration(now: number): void {
    this.generationId++;
    this.pendingSync.clear();
    if (this.members.size > 0) {
      this.protocolName = this.selectProtocol();
      this.transitionTo(GroupState.CompletingRebalance, now);
      for (const id of this.members.keys()) this.pendingSync.add(id);
    } else {
      this.protocolName = null;
      this.transitionTo(GroupState.Empty, now);
    }
  }

  /** Each member's id, instance id and metadata for the chosen protocol: what the leader receives. */
  currentMemberMetadata(): JoinGroupResponseMember[] {
    return this.allMembers().map((m) => ({
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId,
      metadata: m.metadataFor(this.protocolName),
    }));
  }

  // ---- the sync phase -------------------------------------------------------------------

  /** Notes that `memberId` sent SyncGroup; true when nobody is missing any more. */
  markSynced(memberId: string): boolean {
    this.pendingSync.delete(memberId);
    return this.pendingSync.size === 0;
  }

  clearPendingSync(): void {
    this.pendingSync.clear();
  }

  pendingSyncMembers(): string[] {
    return [...this.pendingSync];
  }

  /**
   * The topics a consumer group's members subscribe to, read from their metadata for the
   * chosen protocol (ConsumerProtocolSubscription). Null when that is unknown: not a
   * `consumer` group, no protocol chosen, or metadata that does not parse -- callers then
   * assume every topic is subscribed.
   */
  subscribedTopics(): Set<string> | null {
    if (this.protocolType !== 'consumer' || this.protocolName === null || this.members.size === 0) return null;
    const topics = new Set<string>();
    for (const m of this.members.values()) {
      const parsed = parseSubscription(m.metadataFor(this.protocolName));
      if (parsed === null) return null;
      for (const t of parsed) topics.add(t);
    }
    return topics;
  }

  // ---- views ----------------------------------------------------------------------------

  /**
   * The group as a GroupMetadataValue. `assignment` overrides the members' stored ones (the
   * leader's assignment is written before it is applied).
   */
  snapshot(assignment?: ReadonlyMap<string, Buffer>): GroupMetadataSnapshot {
    return {
      groupId: this.groupId,
      protocolType: this.protocolType ?? '',
      generation: this.generationId,
      protocol: this.protocolName,
      leader: this.leaderId,
      currentStateTimestamp: this.stateSince,
      members: this.allMembers().map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        rebalanceTimeoutMs: m.rebalanceTimeoutMs,
        sessionTimeoutMs: m.sessionTimeoutMs,
        subscription: m.metadataFor(this.protocolName),
        assignment: assignment?.get(m.memberId) ?? m.assignment,
      })),
    };
  }

  /**
   * Member metadata and assignments are shown only while Stable, when they are a consistent
   * picture of one generation; in other states the members are listed without them.
   */
  describe(): GroupDescription {
    const stable = this.is(GroupState.Stable);
    return {
      groupId: this.groupId,
      state: this.stateValue,
      protocolType: this.protocolType ?? '',
      protocol: stable ? (this.protocolName ?? '') : '',
      generationId: this.generationId,
      leaderId: this.leaderId,
      members: this.allMembers().map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        metadata: stable ? m.metadataFor(this.protocolName) : EMPTY_BYTES,
        assignment: stable ? m.assignment : EMPTY_BYTES,
      })),
    };
  }
}

export interface GroupDescription {
  groupId: string;
  state: GroupState;
  protocolType: string;
  /** The chosen protocol while Stable, '' otherwise (DescribeGroups' protocolData). */
  protocol: string;
  generationId: number;
  leaderId: string | null;
  members: {
    memberId: string;
    groupInstanceId: string | null;
    clientId: string;
    clientHost: string;
    metadata: Buffer;
    assignment: Buffer;
  }[];
}

/**
 * The topics of a ConsumerProtocolSubscription. Like Kafka, a version newer than we know is
 * read as the newest we know (later versions only append fields).
 */
function parseSubscription(metadata: Buffer): string[] | null {
  try {
    const r = new Reader(metadata);
    const version = r.int16();
    if (version < 0) return null;
    return ConsumerProtocolSubscription.decode(r, Math.min(version, ConsumerProtocolSubscription.maxVersion)).topics;
  } catch {
    return null;
  }
}

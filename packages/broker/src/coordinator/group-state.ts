/**
 * The state machine of a classic group (the JoinGroup/SyncGroup protocol).
 *
 * A rebalance has two phases. In the join phase (PreparingRebalance) the coordinator parks
 * every member's JoinGroup until all known members have rejoined or the rebalance timeout
 * runs out; then it opens a new generation, picks the protocol, and answers every JoinGroup,
 * the leader's with all members' metadata. In the sync phase (CompletingRebalance) it parks
 * SyncGroup requests until the leader sends the assignment, then answers each member with its
 * share and the group is Stable until membership or metadata changes again.
 *
 *   from                 to                    event
 *   -------------------  --------------------  ------------------------------------------------
 *   Empty                PreparingRebalance    a member joins (the first rebalance waits
 *                                              group.initial.rebalance.delay.ms for others)
 *   PreparingRebalance   CompletingRebalance   join phase ends with members: every member has
 *                                              rejoined, or the rebalance timeout (or initial
 *                                              delay) expired; generation + 1, protocol chosen
 *   PreparingRebalance   Empty                 join phase ends with no members left (all left
 *                                              or expired during the rebalance); generation + 1
 *   CompletingRebalance  Stable                the leader's SyncGroup assignment is stored and
 *                                              handed to every member
 *   CompletingRebalance  PreparingRebalance    a member joins, rejoins with new metadata,
 *                                              leaves, misses its session timeout, or has not
 *                                              sent SyncGroup within the rebalance timeout;
 *                                              parked SyncGroups get REBALANCE_IN_PROGRESS
 *   Stable               PreparingRebalance    a new member joins, the leader rejoins, a member
 *                                              rejoins with new metadata, a member leaves or
 *                                              misses its session timeout, a static member
 *                                              returns with protocols that change the choice
 *   Empty                Dead                  DeleteGroups, or the group is unloaded
 *   PreparingRebalance   Dead                  the group is unloaded (its __consumer_offsets
 *   CompletingRebalance  Dead                    partition moves to another broker); parked
 *   Stable               Dead                    requests get NOT_COORDINATOR
 *
 * Every other pair is illegal and throws, including a state to itself: a rebalance is never
 * "restarted" in place, and Dead is terminal (a group id that comes back gets a new object).
 * Note there is no Stable -> Empty: the last member leaving starts a rebalance that ends with
 * no members, so the generation still advances and stale commits are rejected.
 */

export const GroupState = {
  Empty: 'Empty',
  PreparingRebalance: 'PreparingRebalance',
  CompletingRebalance: 'CompletingRebalance',
  Stable: 'Stable',
  Dead: 'Dead',
} as const;
export type GroupState = (typeof GroupState)[keyof typeof GroupState];

export const ALL_GROUP_STATES: readonly GroupState[] = Object.values(GroupState);

/** The legal transitions, by target state: the states a group may enter it from. */
const VALID_PREVIOUS: Readonly<Record<GroupState, ReadonlySet<GroupState>>> = {
  Empty: new Set([GroupState.PreparingRebalance]),
  PreparingRebalance: new Set([GroupState.Empty, GroupState.CompletingRebalance, GroupState.Stable]),
  CompletingRebalance: new Set([GroupState.PreparingRebalance]),
  Stable: new Set([GroupState.CompletingRebalance]),
  Dead: new Set([GroupState.Empty, GroupState.PreparingRebalance, GroupState.CompletingRebalance, GroupState.Stable]),
};

export function isValidTransition(from: GroupState, to: GroupState): boolean {
  return VALID_PREVIOUS[to].has(from);
}

/** A rebalance can start only from the states listed for PreparingRebalance. */
export function canRebalance(state: GroupState): boolean {
  return isValidTransition(state, GroupState.PreparingRebalance);
}

export class IllegalStateTransitionError extends Error {
  constructor(
    readonly groupId: string,
    readonly from: GroupState,
    readonly to: GroupState,
  ) {
    super(`group ${JSON.stringify(groupId)} cannot go from ${from} to ${to}`);
    this.name = 'IllegalStateTransitionError';
  }
}

/** Checks a transition; returns the new state or throws. */
export function transition(groupId: string, from: GroupState, to: GroupState): GroupState {
  if (!isValidTransition(from, to)) throw new IllegalStateTransitionError(groupId, from, to);
  return to;
}

/**
 * Parses a state name as ListGroups' states filter and the admin tools spell it
 * (case-insensitive: kafka-consumer-groups sends "STABLE", others "Stable").
 */
export function parseGroupState(name: string): GroupState | null {
  const lower = name.toLowerCase();
  return ALL_GROUP_STATES.find((s) => s.toLowerCase() === lower) ?? null;
}

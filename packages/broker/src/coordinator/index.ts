/**
 * The group coordinator's public surface. `group-coordinator.ts` starts with a map of the
 * folder; `group-state.ts` holds the state diagram.
 */
export { GroupCoordinator, storeErrorToResponseError, type CoordinatorLogger, type GroupCoordinatorOptions, type GroupRequestContext } from './group-coordinator.js';
export { ClassicGroup, type GroupDescription } from './classic-group.js';
export { ClassicGroupMember, type MemberProtocol } from './classic-group-member.js';
export { GroupState, ALL_GROUP_STATES, IllegalStateTransitionError, canRebalance, isValidTransition, parseGroupState, transition } from './group-state.js';
export { NoopGroupStore, type CommittedOffset, type GroupMemberSnapshot, type GroupMetadataSnapshot, type GroupStore } from './group-store.js';
export { DEFAULT_GROUP_COORDINATOR_CONFIG, type GroupCoordinatorConfig } from './coordinator-config.js';
export { DEFAULT_OFFSETS_TOPIC_PARTITIONS, javaStringHashCode, javaUtilsAbs, partitionFor } from './partition-for.js';
export { ManualClock, systemTime, type Cancel, type Clock, type Timer } from './clock.js';

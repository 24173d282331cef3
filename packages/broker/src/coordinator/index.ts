/**
 * The group coordinator's public surface. `group-coordinator.ts` starts with a map of the
 * folder; `group-state.ts` holds the state diagram.
 */
export { GroupCoordinator, commitErrorToResponseError, storeErrorToResponseError, type CoordinatorLogger, type GroupCoordinatorOptions, type GroupRequestContext, type PartitionState } from './group-coordinator.js';
export { ClassicGroup, type GroupDescription } from './classic-group.js';
export { ClassicGroupMember, type MemberProtocol } from './classic-group-member.js';
export { GroupState, ALL_GROUP_STATES, IllegalStateTransitionError, canRebalance, isValidTransition, parseGroupState, transition } from './group-state.js';
export { NoopGroupStore, type CommittedOffset, type GroupMemberSnapshot, type GroupMetadataSnapshot, type GroupStore, type LoadedPartition, type OffsetRef } from './group-store.js';
export { OffsetStore, type PendingWrite } from './offset-store.js';
export { OFFSETS_TOPIC, decodeOffsetsTopicRecord, groupMetadataKey, groupMetadataValue, offsetCommitKey, offsetCommitValue, OffsetsRecordError, type OffsetsTopicRecord } from './offsets-records.js';
export { OffsetsTopicStore, OffsetsStoreError, loadOffsetsPartition, type OffsetsPartitionLog, type OffsetsTopicStoreOptions } from './offsets-topic-store.js';
export { GroupCoordinatorService } from './coordinator-service.js';
export { DEFAULT_GROUP_COORDINATOR_CONFIG, type GroupCoordinatorConfig } from './coordinator-config.js';
export { DEFAULT_OFFSETS_TOPIC_PARTITIONS, javaStringHashCode, javaUtilsAbs, partitionFor } from './partition-for.js';
export { ManualClock, systemTime, type Cancel, type Clock, type Timer } from './clock.js';

/**
 * Kafka's error codes: the numbers that travel in every response's `errorCode` fields, their
 * names as Kafka spells them, whether a client may retry, and a short readable message for
 * logs and the CLI.
 *
 * The table follows the error table of the Kafka protocol guide (codes -1 to 133, up to
 * Kafka 4.1). Retriability is the guide's: it says whether retrying the same request can
 * succeed once some transient state changes (a leader election, a coordinator load).
 */

/** Error codes by name (`ErrorCode.UNKNOWN_TOPIC_OR_PARTITION === 3`). */
export const ErrorCode = {
  UNKNOWN_SERVER_ERROR: -1,
  NONE: 0,
  OFFSET_OUT_OF_RANGE: 1,
  CORRUPT_MESSAGE: 2,
  UNKNOWN_TOPIC_OR_PARTITION: 3,
  INVALID_FETCH_SIZE: 4,
  LEADER_NOT_AVAILABLE: 5,
  NOT_LEADER_OR_FOLLOWER: 6,
  REQUEST_TIMED_OUT: 7,
  BROKER_NOT_AVAILABLE: 8,
  REPLICA_NOT_AVAILABLE: 9,
  MESSAGE_TOO_LARGE: 10,
  STALE_CONTROLLER_EPOCH: 11,
  OFFSET_METADATA_TOO_LARGE: 12,
  NETWORK_EXCEPTION: 13,
  COORDINATOR_LOAD_IN_PROGRESS: 14,
  COORDINATOR_NOT_AVAILABLE: 15,
  NOT_COORDINATOR: 16,
  INVALID_TOPIC_EXCEPTION: 17,
  RECORD_LIST_TOO_LARGE: 18,
  NOT_ENOUGH_REPLICAS: 19,
  NOT_ENOUGH_REPLICAS_AFTER_APPEND: 20,
  INVALID_REQUIRED_ACKS: 21,
  ILLEGAL_GENERATION: 22,
  INCONSISTENT_GROUP_PROTOCOL: 23,
  INVALID_GROUP_ID: 24,
  UNKNOWN_MEMBER_ID: 25,
  INVALID_SESSION_TIMEOUT: 26,
  REBALANCE_IN_PROGRESS: 27,
  INVALID_COMMIT_OFFSET_SIZE: 28,
  TOPIC_AUTHORIZATION_FAILED: 29,
  GROUP_AUTHORIZATION_FAILED: 30,
  CLUSTER_AUTHORIZATION_FAILED: 31,
  INVALID_TIMESTAMP: 32,
  UNSUPPORTED_SASL_MECHANISM: 33,
  ILLEGAL_SASL_STATE: 34,
  UNSUPPORTED_VERSION: 35,
  TOPIC_ALREADY_EXISTS: 36,
  INVALID_PARTITIONS: 37,
  INVALID_REPLICATION_FACTOR: 38,
  INVALID_REPLICA_ASSIGNMENT: 39,
  INVALID_CONFIG: 40,
  NOT_CONTROLLER: 41,
  INVALID_REQUEST: 42,
  UNSUPPORTED_FOR_MESSAGE_FORMAT: 43,
  POLICY_VIOLATION: 44,
  OUT_OF_ORDER_SEQUENCE_NUMBER: 45,
  DUPLICATE_SEQUENCE_NUMBER: 46,
  INVALID_PRODUCER_EPOCH: 47,
  INVALID_TXN_STATE: 48,
  INVALID_PRODUCER_ID_MAPPING: 49,
  INVALID_TRANSACTION_TIMEOUT: 50,
  CONCURRENT_TRANSACTIONS: 51,
  TRANSACTION_COORDINATOR_FENCED: 52,
  TRANSACTIONAL_ID_AUTHORIZATION_FAILED: 53,
  SECURITY_DISABLED: 54,
  OPERATION_NOT_ATTEMPTED: 55,
  KAFKA_STORAGE_ERROR: 56,
  LOG_DIR_NOT_FOUND: 57,
  SASL_AUTHENTICATION_FAILED: 58,
  UNKNOWN_PRODUCER_ID: 59,
  REASSIGNMENT_IN_PROGRESS: 60,
  DELEGATION_TOKEN_AUTH_DISABLED: 61,
  DELEGATION_TOKEN_NOT_FOUND: 62,
  DELEGATION_TOKEN_OWNER_MISMATCH: 63,
  DELEGATION_TOKEN_REQUEST_NOT_ALLOWED: 64,
  DELEGATION_TOKEN_AUTHORIZATION_FAILED: 65,
  DELEGATION_TOKEN_EXPIRED: 66,
  INVALID_PRINCIPAL_TYPE: 67,
  NON_EMPTY_GROUP: 68,
  GROUP_ID_NOT_FOUND: 69,
  FETCH_SESSION_ID_NOT_FOUND: 70,
  INVALID_FETCH_SESSION_EPOCH: 71,
  LISTENER_NOT_FOUND: 72,
  TOPIC_DELETION_DISABLED: 73,
  FENCED_LEADER_EPOCH: 74,
  UNKNOWN_LEADER_EPOCH: 75,
  UNSUPPORTED_COMPRESSION_TYPE: 76,
  STALE_BROKER_EPOCH: 77,
  OFFSET_NOT_AVAILABLE: 78,
  MEMBER_ID_REQUIRED: 79,
  PREFERRED_LEADER_NOT_AVAILABLE: 80,
  GROUP_MAX_SIZE_REACHED: 81,
  FENCED_INSTANCE_ID: 82,
  ELIGIBLE_LEADERS_NOT_AVAILABLE: 83,
  ELECTION_NOT_NEEDED: 84,
  NO_REASSIGNMENT_IN_PROGRESS: 85,
  GROUP_SUBSCRIBED_TO_TOPIC: 86,
  INVALID_RECORD: 87,
  UNSTABLE_OFFSET_COMMIT: 88,
  THROTTLING_QUOTA_EXCEEDED: 89,
  PRODUCER_FENCED: 90,
  RESOURCE_NOT_FOUND: 91,
  DUPLICATE_RESOURCE: 92,
  UNACCEPTABLE_CREDENTIAL: 93,
  INCONSISTENT_VOTER_SET: 94,
  INVALID_UPDATE_VERSION: 95,
  FEATURE_UPDATE_FAILED: 96,
  PRINCIPAL_DESERIALIZATION_FAILURE: 97,
  SNAPSHOT_NOT_FOUND: 98,
  POSITION_OUT_OF_RANGE: 99,
  UNKNOWN_TOPIC_ID: 100,
  DUPLICATE_BROKER_REGISTRATION: 101,
  BROKER_ID_NOT_REGISTERED: 102,
  INCONSISTENT_TOPIC_ID: 103,
  INCONSISTENT_CLUSTER_ID: 104,
  TRANSACTIONAL_ID_NOT_FOUND: 105,
  FETCH_SESSION_TOPIC_ID_ERROR: 106,
  INELIGIBLE_REPLICA: 107,
  NEW_LEADER_ELECTED: 108,
  OFFSET_MOVED_TO_TIERED_STORAGE: 109,
  FENCED_MEMBER_EPOCH: 110,
  UNRELEASED_INSTANCE_ID: 111,
  UNSUPPORTED_ASSIGNOR: 112,
  STALE_MEMBER_EPOCH: 113,
  MISMATCHED_ENDPOINT_TYPE: 114,
  UNSUPPORTED_ENDPOINT_TYPE: 115,
  UNKNOWN_CONTROLLER_ID: 116,
  UNKNOWN_SUBSCRIPTION_ID: 117,
  TELEMETRY_TOO_LARGE: 118,
  INVALID_REGISTRATION: 119,
  TRANSACTION_ABORTABLE: 120,
  INVALID_RECORD_STATE: 121,
  SHARE_SESSION_NOT_FOUND: 122,
  INVALID_SHARE_SESSION_EPOCH: 123,
  FENCED_STATE_EPOCH: 124,
  INVALID_VOTER_KEY: 125,
  DUPLICATE_VOTER: 126,
  VOTER_NOT_FOUND: 127,
  INVALID_REGULAR_EXPRESSION: 128,
  REBOOTSTRAP_REQUIRED: 129,
  STREAMS_INVALID_TOPOLOGY: 130,
  STREAMS_INVALID_TOPOLOGY_EPOCH: 131,
  STREAMS_TOPOLOGY_FENCED: 132,
  SHARE_SESSION_LIMIT_REACHED: 133,
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
export type ErrorName = keyof typeof ErrorCode;

interface ErrorInfo {
  readonly name: ErrorName;
  readonly retriable: boolean;
  readonly message: string;
}

// [code, retriable, message]; the name comes from ErrorCode.
const TABLE: readonly (readonly [ErrorCode, boolean, string])[] = [
  [ErrorCode.UNKNOWN_SERVER_ERROR, false, 'The server hit an unexpected error while handling the request.'],
  [ErrorCode.NONE, false, 'No error.'],
  [ErrorCode.OFFSET_OUT_OF_RANGE, false, 'The offset is outside the range the partition log holds.'],
  [ErrorCode.CORRUPT_MESSAGE, true, 'A record failed validation: bad CRC, invalid size, null key on a compacted topic, or otherwise corrupt.'],
  [ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, true, 'This broker does not host the topic or partition.'],
  [ErrorCode.INVALID_FETCH_SIZE, false, 'The fetch size is not valid.'],
  [ErrorCode.LEADER_NOT_AVAILABLE, true, 'The partition has no leader right now (an election is in progress).'],
  [ErrorCode.NOT_LEADER_OR_FOLLOWER, true, 'This broker is not the leader of the partition (or not a replica of it, for requests any replica may serve).'],
  [ErrorCode.REQUEST_TIMED_OUT, true, 'The request timed out.'],
  [ErrorCode.BROKER_NOT_AVAILABLE, false, 'The broker is not available.'],
  [ErrorCode.REPLICA_NOT_AVAILABLE, true, 'The replica is not available for the partition.'],
  [ErrorCode.MESSAGE_TOO_LARGE, false, 'A record batch is larger than the largest message size the broker accepts.'],
  [ErrorCode.STALE_CONTROLLER_EPOCH, false, 'The request came from a controller whose epoch is out of date.'],
  [ErrorCode.OFFSET_METADATA_TOO_LARGE, false, 'The metadata string of the committed offset is too long.'],
  [ErrorCode.NETWORK_EXCEPTION, true, 'The connection closed before a response arrived.'],
  [ErrorCode.COORDINATOR_LOAD_IN_PROGRESS, true, 'The coordinator is still loading its state.'],
  [ErrorCode.COORDINATOR_NOT_AVAILABLE, true, 'The coordinator is not available.'],
  [ErrorCode.NOT_COORDINATOR, true, 'This broker is not the coordinator for the group or transactional id.'],
  [ErrorCode.INVALID_TOPIC_EXCEPTION, false, 'The topic name is not valid or the operation is not allowed on this topic.'],
  [ErrorCode.RECORD_LIST_TOO_LARGE, false, 'The record batch is larger than the segment size.'],
  [ErrorCode.NOT_ENOUGH_REPLICAS, true, 'Fewer in-sync replicas than required; the records were not written.'],
  [ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND, true, 'The records were written, but to fewer in-sync replicas than required.'],
  [ErrorCode.INVALID_REQUIRED_ACKS, false, 'The acks value of the produce request is not valid.'],
  [ErrorCode.ILLEGAL_GENERATION, false, 'The group generation id is not the current one.'],
  [ErrorCode.INCONSISTENT_GROUP_PROTOCOL, false, 'The member\'s protocols do not match those of the group (or are empty).'],
  [ErrorCode.INVALID_GROUP_ID, false, 'The group id is not valid.'],
  [ErrorCode.UNKNOWN_MEMBER_ID, false, 'The coordinator does not know this member id.'],
  [ErrorCode.INVALID_SESSION_TIMEOUT, false, 'The session timeout is outside the range the broker allows.'],
  [ErrorCode.REBALANCE_IN_PROGRESS, false, 'The group is rebalancing; the member must rejoin.'],
  [ErrorCode.INVALID_COMMIT_OFFSET_SIZE, false, 'The offset commit data has an invalid size.'],
  [ErrorCode.TOPIC_AUTHORIZATION_FAILED, false, 'Not authorized to access the topic.'],
  [ErrorCode.GROUP_AUTHORIZATION_FAILED, false, 'Not authorized to access the group.'],
  [ErrorCode.CLUSTER_AUTHORIZATION_FAILED, false, 'Not authorized for this cluster operation.'],
  [ErrorCode.INVALID_TIMESTAMP, false, 'A record timestamp is outside the accepted range.'],
  [ErrorCode.UNSUPPORTED_SASL_MECHANISM, false, 'The broker does not support this SASL mechanism.'],
  [ErrorCode.ILLEGAL_SASL_STATE, false, 'The request is not valid in the current SASL state.'],
  [ErrorCode.UNSUPPORTED_VERSION, false, 'The broker does not support this API version.'],
  [ErrorCode.TOPIC_ALREADY_EXISTS, false, 'A topic with this name already exists.'],
  [ErrorCode.INVALID_PARTITIONS, false, 'The number of partitions is not valid.'],
  [ErrorCode.INVALID_REPLICATION_FACTOR, false, 'The replication factor is not valid.'],
  [ErrorCode.INVALID_REPLICA_ASSIGNMENT, false, 'The replica assignment is not valid.'],
  [ErrorCode.INVALID_CONFIG, false, 'The configuration is not valid.'],
  [ErrorCode.NOT_CONTROLLER, true, 'This broker is not the controller.'],
  [ErrorCode.INVALID_REQUEST, false, 'The request is malformed or not valid for this broker; the broker log has details.'],
  [ErrorCode.UNSUPPORTED_FOR_MESSAGE_FORMAT, false, 'The record format on the broker does not support this request.'],
  [ErrorCode.POLICY_VIOLATION, false, 'The request violates a configured policy.'],
  [ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER, false, 'The producer sequence number is out of order.'],
  [ErrorCode.DUPLICATE_SEQUENCE_NUMBER, false, 'The producer sequence number is a duplicate.'],
  [ErrorCode.INVALID_PRODUCER_EPOCH, false, 'The producer epoch is old: a newer producer took over or the transaction expired.'],
  [ErrorCode.INVALID_TXN_STATE, false, 'The transactional operation is not valid in the current transaction state.'],
  [ErrorCode.INVALID_PRODUCER_ID_MAPPING, false, 'The producer id is not the one assigned to this transactional id.'],
  [ErrorCode.INVALID_TRANSACTION_TIMEOUT, false, 'The transaction timeout exceeds the broker\'s maximum.'],
  [ErrorCode.CONCURRENT_TRANSACTIONS, true, 'Another operation on the same transaction is still in progress.'],
  [ErrorCode.TRANSACTION_COORDINATOR_FENCED, false, 'The transaction coordinator that sent the markers is no longer current.'],
  [ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED, false, 'Not authorized to use this transactional id.'],
  [ErrorCode.SECURITY_DISABLED, false, 'Security features are disabled.'],
  [ErrorCode.OPERATION_NOT_ATTEMPTED, false, 'The broker skipped this operation because another part of the batch failed.'],
  [ErrorCode.KAFKA_STORAGE_ERROR, true, 'A disk error occurred while accessing the log.'],
  [ErrorCode.LOG_DIR_NOT_FOUND, false, 'The log directory is not configured on the broker.'],
  [ErrorCode.SASL_AUTHENTICATION_FAILED, false, 'SASL authentication failed.'],
  [ErrorCode.UNKNOWN_PRODUCER_ID, false, 'The broker has no state for this producer id (its records may have been removed).'],
  [ErrorCode.REASSIGNMENT_IN_PROGRESS, false, 'A partition reassignment is in progress.'],
  [ErrorCode.DELEGATION_TOKEN_AUTH_DISABLED, false, 'Delegation tokens are not enabled.'],
  [ErrorCode.DELEGATION_TOKEN_NOT_FOUND, false, 'The delegation token was not found.'],
  [ErrorCode.DELEGATION_TOKEN_OWNER_MISMATCH, false, 'The principal is not the owner or a renewer of the token.'],
  [ErrorCode.DELEGATION_TOKEN_REQUEST_NOT_ALLOWED, false, 'Delegation token requests are not allowed on this kind of connection.'],
  [ErrorCode.DELEGATION_TOKEN_AUTHORIZATION_FAILED, false, 'Not authorized for this delegation token operation.'],
  [ErrorCode.DELEGATION_TOKEN_EXPIRED, false, 'The delegation token has expired.'],
  [ErrorCode.INVALID_PRINCIPAL_TYPE, false, 'The principal type is not supported.'],
  [ErrorCode.NON_EMPTY_GROUP, false, 'The group still has members.'],
  [ErrorCode.GROUP_ID_NOT_FOUND, false, 'The group does not exist.'],
  [ErrorCode.FETCH_SESSION_ID_NOT_FOUND, true, 'The fetch session was not found.'],
  [ErrorCode.INVALID_FETCH_SESSION_EPOCH, true, 'The fetch session epoch is not valid.'],
  [ErrorCode.LISTENER_NOT_FOUND, true, 'The leader has no listener matching the one the metadata request came in on.'],
  [ErrorCode.TOPIC_DELETION_DISABLED, false, 'Topic deletion is disabled.'],
  [ErrorCode.FENCED_LEADER_EPOCH, true, 'The leader epoch in the request is older than the broker\'s.'],
  [ErrorCode.UNKNOWN_LEADER_EPOCH, true, 'The leader epoch in the request is newer than the broker\'s.'],
  [ErrorCode.UNSUPPORTED_COMPRESSION_TYPE, false, 'The client does not support the compression type of the partition.'],
  [ErrorCode.STALE_BROKER_EPOCH, false, 'The broker epoch is out of date.'],
  [ErrorCode.OFFSET_NOT_AVAILABLE, true, 'The offset is not available yet: the high watermark has not caught up after a leader change.'],
  [ErrorCode.MEMBER_ID_REQUIRED, false, 'The member must rejoin with the member id the coordinator assigned.'],
  [ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE, true, 'The preferred leader is not available.'],
  [ErrorCode.GROUP_MAX_SIZE_REACHED, false, 'The group has reached its maximum size.'],
  [ErrorCode.FENCED_INSTANCE_ID, false, 'Another member with the same group instance id has registered.'],
  [ErrorCode.ELIGIBLE_LEADERS_NOT_AVAILABLE, true, 'No eligible leader is available for the partition.'],
  [ErrorCode.ELECTION_NOT_NEEDED, true, 'The partition does not need a leader election.'],
  [ErrorCode.NO_REASSIGNMENT_IN_PROGRESS, false, 'No partition reassignment is in progress.'],
  [ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC, false, 'Offsets cannot be deleted while the group is subscribed to the topic.'],
  [ErrorCode.INVALID_RECORD, false, 'A record failed the broker\'s validation and was rejected.'],
  [ErrorCode.UNSTABLE_OFFSET_COMMIT, true, 'Pending transactional offsets must be resolved first.'],
  [ErrorCode.THROTTLING_QUOTA_EXCEEDED, true, 'The throttling quota was exceeded.'],
  [ErrorCode.PRODUCER_FENCED, false, 'A newer producer with the same transactional id has fenced this one.'],
  [ErrorCode.RESOURCE_NOT_FOUND, false, 'The request referred to a resource that does not exist.'],
  [ErrorCode.DUPLICATE_RESOURCE, false, 'The request referred to the same resource twice.'],
  [ErrorCode.UNACCEPTABLE_CREDENTIAL, false, 'The credential does not meet the acceptance criteria.'],
  [ErrorCode.INCONSISTENT_VOTER_SET, false, 'The sender or receiver of a voter-only request is not an expected voter.'],
  [ErrorCode.INVALID_UPDATE_VERSION, false, 'The update version is not valid.'],
  [ErrorCode.FEATURE_UPDATE_FAILED, false, 'The finalized features could not be updated.'],
  [ErrorCode.PRINCIPAL_DESERIALIZATION_FAILURE, false, 'The forwarded request\'s principal could not be deserialized.'],
  [ErrorCode.SNAPSHOT_NOT_FOUND, false, 'The snapshot was not found.'],
  [ErrorCode.POSITION_OUT_OF_RANGE, false, 'The position is outside the snapshot.'],
  [ErrorCode.UNKNOWN_TOPIC_ID, true, 'This broker does not host a topic with this id.'],
  [ErrorCode.DUPLICATE_BROKER_REGISTRATION, false, 'This broker id is already registered.'],
  [ErrorCode.BROKER_ID_NOT_REGISTERED, false, 'This broker id is not registered.'],
  [ErrorCode.INCONSISTENT_TOPIC_ID, true, 'The topic id in the request does not match the log\'s.'],
  [ErrorCode.INCONSISTENT_CLUSTER_ID, false, 'The cluster id in the request does not match the broker\'s.'],
  [ErrorCode.TRANSACTIONAL_ID_NOT_FOUND, false, 'The transactional id was not found.'],
  [ErrorCode.FETCH_SESSION_TOPIC_ID_ERROR, true, 'The fetch session used topic ids inconsistently.'],
  [ErrorCode.INELIGIBLE_REPLICA, false, 'The proposed ISR contains a replica that is not eligible.'],
  [ErrorCode.NEW_LEADER_ELECTED, false, 'The ISR change was applied but the partition has a new leader.'],
  [ErrorCode.OFFSET_MOVED_TO_TIERED_STORAGE, false, 'The offset has moved to tiered storage.'],
  [ErrorCode.FENCED_MEMBER_EPOCH, false, 'The member epoch is fenced; the member must give up its partitions and rejoin.'],
  [ErrorCode.UNRELEASED_INSTANCE_ID, false, 'The group instance id is still held by another member.'],
  [ErrorCode.UNSUPPORTED_ASSIGNOR, false, 'The group does not support this assignor or its version.'],
  [ErrorCode.STALE_MEMBER_EPOCH, false, 'The member epoch is stale; retry after the next heartbeat.'],
  [ErrorCode.MISMATCHED_ENDPOINT_TYPE, false, 'The request went to an endpoint of the wrong type.'],
  [ErrorCode.UNSUPPORTED_ENDPOINT_TYPE, false, 'The endpoint type is not supported.'],
  [ErrorCode.UNKNOWN_CONTROLLER_ID, false, 'The controller id is not known.'],
  [ErrorCode.UNKNOWN_SUBSCRIPTION_ID, false, 'The telemetry subscription id is unknown or outdated.'],
  [ErrorCode.TELEMETRY_TOO_LARGE, false, 'The pushed telemetry exceeds the size the broker accepts.'],
  [ErrorCode.INVALID_REGISTRATION, false, 'The controller considers the broker registration invalid.'],
  [ErrorCode.TRANSACTION_ABORTABLE, false, 'The transaction hit an error; aborting it lets the producer continue.'],
  [ErrorCode.INVALID_RECORD_STATE, false, 'The record is in a state that does not allow this acknowledgement.'],
  [ErrorCode.SHARE_SESSION_NOT_FOUND, true, 'The share session was not found.'],
  [ErrorCode.INVALID_SHARE_SESSION_EPOCH, true, 'The share session epoch is not valid.'],
  [ErrorCode.FENCED_STATE_EPOCH, false, 'The share-group state epoch does not match.'],
  [ErrorCode.INVALID_VOTER_KEY, false, 'The voter key does not match the receiving replica.'],
  [ErrorCode.DUPLICATE_VOTER, false, 'The voter is already in the voter set.'],
  [ErrorCode.VOTER_NOT_FOUND, false, 'The voter is not in the voter set.'],
  [ErrorCode.INVALID_REGULAR_EXPRESSION, false, 'The regular expression is not valid.'],
  [ErrorCode.REBOOTSTRAP_REQUIRED, false, 'The client\'s metadata is stale and it must rebootstrap.'],
  [ErrorCode.STREAMS_INVALID_TOPOLOGY, false, 'The streams topology is not valid.'],
  [ErrorCode.STREAMS_INVALID_TOPOLOGY_EPOCH, false, 'The streams topology epoch is not valid.'],
  [ErrorCode.STREAMS_TOPOLOGY_FENCED, false, 'The streams topology epoch is outdated.'],
  [ErrorCode.SHARE_SESSION_LIMIT_REACHED, true, 'No new share session can be opened: the limit is reached.'],
];

const BY_CODE: ReadonlyMap<number, ErrorInfo> = (() => {
  const names = new Map<number, ErrorName>();
  for (const [name, code] of Object.entries(ErrorCode)) names.set(code, name as ErrorName);
  const m = new Map<number, ErrorInfo>();
  for (const [code, retriable, message] of TABLE) m.set(code, { name: names.get(code)!, retriable, message });
  return m;
})();

/** Kafka's name for `code` (`UNKNOWN_TOPIC_OR_PARTITION`), or `UNKNOWN_ERROR_CODE(n)` for a code we do not know. */
export function errorName(code: number): string {
  return BY_CODE.get(code)?.name ?? `UNKNOWN_ERROR_CODE(${code})`;
}

/** Whether a request that failed with `code` may succeed if retried. Unknown codes are not retriable. */
export function isRetriable(code: number): boolean {
  return BY_CODE.get(code)?.retriable ?? false;
}

/** A short human-readable description of `code`. */
export function errorMessage(code: number): string {
  return BY_CODE.get(code)?.message ?? `Error code ${code} is not known to this version of Samsa.`;
}

/** True when `code` is one of Kafka's error codes. */
export function isKnownErrorCode(code: number): boolean {
  return BY_CODE.has(code);
}

/**
 * An error carrying a Kafka error code: thrown by handlers to answer a request with that
 * code, and by the client when a response reports one.
 */
export class KafkaProtocolError extends Error {
  override name = 'KafkaProtocolError';
  readonly code: number;
  readonly retriable: boolean;

  constructor(code: number, detail?: string) {
    super(`${errorName(code)}: ${detail ?? errorMessage(code)}`);
    this.code = code;
    this.retriable = isRetriable(code);
  }

  /** Kafka's name of the code. */
  get errorName(): string {
    return errorName(this.code);
  }
}

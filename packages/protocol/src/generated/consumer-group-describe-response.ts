// Generated from Kafka's ConsumerGroupDescribeResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ConsumerGroupDescribe response (API key 69): describes consumer groups of the new protocol
 * (KIP-848).
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface ConsumerGroupDescribeResponse {
  throttleTimeMs: number;
  groups: ConsumerGroupDescribeResponseDescribedGroup[];
}

/** An entry of `ConsumerGroupDescribeResponse.groups` (JSON `DescribedGroup`). */
export interface ConsumerGroupDescribeResponseDescribedGroup {
  errorCode: number;
  errorMessage: string | null; // nullable, default null
  groupId: string;
  groupState: string;
  groupEpoch: number;
  assignmentEpoch: number;
  assignorName: string;
  members: ConsumerGroupDescribeResponseMember[];
  authorizedOperations: number; // default -2147483648
}

/** An entry of `ConsumerGroupDescribeResponseDescribedGroup.members` (JSON `Member`). */
export interface ConsumerGroupDescribeResponseMember {
  memberId: string;
  instanceId: string | null; // nullable, default null
  rackId: string | null; // nullable, default null
  memberEpoch: number;
  clientId: string;
  clientHost: string;
  subscribedTopicNames: string[];
  subscribedTopicRegex: string | null; // nullable, default null
  assignment: ConsumerGroupDescribeResponseAssignment;
  targetAssignment: ConsumerGroupDescribeResponseAssignment;
}

/** `ConsumerGroupDescribeResponseMember.assignment`; `ConsumerGroupDescribeResponseMember.targetAssignment` (JSON `Assignment`). */
export interface ConsumerGroupDescribeResponseAssignment {
  topicPartitions: ConsumerGroupDescribeResponseTopicPartitions[];
}

/** An entry of `ConsumerGroupDescribeResponseAssignment.topicPartitions` (JSON `TopicPartitions`). */
export interface ConsumerGroupDescribeResponseTopicPartitions {
  topicId: string;
  topicName: string;
  partitions: number[];
}

export const ConsumerGroupDescribeResponse = {
  apiKey: 69,
  name: 'ConsumerGroupDescribe',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: ConsumerGroupDescribeResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ConsumerGroupDescribeResponse', version, 0, 0);
    encodeConsumerGroupDescribeResponse(w, m, version);
  },
  decode(r: Reader, version: number): ConsumerGroupDescribeResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ConsumerGroupDescribeResponse', version, 0, 0);
    return decodeConsumerGroupDescribeResponse(r, version);
  },
} as const;

function encodeConsumerGroupDescribeResponse(w: Writer, m: ConsumerGroupDescribeResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  encodeConsumerGroupDescribeResponse_groups(w, m.groups, v);
  w.uvarint(0);
}

function decodeConsumerGroupDescribeResponse(r: Reader, v: number): ConsumerGroupDescribeResponse {
  const m: ConsumerGroupDescribeResponse = {
    throttleTimeMs: r.int32(),
    groups: decodeConsumerGroupDescribeResponse_groups(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeConsumerGroupDescribeResponse_groups(w: Writer, a: ConsumerGroupDescribeResponseDescribedGroup[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeConsumerGroupDescribeResponseDescribedGroup(w, a[i]!, v);
}

function decodeConsumerGroupDescribeResponse_groups(r: Reader, v: number): ConsumerGroupDescribeResponseDescribedGroup[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ConsumerGroupDescribeResponse.groups');
  const a = new Array<ConsumerGroupDescribeResponseDescribedGroup>(n);
  for (let i = 0; i < n; i++) a[i] = decodeConsumerGroupDescribeResponseDescribedGroup(r, v);
  return a;
}

function encodeConsumerGroupDescribeResponseDescribedGroup(w: Writer, m: ConsumerGroupDescribeResponseDescribedGroup, v: number): void {
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  w.compactString(m.groupId);
  w.compactString(m.groupState);
  w.int32(m.groupEpoch);
  w.int32(m.assignmentEpoch);
  w.compactString(m.assignorName);
  encodeConsumerGroupDescribeResponseDescribedGroup_members(w, m.members, v);
  w.int32(m.authorizedOperations);
  w.uvarint(0);
}

function decodeConsumerGroupDescribeResponseDescribedGroup(r: Reader, v: number): ConsumerGroupDescribeResponseDescribedGroup {
  const m: ConsumerGroupDescribeResponseDescribedGroup = {
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    groupId: r.compactString(),
    groupState: r.compactString(),
    groupEpoch: r.int32(),
    assignmentEpoch: r.int32(),
    assignorName: r.compactString(),
    members: decodeConsumerGroupDescribeResponseDescribedGroup_members(r, v),
    authorizedOperations: r.int32(),
  };
  r.taggedFields();
  return m;
}

function encodeConsumerGroupDescribeResponseDescribedGroup_members(w: Writer, a: ConsumerGroupDescribeResponseMember[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeConsumerGroupDescribeResponseMember(w, a[i]!, v);
}

function decodeConsumerGroupDescribeResponseDescribedGroup_members(r: Reader, v: number): ConsumerGroupDescribeResponseMember[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ConsumerGroupDescribeResponseDescribedGroup.members');
  const a = new Array<ConsumerGroupDescribeResponseMember>(n);
  for (let i = 0; i < n; i++) a[i] = decodeConsumerGroupDescribeResponseMember(r, v);
  return a;
}

function encodeConsumerGroupDescribeResponseMember(w: Writer, m: ConsumerGroupDescribeResponseMember, v: number): void {
  w.compactString(m.memberId);
  w.compactString(m.instanceId);
  w.compactString(m.rackId);
  w.int32(m.memberEpoch);
  w.compactString(m.clientId);
  w.compactString(m.clientHost);
  encodeConsumerGroupDescribeResponseMember_subscribedTopicNames(w, m.subscribedTopicNames, v);
  w.compactString(m.subscribedTopicRegex);
  encodeConsumerGroupDescribeResponseAssignment(w, m.assignment, v);
  encodeConsumerGroupDescribeResponseAssignment(w, m.targetAssignment, v);
  w.uvarint(0);
}

function decodeConsumerGroupDescribeResponseMember(r: Reader, v: number): ConsumerGroupDescribeResponseMember {
  const m: ConsumerGroupDescribeResponseMember = {
    memberId: r.compactString(),
    instanceId: r.compactNullableString(),
    rackId: r.compactNullableString(),
    memberEpoch: r.int32(),
    clientId: r.compactString(),
    clientHost: r.compactString(),
    subscribedTopicNames: decodeConsumerGroupDescribeResponseMember_subscribedTopicNames(r, v),
    subscribedTopicRegex: r.compactNullableString(),
    assignment: decodeConsumerGroupDescribeResponseAssignment(r, v),
    targetAssignment: decodeConsumerGroupDescribeResponseAssignment(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeConsumerGroupDescribeResponseMember_subscribedTopicNames(w: Writer, a: string[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.compactString(a[i]!);
}

function decodeConsumerGroupDescribeResponseMember_subscribedTopicNames(r: Reader, _v: number): string[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ConsumerGroupDescribeResponseMember.subscribedTopicNames');
  const a = new Array<string>(n);
  for (let i = 0; i < n; i++) a[i] = r.compactString();
  return a;
}

function encodeConsumerGroupDescribeResponseAssignment(w: Writer, m: ConsumerGroupDescribeResponseAssignment, v: number): void {
  encodeConsumerGroupDescribeResponseAssignment_topicPartitions(w, m.topicPartitions, v);
  w.uvarint(0);
}

function decodeConsumerGroupDescribeResponseAssignment(r: Reader, v: number): ConsumerGroupDescribeResponseAssignment {
  const m: ConsumerGroupDescribeResponseAssignment = {
    topicPartitions: decodeConsumerGroupDescribeResponseAssignment_topicPartitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeConsumerGroupDescribeResponseAssignment_topicPartitions(w: Writer, a: ConsumerGroupDescribeResponseTopicPartitions[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeConsumerGroupDescribeResponseTopicPartitions(w, a[i]!, v);
}

function decodeConsumerGroupDescribeResponseAssignment_topicPartitions(r: Reader, v: number): ConsumerGroupDescribeResponseTopicPartitions[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ConsumerGroupDescribeResponseAssignment.topicPartitions');
  const a = new Array<ConsumerGroupDescribeResponseTopicPartitions>(n);
  for (let i = 0; i < n; i++) a[i] = decodeConsumerGroupDescribeResponseTopicPartitions(r, v);
  return a;
}

function encodeConsumerGroupDescribeResponseTopicPartitions(w: Writer, m: ConsumerGroupDescribeResponseTopicPartitions, v: number): void {
  w.uuid(m.topicId);
  w.compactString(m.topicName);
  encodeConsumerGroupDescribeResponseTopicPartitions_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeConsumerGroupDescribeResponseTopicPartitions(r: Reader, v: number): ConsumerGroupDescribeResponseTopicPartitions {
  const m: ConsumerGroupDescribeResponseTopicPartitions = {
    topicId: r.uuid(),
    topicName: r.compactString(),
    partitions: decodeConsumerGroupDescribeResponseTopicPartitions_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeConsumerGroupDescribeResponseTopicPartitions_partitions(w: Writer, a: number[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.int32(a[i]!);
}

function decodeConsumerGroupDescribeResponseTopicPartitions_partitions(r: Reader, _v: number): number[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ConsumerGroupDescribeResponseTopicPartitions.partitions');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int32();
  return a;
}

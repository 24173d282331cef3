// Generated from Kafka's ShareGroupDescribeResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ShareGroupDescribe response (API key 77): describes share groups (KIP-932).
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface ShareGroupDescribeResponse {
  throttleTimeMs: number;
  groups: ShareGroupDescribeResponseDescribedGroup[];
}

/** An entry of `ShareGroupDescribeResponse.groups` (JSON `DescribedGroup`). */
export interface ShareGroupDescribeResponseDescribedGroup {
  errorCode: number;
  errorMessage: string | null; // nullable, default null
  groupId: string;
  groupState: string;
  groupEpoch: number;
  assignmentEpoch: number;
  assignorName: string;
  members: ShareGroupDescribeResponseMember[];
  authorizedOperations: number; // default -2147483648
}

/** An entry of `ShareGroupDescribeResponseDescribedGroup.members` (JSON `Member`). */
export interface ShareGroupDescribeResponseMember {
  memberId: string;
  rackId: string | null; // nullable, default null
  memberEpoch: number;
  clientId: string;
  clientHost: string;
  subscribedTopicNames: string[];
  assignment: ShareGroupDescribeResponseAssignment;
}

/** `ShareGroupDescribeResponseMember.assignment` (JSON `Assignment`). */
export interface ShareGroupDescribeResponseAssignment {
  topicPartitions: ShareGroupDescribeResponseTopicPartitions[];
}

/** An entry of `ShareGroupDescribeResponseAssignment.topicPartitions` (JSON `TopicPartitions`). */
export interface ShareGroupDescribeResponseTopicPartitions {
  topicId: string;
  topicName: string;
  partitions: number[];
}

export const ShareGroupDescribeResponse = {
  apiKey: 77,
  name: 'ShareGroupDescribe',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: ShareGroupDescribeResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ShareGroupDescribeResponse', version, 0, 0);
    encodeShareGroupDescribeResponse(w, m, version);
  },
  decode(r: Reader, version: number): ShareGroupDescribeResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ShareGroupDescribeResponse', version, 0, 0);
    return decodeShareGroupDescribeResponse(r, version);
  },
} as const;

function encodeShareGroupDescribeResponse(w: Writer, m: ShareGroupDescribeResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  encodeShareGroupDescribeResponse_groups(w, m.groups, v);
  w.uvarint(0);
}

function decodeShareGroupDescribeResponse(r: Reader, v: number): ShareGroupDescribeResponse {
  const m: ShareGroupDescribeResponse = {
    throttleTimeMs: r.int32(),
    groups: decodeShareGroupDescribeResponse_groups(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeShareGroupDescribeResponse_groups(w: Writer, a: ShareGroupDescribeResponseDescribedGroup[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeShareGroupDescribeResponseDescribedGroup(w, a[i]!, v);
}

function decodeShareGroupDescribeResponse_groups(r: Reader, v: number): ShareGroupDescribeResponseDescribedGroup[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ShareGroupDescribeResponse.groups');
  const a = new Array<ShareGroupDescribeResponseDescribedGroup>(n);
  for (let i = 0; i < n; i++) a[i] = decodeShareGroupDescribeResponseDescribedGroup(r, v);
  return a;
}

function encodeShareGroupDescribeResponseDescribedGroup(w: Writer, m: ShareGroupDescribeResponseDescribedGroup, v: number): void {
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  w.compactString(m.groupId);
  w.compactString(m.groupState);
  w.int32(m.groupEpoch);
  w.int32(m.assignmentEpoch);
  w.compactString(m.assignorName);
  encodeShareGroupDescribeResponseDescribedGroup_members(w, m.members, v);
  w.int32(m.authorizedOperations);
  w.uvarint(0);
}

function decodeShareGroupDescribeResponseDescribedGroup(r: Reader, v: number): ShareGroupDescribeResponseDescribedGroup {
  const m: ShareGroupDescribeResponseDescribedGroup = {
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    groupId: r.compactString(),
    groupState: r.compactString(),
    groupEpoch: r.int32(),
    assignmentEpoch: r.int32(),
    assignorName: r.compactString(),
    members: decodeShareGroupDescribeResponseDescribedGroup_members(r, v),
    authorizedOperations: r.int32(),
  };
  r.taggedFields();
  return m;
}

function encodeShareGroupDescribeResponseDescribedGroup_members(w: Writer, a: ShareGroupDescribeResponseMember[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeShareGroupDescribeResponseMember(w, a[i]!, v);
}

function decodeShareGroupDescribeResponseDescribedGroup_members(r: Reader, v: number): ShareGroupDescribeResponseMember[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ShareGroupDescribeResponseDescribedGroup.members');
  const a = new Array<ShareGroupDescribeResponseMember>(n);
  for (let i = 0; i < n; i++) a[i] = decodeShareGroupDescribeResponseMember(r, v);
  return a;
}

function encodeShareGroupDescribeResponseMember(w: Writer, m: ShareGroupDescribeResponseMember, v: number): void {
  w.compactString(m.memberId);
  w.compactString(m.rackId);
  w.int32(m.memberEpoch);
  w.compactString(m.clientId);
  w.compactString(m.clientHost);
  encodeShareGroupDescribeResponseMember_subscribedTopicNames(w, m.subscribedTopicNames, v);
  encodeShareGroupDescribeResponseAssignment(w, m.assignment, v);
  w.uvarint(0);
}

function decodeShareGroupDescribeResponseMember(r: Reader, v: number): ShareGroupDescribeResponseMember {
  const m: ShareGroupDescribeResponseMember = {
    memberId: r.compactString(),
    rackId: r.compactNullableString(),
    memberEpoch: r.int32(),
    clientId: r.compactString(),
    clientHost: r.compactString(),
    subscribedTopicNames: decodeShareGroupDescribeResponseMember_subscribedTopicNames(r, v),
    assignment: decodeShareGroupDescribeResponseAssignment(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeShareGroupDescribeResponseMember_subscribedTopicNames(w: Writer, a: string[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.compactString(a[i]!);
}

function decodeShareGroupDescribeResponseMember_subscribedTopicNames(r: Reader, _v: number): string[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ShareGroupDescribeResponseMember.subscribedTopicNames');
  const a = new Array<string>(n);
  for (let i = 0; i < n; i++) a[i] = r.compactString();
  return a;
}

function encodeShareGroupDescribeResponseAssignment(w: Writer, m: ShareGroupDescribeResponseAssignment, v: number): void {
  encodeShareGroupDescribeResponseAssignment_topicPartitions(w, m.topicPartitions, v);
  w.uvarint(0);
}

function decodeShareGroupDescribeResponseAssignment(r: Reader, v: number): ShareGroupDescribeResponseAssignment {
  const m: ShareGroupDescribeResponseAssignment = {
    topicPartitions: decodeShareGroupDescribeResponseAssignment_topicPartitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeShareGroupDescribeResponseAssignment_topicPartitions(w: Writer, a: ShareGroupDescribeResponseTopicPartitions[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeShareGroupDescribeResponseTopicPartitions(w, a[i]!, v);
}

function decodeShareGroupDescribeResponseAssignment_topicPartitions(r: Reader, v: number): ShareGroupDescribeResponseTopicPartitions[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ShareGroupDescribeResponseAssignment.topicPartitions');
  const a = new Array<ShareGroupDescribeResponseTopicPartitions>(n);
  for (let i = 0; i < n; i++) a[i] = decodeShareGroupDescribeResponseTopicPartitions(r, v);
  return a;
}

function encodeShareGroupDescribeResponseTopicPartitions(w: Writer, m: ShareGroupDescribeResponseTopicPartitions, v: number): void {
  w.uuid(m.topicId);
  w.compactString(m.topicName);
  encodeShareGroupDescribeResponseTopicPartitions_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeShareGroupDescribeResponseTopicPartitions(r: Reader, v: number): ShareGroupDescribeResponseTopicPartitions {
  const m: ShareGroupDescribeResponseTopicPartitions = {
    topicId: r.uuid(),
    topicName: r.compactString(),
    partitions: decodeShareGroupDescribeResponseTopicPartitions_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeShareGroupDescribeResponseTopicPartitions_partitions(w: Writer, a: number[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.int32(a[i]!);
}

function decodeShareGroupDescribeResponseTopicPartitions_partitions(r: Reader, _v: number): number[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ShareGroupDescribeResponseTopicPartitions.partitions');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int32();
  return a;
}

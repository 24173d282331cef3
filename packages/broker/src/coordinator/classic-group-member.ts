/**
 * One member of a classic group as the coordinator sees it: who it is, the protocols it can
 * speak (in its order of preference, with opaque metadata the coordinator never parses), its
 * timeouts, its current assignment, and the JoinGroup/SyncGroup request it has parked, if any.
 */
import type { JoinGroupResponse, SyncGroupResponse } from '@samsa/protocol';

export const EMPTY_BYTES: Buffer = Buffer.alloc(0);

export interface MemberProtocol {
  name: string;
  metadata: Buffer;
}

/** A request waiting for the end of a rebalance phase; the version shapes the response. */
export interface Parked<R> {
  apiVersion: number;
  resolve(response: R): void;
}

export class ClassicGroupMember {
  assignment: Buffer = EMPTY_BYTES;
  parkedJoin: Parked<JoinGroupResponse> | null = null;
  parkedSync: Parked<SyncGroupResponse> | null = null;
  /**
   * Joined during the current join phase and never completed one. A new member is expired by
   * the new-member join timeout even while its JoinGroup is parked; an old member with a
   * parked request is not (it cannot heartbeat while waiting).
   */
  isNew = false;

  constructor(
    readonly memberId: string,
    readonly groupInstanceId: string | null,
    public clientId: string,
    public clientHost: string,
    public rebalanceTimeoutMs: number,
    public sessionTimeoutMs: number,
    readonly protocolType: string,
    public protocols: MemberProtocol[],
  ) {}

  get isStatic(): boolean {
    return this.groupInstanceId !== null;
  }

  get isAwaitingJoin(): boolean {
    return this.parkedJoin !== null;
  }

  get isAwaitingSync(): boolean {
    return this.parkedSync !== null;
  }

  supports(protocolName: string): boolean {
    return this.protocols.some((p) => p.name === protocolName);
  }

  /** The member's metadata for `protocolName` (empty if it does not speak it). */
  metadataFor(protocolName: string | null): Buffer {
    return this.protocols.find((p) => p.name === protocolName)?.metadata ?? EMPTY_BYTES;
  }

  /** Same protocols, same order, same metadata bytes: rejoining with these changes nothing. */
  matches(protocols: readonly MemberProtocol[]): boolean {
    if (protocols.length !== this.protocols.length) return false;
    return protocols.every((p, i) => p.name === this.protocols[i]!.name && p.metadata.equals(this.protocols[i]!.metadata));
  }

  /** The member's most preferred protocol among `candidates` (which it must support at least one of). */
  vote(candidates: ReadonlySet<string>): string {
    const choice = this.protocols.find((p) => candidates.has(p.name));
    if (!choice) throw new Error(`member ${this.memberId} supports none of ${[...candidates].join(', ')}`);
    return choice.name;
  }

  /** Answers the parked JoinGroup, if any; the response is built for that request's version. */
  completeJoin(build: (apiVersion: number) => JoinGroupResponse): boolean {
    const parked = this.parkedJoin;
    if (!parked) return false;
    this.parkedJoin = null;
    parked.resolve(build(parked.apiVersion));
    return true;
  }

  completeSync(build: (apiVersion: number) => SyncGroupResponse): boolean {
    const parked = this.parkedSync;
    if (!parked) return false;
    this.parkedSync = null;
    parked.resolve(build(parked.apiVersion));
    return true;
  }
}

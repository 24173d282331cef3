/**
 * A harness for the coordinator's tests: a GroupCoordinator on a ManualClock with predictable
 * member ids (`<clientId>-<n>`), request builders, and a way to watch a response that has not
 * arrived yet. Time moves only through `advance`, which also lets pending promise callbacks
 * run, so a test states exactly when each response may arrive.
 */
import type { JoinGroupRequest, JoinGroupResponse, SyncGroupResponse } from '@samsa/protocol';
import { ErrorCode } from '@samsa/protocol';
import type { MemberProtocol } from './classic-group-member.js';
import { ManualClock } from './clock.js';
import type { GroupCoordinatorConfig } from './coordinator-config.js';
import { GroupCoordinator, type GroupCoordinatorOptions, type GroupRequestContext } from './group-coordinator.js';
import type { GroupStore } from './group-store.js';

export const proto = (name: string, metadata: string = name): MemberProtocol => ({ name, metadata: Buffer.from(metadata) });

/** Lets every queued promise callback run (no timers involved, nothing waits on real time). */
export const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export interface Pending<T> {
  readonly done: boolean;
  /** The response; throws if it has not arrived. */
  readonly value: T;
  readonly promise: Promise<T>;
}

export function watch<T>(promise: Promise<T>): Pending<T> {
  let done = false;
  let value: T | undefined;
  promise.then((v) => {
    done = true;
    value = v;
  });
  return {
    promise,
    get done() {
      return done;
    },
    get value() {
      if (!done) throw new Error('the response has not arrived');
      return value as T;
    },
  };
}

export interface JoinOptions {
  groupId?: string;
  memberId?: string;
  clientId?: string;
  instanceId?: string | null;
  protocolType?: string;
  protocols?: MemberProtocol[];
  sessionTimeoutMs?: number;
  rebalanceTimeoutMs?: number;
  apiVersion?: number;
}

export const GROUP = 'g';
export const SESSION_MS = 10_000;
export const REBALANCE_MS = 30_000;

export class Harness {
  readonly clock = new ManualClock();
  readonly gc: GroupCoordinator;
  private seq = 0;

  constructor(config: Partial<GroupCoordinatorConfig> = {}, store?: GroupStore, options: Omit<GroupCoordinatorOptions, 'config' | 'time' | 'store'> = {}) {
    this.gc = new GroupCoordinator({
      config,
      time: this.clock,
      ...(store ? { store } : {}),
      memberIdGenerator: (prefix) => `${prefix}-${++this.seq}`,
      ...options,
    });
  }

  ctx(apiVersion = 9, clientId = 'client'): GroupRequestContext {
    return { apiVersion, clientId, clientHost: '/10.0.0.1' };
  }

  joinRequest(o: JoinOptions = {}): JoinGroupRequest {
    return {
      groupId: o.groupId ?? GROUP,
      sessionTimeoutMs: o.sessionTimeoutMs ?? SESSION_MS,
      rebalanceTimeoutMs: o.rebalanceTimeoutMs ?? REBALANCE_MS,
      memberId: o.memberId ?? '',
      groupInstanceId: o.instanceId ?? null,
      protocolType: o.protocolType ?? 'consumer',
      protocols: o.protocols ?? [proto('range')],
    };
  }

  join(o: JoinOptions = {}): Pending<JoinGroupResponse> {
    return watch(this.gc.joinGroup(this.joinRequest(o), this.ctx(o.apiVersion ?? 9, o.clientId ?? 'client')));
  }

  /**
   * A dynamic member joining with v4+: it is told MEMBER_ID_REQUIRED with an id, then joins
   * again with it. Returns the id and the second JoinGroup's pending response.
   */
  async joinNew(o: JoinOptions = {}): Promise<{ memberId: string; join: Pending<JoinGroupResponse> }> {
    const first = await this.gc.joinGroup(this.joinRequest(o), this.ctx(o.apiVersion ?? 9, o.clientId ?? 'client'));
    if (first.errorCode !== ErrorCode.MEMBER_ID_REQUIRED) throw new Error(`expected MEMBER_ID_REQUIRED, got ${first.errorCode}`);
    const join = this.join({ ...o, memberId: first.memberId });
    await settle();
    return { memberId: first.memberId, join };
  }

  sync(
    memberId: string,
    generationId: number,
    assignments: Record<string, string> = {},
    o: { groupId?: string; instanceId?: string | null; protocolType?: string | null; protocolName?: string | null; apiVersion?: number } = {},
  ): Pending<SyncGroupResponse> {
    return watch(
      this.gc.syncGroup(
        {
          groupId: o.groupId ?? GROUP,
          generationId,
          memberId,
          groupInstanceId: o.instanceId ?? null,
          protocolType: o.protocolType ?? null,
          protocolName: o.protocolName ?? null,
          assignments: Object.entries(assignments).map(([id, a]) => ({ memberId: id, assignment: Buffer.from(a) })),
        },
        this.ctx(o.apiVersion ?? 5),
      ),
    );
  }

  async heartbeat(memberId: string, generationId: number, instanceId: string | null = null, groupId = GROUP): Promise<number> {
    const r = await this.gc.heartbeat({ groupId, generationId, memberId, groupInstanceId: instanceId }, this.ctx(4));
    return r.errorCode;
  }

  async advance(ms: number): Promise<void> {
    this.clock.advance(ms);
    await settle();
  }

  state(groupId = GROUP): string | undefined {
    return this.gc.getGroup(groupId)?.state;
  }

  /**
   * Brings a group to Stable with one dynamic member per client id, all joining at once. The
   * first is the leader and assigns `<memberId>-assignment` to everyone.
   */
  async stableGroup(clientIds: string[], o: JoinOptions = {}): Promise<{ ids: string[]; generation: number }> {
    const joins = [];
    for (const clientId of clientIds) joins.push(await this.joinNew({ ...o, clientId }));
    while (!joins.every((j) => j.join.done)) await this.advance(1_000);
    const generation = joins[0]!.join.value.generationId;
    const ids = joins.map((j) => j.memberId);
    const assignments = Object.fromEntries(ids.map((id) => [id, `${id}-assignment`]));
    const syncs = ids.map((id, i) => this.sync(id, generation, i === 0 ? assignments : {}, { groupId: o.groupId ?? GROUP }));
    await settle();
    if (!syncs.every((s) => s.done && s.value.errorCode === ErrorCode.NONE)) throw new Error('group did not stabilize');
    return { ids, generation };
  }
}

/**
 * FindCoordinator (10), v0-v4. v0-v3 ask for one key, v4 for a batch (`coordinatorKeys`), each
 * with a key type:
 *
 *   0 (group)        the coordinator of a group is the leader of its `__consumer_offsets`
 *                    partition, `partitionFor(group, offsets.topic.num.partitions)`: on a
 *                    single node, this broker (also while that partition is still loading:
 *                    the group requests then answer COORDINATOR_LOAD_IN_PROGRESS); if this
 *                    broker does not own it, COORDINATOR_NOT_AVAILABLE.
 *   1 (transaction)  COORDINATOR_NOT_AVAILABLE: there is no transaction coordinator yet.
 *   other            INVALID_REQUEST.
 */
import { ApiKey, ErrorCode, errorName, type FindCoordinatorRequest, type FindCoordinatorResponse } from '@samsa/protocol';
import type { ApiHandler, RequestContext } from './handler.js';

const KEY_TYPE_GROUP = 0;
const KEY_TYPE_TRANSACTION = 1;

interface Coordinator {
  nodeId: number;
  host: string;
  port: number;
  errorCode: number;
  errorMessage: string | null;
}

const failure = (errorCode: number, errorMessage: string): Coordinator => ({ nodeId: -1, host: '', port: -1, errorCode, errorMessage });

function lookup(key: string, keyType: number, ctx: RequestContext): Coordinator {
  if (keyType === KEY_TYPE_TRANSACTION) return failure(ErrorCode.COORDINATOR_NOT_AVAILABLE, 'there is no transaction coordinator on this broker yet');
  if (keyType !== KEY_TYPE_GROUP) return failure(ErrorCode.INVALID_REQUEST, `unknown coordinator key type ${keyType}`);
  const gc = ctx.broker.groupCoordinator;
  const partition = gc.partitionFor(key);
  // A partition still loading is named all the same, as Kafka does: the group requests sent
  // to it then carry COORDINATOR_LOAD_IN_PROGRESS. (kafkajs gives up on that code when it
  // comes from FindCoordinator itself.)
  const state = gc.partitionState(partition);
  if (state !== 'active' && state !== 'loading') {
    return failure(ErrorCode.COORDINATOR_NOT_AVAILABLE, `__consumer_offsets-${partition} has no leader here`);
  }
  const [endpoint] = ctx.broker.advertisedEndpoints();
  return { nodeId: ctx.broker.nodeId, host: endpoint!.host, port: endpoint!.port, errorCode: ErrorCode.NONE, errorMessage: null };
}

function single(c: Coordinator, ctx: RequestContext): FindCoordinatorResponse {
  // v0 has no error message; Kafka sends null on success.
  return { throttleTimeMs: 0, errorCode: c.errorCode, errorMessage: c.errorCode === ErrorCode.NONE ? null : c.errorMessage, nodeId: c.nodeId, host: c.host, port: c.port, ...(ctx.apiVersion >= 4 ? { coordinators: [] } : {}) };
}

export const findCoordinator: ApiHandler<FindCoordinatorRequest, FindCoordinatorResponse> = {
  apiKey: ApiKey.FindCoordinator,
  minVersion: 0,
  maxVersion: 4,
  handle(req, ctx) {
    const keyType = ctx.apiVersion >= 1 ? (req.keyType ?? KEY_TYPE_GROUP) : KEY_TYPE_GROUP;
    if (ctx.apiVersion >= 4) {
      return { throttleTimeMs: 0, coordinators: (req.coordinatorKeys ?? []).map((key) => ({ key, ...lookup(key, keyType, ctx) })) };
    }
    return single(lookup(req.key ?? '', keyType, ctx), ctx);
  },
  errorResponse(req, code, ctx) {
    const c = failure(code, errorName(code));
    if (ctx.apiVersion >= 4) return { throttleTimeMs: 0, coordinators: (req.coordinatorKeys ?? []).map((key) => ({ key, ...c })) };
    return single(c, ctx);
  },
};

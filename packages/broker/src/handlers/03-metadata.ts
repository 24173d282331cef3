/**
 * Metadata (3): brokers, controller, and topics with their partitions' leaders and replicas.
 *
 * Which topics: v0 sends an empty list to mean all topics; v1+ sends null for all and an
 * empty list for none. v10+ may name topics by id. Unknown topics are created here when the
 * client allows it (always before v4) and `auto.create.topics.enable` is on — created
 * synchronously, so the client gets usable metadata on its first request.
 */
import {
  ApiKey,
  ErrorCode,
  type MetadataRequest,
  type MetadataResponse,
  type MetadataResponseTopic,
} from '@samsa/protocol';
import type { TopicRecord } from '../metadata/topic-store.js';
import { isInternalTopic, topicNameProblem } from '../topics/topic-names.js';
import { errorCodeOf } from './error-codes.js';
import type { ApiHandler, RequestContext } from './handler.js';

const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';
const NO_OPERATIONS = -2147483648;

function describeTopic(t: TopicRecord, ctx: RequestContext): MetadataResponseTopic {
  const node = ctx.broker.nodeId;
  const partitions = [];
  for (let p = 0; p < t.partitions; p++) {
    partitions.push({
      errorCode: ErrorCode.NONE,
      partitionIndex: p,
      leaderId: node,
      leaderEpoch: 0,
      replicaNodes: [node],
      isrNodes: [node],
      offlineReplicas: [],
    });
  }
  return {
    errorCode: ErrorCode.NONE,
    name: t.name,
    topicId: t.topicId,
    isInternal: isInternalTopic(t.name),
    partitions,
    topicAuthorizedOperations: NO_OPERATIONS,
  };
}

function topicError(name: string | null, errorCode: number, topicId = ZERO_UUID): MetadataResponseTopic {
  return { errorCode, name, topicId, isInternal: false, partitions: [], topicAuthorizedOperations: NO_OPERATIONS };
}

async function resolveByName(name: string, allowCreate: boolean, ctx: RequestContext): Promise<MetadataResponseTopic> {
  const existing = ctx.broker.topics.get(name);
  if (existing) return describeTopic(existing, ctx);
  const problem = topicNameProblem(name);
  if (problem) return topicError(name, ErrorCode.INVALID_TOPIC_EXCEPTION);
  if (!allowCreate) return topicError(name, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  try {
    const created = await ctx.broker.topics.autoCreate(name);
    return created ? describeTopic(created, ctx) : topicError(name, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  } catch (e) {
    return topicError(name, errorCodeOf(e, ctx.broker.logger, { topic: name }));
  }
}

export const metadata: ApiHandler<MetadataRequest, MetadataResponse> = {
  apiKey: ApiKey.Metadata,
  minVersion: 0,
  maxVersion: 12,
  async handle(req, ctx) {
    const { broker } = ctx;
    const allowCreate = (ctx.apiVersion < 4 || req.allowAutoTopicCreation !== false) && broker.config.autoCreateTopics;
    const all = req.topics === null || (ctx.apiVersion === 0 && req.topics.length === 0);
    let topics: MetadataResponseTopic[];
    if (all) {
      topics = broker.topics.all().map((t) => describeTopic(t, ctx));
    } else {
      topics = [];
      for (const rt of req.topics!) {
        if ((rt.name === null || rt.name === undefined) && ctx.apiVersion < 12) {
          // v10-v11 decode a null name but cannot answer one (names become nullable in the
          // response only in v12): refused as Kafka does, with "" for the name
          topics.push(topicError('', ErrorCode.INVALID_REQUEST, rt.topicId ?? ZERO_UUID));
        } else if (rt.name === null || rt.name === undefined) {
          const id = rt.topicId ?? ZERO_UUID;
          const t = id === ZERO_UUID ? undefined : broker.topics.byId(id);
          topics.push(t ? describeTopic(t, ctx) : topicError(null, ErrorCode.UNKNOWN_TOPIC_ID, id));
        } else {
          topics.push(await resolveByName(rt.name, allowCreate, ctx));
        }
      }
    }
    return {
      throttleTimeMs: 0,
      brokers: brokers(ctx),
      clusterId: broker.clusterId,
      controllerId: broker.nodeId,
      topics,
      clusterAuthorizedOperations: NO_OPERATIONS,
    };
  },
  errorResponse(req, code, ctx) {
    return {
      throttleTimeMs: 0,
      brokers: brokers(ctx),
      clusterId: ctx.broker.clusterId,
      controllerId: ctx.broker.nodeId,
      topics: (req.topics ?? []).map((t) => topicError(t.name ?? null, code, t.topicId ?? ZERO_UUID)),
      clusterAuthorizedOperations: NO_OPERATIONS,
    };
  },
};

function brokers(ctx: RequestContext): MetadataResponse['brokers'] {
  const [endpoint] = ctx.broker.advertisedEndpoints();
  return [{ nodeId: ctx.broker.nodeId, host: endpoint!.host, port: endpoint!.port, rack: null }];
}

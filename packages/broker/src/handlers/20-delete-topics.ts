/** DeleteTopics (20): by name, or (v6+) by topic id. Deleting a topic deletes its data. */
import { ApiKey, ErrorCode, type DeleteTopicsRequest, type DeleteTopicsResponse, type DeleteTopicsResponseDeletableTopicResult } from '@samsa/protocol';
import { isInternalTopic } from '../topics/topic-names.js';
import { errorCodeOf, errorMessageOf } from './error-codes.js';
import type { ApiHandler, RequestContext } from './handler.js';

const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';

interface Target {
  name: string | null;
  topicId: string;
}

function targets(req: DeleteTopicsRequest, version: number): Target[] {
  if (version >= 6) return (req.topics ?? []).map((t) => ({ name: t.name ?? null, topicId: t.topicId }));
  return (req.topicNames ?? []).map((name) => ({ name, topicId: ZERO_UUID }));
}

async function deleteOne(target: Target, ctx: RequestContext): Promise<DeleteTopicsResponseDeletableTopicResult> {
  const { topics } = ctx.broker;
  const byId = target.name === null;
  const t = byId ? topics.byId(target.topicId) : topics.get(target.name!);
  const result = (errorCode: number, errorMessage: string | null = null): DeleteTopicsResponseDeletableTopicResult => ({
    name: t?.name ?? target.name,
    topicId: t?.topicId ?? target.topicId,
    errorCode,
    errorMessage,
  });
  if (!t) return result(byId ? ErrorCode.UNKNOWN_TOPIC_ID : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  if (isInternalTopic(t.name)) return result(ErrorCode.INVALID_TOPIC_EXCEPTION, 'internal topics cannot be deleted');
  try {
    await topics.deleteTopic(t.name);
    // committed offsets of a deleted topic go too, as in Kafka
    await ctx.broker.groupCoordinator.onTopicsDeleted([t.name]);
    return result(ErrorCode.NONE);
  } catch (e) {
    return result(errorCodeOf(e, ctx.broker.logger, { topic: t.name }), errorMessageOf(e));
  }
}

export const deleteTopics: ApiHandler<DeleteTopicsRequest, DeleteTopicsResponse> = {
  apiKey: ApiKey.DeleteTopics,
  minVersion: 0,
  maxVersion: 6,
  async handle(req, ctx) {
    const responses: DeleteTopicsResponseDeletableTopicResult[] = [];
    for (const target of targets(req, ctx.apiVersion)) responses.push(await deleteOne(target, ctx));
    return { throttleTimeMs: 0, responses };
  },
  errorResponse(req, code, ctx) {
    return {
      throttleTimeMs: 0,
      responses: targets(req, ctx.apiVersion).map((t) => ({ name: t.name, topicId: t.topicId, errorCode: code, errorMessage: null })),
    };
  },
};

/**
 * What AlterConfigs (33) and IncrementalAlterConfigs (44) share: each resource succeeds or
 * fails on its own, only topics can be altered (broker configs are static in Samsa), and
 * failures carry the Kafka error code and message.
 */
import { ErrorCode } from '@samsa/protocol';
import { ResourceType } from './32-describe-configs.js';
import { errorCodeOf, errorMessageOf } from './error-codes.js';
import type { RequestContext } from './handler.js';

interface Resource {
  resourceType: number;
  resourceName: string;
}

interface ResourceResponse extends Resource {
  errorCode: number;
  errorMessage: string | null;
}

/** Applies `alterTopic` to each topic resource in turn; answers every resource. */
export async function alterTopicResources<R extends Resource>(
  resources: readonly R[],
  ctx: RequestContext,
  alterTopic: (resource: R) => Promise<void>,
): Promise<{ throttleTimeMs: number; responses: ResourceResponse[] }> {
  const responses: ResourceResponse[] = [];
  for (const r of resources) {
    const base = { resourceType: r.resourceType, resourceName: r.resourceName };
    if (r.resourceType !== ResourceType.TOPIC) {
      responses.push({ ...base, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: 'only topic configs can be altered; broker configs are static' });
      continue;
    }
    try {
      await alterTopic(r);
      responses.push({ ...base, errorCode: ErrorCode.NONE, errorMessage: null });
    } catch (e) {
      responses.push({ ...base, errorCode: errorCodeOf(e, ctx.broker.logger), errorMessage: errorMessageOf(e) });
    }
  }
  return { throttleTimeMs: 0, responses };
}

/** Every resource failed with `code`. */
export function alterConfigsErrorResponse(resources: readonly Resource[], code: number): { throttleTimeMs: number; responses: ResourceResponse[] } {
  return {
    throttleTimeMs: 0,
    responses: resources.map((r) => ({ resourceType: r.resourceType, resourceName: r.resourceName, errorCode: code, errorMessage: null })),
  };
}

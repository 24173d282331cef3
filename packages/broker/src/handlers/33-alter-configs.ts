/**
 * AlterConfigs (33): replaces a topic's whole set of overrides (keys not named go back to
 * their defaults). Broker configs are static in Samsa: changing them is refused.
 */
import { ApiKey, ErrorCode, type AlterConfigsRequest, type AlterConfigsResponse } from '@samsa/protocol';
import { errorCodeOf, errorMessageOf } from './error-codes.js';
import type { ApiHandler } from './handler.js';
import { ResourceType } from './32-describe-configs.js';

export const alterConfigs: ApiHandler<AlterConfigsRequest, AlterConfigsResponse> = {
  apiKey: ApiKey.AlterConfigs,
  minVersion: 0,
  maxVersion: 2,
  async handle(req, ctx) {
    const responses = [];
    for (const r of req.resources) {
      const base = { resourceType: r.resourceType, resourceName: r.resourceName };
      if (r.resourceType !== ResourceType.TOPIC) {
        responses.push({ ...base, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: 'only topic configs can be altered; broker configs are static' });
        continue;
      }
      const configs: Record<string, string | null> = {};
      for (const c of r.configs) configs[c.name] = c.value;
      try {
        await ctx.broker.topics.setConfigs(r.resourceName, configs, req.validateOnly);
        responses.push({ ...base, errorCode: ErrorCode.NONE, errorMessage: null });
      } catch (e) {
        responses.push({ ...base, errorCode: errorCodeOf(e, ctx.broker.logger), errorMessage: errorMessageOf(e) });
      }
    }
    return { throttleTimeMs: 0, responses };
  },
  errorResponse(req, code) {
    return {
      throttleTimeMs: 0,
      responses: req.resources.map((r) => ({ resourceType: r.resourceType, resourceName: r.resourceName, errorCode: code, errorMessage: null })),
    };
  },
};

/**
 * AlterConfigs (33): replaces a topic's whole set of overrides (keys not named go back to
 * their defaults). Broker configs are static in Samsa: changing them is refused.
 */
import { ApiKey, type AlterConfigsRequest, type AlterConfigsResponse } from '@samsa/protocol';
import { alterConfigsErrorResponse, alterTopicResources } from './alter-configs-common.js';
import type { ApiHandler } from './handler.js';

export const alterConfigs: ApiHandler<AlterConfigsRequest, AlterConfigsResponse> = {
  apiKey: ApiKey.AlterConfigs,
  minVersion: 0,
  maxVersion: 2,
  handle: (req, ctx) =>
    alterTopicResources(req.resources, ctx, (r) => {
      const configs: Record<string, string | null> = {};
      for (const c of r.configs) configs[c.name] = c.value;
      return ctx.broker.topics.setConfigs(r.resourceName, configs, req.validateOnly);
    }),
  errorResponse: (req, code) => alterConfigsErrorResponse(req.resources, code),
};

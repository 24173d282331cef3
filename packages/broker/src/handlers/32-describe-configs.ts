/**
 * DescribeConfigs (32): a topic's effective configs (with where each value comes from) and
 * the broker's static configs.
 */
import {
  ApiKey,
  ErrorCode,
  type DescribeConfigsRequest,
  type DescribeConfigsResponse,
  type DescribeConfigsResponseDescribeConfigsResourceResult,
  type DescribeConfigsResponseDescribeConfigsResult,
} from '@samsa/protocol';
import { BROKER_CONFIGS } from '../config/broker-config.js';
import { CONFIG_TYPE_CODE } from '../config/config-def.js';
import { TOPIC_CONFIG_BY_NAME } from '../config/topic-config.js';
import { ConfigSource, configSourceCode } from './config-sources.js';
import type { ApiHandler, RequestContext } from './handler.js';

export const ResourceType = { TOPIC: 2, BROKER: 4, BROKER_LOGGER: 8 } as const;

const SENSITIVE = (name: string): boolean => /password|secret|sasl\.jaas/i.test(name);

function describeTopic(
  name: string,
  keys: string[] | null,
  req: DescribeConfigsRequest,
  ctx: RequestContext,
): DescribeConfigsResponseDescribeConfigsResult {
  const t = ctx.broker.topics.get(name);
  if (!t) return failed(ResourceType.TOPIC, name, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `topic "${name}" does not exist`);
  const configs: DescribeConfigsResponseDescribeConfigsResourceResult[] = [];
  for (const c of ctx.broker.topics.effectiveConfigs(t)) {
    if (keys && !keys.includes(c.name)) continue;
    const d = TOPIC_CONFIG_BY_NAME.get(c.name)!;
    const synonyms = [];
    if (req.includeSynonyms) {
      if (c.source === 'topic') synonyms.push({ name: c.name, value: c.value, source: ConfigSource.DYNAMIC_TOPIC_CONFIG });
      if (d.brokerSynonym && ctx.broker.config.isExplicit(d.brokerSynonym)) {
        synonyms.push({ name: d.brokerSynonym, value: ctx.broker.config.raw(d.brokerSynonym), source: ConfigSource.STATIC_BROKER_CONFIG });
      }
      synonyms.push({ name: d.brokerSynonym ?? c.name, value: d.default, source: ConfigSource.DEFAULT_CONFIG });
    }
    configs.push({
      name: c.name,
      value: c.value,
      readOnly: false,
      isDefault: c.source === 'default',
      configSource: configSourceCode(c.source),
      isSensitive: false,
      synonyms,
      configType: CONFIG_TYPE_CODE[d.type],
      documentation: req.includeDocumentation ? d.doc : null,
    });
  }
  return { errorCode: ErrorCode.NONE, errorMessage: null, resourceType: ResourceType.TOPIC, resourceName: name, configs };
}

function describeBroker(
  name: string,
  keys: string[] | null,
  req: DescribeConfigsRequest,
  ctx: RequestContext,
): DescribeConfigsResponseDescribeConfigsResult {
  const { config, nodeId } = ctx.broker;
  if (name !== '' && name !== String(nodeId)) {
    return failed(ResourceType.BROKER, name, ErrorCode.INVALID_REQUEST, `this is broker ${nodeId}, not "${name}"`);
  }
  const configs: DescribeConfigsResponseDescribeConfigsResourceResult[] = [];
  for (const d of BROKER_CONFIGS) {
    if (keys && !keys.includes(d.name)) continue;
    const explicit = config.isExplicit(d.name);
    const sensitive = SENSITIVE(d.name);
    const value = sensitive ? null : config.raw(d.name);
    const source = explicit ? ConfigSource.STATIC_BROKER_CONFIG : ConfigSource.DEFAULT_CONFIG;
    configs.push({
      name: d.name,
      value,
      readOnly: true,
      isDefault: !explicit,
      configSource: source,
      isSensitive: sensitive,
      synonyms: req.includeSynonyms ? [{ name: d.name, value, source }] : [],
      configType: CONFIG_TYPE_CODE[d.type],
      documentation: req.includeDocumentation ? d.doc : null,
    });
  }
  return { errorCode: ErrorCode.NONE, errorMessage: null, resourceType: ResourceType.BROKER, resourceName: name, configs };
}

function failed(resourceType: number, resourceName: string, errorCode: number, errorMessage: string | null): DescribeConfigsResponseDescribeConfigsResult {
  return { errorCode, errorMessage, resourceType, resourceName, configs: [] };
}

export const describeConfigs: ApiHandler<DescribeConfigsRequest, DescribeConfigsResponse> = {
  apiKey: ApiKey.DescribeConfigs,
  minVersion: 0,
  maxVersion: 4,
  handle(req, ctx) {
    const results = req.resources.map((r) => {
      switch (r.resourceType) {
        case ResourceType.TOPIC:
          return describeTopic(r.resourceName, r.configurationKeys, req, ctx);
        case ResourceType.BROKER:
          return describeBroker(r.resourceName, r.configurationKeys, req, ctx);
        default:
          return failed(r.resourceType, r.resourceName, ErrorCode.INVALID_REQUEST, `resource type ${r.resourceType} is not supported`);
      }
    });
    return { throttleTimeMs: 0, results };
  },
  errorResponse(req, code) {
    return { throttleTimeMs: 0, results: req.resources.map((r) => failed(r.resourceType, r.resourceName, code, null)) };
  },
};

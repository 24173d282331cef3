/**
 * IncrementalAlterConfigs (44): SET (0), DELETE (1), APPEND (2) and SUBTRACT (3) applied to
 * a topic's overrides; APPEND/SUBTRACT only for list configs (cleanup.policy).
 */
import { ApiKey, ErrorCode, KafkaProtocolError, type IncrementalAlterConfigsRequest, type IncrementalAlterConfigsResponse } from '@samsa/protocol';
import { TOPIC_CONFIG_BY_NAME } from '../config/topic-config.js';
import { alterConfigsErrorResponse, alterTopicResources } from './alter-configs-common.js';
import type { ApiHandler } from './handler.js';

const SET = 0;
const DELETE = 1;
const APPEND = 2;
const SUBTRACT = 3;

type Change = IncrementalAlterConfigsRequest['resources'][number]['configs'][number];

/** The new override set after applying `changes` to `current` (and the effective values). */
function apply(current: Record<string, string>, effective: Map<string, string | null>, changes: Change[]): Record<string, string | null> {
  const next: Record<string, string | null> = { ...current };
  const names = new Set<string>();
  for (const c of changes) {
    if (names.has(c.name)) throw new KafkaProtocolError(ErrorCode.INVALID_REQUEST, `config "${c.name}" appears more than once`);
    names.add(c.name);
    const def = TOPIC_CONFIG_BY_NAME.get(c.name);
    if (!def) throw new KafkaProtocolError(ErrorCode.INVALID_CONFIG, `unknown topic config "${c.name}"`);
    switch (c.configOperation) {
      case SET:
        next[c.name] = c.value;
        break;
      case DELETE:
        delete next[c.name];
        break;
      case APPEND:
      case SUBTRACT: {
        if (def.type !== 'list') throw new KafkaProtocolError(ErrorCode.INVALID_CONFIG, `"${c.name}" is not a list config`);
        const list = (next[c.name] ?? effective.get(c.name) ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
        const items = (c.value ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
        const result = c.configOperation === APPEND ? [...list, ...items.filter((i) => !list.includes(i))] : list.filter((i) => !items.includes(i));
        next[c.name] = result.join(',');
        break;
      }
      default:
        throw new KafkaProtocolError(ErrorCode.INVALID_REQUEST, `unknown config operation ${c.configOperation}`);
    }
  }
  return next;
}

export const incrementalAlterConfigs: ApiHandler<IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse> = {
  apiKey: ApiKey.IncrementalAlterConfigs,
  minVersion: 0,
  maxVersion: 1,
  handle(req, ctx) {
    const { topics } = ctx.broker;
    return alterTopicResources(req.resources, ctx, async (r) => {
      const t = topics.get(r.resourceName);
      if (!t) throw new KafkaProtocolError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `topic "${r.resourceName}" does not exist`);
      const effective = new Map(topics.effectiveConfigs(t).map((c) => [c.name, c.value]));
      await topics.setConfigs(r.resourceName, apply(t.configs, effective, r.configs), req.validateOnly);
    });
  },
  errorResponse: (req, code) => alterConfigsErrorResponse(req.resources, code),
};

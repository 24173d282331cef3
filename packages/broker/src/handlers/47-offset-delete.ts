/**
 * OffsetDelete (47), v0: removes committed offsets of a group, for partitions it does not
 * consume (GROUP_SUBSCRIBED_TO_TOPIC otherwise). The rules live in GroupCoordinator.offsetDelete.
 */
import { ApiKey, type OffsetDeleteRequest, type OffsetDeleteResponse } from '@samsa/protocol';
import { groupContext } from '../coordinator/handler-support.js';
import type { ApiHandler } from './handler.js';

export const offsetDelete: ApiHandler<OffsetDeleteRequest, OffsetDeleteResponse> = {
  apiKey: ApiKey.OffsetDelete,
  minVersion: 0,
  maxVersion: 0,
  handle: (req, ctx) => ctx.broker.groupCoordinator.offsetDelete(req, groupContext(ctx)),
  errorResponse: (_req, code) => ({ errorCode: code, throttleTimeMs: 0, topics: [] }),
};

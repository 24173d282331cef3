/**
 * ApiVersions (18): the first request of every modern client. We answer with the version
 * ranges we serve; some clients (kafka-python) infer the broker's release from them, so the
 * ranges follow a real Kafka 3.x broker where we serve the API at all.
 */
import { ApiKey, ErrorCode, type ApiVersionsRequest, type ApiVersionsResponse } from '@samsa/protocol';
import type { ApiHandler, RequestContext } from './handler.js';

/** KIP-511: client software names and versions are limited to this shape. */
const SOFTWARE_FIELD = /^[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?$/;

function response(errorCode: number, ctx: RequestContext): ApiVersionsResponse {
  return {
    errorCode,
    apiKeys: ctx.broker.supportedApis(),
    throttleTimeMs: 0,
  };
}

export const apiVersions: ApiHandler<ApiVersionsRequest, ApiVersionsResponse> = {
  apiKey: ApiKey.ApiVersions,
  minVersion: 0,
  maxVersion: 3,
  handle(req, ctx) {
    if (ctx.apiVersion >= 3) {
      const name = req.clientSoftwareName ?? '';
      const version = req.clientSoftwareVersion ?? '';
      if (!SOFTWARE_FIELD.test(name) || !SOFTWARE_FIELD.test(version)) {
        return response(ErrorCode.INVALID_REQUEST, ctx);
      }
    }
    return response(ErrorCode.NONE, ctx);
  },
  errorResponse: (_req, code, ctx) => response(code, ctx),
};

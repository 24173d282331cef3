/** DescribeCluster (60): the cluster id, the controller and the brokers (here: this one). */
import { ApiKey, ErrorCode, type DescribeClusterRequest, type DescribeClusterResponse } from '@samsa/protocol';
import type { ApiHandler, RequestContext } from './handler.js';

const BROKERS_ENDPOINT = 1;

function response(errorCode: number, ctx: RequestContext, endpointType: number): DescribeClusterResponse {
  const [endpoint] = ctx.broker.advertisedEndpoints();
  return {
    throttleTimeMs: 0,
    errorCode,
    errorMessage: null,
    endpointType,
    clusterId: ctx.broker.clusterId,
    controllerId: ctx.broker.nodeId,
    brokers: [{ brokerId: ctx.broker.nodeId, host: endpoint!.host, port: endpoint!.port, rack: null }],
    clusterAuthorizedOperations: -2147483648,
  };
}

export const describeCluster: ApiHandler<DescribeClusterRequest, DescribeClusterResponse> = {
  apiKey: ApiKey.DescribeCluster,
  minVersion: 0,
  maxVersion: 1,
  handle(req, ctx) {
    const type = req.endpointType ?? BROKERS_ENDPOINT;
    if (type !== BROKERS_ENDPOINT) {
      return { ...response(ErrorCode.UNSUPPORTED_ENDPOINT_TYPE, ctx, type), brokers: [] };
    }
    return response(ErrorCode.NONE, ctx, type);
  },
  errorResponse: (req, code, ctx) => response(code, ctx, req.endpointType ?? BROKERS_ENDPOINT),
};

/**
 * What the group API handlers (handlers/08, 09, 11-16, 42, 47) share: the coordinator's view
 * of a request's context.
 */
import type { RequestContext } from '../handlers/handler.js';
import type { GroupRequestContext } from './group-coordinator.js';

/** `127.0.0.1:53412` -> `/127.0.0.1`, as Kafka shows a member's host in DescribeGroups. */
export function clientHostOf(clientAddress: string): string {
  const at = clientAddress.lastIndexOf(':');
  let host = at > 0 ? clientAddress.slice(0, at) : clientAddress;
  if (host.startsWith('::ffff:')) host = host.slice('::ffff:'.length);
  return `/${host}`;
}

export function groupContext(ctx: RequestContext): GroupRequestContext {
  return { apiVersion: ctx.apiVersion, clientId: ctx.clientId, clientHost: clientHostOf(ctx.clientAddress) };
}

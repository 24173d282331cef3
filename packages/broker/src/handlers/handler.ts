/**
 * What every API handler provides. One file per API key (`00-produce.ts`, `01-fetch.ts`, ...)
 * exports one of these; the dispatcher decodes the request, calls `handle`, and encodes what
 * it returns at the request's version.
 */
import type { Broker } from '../broker.js';

export interface RequestContext {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  clientId: string | null;
  /** host:port of the client, for logs. */
  clientAddress: string;
  broker: Broker;
  /**
   * Runs `fn` once the response has been handed to the socket (or dropped): how a handler
   * returns pooled buffers its response refers to.
   */
  afterResponseWritten(fn: () => void): void;
}

export interface ApiHandler<Req = any, Res = any> {
  apiKey: number;
  /** The versions Samsa serves (advertised in ApiVersions). */
  minVersion: number;
  maxVersion: number;
  /** The response, or null when the protocol says none is sent (Produce with acks=0). */
  handle(request: Req, ctx: RequestContext): Promise<Res | null> | Res | null;
  /**
   * A response that fails every part of `request` with `errorCode`: used for versions we do
   * not serve and for unexpected failures, so the client always gets a Kafka answer.
   */
  errorResponse(request: Req, errorCode: number, ctx: RequestContext): Res;
}

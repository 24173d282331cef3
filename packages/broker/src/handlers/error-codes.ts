/**
 * Mapping failures to Kafka error codes. Anything that carries a numeric Kafka `code`
 * (protocol errors, storage validation errors) keeps it; anything else is a bug on our side,
 * logged, and reported as UNKNOWN_SERVER_ERROR.
 */
import { ErrorCode } from '@samsa/protocol';
import type { Logger } from 'pino';

export function errorCodeOf(e: unknown, logger?: Logger, context?: object): number {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'number') return code;
  logger?.error({ err: e, ...context }, 'unexpected error while handling a request');
  return ErrorCode.UNKNOWN_SERVER_ERROR;
}

export function errorMessageOf(e: unknown): string | null {
  return e instanceof Error ? e.message : null;
}

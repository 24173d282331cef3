/**
 * Errors raised while decoding record batches and their compressed payloads.
 *
 * Both extend `ProtocolDecodeError`, so a handler that already maps decode failures to an error
 * response catches them too. `errorCode` is the Kafka error code a broker answers with:
 * CORRUPT_MESSAGE (2) for a batch that cannot be trusted, which is what Kafka itself returns
 * for bad CRCs, bad record framing and payloads that fail to decompress.
 */
import { ProtocolDecodeError } from '../primitives/reader.js';

/** Kafka's CORRUPT_MESSAGE error code. */
export const CORRUPT_MESSAGE_ERROR_CODE = 2;

/** A record batch whose framing, CRC or records are invalid. */
export class CorruptRecordBatchError extends ProtocolDecodeError {
  override name = 'CorruptRecordBatchError';
  readonly errorCode = CORRUPT_MESSAGE_ERROR_CODE;
}

export type DecompressionErrorCode =
  /** The output would exceed the caller's `maxOutputSize`. */
  | 'ERR_DECOMPRESSED_TOO_LARGE'
  /** The input is not valid data for the codec (bad magic, truncated, garbage). */
  | 'ERR_CORRUPT_COMPRESSED_DATA'
  /** The attributes name a codec this build does not know (5, 6 or 7). */
  | 'ERR_UNKNOWN_COMPRESSION';

/** A compressed payload that could not (or must not) be decompressed. */
export class DecompressionError extends ProtocolDecodeError {
  override name = 'DecompressionError';
  readonly errorCode = CORRUPT_MESSAGE_ERROR_CODE;

  constructor(
    readonly code: DecompressionErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

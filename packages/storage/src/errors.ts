/**
 * Errors raised by the storage layer. Each carries the Kafka error code the broker puts on the
 * wire, so a handler maps a failure to a response without knowing storage internals; `message`
 * is for logs and the CLI.
 */

/** The Kafka error codes this package produces (names as in Kafka's `Errors` enum). */
export const StorageErrorCode = {
  OFFSET_OUT_OF_RANGE: 1,
  CORRUPT_MESSAGE: 2,
  MESSAGE_TOO_LARGE: 10,
  RECORD_LIST_TOO_LARGE: 18,
  KAFKA_STORAGE_ERROR: 56,
  UNSUPPORTED_COMPRESSION_TYPE: 76,
  INVALID_RECORD: 87,
} as const;
export type StorageErrorCode = (typeof StorageErrorCode)[keyof typeof StorageErrorCode];

export abstract class StorageError extends Error {
  abstract readonly code: StorageErrorCode;
}

/** Fetch/ListOffsets/DeleteRecords asked for an offset outside [logStartOffset, logEndOffset]. */
export class OffsetOutOfRangeError extends StorageError {
  override name = 'OffsetOutOfRangeError';
  readonly code = StorageErrorCode.OFFSET_OUT_OF_RANGE;
}

/**
 * A problem with one batch of a produce request. `batchIndex` is the position of the offending
 * batch in the request (Produce v8+ reports it in `record_errors`); the whole request is
 * rejected, nothing is appended.
 */
export abstract class RecordValidationError extends StorageError {
  constructor(
    message: string,
    readonly batchIndex = -1,
  ) {
    super(message);
  }
}

/** Bytes that do not form valid batches: bad sizes, trailing garbage, unknown magic, CRC mismatch. */
export class CorruptRecordError extends RecordValidationError {
  override name = 'CorruptRecordError';
  readonly code = StorageErrorCode.CORRUPT_MESSAGE;
}

/** One batch is larger than `max.message.bytes`. */
export class RecordTooLargeError extends RecordValidationError {
  override name = 'RecordTooLargeError';
  readonly code = StorageErrorCode.MESSAGE_TOO_LARGE;
}

/** The batches of one request together exceed `segment.bytes` and could never fit a segment. */
export class RecordBatchTooLargeError extends RecordValidationError {
  override name = 'RecordBatchTooLargeError';
  readonly code = StorageErrorCode.RECORD_LIST_TOO_LARGE;
}

/** Well-formed bytes the broker refuses: empty request, old magic, bad counts, client control batches. */
export class InvalidRecordError extends RecordValidationError {
  override name = 'InvalidRecordError';
  readonly code = StorageErrorCode.INVALID_RECORD;
}

/** The compression codec id in the attributes is not one Kafka defines. */
export class UnsupportedCompressionTypeError extends RecordValidationError {
  override name = 'UnsupportedCompressionTypeError';
  readonly code = StorageErrorCode.UNSUPPORTED_COMPRESSION_TYPE;
}

/**
 * An I/O failure (write, fsync) or a log that was closed or failed earlier. As in Kafka, a log
 * whose write or fsync failed refuses further appends: after a failed fsync nobody knows which
 * bytes reached the disk, and the only safe way on is a restart that runs recovery.
 */
export class KafkaStorageError extends StorageError {
  override name = 'KafkaStorageError';
  readonly code = StorageErrorCode.KAFKA_STORAGE_ERROR;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

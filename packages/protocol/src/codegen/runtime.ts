/**
 * The small runtime the generated codecs (src/generated) call into: array and tagged-field
 * framing checks, shared constants, and the errors raised while encoding.
 *
 * Everything here is deliberately tiny and monomorphic; the generated code does the
 * per-field work inline so that no closures are created while encoding or decoding.
 */
import { ProtocolDecodeError, type Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';

/** A message codec as generated: one object per message, covering all its versions. */
export interface Codec<T> {
  readonly name: string;
  readonly minVersion: number;
  readonly maxVersion: number;
  /** First flexible version, or null when the message never uses flexible encodings. */
  readonly flexibleFrom: number | null;
  encode(w: Writer, m: T, version: number): void;
  decode(r: Reader, version: number): T;
}

/**
 * What `encode` accepts for a message type `T`: the same shape, but any `Uint8Array` where
 * decoding produces a `Buffer`.
 */
export type Encodable<T> = T extends Buffer
  ? Uint8Array
  : T extends readonly (infer E)[]
    ? Encodable<E>[]
    : T extends object
      ? { [K in keyof T]: Encodable<T[K]> }
      : T;

/** Raised when a value cannot be written in the requested version (null where not allowed). */
export class ProtocolEncodeError extends Error {
  override name = 'ProtocolEncodeError';
}

/** Raised when a codec is asked for a version outside the message's valid versions. */
export class UnsupportedVersionError extends Error {
  override name = 'UnsupportedVersionError';
  constructor(
    readonly messageName: string,
    readonly version: number,
    readonly minVersion: number,
    readonly maxVersion: number,
  ) {
    super(`${messageName} has no version ${version} (valid: ${minVersion}-${maxVersion})`);
  }
}

export const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';

/** Shared zero-length buffer used as the default of bytes fields; it cannot be mutated. */
export const EMPTY_BYTES: Buffer = Buffer.alloc(0);

/**
 * Classic array length: int32, -1 for null (returned as -1). A count larger than the bytes
 * left cannot be honest (every element takes at least one byte), so it is rejected before
 * anything is allocated.
 */
export function arrayLength(r: Reader): number {
  const n = r.int32();
  if (n < -1) throw new ProtocolDecodeError(`negative array length ${n}`);
  if (n > r.remaining) throw new ProtocolDecodeError(`array count ${n} exceeds the ${r.remaining} bytes left`);
  return n;
}

/** Compact array length: uvarint of count + 1, 0 for null (returned as -1). */
export function compactArrayLength(r: Reader): number {
  const n = r.uvarint() - 1;
  if (n > r.remaining) throw new ProtocolDecodeError(`array count ${n} exceeds the ${r.remaining} bytes left`);
  return n;
}

/** Reads a tagged field's size and returns the offset at which its data must end. */
export function taggedFieldEnd(r: Reader): number {
  const size = r.uvarint();
  if (size > r.remaining) {
    throw new ProtocolDecodeError(`tagged field of ${size} bytes exceeds the ${r.remaining} bytes left`);
  }
  return r.offset + size;
}

export function taggedFieldSizeMismatch(r: Reader, end: number, tag: number, where: string): ProtocolDecodeError {
  return new ProtocolDecodeError(
    `${where}: tagged field ${tag} ended at offset ${r.offset}, its size says ${end}`,
  );
}

export function nullArrayError(where: string): ProtocolDecodeError {
  return new ProtocolDecodeError(`${where}: null array where the version does not allow one`);
}

export function nullValueError(where: string, version: number): ProtocolEncodeError {
  return new ProtocolEncodeError(`${where} is null, which version ${version} does not allow`);
}

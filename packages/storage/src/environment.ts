/**
 * What the storage layer needs from its surroundings, injectable for tests: a clock, a logger,
 * and the one system call whose count and timing matter (fdatasync).
 */
import fs from 'node:fs';

export interface Time {
  /** Wall-clock milliseconds since the epoch (as Kafka's Time.milliseconds()). */
  now(): number;
}

export const SYSTEM_TIME: Time = { now: () => Date.now() };

export interface StorageLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Default: warnings and errors to stderr (recovery truncations must be visible), info dropped. */
export const STDERR_LOGGER: StorageLogger = {
  info: () => {},
  warn: (m) => console.warn(`[storage] WARN ${m}`),
  error: (m) => console.error(`[storage] ERROR ${m}`),
};

export const SILENT_LOGGER: StorageLogger = { info: () => {}, warn: () => {}, error: () => {} };

export interface StorageIo {
  /** Makes the written data of `fd` durable. Tests wrap it to count fsyncs and check ordering. */
  fdatasync(fd: number): Promise<void>;
}

export const NODE_IO: StorageIo = {
  fdatasync: (fd) => new Promise((resolve, reject) => fs.fdatasync(fd, (err) => (err ? reject(err) : resolve()))),
};

export interface TopicPartition {
  topic: string;
  partition: number;
}

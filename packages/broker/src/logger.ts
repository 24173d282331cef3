/**
 * The broker's structured log: one JSON object per line on stdout (pino), one line per
 * notable event (start, stop, topic changes, recovery, rejected connections), never one per
 * request at info level.
 */
import { pino, type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
}

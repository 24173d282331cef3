/**
 * Fetch (1): read record batches from partition logs, long-polling when too little is there.
 *
 * Limits, as in Kafka: `partitionMaxBytes` per partition and `maxBytes` for the response,
 * except that the first batch of the first partition with data is always returned whole, so
 * a consumer can make progress past a batch larger than its limits.
 *
 * Long poll: when fewer than `minBytes` are available and `maxWaitMs` > 0, the request parks
 * on its partitions (AppendNotifier) and is completed by the append that brings enough bytes,
 * or by its timer, whichever comes first.
 *
 * The record bytes come from pooled read buffers (storage's read-buffer-pool): they go back to
 * the pool when the socket has taken the response, never before.
 *
 * Fetch sessions (KIP-227) are not created: we answer session id 0, which tells the client
 * to keep sending full requests. Versions 13+ name topics by id.
 */
import {
  ApiKey,
  ErrorCode,
  type FetchRequest,
  type FetchResponse,
  type FetchResponseFetchableTopicResponse,
  type FetchResponsePartitionData,
} from '@samsa/protocol';
import type { Log } from '@samsa/storage';
import { partitionKey } from '../delayed/append-notifier.js';
import { errorCodeOf } from './error-codes.js';
import type { ApiHandler, RequestContext } from './handler.js';

const READ_COMMITTED = 1;
const EMPTY = Buffer.alloc(0);

interface PartitionPlan {
  topicIndex: number;
  partition: number;
  fetchOffset: number;
  maxBytes: number;
  log: Log | undefined;
  errorCode: number;
  key: string;
}

function emptyPartition(partitionIndex: number, errorCode: number, log?: Log): FetchResponsePartitionData {
  const hw = log ? log.highWatermark : -1;
  return {
    partitionIndex,
    errorCode,
    highWatermark: hw,
    lastStableOffset: hw,
    logStartOffset: log ? log.logStartOffset : -1,
    abortedTransactions: null,
    preferredReadReplica: -1,
    records: EMPTY,
  };
}

function plan(req: FetchRequest, ctx: RequestContext): { topics: FetchResponseFetchableTopicResponse[]; parts: PartitionPlan[] } {
  const byId = ctx.apiVersion >= 13;
  const topics: FetchResponseFetchableTopicResponse[] = [];
  const parts: PartitionPlan[] = [];
  for (const ft of req.topics) {
    const t = byId ? ctx.broker.topics.byId(ft.topicId ?? '') : ctx.broker.topics.get(ft.topic ?? '');
    const name = t?.name ?? ft.topic ?? '';
    topics.push({ topic: name, topicId: ft.topicId ?? t?.topicId, partitions: [] });
    for (const fp of ft.partitions) {
      let errorCode: number = ErrorCode.NONE;
      let log: Log | undefined;
      if (!t) errorCode = byId ? ErrorCode.UNKNOWN_TOPIC_ID : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
      else if (fp.partition < 0 || fp.partition >= t.partitions) errorCode = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
      else if ((fp.currentLeaderEpoch ?? -1) > 0) errorCode = ErrorCode.UNKNOWN_LEADER_EPOCH;
      else log = ctx.broker.topics.getLog(name, fp.partition);
      if (t && !log && errorCode === ErrorCode.NONE) errorCode = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
      parts.push({
        topicIndex: topics.length - 1,
        partition: fp.partition,
        fetchOffset: fp.fetchOffset,
        maxBytes: fp.partitionMaxBytes,
        log,
        errorCode,
        key: partitionKey(name, fp.partition),
      });
    }
  }
  return { topics, parts };
}

/** Reads every planned partition within the limits; returns the response and its byte count. */
async function readAll(
  req: FetchRequest,
  ctx: RequestContext,
  topics: FetchResponseFetchableTopicResponse[],
  parts: PartitionPlan[],
): Promise<{ response: FetchResponse; bytes: number; hasError: boolean; release: () => void }> {
  const releases: (() => void)[] = [];
  let remaining = req.maxBytes ?? 0x7fffffff;
  let bytes = 0;
  let hasError = false;
  const out = topics.map((t) => ({ ...t, partitions: [] as FetchResponsePartitionData[] }));
  for (const p of parts) {
    const target = out[p.topicIndex]!.partitions;
    if (!p.log || p.errorCode !== ErrorCode.NONE) {
      hasError = true;
      target.push(emptyPartition(p.partition, p.errorCode));
      continue;
    }
    const log = p.log;
    const limit = Math.max(0, Math.min(p.maxBytes, remaining));
    try {
      const result = await log.read(p.fetchOffset, limit, { maxOffset: log.highWatermark, minOneBatch: bytes === 0 });
      const records = result.records;
      releases.push(result.release);
      bytes += records.length;
      remaining -= records.length;
      const data = emptyPartition(p.partition, ErrorCode.NONE, log);
      data.records = records;
      if (req.isolationLevel === READ_COMMITTED) data.abortedTransactions = [];
      target.push(data);
    } catch (e) {
      hasError = true;
      target.push(emptyPartition(p.partition, errorCodeOf(e, ctx.broker.logger, { partition: p.key }), log));
    }
  }
  return {
    response: { throttleTimeMs: 0, errorCode: ErrorCode.NONE, sessionId: 0, responses: out },
    bytes,
    hasError,
    release: () => {
      for (const release of releases) release();
    },
  };
}

export const fetch: ApiHandler<FetchRequest, FetchResponse> = {
  apiKey: ApiKey.Fetch,
  // v0-v3 only read old message formats
  minVersion: 4,
  maxVersion: 13,
  async handle(req, ctx) {
    const { topics, parts } = plan(req, ctx);
    const minBytes = Math.max(req.minBytes, 0);
    const mayWait = req.maxWaitMs > 0 && parts.length > 0;

    // Watch before the first read, not after it: an append that completes while the read is
    // in progress (reads of several partitions, or of one from disk, are asynchronous) would
    // otherwise be neither in what the read returns nor reported to a watcher registered
    // afterwards, and the fetch would sleep for max.wait.ms with the data it waits for
    // already there. Counted this way, such an append may be counted twice (read and
    // notified), which can only end the wait early.
    let notified = 0;
    let onAppend: (() => void) | null = null;
    const unwatch = mayWait
      ? ctx.broker.appends.watch(
          parts.map((p) => p.key),
          (_key, bytes) => {
            notified += bytes;
            onAppend?.();
          },
        )
      : () => undefined;
    let first: Awaited<ReturnType<typeof readAll>>;
    try {
      first = await readAll(req, ctx, topics, parts);
    } catch (e) {
      unwatch();
      throw e;
    }
    if (!mayWait || first.bytes >= minBytes || first.hasError) {
      unwatch();
      ctx.afterResponseWritten(first.release);
      return first.response;
    }

    // Park until appends bring at least `minBytes - first.bytes` more bytes, or time runs out.
    return new Promise<FetchResponse>((resolve) => {
      let settled = false;
      const finish = (): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        unwatch();
        readAll(req, ctx, topics, parts).then(
          (r) => {
            first.release(); // the first read is not sent
            ctx.afterResponseWritten(r.release);
            resolve(r.response);
          },
          () => {
            ctx.afterResponseWritten(first.release);
            resolve(first.response);
          },
        );
      };
      const timer = setTimeout(finish, req.maxWaitMs);
      onAppend = () => {
        if (first.bytes + notified >= minBytes) finish();
      };
      onAppend(); // appends during the first read
    });
  },
  errorResponse(req, code) {
    return {
      throttleTimeMs: 0,
      errorCode: code,
      sessionId: 0,
      responses: req.topics.map((t) => ({
        topic: t.topic ?? '',
        topicId: t.topicId,
        partitions: t.partitions.map((p) => emptyPartition(p.partition, code)),
      })),
    };
  },
};

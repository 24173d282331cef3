/**
 * Listener fuzzing against a real broker process: a few thousand frames — valid requests at
 * every version the codecs know, Produce requests with broken record batches, mutations of
 * valid frames (bit flips, truncation, extension, lying size prefixes, random API keys and
 * versions, huge counts, negative lengths) and random bytes — over many short-lived
 * connections, while a healthy client produces and fetches on its own connection.
 *
 * What must hold:
 * - the healthy client sees no error and reads back exactly what it produced;
 * - a valid frame gets a response that decodes exactly; a broken batch is refused (never
 *   appended, never UNKNOWN_SERVER_ERROR); a bad size prefix closes that connection;
 *   every other connection either answers a trailing ApiVersions probe or is closed;
 * - connections are closed only for protocol violations, and nothing is logged at error level;
 * - afterwards the process is alive, answers a fresh ApiVersions, and every partition (the
 *   fuzzed ones too) reads back with valid CRCs and contiguous offsets.
 *
 * FUZZ_SEED=<n> replays a run; FUZZ_FRAMES=<n> changes its length (default 5000).
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  ApiVersionsRequest,
  ApiVersionsResponse,
  apis,
  decodeRecordBatch,
  errorName,
  iterateBatches,
  ProduceResponse,
} from '@samsa/protocol';
import { BrokerProcess } from '@samsa/testkit';
import {
  batchOf,
  brokerErrors,
  createTopic,
  fetchOnce,
  isAlive,
  metadata,
  payload,
  prng,
  produce,
  readPartition,
  seedFrom,
} from './kafka-helpers.js';
import { brokenBatchFrame, createsManyPartitions, framing, mutate, randomFrame, validFrame, type FuzzFrame, type FuzzTargets, type Rng } from './fuzz-frames.js';
import { ConnectionClosedError, RawClient, rawRequestFrame } from './raw-client.js';

const SEED = seedFrom(process.env['FUZZ_SEED']);
const FRAMES = Number(process.env['FUZZ_FRAMES'] ?? 5000);
const MAX_FRAME_BYTES = 2 * 1024 * 1024;
const CONCURRENCY = 12;
/** Per connection: how long to wait for the probe's answer or the close (a safety net). */
const CONNECTION_TIMEOUT_MS = 5_000;
const PROBE_ID = 0x7ffffff0;
const HEALTHY = 'healthy';
const HEALTHY_PARTITIONS = 3;

/** Reasons for closing a connection that are protocol violations (see request-dispatcher.ts). */
const VIOLATION =
  /unreadable request header|unsupported API key|is not a version Kafka defines|malformed .* request|negative frame size|exceeds socket\.request\.max\.bytes/;

interface Stats {
  connections: number;
  frames: Record<FuzzFrame['kind'], number>;
  answeredProbe: number;
  closed: number;
  closedByBadSize: number;
  abandonedIncomplete: number;
  stalled: number;
  validAnswered: number;
  brokenRefused: Record<string, number>;
}

class FuzzFailure extends Error {}

/** The highest ApiVersions version the broker serves (read from the broker at the start). */
let apiVersionsMax = 0;

/** Builds the frames of one connection (never a request to create many partitions: see createsManyPartitions). */
function connectionFrames(rng: Rng, targets: FuzzTargets): FuzzFrame[] {
  for (;;) {
    const frames = someFrames(rng, targets);
    if (!createsManyPartitions(Buffer.concat(frames.map((f) => f.bytes)), MAX_FRAME_BYTES)) return frames;
  }
}

function someFrames(rng: Rng, targets: FuzzTargets): FuzzFrame[] {
  const n = 1 + Math.floor(rng() * 6);
  const frames: FuzzFrame[] = [];
  for (let i = 0; i < n; i++) {
    // ids far apart in bits, so that a mutated id does not collide with another frame's
    const id = 0x12340000 + i * 0x1111;
    const r = rng();
    if (r < 0.3) frames.push(validFrame(rng, targets, id));
    else if (r < 0.42) frames.push(brokenBatchFrame(rng, targets, id));
    else if (r < 0.88) frames.push(mutate(rng, rng() < 0.85 ? validFrame(rng, targets, id) : brokenBatchFrame(rng, targets, id), MAX_FRAME_BYTES));
    else frames.push(randomFrame(rng, id));
  }
  return frames;
}

async function runConnection(port: number, frames: FuzzFrame[], rng: Rng, stats: Stats): Promise<void> {
  const c = await RawClient.connect(port);
  const describe = (): string => frames.map((f) => `  [${f.kind}] ${f.note}: ${f.bytes.toString('base64')}`).join('\n');
  // A Fetch (or a frame whose API key says Fetch) may wait for up to its max.wait.ms, which a
  // mutation can make long; the answers behind it, and a close for a later bad frame, wait too.
  const mayWait = frames.some((f) => f.apiKey === 1 || (f.bytes.length >= 6 && f.bytes.readInt16BE(4) === 1));
  try {
    // register interest in the responses to unmutated frames: they must decode exactly
    const owed: Promise<void>[] = [];
    for (const f of frames) {
      if ((f.kind !== 'valid' && f.kind !== 'broken-batch') || !f.expectResponse) continue;
      const api = apis.get(f.apiKey)!;
      // ApiVersions at a version the broker does not serve is answered at v0
      const bodyVersion = f.apiKey === ApiVersionsRequest.apiKey && f.version > apiVersionsMax ? 0 : f.version;
      const answer = c.expect(f.correlationId, f.apiKey, f.version, api.response, {
        timeoutMs: CONNECTION_TIMEOUT_MS * 4,
        responseBodyVersion: bodyVersion,
      });
      const settled = answer.then(
        (res) => {
          stats.validAnswered++;
          if (f.kind === 'broken-batch') {
            const pr = (res as ProduceResponse).responses[0]!.partitionResponses[0]!;
            if ((pr.errorCode === 0 && !f.mayBeAccepted) || pr.errorCode === -1) {
              throw new FuzzFailure(`${f.note}: answered ${errorName(pr.errorCode)} (baseOffset ${pr.baseOffset})`);
            }
            const key = errorName(pr.errorCode);
            stats.brokenRefused[key] = (stats.brokenRefused[key] ?? 0) + 1;
          }
        },
        (e: Error) => {
          // the connection closes for a later frame; a (mutated) long poll may hold the answer
          if (e instanceof ConnectionClosedError || mayWait) return;
          throw new FuzzFailure(`${f.note}: ${e.message}`);
        },
      );
      settled.catch(() => undefined); // observed through Promise.all below
      owed.push(settled);
    }
    let stream = Buffer.concat(frames.map((f) => f.bytes));
    const shape = framing(stream, MAX_FRAME_BYTES);
    let probe: Promise<unknown> | null = null;
    if (shape === 'complete') {
      probe = c.expect(PROBE_ID, ApiVersionsRequest.apiKey, 0, ApiVersionsResponse, { timeoutMs: CONNECTION_TIMEOUT_MS });
      probe.catch(() => undefined);
      stream = Buffer.concat([stream, rawRequestFrame(ApiVersionsRequest.apiKey, 0, PROBE_ID, () => undefined)]);
    }
    // write in 1-3 pieces, so frames also arrive split at odd places
    const cuts = [0, ...Array.from({ length: Math.floor(rng() * 3) }, () => Math.floor(rng() * stream.length)).sort((a, b) => a - b), stream.length];
    for (let i = 0; i + 1 < cuts.length; i++) if (cuts[i + 1]! > cuts[i]!) c.write(stream.subarray(cuts[i]!, cuts[i + 1]!));

    if (shape === 'incomplete') {
      stats.abandonedIncomplete++;
      await c.close();
    } else if (shape === 'bad-size') {
      const closed = await Promise.race([c.closed.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), CONNECTION_TIMEOUT_MS).unref())]);
      if (closed) stats.closedByBadSize++;
      else if (mayWait) stats.stalled++;
      else throw new FuzzFailure(`a bad size prefix did not get the connection closed within ${CONNECTION_TIMEOUT_MS} ms:\n${describe()}`);
    } else {
      try {
        const res = (await probe!) as ApiVersionsResponse;
        if (res.errorCode !== 0) throw new FuzzFailure(`probe answered ${errorName(res.errorCode)}`);
        stats.answeredProbe++;
      } catch (e) {
        if (e instanceof FuzzFailure) throw e;
        if (e instanceof ConnectionClosedError) stats.closed++;
        else if (mayWait) stats.stalled++;
        else throw new FuzzFailure(`the broker neither answered the probe nor closed the connection:\n${describe()}`);
      }
      await c.close();
    }
    await Promise.all(owed).catch((e: Error) => {
      throw new FuzzFailure(`${e.message}\nconnection frames:\n${describe()}`);
    });
  } finally {
    await c.close();
  }
}

/** Produces and fetches on its own connection until `stop.done`; every answer must be exact. */
async function healthyClient(port: number, stop: { done: boolean }): Promise<{ ops: number; produced: Buffer[][] }> {
  const c = await RawClient.connect(port);
  const produced: Buffer[][] = Array.from({ length: HEALTHY_PARTITIONS }, () => []);
  let ops = 0;
  try {
    for (let i = 0; !stop.done; i++) {
      const p = i % HEALTHY_PARTITIONS;
      const next = produced[p]!.length;
      const values = Array.from({ length: 1 + (i % 3) }, (_, k) => payload(`h/p${p}/n${i}/k${k};`, 30 + ((i * 37) % 700)));
      const res = await produce(c, HEALTHY, p, batchOf(values));
      assert.equal(res.errorCode, 0, `healthy produce #${i}: ${errorName(res.errorCode)} ${res.errorMessage ?? ''}`);
      assert.equal(res.baseOffset, next, `healthy produce #${i} to partition ${p}: baseOffset`);
      const f = await fetchOnce(c, HEALTHY, p, next);
      assert.equal(f.errorCode, 0, `healthy fetch #${i}: ${errorName(f.errorCode)}`);
      const buf = f.records ?? Buffer.alloc(0);
      const got: Buffer[] = [];
      for (const { at } of iterateBatches(buf)) for (const r of decodeRecordBatch(buf, at).records) got.push(Buffer.from(r.value!));
      assert.deepEqual(got, values, `healthy fetch #${i} from partition ${p} at ${next}`);
      produced[p]!.push(...values);
      ops += 2;
    }
    assert.deepEqual(c.unsolicited, [], 'the healthy client got responses it did not ask for');
    return { ops, produced };
  } finally {
    await c.close();
  }
}

test(`fuzzing the listener (FUZZ_SEED=${SEED}) leaves the broker serving and its logs intact`, { timeout: 180_000 }, async (t) => {
  const rng = prng(SEED);
  const broker = await BrokerProcess.start({ overrides: { 'socket.request.max.bytes': MAX_FRAME_BYTES } });
  const fail = (msg: string): never => {
    const logFile = join(tmpdir(), `samsa-fuzz-${SEED}-broker.log`);
    writeFileSync(logFile, broker.logText());
    throw new Error(`FUZZ_SEED=${SEED}: ${msg}\n--- broker log (whole log in ${logFile}) ---\n${broker.logText().slice(-5000)}`);
  };
  try {
    const admin = await RawClient.connect(broker.port);
    const served = await admin.send(ApiVersionsRequest, ApiVersionsResponse, 0, {});
    apiVersionsMax = served.apiKeys.find((k) => k.apiKey === ApiVersionsRequest.apiKey)!.maxVersion;
    await createTopic(admin, HEALTHY, HEALTHY_PARTITIONS);
    const targets: FuzzTargets = { topics: [] };
    for (const [name, partitions] of [['fz-a', 2], ['fz-b', 1], ['fz-c', 3]] as const) {
      const created = await createTopic(admin, name, partitions);
      targets.topics.push({ name, topicId: created.topicId!, partitions });
    }
    await admin.close();

    const stats: Stats = {
      connections: 0,
      frames: { valid: 0, 'broken-batch': 0, mutated: 0, random: 0 },
      answeredProbe: 0,
      closed: 0,
      closedByBadSize: 0,
      abandonedIncomplete: 0,
      stalled: 0,
      validAnswered: 0,
      brokenRefused: {},
    };
    const stop = { done: false };
    const healthy = healthyClient(broker.port, stop);
    healthy.catch(() => undefined); // awaited below

    let framesMade = 0;
    let failure: Error | null = null;
    const worker = async (): Promise<void> => {
      while (framesMade < FRAMES && failure === null) {
        const frames = connectionFrames(rng, targets);
        framesMade += frames.length;
        stats.connections++;
        for (const f of frames) stats.frames[f.kind]++;
        // each connection gets its own PRNG for write splitting, seeded from the main one
        const local = prng(Math.floor(rng() * 2 ** 32));
        try {
          await runConnection(broker.port, frames, local, stats);
        } catch (e) {
          failure ??= e as Error;
        }
        if (!isAlive(broker)) failure ??= new Error('the broker process died');
      }
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    stop.done = true;
    const healthyResult = await healthy.catch((e: Error) => fail(`healthy client: ${e.message}`));
    if (failure) fail((failure as Error).message);
    t.diagnostic(`${framesMade} frames over ${stats.connections} connections in ${Date.now() - started} ms: ${JSON.stringify(stats)}`);
    t.diagnostic(`healthy client: ${healthyResult.ops} requests, all exact`);

    const checkAfterwards = async (): Promise<void> => {
      assert.ok(isAlive(broker), 'broker process is alive');
      const fresh = await RawClient.connect(broker.port);
      const av = await fresh.send(ApiVersionsRequest, ApiVersionsResponse, 3, { clientSoftwareName: 'samsa-test', clientSoftwareVersion: '1' });
      assert.equal(av.errorCode, 0);
      assert.ok(av.apiKeys.some((k) => k.apiKey === 0 && k.maxVersion >= 9), 'Produce is still advertised');

      // the healthy partitions hold exactly what the healthy client produced
      for (let p = 0; p < HEALTHY_PARTITIONS; p++) {
        const contents = await readPartition(fresh, HEALTHY, p);
        const values = [...contents.byOffset.values()].map((r) => r.value);
        assert.equal(contents.highWatermark, healthyResult.produced[p]!.length, `healthy-${p} log end`);
        assert.deepEqual(values, healthyResult.produced[p], `healthy-${p} contents`);
      }
      // every other partition reads back whole: valid CRCs, contiguous offsets, only records
      // the fuzzer sent. (The fuzz topics themselves may have been deleted, re-created or
      // trimmed: a mutated api key turns a Metadata v1 body into a valid DeleteTopics v0.)
      const all = await metadata(fresh, null);
      let partitionsRead = 0;
      for (const topic of all.topics) {
        if (topic.name === HEALTHY || topic.name!.startsWith('__')) continue;
        for (const { partitionIndex: p } of topic.partitions) {
          const contents = await readPartition(fresh, topic.name!, p);
          for (const r of contents.byOffset.values()) assert.ok(r.value && /^fz-\d;/.test(r.value.toString('latin1', 0, 5)), `${topic.name}-${p}/${r.offset}: a record nobody sent`);
          partitionsRead++;
        }
      }
      t.diagnostic(`${all.topics.length} topics, ${partitionsRead} fuzzed partitions read back intact`);
      assert.deepEqual(fresh.unsolicited, []);
      await fresh.close();

      const unexpectedCloses = broker.lines
        .filter((l) => l.msg === 'closing connection' && !VIOLATION.test(String(l['reason'])))
        .map((l) => String(l['reason']));
      assert.deepEqual(unexpectedCloses, [], 'connections closed for reasons other than protocol violations');
      assert.deepEqual(brokerErrors(broker), [], 'errors in the broker log');
    };
    await checkAfterwards().catch((e: Error) => fail(e.message));
  } catch (e) {
    t.diagnostic(`FUZZ_SEED=${SEED}`);
    throw e;
  } finally {
    await broker.stop();
  }
});

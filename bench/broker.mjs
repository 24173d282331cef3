#!/usr/bin/env node
// Broker benchmark: produce and fetch throughput, produce latency at a fixed rate, and this
// machine's limits (disk, loopback TCP), against a broker process this script starts on a fresh
// temp data dir (deleted afterwards). Run after `npx tsc -b`:
//
//   node bench/broker.mjs                 3 runs, medians, a table
//   node bench/broker.mjs --quick         one short smoke run
//   node bench/broker.mjs --json          machine-readable output on stdout
//   node bench/broker.mjs --rdkafka       also a librdkafka cross-check (bench/rdkafka-perf.c)
//   node bench/broker.mjs --profile DIR   CPU profiles of the broker's produce, fetch and
//                                         latency paths (node --cpu-prof), summarised
//   node bench/broker.mjs --help          every option
//
// The load comes from a separate generator process (this file, forked with `--role generator`)
// that sends pre-encoded requests, pipelined, on a few connections; see bench/README.md.
// Units: 1 MB = 10^6 bytes; "MB/s" counts record values (records/s x record size), the way
// Kafka's and librdkafka's perf tools do; "wire MB/s" counts whole record batches.
import { execFileSync, fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import {
  ApiKey,
  apis,
  crc32c,
  encodeRecordBatch,
  encodeRequestHeader,
  Reader,
  requestHeaderVersion,
  responseHeaderVersion,
  decodeRequestHeader,
  decodeResponseHeader,
  Writer,
} from '../packages/protocol/dist/index.js';

const THIS_FILE = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(THIS_FILE), '..');
const SAMSA_MAIN = path.join(ROOT, 'packages/cli/dist/main.js');

// Targets from the issue: a JVM Kafka 2.1 broker driven by librdkafka on a 2-core machine.
const TARGETS = {
  produceMBps: 250, // 1 KB records, acks=1, one partition
  fetchMBps: 1500, // from page cache
  p99Ms: 20, // produce latency at 5,000 msg/s
};

// Versions we prefer; lowered to what the broker advertises.
const PREFERRED = {
  [ApiKey.Produce]: 9,
  [ApiKey.Fetch]: 12,
  [ApiKey.CreateTopics]: 5,
  [ApiKey.DeleteTopics]: 4,
};

const OPTIONS = [
  ['runs', 3, 'runs; every figure is the median over runs'],
  ['quick', false, 'one short run (smoke test): 1 run, short phases, small limit tests'],
  ['json', false, 'print JSON (raw runs and medians) instead of tables'],
  ['produce-seconds', 5, 'measured seconds of each produce case'],
  ['warmup-seconds', 1, 'seconds of load before a produce case is measured'],
  ['batch-kib', 64, 'record batch size per partition in a produce request (KiB)'],
  ['connections', 2, 'producer connections'],
  ['inflight', 16, 'produce requests in flight per connection'],
  ['fetch-connections', 2, 'fetch connections (each one request in flight, like a consumer)'],
  ['fetch-kib', 1024, 'partitionMaxBytes of a fetch (KiB)'],
  ['rate', 5000, 'records per second in the latency test'],
  ['latency-batch', 1, 'records per produce request in the latency test'],
  ['latency-seconds', 20, 'measured seconds of the latency test'],
  ['latency-warmup-seconds', 2, 'seconds of load before the latency test is measured'],
  ['limit-mib', 256, 'MiB written by the disk limit test'],
  ['retries', 2, 'measure a case again (up to this many times) when other processes used more than --max-other-cpu during it'],
  ['max-other-cpu', 0.1, 'cores other processes may use during a case before it is measured again'],
  ['quiet-wait-seconds', 60, 'after settling, wait up to this long for other load on the machine to stop'],
  ['settle-seconds', 8, 'idle seconds before each produce case and the disk test, so freed memory has gone back to the host (see README)'],
  ['tcp-seconds', 3, 'seconds of the loopback TCP limit test'],
  ['filter', '', 'only the cases whose name contains this, |-separated alternatives (e.g. "1 KB, 1 partition, acks=1|latency")'],
  ['skip-limits', false, 'do not measure the machine limits'],
  ['limits-only', false, 'only measure the machine limits (and the generator against the null broker)'],
  ['rdkafka', false, 'also run the librdkafka cross-check (needs librdkafka-dev and cc, or kcat)'],
  ['rdkafka-records', 1000000, 'records the librdkafka cross-check produces and consumes'],
  ['profile', '', 'DIR: write broker CPU profiles of produce, fetch and latency there and summarise them (no benchmark table)'],
  ['broker-node-args', '', 'extra node flags for the broker process, space-separated (e.g. "--max-semi-space-size=64")'],
  ['broker-log', '', 'FILE: append the broker processes\' stdout and stderr there'],
  ['broker-arg', '', 'extra --override key=value for the broker (repeatable, comma-separated)'],
  ['report', '', 'FILE: print the tables of a saved --json output again'],
  ['summarize', '', 'FILE: only print the summary of a .cpuprofile (e.g. one made with node --cpu-prof by hand)'],
];

// ---------------------------------------------------------------------------------------------
// small helpers

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const range = (n) => Array.from({ length: n }, (_, i) => i);
const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (sorted, p) => (sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
const readInt64 = (buf, at) => buf.readInt32BE(at) * 2 ** 32 + buf.readUInt32BE(at + 4);

let CLK_TCK = 100;
try {
  CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
} catch {
  /* keep 100 */
}

/** user+system CPU seconds of a process (all its threads), from /proc. */
function procCpuSeconds(pid) {
  const [user, sys] = procCpuParts(String(pid));
  return user + sys;
}

/** [user, system] CPU seconds of `/proc/<which>/stat` (a process, or `pid/task/tid` a thread). */
function procCpuParts(which) {
  try {
    const stat = fs.readFileSync(`/proc/${which}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return [Number(fields[11]) / CLK_TCK, Number(fields[12]) / CLK_TCK]; // utime, stime (fields 14, 15)
  } catch {
    return [NaN, NaN];
  }
}

/** The broker's main thread (event loop) CPU seconds, and the whole process's system CPU seconds. */
function brokerDetail(pid) {
  const [mu, ms] = procCpuParts(`${pid}/task/${pid}`);
  return { main: mu + ms, sys: procCpuParts(String(pid))[1] };
}

/**
 * CPU seconds the whole machine spent (all cores), from /proc/stat: `proc` in processes (user,
 * nice, system), `irq` in interrupts and softirqs (loopback TCP is largely processed there, not
 * charged to either process), `steal` taken by the hypervisor.
 */
function machineCpu() {
  try {
    const f = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal
    return { proc: (f[0] + f[1] + f[2]) / CLK_TCK, irq: (f[5] + f[6]) / CLK_TCK, steal: f[7] / CLK_TCK };
  } catch {
    return { proc: NaN, irq: NaN, steal: NaN };
  }
}
const machineBusySeconds = () => {
  const m = machineCpu();
  return m.proc + m.irq + m.steal;
};

/** Dirty and Writeback page cache, MB (/proc/meminfo). */
function dirtyMemory() {
  try {
    const m = fs.readFileSync('/proc/meminfo', 'utf8');
    const kb = (k) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(m)?.[1] ?? NaN);
    return { dirty: Math.round(kb('Dirty') / 1024), writeback: Math.round(kb('Writeback') / 1024) };
  } catch {
    return null;
  }
}

const selfCpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

// ---------------------------------------------------------------------------------------------
// Kafka client bits: framing, a pipelined connection, request encoding

/**
 * Splits a byte stream into size-prefixed frames (passed without the prefix). Sockets read into
 * one reused buffer (net's `onread`), so a frame that lies whole in a chunk is passed as a view
 * valid only during the callback, and a frame split over chunks is copied once into a buffer of
 * its own size: consumers handle frames synchronously.
 */
class FrameReader {
  constructor(onFrame) {
    this.onFrame = onFrame;
    this.frame = null; // frame being assembled
    this.filled = 0;
    this.head = Buffer.alloc(4); // a size prefix split over chunks
    this.headFilled = 0;
  }

  push(chunk) {
    const len = chunk.length;
    let off = 0;
    while (off < len) {
      if (this.frame !== null) {
        const n = Math.min(this.frame.length - this.filled, len - off);
        chunk.copy(this.frame, this.filled, off, off + n);
        this.filled += n;
        off += n;
        if (this.filled === this.frame.length) {
          const f = this.frame;
          this.frame = null;
          this.onFrame(f);
        }
      } else if (this.headFilled > 0 || len - off < 4) {
        const n = Math.min(4 - this.headFilled, len - off);
        chunk.copy(this.head, this.headFilled, off, off + n);
        this.headFilled += n;
        off += n;
        if (this.headFilled === 4) {
          this.headFilled = 0;
          this.frame = Buffer.allocUnsafe(this.head.readInt32BE(0));
          this.filled = 0;
        }
      } else {
        const size = chunk.readInt32BE(off);
        if (len - off - 4 >= size) {
          this.onFrame(chunk.subarray(off + 4, off + 4 + size));
          off += 4 + size;
        } else {
          this.frame = Buffer.allocUnsafe(size);
          this.filled = 0;
          off += 4;
        }
      }
    }
  }
}

/** Socket options that read into one reused buffer and feed a FrameReader. */
function framedReads(reader, bytes = 1024 * 1024) {
  const buffer = Buffer.allocUnsafe(bytes);
  return { buffer, callback: (n, buf) => reader.push(buf.subarray(0, n)) };
}

/** A whole request frame (size prefix included) for `body`. */
function encodeRequest(apiKey, version, correlationId, body) {
  const w = new Writer(1024);
  w.int32(0);
  encodeRequestHeader(
    w,
    { requestApiKey: apiKey, requestApiVersion: version, correlationId, clientId: 'samsa-bench' },
    requestHeaderVersion(apiKey, version),
  );
  apis.get(apiKey).request.encode(w, body, version);
  const buf = Buffer.from(w.toBuffer()); // own copy: frames get their correlation id patched
  buf.writeInt32BE(buf.length - 4, 0);
  return buf;
}

function decodeResponse(apiKey, version, frame) {
  const r = new Reader(frame);
  decodeResponseHeader(r, responseHeaderVersion(apiKey, version));
  return apis.get(apiKey).response.decode(r, version);
}

/** One connection; requests pipelined, responses matched in order (and by correlation id). */
class KafkaConnection {
  static connect(host, port) {
    return new Promise((resolve, reject) => {
      const reader = new FrameReader((frame) => conn.onFrame(frame));
      const socket = net.connect({ host, port, noDelay: true, onread: framedReads(reader) });
      const conn = new KafkaConnection(socket);
      socket.once('error', reject);
      socket.once('connect', () => {
        socket.off('error', reject);
        resolve(conn);
      });
    });
  }

  /** Responses are passed to `onFrame` callbacks as views valid only during the call. */
  constructor(socket) {
    this.socket = socket;
    this.pending = []; // { correlationId, onFrame, onError }
    this.head = 0;
    this.nextCorrelationId = 1;
    this.error = null;
    socket.on('error', (e) => this.fail(e));
    socket.on('close', () => this.fail(new Error('connection closed by the broker')));
  }

  get inFlight() {
    return this.pending.length - this.head;
  }

  onFrame(frame) {
    const p = this.pending[this.head];
    if (!p) return this.fail(new Error('response without a request'));
    this.pending[this.head++] = undefined;
    if (this.head > 1024 && this.head * 2 > this.pending.length) {
      this.pending = this.pending.slice(this.head);
      this.head = 0;
    }
    const correlationId = frame.readInt32BE(0);
    if (correlationId !== p.correlationId) {
      return this.fail(new Error(`correlation id ${correlationId}, expected ${p.correlationId}`));
    }
    p.onFrame(frame);
  }

  fail(e) {
    if (this.error) return;
    this.error = e;
    const pending = this.pending.slice(this.head);
    this.pending = [];
    this.head = 0;
    for (const p of pending) p.onError(e);
    this.socket.destroy();
  }

  /** Sends a pre-encoded frame after writing a fresh correlation id into it. */
  sendFrame(frame, onFrame, onError) {
    if (this.error) return onError(this.error);
    const correlationId = this.nextCorrelationId++ & 0x7fffffff;
    frame.writeInt32BE(correlationId, 8);
    this.pending.push({ correlationId, onFrame, onError });
    this.socket.write(frame);
  }

  request(apiKey, version, body) {
    return new Promise((resolve, reject) => {
      this.sendFrame(
        encodeRequest(apiKey, version, 0, body),
        (frame) => {
          try {
            resolve(decodeResponse(apiKey, version, frame));
          } catch (e) {
            reject(e);
          }
        },
        reject,
      );
    });
  }

  close() {
    this.error ??= new Error('closed');
    this.socket.destroy();
  }
}

/** The versions to use with this broker (PREFERRED, lowered to its ranges). */
async function negotiateVersions(conn) {
  const res = await conn.request(ApiKey.ApiVersions, 3, { clientSoftwareName: 'samsa-bench', clientSoftwareVersion: '1' });
  if (res.errorCode !== 0) throw new Error(`ApiVersions error ${res.errorCode}`);
  const versions = {};
  for (const [key, preferred] of Object.entries(PREFERRED)) {
    const r = res.apiKeys.find((k) => k.apiKey === Number(key));
    if (!r) throw new Error(`broker does not serve API ${apis.get(Number(key)).name}`);
    const v = Math.min(preferred, r.maxVersion);
    if (v < r.minVersion) throw new Error(`broker serves ${apis.get(Number(key)).name} v${r.minVersion}+, bench speaks up to v${preferred}`);
    versions[key] = v;
  }
  return versions;
}

async function createTopic(conn, versions, name, partitions) {
  const res = await conn.request(ApiKey.CreateTopics, versions[ApiKey.CreateTopics], {
    topics: [{ name, numPartitions: partitions, replicationFactor: 1, assignments: [], configs: [] }],
    timeoutMs: 30000,
    validateOnly: false,
  });
  const t = res.topics[0];
  if (t.errorCode !== 0) throw new Error(`CreateTopics ${name}: error ${t.errorCode} ${t.errorMessage ?? ''}`);
}

async function deleteTopic(conn, versions, name) {
  const res = await conn.request(ApiKey.DeleteTopics, versions[ApiKey.DeleteTopics], { topicNames: [name], timeoutMs: 30000 });
  const t = res.responses[0];
  if (t.errorCode !== 0) throw new Error(`DeleteTopics ${name}: error ${t.errorCode}`);
}

// ---------------------------------------------------------------------------------------------
// generator role: produce, fetch and latency load, on request of the main process

/** Retriable produce errors we wait out at the start of a case (topic not ready yet). */
const RETRIABLE = new Set([3, 5, 6, 7, 19, 20]);

function checkProduceResponse(res) {
  for (const t of res.responses) {
    for (const p of t.partitionResponses) if (p.errorCode !== 0) return p;
  }
  return null;
}

/** Cores busy in processes other than the broker and this generator. */
const otherCpu = (a, b, seconds) => Math.max(0, (b.machine.proc - a.machine.proc - (b.brokerCpu - a.brokerCpu) - (b.cpu - a.cpu)) / seconds);
const irqCpu = (a, b, seconds) => (b.machine.irq - a.machine.irq) / seconds;
const stealCpu = (a, b, seconds) => (b.machine.steal - a.machine.steal) / seconds;

async function taskProduce(p) {
  const n = Math.max(1, Math.floor((p.batchKib * 1024) / p.recordSize));
  const value = randomBytes(p.recordSize);
  const timestamp = Date.now();
  const batch = encodeRecordBatch({ records: range(n).map(() => ({ timestamp, key: null, value })) });
  const version = p.versions[ApiKey.Produce];
  const body = {
    transactionalId: null,
    acks: p.acks,
    timeoutMs: 30000,
    topicData: [{ name: p.topic, partitionData: range(p.partitions).map((index) => ({ index, records: batch })) }],
  };
  const template = encodeRequest(ApiKey.Produce, version, 0, body);
  const conns = await Promise.all(range(p.connections).map(() => KafkaConnection.connect(p.host, p.port)));
  const endOffsets = new Array(p.partitions).fill(0);

  // The topic was just created: wait until one request goes through.
  for (let attempt = 0; ; attempt++) {
    const res = await new Promise((resolve, reject) =>
      conns[0].sendFrame(Buffer.from(template), (f) => resolve(decodeResponse(ApiKey.Produce, version, f)), reject),
    );
    const bad = checkProduceResponse(res);
    if (!bad) {
      for (const t of res.responses) for (const q of t.partitionResponses) endOffsets[q.index] = Math.max(endOffsets[q.index], q.baseOffset + n);
      break;
    }
    if (!RETRIABLE.has(bad.errorCode) || attempt > 100) throw new Error(`produce error ${bad.errorCode} ${bad.errorMessage ?? ''}`);
    await sleep(100);
  }

  let acked = 0;
  let stopping = false;
  let failure = null;
  let outstanding = 0;
  let resolveDone;
  const done = new Promise((r) => (resolveDone = r));
  const maybeDone = () => {
    if ((stopping || failure) && outstanding === 0) resolveDone();
  };

  for (const conn of conns) {
    for (let i = 0; i < p.inflight; i++) {
      const frame = Buffer.from(template);
      const onError = (e) => {
        failure ??= e;
        outstanding--;
        maybeDone();
      };
      const onFrame = (f) => {
        outstanding--;
        let res;
        try {
          res = decodeResponse(ApiKey.Produce, version, f);
        } catch (e) {
          failure ??= e;
          return maybeDone();
        }
        const bad = checkProduceResponse(res);
        if (bad) {
          failure ??= new Error(`produce error ${bad.errorCode} ${bad.errorMessage ?? ''} on partition ${bad.index}`);
          return maybeDone();
        }
        for (const t of res.responses) {
          for (const q of t.partitionResponses) {
            const end = q.baseOffset + n;
            if (end > endOffsets[q.index]) endOffsets[q.index] = end;
          }
        }
        acked++;
        if (stopping || failure) return maybeDone();
        outstanding++;
        conn.sendFrame(frame, onFrame, onError);
      };
      outstanding++;
      conn.sendFrame(frame, onFrame, onError);
    }
  }

  const snap = () => ({
    t: performance.now(),
    acked,
    cpu: selfCpuSeconds(),
    machine: machineCpu(),
    brokerCpu: procCpuSeconds(p.brokerPid),
    brokerDetail: brokerDetail(p.brokerPid),
    elu: performance.eventLoopUtilization(),
    hr: process.hrtime.bigint(),
  });
  await sleep(p.warmupMs);
  const a = snap();
  await sleep(p.durationMs);
  const b = snap();
  stopping = true;
  maybeDone();
  await Promise.race([done, sleep(60000)]);
  for (const c of conns) c.close();
  if (failure) throw failure;

  const seconds = (b.t - a.t) / 1000;
  const requests = b.acked - a.acked;
  const records = requests * n * p.partitions;
  return {
    recordsPerBatch: n,
    batchBytes: batch.length,
    requestBytes: template.length,
    requests,
    records,
    seconds,
    recordsPerSec: records / seconds,
    MBps: (records * p.recordSize) / seconds / 1e6,
    wireMBps: (requests * p.partitions * batch.length) / seconds / 1e6,
    requestsPerSec: requests / seconds,
    generatorCpu: (b.cpu - a.cpu) / seconds,
    generatorElu: performance.eventLoopUtilization(b.elu, a.elu).utilization,
    brokerCpu: (b.brokerCpu - a.brokerCpu) / seconds,
    brokerMainCpu: (b.brokerDetail.main - a.brokerDetail.main) / seconds,
    brokerSysCpu: (b.brokerDetail.sys - a.brokerDetail.sys) / seconds,
    otherCpu: otherCpu(a, b, seconds),
    irqCpu: irqCpu(a, b, seconds),
    stealCpu: stealCpu(a, b, seconds),
    window: [String(a.hr / 1000n), String(b.hr / 1000n)], // monotonic µs, for profile slicing
    endOffsets,
  };
}

async function taskFetch(p) {
  const version = p.versions[ApiKey.Fetch];
  const n = p.recordsPerBatch;
  // Work: [start, end) offset ranges, batch-aligned, spread over the connections so that no
  // connection reads two ranges of the same partition.
  const perPartition = Math.max(1, Math.floor(p.connections / p.partitions));
  const ranges = [];
  p.endOffsets.forEach((end, partition) => {
    const batches = Math.ceil(end / n);
    const step = Math.ceil(batches / perPartition) * n;
    for (let start = 0; start < end; start += step) ranges.push({ partition, next: start, end: Math.min(end, start + step), empty: 0 });
  });
  const byConn = range(p.connections).map(() => []);
  ranges.forEach((r, i) => byConn[i % p.connections].push(r));
  const expectedRecords = p.endOffsets.reduce((s, e) => s + e, 0);

  const conns = await Promise.all(byConn.filter((rs) => rs.length).map(() => KafkaConnection.connect(p.host, p.port)));
  let records = 0;
  let wire = 0;
  let requests = 0;
  let crcChecked = 0;

  async function consume(conn, mine) {
    for (;;) {
      const active = mine.filter((r) => r.next < r.end);
      if (active.length === 0) return;
      const body = {
        replicaId: -1,
        maxWaitMs: 500,
        minBytes: 1,
        maxBytes: 50 * 1024 * 1024,
        isolationLevel: 0,
        sessionId: 0,
        sessionEpoch: -1,
        topics: [
          {
            topic: p.topic,
            partitions: active.map((r) => ({
              partition: r.partition,
              currentLeaderEpoch: -1,
              fetchOffset: r.next,
              lastFetchedEpoch: -1,
              logStartOffset: -1,
              partitionMaxBytes: p.fetchKib * 1024,
            })),
          },
        ],
        forgottenTopicsData: [],
        rackId: '',
      };
      const frame = encodeRequest(ApiKey.Fetch, version, 0, body);
      // The response is a view into the socket's read buffer: account for it synchronously.
      await new Promise((resolve, reject) =>
        conn.sendFrame(
          frame,
          (f) => {
            try {
              account(active, decodeResponse(ApiKey.Fetch, version, f));
              resolve();
            } catch (e) {
              reject(e);
            }
          },
          reject,
        ),
      );
    }
  }

  function account(active, res) {
    requests++;
    if (res.errorCode) throw new Error(`fetch error ${res.errorCode}`);
    for (const t of res.responses) {
      for (const d of t.partitions) {
        const r = active.find((x) => x.partition === d.partitionIndex);
        if (d.errorCode !== 0) throw new Error(`fetch error ${d.errorCode} on partition ${d.partitionIndex}`);
        const buf = d.records ?? Buffer.alloc(0);
        let pos = 0;
        let progressed = false;
        while (buf.length - pos >= 61) {
          const size = 12 + buf.readInt32BE(pos + 8);
          if (pos + size > buf.length) break; // partial batch at the end
          const base = readInt64(buf, pos);
          if (base >= r.end) {
            r.next = r.end;
            break;
          }
          if (base >= r.next) {
            if (pos === 0) {
              // one CRC-32C per partition per response: proves we read real batches
              if (crc32c(buf.subarray(pos + 21, pos + size)) !== buf.readUInt32BE(pos + 17)) {
                throw new Error(`CRC mismatch in the batch at offset ${base} of partition ${r.partition}`);
              }
              crcChecked++;
            }
            records += buf.readInt32BE(pos + 57);
            wire += size;
          }
          r.next = Math.max(r.next, base + buf.readInt32BE(pos + 23) + 1);
          progressed = true;
          pos += size;
        }
        if (!progressed && r.next < r.end && ++r.empty > 100) {
          throw new Error(`partition ${r.partition}: no data at offset ${r.next} (expected up to ${r.end})`);
        }
      }
    }
  }

  const a = { t: performance.now(), cpu: selfCpuSeconds(), machine: machineCpu(), brokerCpu: procCpuSeconds(p.brokerPid), brokerDetail: brokerDetail(p.brokerPid), hr: process.hrtime.bigint(), elu: performance.eventLoopUtilization() };
  let ci = 0;
  await Promise.all(byConn.filter((rs) => rs.length).map((rs) => consume(conns[ci++], rs)));
  const b = { t: performance.now(), cpu: selfCpuSeconds(), machine: machineCpu(), brokerCpu: procCpuSeconds(p.brokerPid), brokerDetail: brokerDetail(p.brokerPid), hr: process.hrtime.bigint(), elu: performance.eventLoopUtilization() };
  for (const c of conns) c.close();
  if (records !== expectedRecords) throw new Error(`fetched ${records} records, expected ${expectedRecords}`);
  const seconds = (b.t - a.t) / 1000;
  return {
    records,
    requests,
    crcChecked,
    seconds,
    recordsPerSec: records / seconds,
    MBps: (records * p.recordSize) / seconds / 1e6,
    wireMBps: wire / seconds / 1e6,
    generatorCpu: (b.cpu - a.cpu) / seconds,
    generatorElu: performance.eventLoopUtilization(b.elu, a.elu).utilization,
    brokerCpu: (b.brokerCpu - a.brokerCpu) / seconds,
    brokerMainCpu: (b.brokerDetail.main - a.brokerDetail.main) / seconds,
    brokerSysCpu: (b.brokerDetail.sys - a.brokerDetail.sys) / seconds,
    otherCpu: otherCpu(a, b, seconds),
    irqCpu: irqCpu(a, b, seconds),
    stealCpu: stealCpu(a, b, seconds),
    window: [String(a.hr / 1000n), String(b.hr / 1000n)],
  };
}

async function taskLatency(p) {
  const version = p.versions[ApiKey.Produce];
  const k = p.latencyBatch;
  const value = randomBytes(p.recordSize);
  const conn = await KafkaConnection.connect(p.host, p.port);
  const makeFrame = () => {
    const batch = encodeRecordBatch({ records: range(k).map(() => ({ timestamp: Date.now(), key: null, value })) });
    return encodeRequest(ApiKey.Produce, version, 0, {
      transactionalId: null,
      acks: p.acks,
      timeoutMs: 30000,
      topicData: [{ name: p.topic, partitionData: [{ index: 0, records: batch }] }],
    });
  };
  // topic readiness
  for (let attempt = 0; ; attempt++) {
    const res = await new Promise((resolve, reject) => conn.sendFrame(makeFrame(), (f) => resolve(decodeResponse(ApiKey.Produce, version, f)), reject));
    const bad = checkProduceResponse(res);
    if (!bad) break;
    if (!RETRIABLE.has(bad.errorCode) || attempt > 100) throw new Error(`produce error ${bad.errorCode}`);
    await sleep(100);
  }

  const memStart = dirtyMemory();
  const requestRate = p.rate / k; // requests per second
  const pool = range(4096).map(makeFrame); // free frames; one is reused only after its response
  const expected = Math.ceil((requestRate * (p.warmupMs + p.durationMs)) / 1000) + 16;
  const latencies = new Float64Array(expected);
  const fromSchedule = new Float64Array(expected);
  let samples = 0;
  let sent = 0;
  let outstanding = 0;
  let maxOutstanding = 0;
  let maxLatency = -1;
  let maxAt = null;
  let dropped = 0;
  let failure = null;
  let stopping = false;
  let resolveDone;
  const done = new Promise((r) => (resolveDone = r));

  const start = performance.now();
  const t0 = start + p.warmupMs;
  const t1 = t0 + p.durationMs;
  let a = null;
  const snap = () => ({ t: performance.now(), cpu: selfCpuSeconds(), machine: machineCpu(), brokerCpu: procCpuSeconds(p.brokerPid), brokerDetail: brokerDetail(p.brokerPid), hr: process.hrtime.bigint(), elu: performance.eventLoopUtilization() });

  const sendOne = (seq) => {
    const frame = pool.pop();
    if (!frame) {
      dropped++;
      return;
    }
    const intended = start + (seq * 1000) / requestRate;
    const sentAt = performance.now();
    outstanding++;
    if (outstanding > maxOutstanding) maxOutstanding = outstanding;
    conn.sendFrame(
      frame,
      (f) => {
        const now = performance.now();
        outstanding--;
        pool.push(frame);
        if (f.length < 8) failure ??= new Error('short produce response');
        else if (sentAt >= t0 && sentAt < t1 && samples < latencies.length) {
          if (now - sentAt > maxLatency) {
            maxLatency = now - sentAt;
            maxAt = sentAt;
          }
          latencies[samples] = now - sentAt;
          fromSchedule[samples++] = now - intended;
        }
        if (stopping && outstanding === 0) resolveDone();
      },
      (e) => {
        failure ??= e;
        outstanding--;
        resolveDone();
      },
    );
  };

  await new Promise((resolveSchedule) => {
    const timer = setInterval(() => {
      const now = performance.now();
      if (a === null && now >= t0) a = snap();
      if (now >= t1 || failure) {
        clearInterval(timer);
        resolveSchedule();
        return;
      }
      const due = Math.floor(((now - start) * requestRate) / 1000) + 1;
      while (sent < due) sendOne(sent++);
    }, 1);
  });
  const b = snap();
  const memEnd = dirtyMemory();
  stopping = true;
  if (outstanding === 0) resolveDone();
  await Promise.race([done, sleep(30000)]);
  conn.close();
  if (failure) throw failure;
  // Check a sample of the responses decoded cleanly: decode one now (cheap insurance).
  const lat = Array.from(latencies.subarray(0, samples)).sort((x, y) => x - y);
  const sched = Array.from(fromSchedule.subarray(0, samples)).sort((x, y) => x - y);
  const seconds = (b.t - a.t) / 1000;
  return {
    requests: samples,
    recordsPerRequest: k,
    achievedRate: (samples * k) / seconds,
    p50: percentile(lat, 50),
    p95: percentile(lat, 95),
    p99: percentile(lat, 99),
    p999: percentile(lat, 99.9),
    max: lat[lat.length - 1] ?? null,
    mean: lat.reduce((s, x) => s + x, 0) / (lat.length || 1),
    p99FromSchedule: percentile(sched, 99),
    maxFromSchedule: sched[sched.length - 1] ?? null,
    maxOutstanding,
    dropped,
    // when the worst latency happened (seconds into the measured window), and the kernel's
    // dirty/writeback page cache at the start and the end: writeback stalls show up here
    maxAtSeconds: maxAt === null ? null : (maxAt - t0) / 1000,
    dirtyMB: [memStart, memEnd],
    generatorCpu: (b.cpu - a.cpu) / seconds,
    generatorElu: performance.eventLoopUtilization(b.elu, a.elu).utilization,
    brokerCpu: (b.brokerCpu - a.brokerCpu) / seconds,
    brokerMainCpu: (b.brokerDetail.main - a.brokerDetail.main) / seconds,
    brokerSysCpu: (b.brokerDetail.sys - a.brokerDetail.sys) / seconds,
    otherCpu: otherCpu(a, b, seconds),
    irqCpu: irqCpu(a, b, seconds),
    stealCpu: stealCpu(a, b, seconds),
    window: [String(a.hr / 1000n), String(b.hr / 1000n)],
  };
}

// Loopback TCP limit: a source process pushes 1 MiB writes as fast as the socket takes them, a
// sink process reads them into one reused 1 MiB buffer (net's onread) and counts.
let tcpSource = null;
async function taskTcpSource() {
  const buf = Buffer.alloc(1024 * 1024, 0x5a);
  tcpSource = net.createServer({ noDelay: true }, (socket) => {
    const c0 = selfCpuSeconds();
    const t0 = performance.now();
    let closed = false;
    const pump = () => {
      while (!closed) if (!socket.write(buf)) return;
    };
    socket.on('drain', pump);
    socket.on('error', () => {});
    socket.on('close', () => {
      closed = true;
      tcpSource.result = { sourceCpu: (selfCpuSeconds() - c0) / ((performance.now() - t0) / 1000) };
      tcpSource.close();
    });
    pump();
  });
  await new Promise((r) => tcpSource.listen(0, '127.0.0.1', r));
  return { port: tcpSource.address().port };
}

async function taskTcpSourceResult() {
  for (let i = 0; i < 100 && !tcpSource.result; i++) await sleep(20);
  return tcpSource.result ?? {};
}

/** Connects, lets the source run 300 ms, then counts bytes for `seconds`. */
async function taskTcpSink(p) {
  let bytes = 0;
  const socket = net.connect({
    host: '127.0.0.1',
    port: p.port,
    onread: { buffer: Buffer.allocUnsafe(1024 * 1024), callback: (n) => void (bytes += n) },
  });
  socket.on('error', () => {});
  await new Promise((r) => socket.once('connect', r));
  await sleep(300);
  const bytes0 = bytes;
  const t0 = performance.now();
  const c0 = selfCpuSeconds();
  await sleep(p.seconds * 1000);
  const s = (performance.now() - t0) / 1000;
  const r = { bytes: bytes - bytes0, seconds: s, MBps: (bytes - bytes0) / s / 1e6, sinkCpu: (selfCpuSeconds() - c0) / s };
  socket.destroy();
  return r;
}

// Null broker: answers the bench's requests with no storage at all (produce: decode, count,
// answer; fetch: copies of the first batch each partition received, offsets patched). The
// generator against it gives the ceiling of generator + loopback, i.e. how fast the bench
// could report a broker to be.
let nullServer = null;
function writeInt64(buf, at, v) {
  const hi = Math.floor(v / 2 ** 32);
  buf.writeInt32BE(hi | 0, at);
  buf.writeUInt32BE((v - hi * 2 ** 32) >>> 0, at + 4);
}

async function taskNullBroker() {
  const partitions = new Map(); // "topic/partition" -> { end, batch }
  const respond = (socket, apiKey, version, correlationId, body) => {
    const w = new Writer(256);
    w.int32(0);
    const hv = responseHeaderVersion(apiKey, version);
    w.int32(correlationId);
    if (hv >= 1) w.uvarint(0);
    apis.get(apiKey).response.encode(w, body, version);
    const chunks = w.chunks();
    chunks[0].writeInt32BE(w.length - 4, 0);
    socket.cork();
    for (const c of chunks) socket.write(c);
    socket.uncork();
  };
  const handle = (socket, scratch, frame) => {
    const apiKey = frame.readInt16BE(0);
    const version = frame.readInt16BE(2);
    const r = new Reader(frame);
    const header = decodeRequestHeader(r);
    const req = apis.get(apiKey).request.decode(r, version);
    const cid = header.correlationId;
    switch (apiKey) {
      case ApiKey.ApiVersions:
        return respond(socket, apiKey, version, cid, {
          errorCode: 0,
          throttleTimeMs: 0,
          apiKeys: [
            { apiKey: ApiKey.Produce, minVersion: 3, maxVersion: 9 },
            { apiKey: ApiKey.Fetch, minVersion: 4, maxVersion: 12 },
            { apiKey: ApiKey.ApiVersions, minVersion: 0, maxVersion: 3 },
            { apiKey: ApiKey.CreateTopics, minVersion: 0, maxVersion: 7 },
            { apiKey: ApiKey.DeleteTopics, minVersion: 0, maxVersion: 6 },
          ],
        });
      case ApiKey.CreateTopics:
        return respond(socket, apiKey, version, cid, {
          throttleTimeMs: 0,
          topics: req.topics.map((t) => ({ name: t.name, errorCode: 0, errorMessage: null, numPartitions: t.numPartitions, replicationFactor: 1, configs: [] })),
        });
      case ApiKey.DeleteTopics:
        return respond(socket, apiKey, version, cid, { throttleTimeMs: 0, responses: req.topicNames.map((name) => ({ name, errorCode: 0 })) });
      case ApiKey.Produce: {
        const responses = req.topicData.map((t) => ({
          name: t.name,
          partitionResponses: t.partitionData.map((pd) => {
            const k = `${t.name}/${pd.index}`;
            let st = partitions.get(k);
            if (!st) partitions.set(k, (st = { end: 0, batch: Buffer.from(pd.records) }));
            const baseOffset = st.end;
            for (let at = 0; at + 61 <= pd.records.length; at += 12 + pd.records.readInt32BE(at + 8)) st.end += pd.records.readInt32BE(at + 57);
            return { index: pd.index, errorCode: 0, baseOffset, logAppendTimeMs: -1, logStartOffset: 0, recordErrors: [], errorMessage: null };
          }),
        }));
        if (req.acks === 0) return;
        return respond(socket, apiKey, version, cid, { responses, throttleTimeMs: 0 });
      }
      case ApiKey.Fetch: {
        const responses = req.topics.map((t) => ({
          topic: t.topic,
          partitions: t.partitions.map((fp) => {
            const st = partitions.get(`${t.topic}/${fp.partition}`);
            const hw = st ? st.end : 0;
            let records = Buffer.alloc(0);
            if (st && fp.fetchOffset < hw) {
              const size = st.batch.length;
              const count = st.batch.readInt32BE(57);
              const n = Math.max(1, Math.min(Math.floor(fp.partitionMaxBytes / size), Math.ceil((hw - fp.fetchOffset) / count)));
              const key = `${fp.partition}/${n}`;
              let buf = scratch.get(key);
              if (!buf) {
                buf = Buffer.allocUnsafe(n * size);
                for (let i = 0; i < n; i++) st.batch.copy(buf, i * size);
                scratch.set(key, buf);
              }
              for (let i = 0; i < n; i++) writeInt64(buf, i * size, fp.fetchOffset + i * count);
              records = buf;
            }
            return { partitionIndex: fp.partition, errorCode: 0, highWatermark: hw, lastStableOffset: hw, logStartOffset: 0, abortedTransactions: null, preferredReadReplica: -1, records };
          }),
        }));
        return respond(socket, apiKey, version, cid, { throttleTimeMs: 0, errorCode: 0, sessionId: 0, responses });
      }
      default:
        socket.destroy();
    }
  };
  nullServer = net.createServer({ noDelay: true }, (socket) => {
    const scratch = new Map(); // per connection: one request in flight per fetch connection
    const reader = new FrameReader((frame) => handle(socket, scratch, frame));
    socket.on('data', (c) => reader.push(c)); // net servers have no onread
    socket.on('error', () => {});
  });
  await new Promise((r) => nullServer.listen(0, '127.0.0.1', r));
  return { port: nullServer.address().port, pid: process.pid };
}

const TASKS = {
  produce: taskProduce,
  fetch: taskFetch,
  latency: taskLatency,
  'tcp-sink': taskTcpSink,
  'tcp-source': taskTcpSource,
  'tcp-source-result': taskTcpSourceResult,
  'null-broker': taskNullBroker,
};

function runWorker() {
  process.on('message', async (msg) => {
    try {
      const result = await TASKS[msg.task](msg.params);
      process.send({ id: msg.id, result });
    } catch (e) {
      process.send({ id: msg.id, error: String(e?.stack ?? e) });
    }
  });
  process.on('disconnect', () => process.exit(0));
}

/**
 * Sleeps `settleMs`, then goes on waiting (up to `maxWaitMs`) until the machine is quiet: under
 * 0.15 cores busy over half a second (the bench's own processes are idle at this point). This
 * machine may be shared; a case measured next to other load says so in its "other CPU" column.
 */
async function settle(settleMs, maxWaitMs, progress) {
  await sleep(settleMs);
  const start = performance.now();
  let warned = false;
  for (;;) {
    const m0 = machineBusySeconds();
    await sleep(500);
    const busy = (machineBusySeconds() - m0) / 0.5;
    if (!(busy >= 0.15)) return;
    if (performance.now() - start > maxWaitMs) {
      progress(`machine still busy (${busy.toFixed(2)} cores) after ${maxWaitMs / 1000} s: measuring anyway`);
      return;
    }
    if (!warned) progress(`machine busy elsewhere (${busy.toFixed(2)} cores): waiting for it to go quiet`);
    warned = true;
  }
}

/** A forked copy of this script that runs tasks (generator, TCP sink, TCP source). */
class Worker {
  constructor(name) {
    this.child = fork(THIS_FILE, ['--role', name], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.nextId = 1;
    this.waiting = new Map();
    this.child.on('message', (m) => {
      const w = this.waiting.get(m.id);
      if (!w) return;
      this.waiting.delete(m.id);
      if (m.error) w.reject(new Error(`${name}: ${m.error}`));
      else w.resolve(m.result);
    });
    this.child.on('exit', (code) => {
      for (const w of this.waiting.values()) w.reject(new Error(`${name} exited (${code})`));
      this.waiting.clear();
    });
  }

  call(task, params = {}) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.send({ id, task, params });
    });
  }

  stop() {
    if (this.child.connected) this.child.disconnect();
  }
}

// ---------------------------------------------------------------------------------------------
// the broker process

/** Extra node flags for the broker process (--broker-node-args), e.g. --max-semi-space-size=64. */
let BROKER_NODE_ARGS = [];
/** Where the broker's stdout and stderr go as well (--broker-log), for --trace-gc and friends. */
let BROKER_LOG = '';
const liveBrokers = new Set();
process.on('exit', () => {
  for (const child of liveBrokers) child.kill('SIGKILL');
});

async function startBroker({ dataDir, nodeArgs = [], extraOverrides = [] }) {
  const overrides = [
    'listeners=PLAINTEXT://127.0.0.1:0',
    `log.dirs=${dataDir}`,
    'log.segment.delete.delay.ms=0',
    ...extraOverrides,
  ];
  const args = [...BROKER_NODE_ARGS, ...nodeArgs, SAMSA_MAIN, 'broker', ...overrides.flatMap((o) => ['--override', o])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  liveBrokers.add(child);
  if (BROKER_LOG) {
    const out = fs.createWriteStream(BROKER_LOG, { flags: 'a' });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
  }
  const log = [];
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  const exited = new Promise((r) => child.once('exit', (code, signal) => r(code ?? signal)));
  exited.then(() => liveBrokers.delete(child));
  const started = new Promise((resolve) => {
    createInterface({ input: child.stdout }).on('line', (text) => {
      let line;
      try {
        line = JSON.parse(text);
      } catch {
        line = { msg: text };
      }
      if (log.length < 1000) log.push(line);
      if (line.msg === 'Samsa broker started') resolve(line);
    });
  });
  const outcome = await Promise.race([
    started.then((l) => ({ line: l })),
    exited.then((code) => ({ exited: code })),
    sleep(60000).then(() => ({ timeout: true })),
  ]);
  if (!outcome.line) {
    child.kill('SIGKILL');
    throw new Error(`broker did not start (${JSON.stringify(outcome)}): ${stderr}\n${log.map((l) => JSON.stringify(l)).join('\n')}`);
  }
  const advertised = outcome.line.advertised[0];
  const at = advertised.lastIndexOf(':');
  return {
    child,
    pid: child.pid,
    host: advertised.slice(0, at),
    port: Number(advertised.slice(at + 1)),
    log,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const code = await Promise.race([exited, sleep(60000).then(() => 'timeout')]);
      if (code === 'timeout') {
        child.kill('SIGKILL');
        await exited;
      }
      return code;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// machine limits

/**
 * Disk and page cache, with the files in the temp dir the broker's data goes to. In this VM a
 * page the guest touches for the first time (or again, a few seconds after freeing it, once it
 * went back to the host) costs far more than one recycled at once, so new-file writes are
 * measured both ways: "first touch" after `settleMs` without big frees, and "recycled" right
 * after deleting a file of the same size.
 */
async function measureDisk(mib, dir, settleMs, quietWaitMs, progress) {
  const chunk = Buffer.alloc(1024 * 1024);
  randomBytes(1024 * 1024).copy(chunk);
  const total = mib * 1024 * 1024;
  const out = { mib };
  const writeFile = (file, syncEach) => {
    const fd = fs.openSync(file, 'w');
    const t = performance.now();
    for (let i = 0; i < mib; i++) {
      fs.writeSync(fd, chunk);
      if (syncEach) fs.fdatasyncSync(fd);
    }
    const writeMs = performance.now() - t;
    const t2 = performance.now();
    fs.fdatasyncSync(fd);
    const syncMs = performance.now() - t2;
    fs.closeSync(fd);
    return { writeMs, syncMs };
  };
  const mbps = (ms) => total / (ms / 1000) / 1e6;
  await settle(settleMs, quietWaitMs, progress);
  // 1) new file, first touch of its pages; then one fdatasync at the end
  const f1 = path.join(dir, 'disk-test-1');
  const first = writeFile(f1, false);
  out.writeFirstTouchMBps = mbps(first.writeMs);
  out.writeSyncAtEndMBps = mbps(first.writeMs + first.syncMs);
  // 2) overwrite of cached pages (no new memory at all)
  let fd = fs.openSync(f1, 'r+');
  let t = performance.now();
  for (let i = 0; i < mib; i++) fs.writeSync(fd, chunk, 0, chunk.length, i * chunk.length);
  out.overwriteCachedMBps = mbps(performance.now() - t);
  fs.closeSync(fd);
  // 3) page-cache read
  fd = fs.openSync(f1, 'r');
  const rbuf = Buffer.allocUnsafe(1024 * 1024);
  t = performance.now();
  while (fs.readSync(fd, rbuf, 0, rbuf.length, null) > 0);
  out.pageCacheReadMBps = mbps(performance.now() - t);
  fs.closeSync(fd);
  // 4) new file right after deleting one: recycled pages
  fs.unlinkSync(f1);
  const f2 = path.join(dir, 'disk-test-2');
  out.writeRecycledMBps = mbps(writeFile(f2, false).writeMs);
  // 5) fdatasync after every 1 MiB (recycled pages again, so this is the disk)
  fs.unlinkSync(f2);
  const each = writeFile(f2, true);
  out.writeSyncEachMBps = mbps(each.writeMs + each.syncMs);
  out.syncEachMs = (each.writeMs + each.syncMs) / mib;
  fs.unlinkSync(f2);
  return out;
}

async function measureLoopback(seconds) {
  const sink = new Worker('tcp-sink');
  const source = new Worker('tcp-source');
  try {
    const { port } = await source.call('tcp-source');
    const r = await sink.call('tcp-sink', { port, seconds });
    return { ...r, ...(await source.call('tcp-source-result')) };
  } finally {
    sink.stop();
    source.stop();
  }
}

/** The generator against the null broker: produce 1 KB x 1 partition, then fetch it back. */
async function measureGeneratorCeiling(opts) {
  const nb = new Worker('null-broker');
  const gen = new Worker('generator');
  try {
    const { port, pid } = await nb.call('null-broker');
    const admin = await KafkaConnection.connect('127.0.0.1', port);
    const versions = await negotiateVersions(admin);
    admin.close();
    const base = { host: '127.0.0.1', port, brokerPid: pid, versions };
    const produce = await gen.call('produce', {
      ...base,
      topic: 'ceiling',
      partitions: 1,
      recordSize: 1024,
      acks: 1,
      batchKib: opts.batchKib,
      connections: opts.connections,
      inflight: opts.inflight,
      warmupMs: opts.warmupSeconds * 1000,
      durationMs: opts.produceSeconds * 1000,
    });
    const fetch = await gen.call('fetch', {
      ...base,
      topic: 'ceiling',
      partitions: 1,
      recordSize: 1024,
      recordsPerBatch: produce.recordsPerBatch,
      endOffsets: produce.endOffsets,
      connections: opts.fetchConnections,
      fetchKib: opts.fetchKib,
    });
    return { produce, fetch };
  } finally {
    gen.stop();
    nb.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// librdkafka cross-check

function buildRdkafkaPerf(dir) {
  const header = '/usr/include/librdkafka/rdkafka.h';
  if (!fs.existsSync(header)) return { error: `no ${header} (apt-get install librdkafka-dev)` };
  const exe = path.join(dir, 'rdkafka-perf');
  try {
    execFileSync('cc', ['-O2', '-o', exe, path.join(ROOT, 'bench/rdkafka-perf.c'), '-lrdkafka'], { stdio: 'pipe' });
  } catch (e) {
    return { error: `cc failed: ${e.stderr ?? e.message}` };
  }
  return { exe };
}

function runProcess(cmd, args, pidCallback) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    pidCallback?.(child.pid);
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

async function rdkafkaCrossCheck(opts, tmp) {
  const built = buildRdkafkaPerf(tmp);
  const records = opts.rdkafkaRecords;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsa-bench-data-'));
  const broker = await startBroker({ dataDir, extraOverrides: opts.brokerArgs }).catch((e) => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw e;
  });
  let admin = null;
  const result = { records, recordSize: 1024 };
  try {
    admin = await KafkaConnection.connect(broker.host, broker.port);
    const versions = await negotiateVersions(admin);
    await createTopic(admin, versions, 'rdkafka-1k', 1);
    await settle(opts.settleSeconds * 1000, opts.quietWaitSeconds * 1000, () => {});
    const bootstrap = `${broker.host}:${broker.port}`;
    if (built.exe) {
      result.tool = 'librdkafka (bench/rdkafka-perf.c)';
      for (const mode of ['produce', 'consume']) {
        const b0 = procCpuSeconds(broker.pid);
        const args = mode === 'produce' ? [mode, bootstrap, 'rdkafka-1k', '1', '1024', String(records), '1'] : [mode, bootstrap, 'rdkafka-1k', '1', String(records)];
        const r = await runProcess(built.exe, args);
        const b1 = procCpuSeconds(broker.pid);
        if (r.code !== 0) throw new Error(`rdkafka-perf ${mode} exited ${r.code}: ${r.err}${r.out}`);
        const j = JSON.parse(r.out.trim().split('\n').pop());
        result[mode] = {
          records: j.records,
          seconds: j.seconds,
          MBps: j.bytes / j.seconds / 1e6,
          recordsPerSec: j.records / j.seconds,
          clientCpu: j.cpu / j.seconds,
          brokerCpu: (b1 - b0) / j.seconds,
        };
      }
    } else {
      // kcat fallback (produce only): one record per line of a pre-made file.
      result.tool = `kcat -P (${built.error})`;
      const file = path.join(tmp, 'kcat-input');
      const line = Buffer.alloc(1024, 0x61);
      line[1023] = 0x0a;
      const fd = fs.openSync(file, 'w');
      const block = Buffer.concat(range(1024).map(() => line));
      for (let i = 0; i < records; i += 1024) fs.writeSync(fd, block, 0, Math.min(1024, records - i) * 1024);
      fs.closeSync(fd);
      const b0 = procCpuSeconds(broker.pid);
      const t0 = performance.now();
      const r = await runProcess('kcat', ['-P', '-b', bootstrap, '-t', 'rdkafka-1k', '-p', '0', '-X', 'linger.ms=5', '-X', 'batch.size=1000000', '-l', file]);
      const seconds = (performance.now() - t0) / 1000;
      if (r.code !== 0) throw new Error(`kcat exited ${r.code}: ${r.err}`);
      result.produce = { records, seconds, MBps: (records * 1023) / seconds / 1e6, recordsPerSec: records / seconds, brokerCpu: (procCpuSeconds(broker.pid) - b0) / seconds };
    }
  } catch (e) {
    result.error = String(e.message ?? e);
  } finally {
    admin?.close();
    await broker.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// one benchmark run: a fresh broker, every case, the broker stopped and its data removed

function produceCases() {
  const cases = [];
  for (const recordSize of [100, 1024]) {
    for (const partitions of [1, 6]) {
      for (const acks of [1, -1]) cases.push({ recordSize, partitions, acks });
    }
  }
  return cases;
}

const caseName = (c) => `${c.recordSize === 1024 ? '1 KB' : `${c.recordSize} B`}, ${c.partitions} partition${c.partitions > 1 ? 's' : ''}${c.acks === undefined ? '' : `, acks=${c.acks === -1 ? 'all' : c.acks}`}`;

async function benchmarkRun(opts, runIndex, progress) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsa-bench-data-'));
  const broker = await startBroker({ dataDir, extraOverrides: opts.brokerArgs }).catch((e) => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw e;
  });
  const gen = new Worker('generator');
  let admin = null;
  const run = { produce: [], fetch: [], latency: null };
  try {
    admin = await KafkaConnection.connect(broker.host, broker.port);
    const versions = await negotiateVersions(admin);
    run.versions = { produce: versions[ApiKey.Produce], fetch: versions[ApiKey.Fetch] };
    const base = { host: broker.host, port: broker.port, brokerPid: broker.pid, versions };
    let topicNo = 0;
    const disturbed = (r) => r.otherCpu > opts.maxOtherCpu;
    const wanted = (name) => !opts.filter || opts.filter.split('|').some((f) => f && name.includes(f));
    for (const c of produceCases().filter((c) => wanted(caseName(c)))) {
      let topic;
      let r;
      // A case measured while another job used the machine is measured again (new topic).
      for (let attempt = 0; ; attempt++) {
        topic = `bench-${runIndex}-${topicNo++}`;
        await createTopic(admin, versions, topic, c.partitions);
        await settle(opts.settleSeconds * 1000, opts.quietWaitSeconds * 1000, progress);
        progress(`run ${runIndex + 1}: produce ${caseName(c)}`);
        r = await gen.call('produce', {
          ...base,
          topic,
          partitions: c.partitions,
          recordSize: c.recordSize,
          acks: c.acks,
          batchKib: opts.batchKib,
          connections: opts.connections,
          inflight: opts.inflight,
          warmupMs: opts.warmupSeconds * 1000,
          durationMs: opts.produceSeconds * 1000,
        });
        r.attempts = attempt + 1;
        if (!disturbed(r) || attempt >= opts.retries) break;
        progress(`other processes used ${(100 * r.otherCpu).toFixed(0)}% of a core during the case: measuring it again`);
        await deleteTopic(admin, versions, topic);
      }
      run.produce.push({ ...c, name: caseName(c), ...r });
      if (c.acks === 1) {
        let f;
        for (let attempt = 0; ; attempt++) {
          progress(`run ${runIndex + 1}: fetch ${caseName({ ...c, acks: undefined })}`);
          f = await gen.call('fetch', {
            ...base,
            topic,
            partitions: c.partitions,
            recordSize: c.recordSize,
            recordsPerBatch: r.recordsPerBatch,
            endOffsets: r.endOffsets,
            connections: opts.fetchConnections,
            fetchKib: opts.fetchKib,
          });
          f.attempts = attempt + 1;
          if (!disturbed(f) || attempt >= opts.retries) break;
          progress(`other processes used ${(100 * f.otherCpu).toFixed(0)}% of a core during the fetch: measuring it again`);
          await settle(0, opts.quietWaitSeconds * 1000, progress);
        }
        run.fetch.push({ recordSize: c.recordSize, partitions: c.partitions, name: caseName({ ...c, acks: undefined }), bytesRead: f.records * c.recordSize, ...f });
      }
      await deleteTopic(admin, versions, topic);
    }
    if (!wanted('latency')) return run;
    const topic = `bench-${runIndex}-latency`;
    await createTopic(admin, versions, topic, 1);
    for (let attempt = 0; ; attempt++) {
      await settle(0, opts.quietWaitSeconds * 1000, progress);
      progress(`run ${runIndex + 1}: latency at ${opts.rate} msg/s`);
      run.latency = await gen.call('latency', {
        ...base,
        topic,
        recordSize: 1024,
        acks: 1,
        rate: opts.rate,
        latencyBatch: opts.latencyBatch,
        warmupMs: opts.latencyWarmupSeconds * 1000,
        durationMs: opts.latencySeconds * 1000,
      });
      run.latency.attempts = attempt + 1;
      if (!disturbed(run.latency) || attempt >= opts.retries) break;
      progress(`other processes used ${(100 * run.latency.otherCpu).toFixed(0)}% of a core during the latency test: measuring it again`);
    }
    await deleteTopic(admin, versions, topic);
  } finally {
    admin?.close();
    gen.stop();
    run.brokerExit = await broker.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return run;
}

// ---------------------------------------------------------------------------------------------
// CPU profile summary (node --cpu-prof output)

function categorize(url, name) {
  if (name === '(idle)') return 'idle';
  if (name === '(garbage collector)') return 'GC';
  if (name === '(program)') return 'native (program)';
  if (name === '(root)') return 'root';
  if (url.includes('/packages/protocol/')) return 'protocol';
  if (url.includes('/packages/storage/')) return 'storage';
  if (url.includes('/packages/broker/')) return 'broker';
  if (url.includes('/node_modules/pino') || url.includes('/node_modules/sonic-boom') || url.includes('thread-stream')) return 'logging (pino)';
  if (url.includes('/node_modules/')) return 'other npm';
  if (url.startsWith('node:') || url === '') return 'node core / native';
  return 'other';
}

/** Top functions by self and total time, optionally only samples within [fromUs, toUs]. */
function summarizeProfile(file, window, top = 20) {
  const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
  const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const from = window ? Number(window[0]) : -Infinity;
  const to = window ? Number(window[1]) : Infinity;
  let ts = prof.startTime;
  const counts = new Map(); // node id -> samples
  let total = 0;
  prof.samples.forEach((id, i) => {
    ts += prof.timeDeltas[i] ?? 0;
    if (ts < from || ts > to) return;
    counts.set(id, (counts.get(id) ?? 0) + 1);
    total++;
  });
  const sliced = window && total > 0;
  if (window && total === 0) return summarizeProfile(file, null, top); // clocks did not line up
  const key = (n) => {
    const cf = n.callFrame;
    const file2 = cf.url ? cf.url.replace(/^file:\/\//, '').replace(ROOT + '/', '') : '';
    return `${cf.functionName || '(anonymous)'} ${file2 ? `${file2}:${cf.lineNumber + 1}` : ''}`.trim();
  };
  const self = new Map();
  const inclusive = new Map();
  const cats = new Map();
  let idle = 0;
  for (const [id, c] of counts) {
    const n = nodes.get(id);
    const k = key(n);
    self.set(k, (self.get(k) ?? 0) + c);
    const cat = categorize(n.callFrame.url, n.callFrame.functionName);
    if (cat === 'idle') idle += c;
    cats.set(cat, (cats.get(cat) ?? 0) + c);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const kk = key(nodes.get(cur));
      if (seen.has(kk)) continue;
      seen.add(kk);
      inclusive.set(kk, (inclusive.get(kk) ?? 0) + c);
    }
  }
  const busy = total - idle;
  const pct = (c) => (busy > 0 ? (100 * c) / busy : 0);
  const skip = new Set(['(root)', '(idle)', '(program)', '(garbage collector)']);
  return {
    file,
    sliced,
    samples: total,
    busyFraction: total ? busy / total : 0,
    categories: [...cats].filter(([c]) => c !== 'idle' && c !== 'root').sort((a, b) => b[1] - a[1]).map(([c, n]) => ({ category: c, pct: pct(n) })),
    topSelf: [...self].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, n]) => ({ fn, selfPct: pct(n), totalPct: pct(inclusive.get(fn) ?? 0) })),
    topTotal: [...inclusive]
      .filter(([k]) => !skip.has(k.split(' ')[0]) && /packages\/(protocol|storage|broker)\//.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn, n]) => ({ fn, totalPct: pct(n), selfPct: pct(self.get(fn) ?? 0) })),
  };
}

function printProfileSummary(title, s) {
  console.log(`\n=== ${title}: ${s.file}`);
  console.log(`${s.samples} samples${s.sliced ? ' in the measured window' : ' (whole process)'}, broker busy ${(100 * s.busyFraction).toFixed(0)}% of them; percentages below are of busy samples`);
  console.log('by category: ' + s.categories.map((c) => `${c.category} ${c.pct.toFixed(1)}%`).join(', '));
  console.log('top self time:');
  for (const t of s.topSelf) console.log(`  ${t.selfPct.toFixed(1).padStart(5)}% self ${t.totalPct.toFixed(1).padStart(5)}% total  ${t.fn}`);
  console.log('top total time in Samsa code:');
  for (const t of s.topTotal) console.log(`  ${t.totalPct.toFixed(1).padStart(5)}% total ${t.selfPct.toFixed(1).padStart(5)}% self  ${t.fn}`);
}

async function profileMode(opts, progress) {
  const dir = path.resolve(opts.profile);
  fs.mkdirSync(dir, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsa-bench-data-'));
  const prof = (name) => ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-name', `${name}.cpuprofile`];
  const out = {};
  const gen = new Worker('generator');
  try {
    // 1) produce: 1 KB records, 1 partition, acks=1
    let broker = await startBroker({ dataDir, nodeArgs: prof('produce'), extraOverrides: opts.brokerArgs });
    let admin = await KafkaConnection.connect(broker.host, broker.port);
    const versions = await negotiateVersions(admin);
    const base = { host: broker.host, port: broker.port, brokerPid: broker.pid, versions };
    await createTopic(admin, versions, 'profile', 1);
    await settle(opts.settleSeconds * 1000, opts.quietWaitSeconds * 1000, progress);
    progress('profile: produce 1 KB, 1 partition, acks=1');
    const r = await gen.call('produce', { ...base, topic: 'profile', partitions: 1, recordSize: 1024, acks: 1, batchKib: opts.batchKib, connections: opts.connections, inflight: opts.inflight, warmupMs: opts.warmupSeconds * 1000, durationMs: opts.produceSeconds * 1000 });
    admin.close();
    await broker.stop();
    out.produce = { result: r, summary: summarizeProfile(path.join(dir, 'produce.cpuprofile'), r.window) };

    // 2) fetch it back, on a new broker process over the same data
    broker = await startBroker({ dataDir, nodeArgs: prof('fetch'), extraOverrides: opts.brokerArgs });
    progress('profile: fetch');
    const f = await gen.call('fetch', { ...base, host: broker.host, port: broker.port, brokerPid: broker.pid, topic: 'profile', partitions: 1, recordSize: 1024, recordsPerBatch: r.recordsPerBatch, endOffsets: r.endOffsets, connections: opts.fetchConnections, fetchKib: opts.fetchKib });
    await broker.stop();
    out.fetch = { result: f, summary: summarizeProfile(path.join(dir, 'fetch.cpuprofile'), f.window) };

    // 3) latency: small requests at a fixed rate
    broker = await startBroker({ dataDir, nodeArgs: prof('latency'), extraOverrides: opts.brokerArgs });
    admin = await KafkaConnection.connect(broker.host, broker.port);
    await createTopic(admin, versions, 'profile-latency', 1);
    progress('profile: latency');
    const l = await gen.call('latency', { ...base, host: broker.host, port: broker.port, brokerPid: broker.pid, topic: 'profile-latency', recordSize: 1024, acks: 1, rate: opts.rate, latencyBatch: opts.latencyBatch, warmupMs: opts.latencyWarmupSeconds * 1000, durationMs: opts.latencySeconds * 1000 });
    admin.close();
    await broker.stop();
    out.latency = { result: l, summary: summarizeProfile(path.join(dir, 'latency.cpuprofile'), l.window) };
  } finally {
    gen.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  if (opts.json) {
    console.log(JSON.stringify(out, null, 2));
    return;
  }
  const r = out.produce.result;
  const cpu = (x) => `broker CPU all ${pctOf(x.brokerCpu)} main ${pctOf(x.brokerMainCpu)} sys ${pctOf(x.brokerSysCpu)}, generator ${pctOf(x.generatorCpu)}, other processes ${pctOf(x.otherCpu)} (profiling slows the broker)`;
  console.log(`produce: ${r.MBps.toFixed(0)} MB/s; ${cpu(r)}`);
  printProfileSummary('produce path (1 KB, 1 partition, acks=1)', out.produce.summary);
  console.log(`\nfetch: ${out.fetch.result.MBps.toFixed(0)} MB/s; ${cpu(out.fetch.result)}`);
  printProfileSummary('fetch path', out.fetch.summary);
  console.log(`\nlatency: p99 ${out.latency.result.p99.toFixed(2)} ms; ${cpu(out.latency.result)}`);
  printProfileSummary(`latency path (${opts.rate} msg/s, ${opts.latencyBatch} record/request)`, out.latency.summary);
}

// ---------------------------------------------------------------------------------------------
// output

function summarize(runs) {
  const produce = runs[0].produce.map((c, i) => {
    const all = runs.map((r) => r.produce[i]);
    return {
      name: c.name,
      recordSize: c.recordSize,
      partitions: c.partitions,
      acks: c.acks,
      MBps: median(all.map((x) => x.MBps)),
      recordsPerSec: median(all.map((x) => x.recordsPerSec)),
      wireMBps: median(all.map((x) => x.wireMBps)),
      requestsPerSec: median(all.map((x) => x.requestsPerSec)),
      brokerCpu: median(all.map((x) => x.brokerCpu)),
      generatorCpu: median(all.map((x) => x.generatorCpu)),
      generatorElu: median(all.map((x) => x.generatorElu)),
      otherCpu: median(all.map((x) => x.otherCpu)),
      brokerMainCpu: median(all.map((x) => x.brokerMainCpu)),
      brokerSysCpu: median(all.map((x) => x.brokerSysCpu)),
      irqCpu: median(all.map((x) => x.irqCpu)),
      stealCpu: median(all.map((x) => x.stealCpu)),
      runs: all.map((x) => x.MBps),
    };
  });
  const fetch = runs[0].fetch.map((c, i) => {
    const all = runs.map((r) => r.fetch[i]);
    return {
      name: c.name,
      recordSize: c.recordSize,
      partitions: c.partitions,
      MBps: median(all.map((x) => x.MBps)),
      recordsPerSec: median(all.map((x) => x.recordsPerSec)),
      wireMBps: median(all.map((x) => x.wireMBps)),
      bytesRead: median(all.map((x) => x.bytesRead)),
      brokerCpu: median(all.map((x) => x.brokerCpu)),
      generatorCpu: median(all.map((x) => x.generatorCpu)),
      generatorElu: median(all.map((x) => x.generatorElu)),
      otherCpu: median(all.map((x) => x.otherCpu)),
      brokerMainCpu: median(all.map((x) => x.brokerMainCpu)),
      brokerSysCpu: median(all.map((x) => x.brokerSysCpu)),
      irqCpu: median(all.map((x) => x.irqCpu)),
      stealCpu: median(all.map((x) => x.stealCpu)),
      runs: all.map((x) => x.MBps),
    };
  });
  if (!runs[0].latency) return { produce, fetch, latency: null };
  const lat = runs.map((r) => r.latency);
  const latency = {};
  for (const k of ['p50', 'p95', 'p99', 'p999', 'max', 'mean', 'achievedRate', 'p99FromSchedule', 'brokerCpu', 'generatorCpu', 'generatorElu', 'otherCpu', 'irqCpu', 'stealCpu', 'brokerMainCpu', 'brokerSysCpu']) latency[k] = median(lat.map((x) => x[k]));
  latency.worstMax = Math.max(...lat.map((x) => x.max));
  latency.dropped = lat.reduce((s, x) => s + x.dropped, 0);
  latency.maxOutstanding = Math.max(...lat.map((x) => x.maxOutstanding));
  latency.runs = lat.map((x) => x.p99);
  return { produce, fetch, latency };
}

const f0 = (x) => (x === null || x === undefined ? '-' : x.toFixed(0));
const f1 = (x) => (x === null || x === undefined ? '-' : x.toFixed(1));
const f2 = (x) => (x === null || x === undefined ? '-' : x.toFixed(2));
const pctOf = (x) => (x === null || x === undefined ? '-' : `${(100 * x).toFixed(0)}%`);
const brokerCell = (c) => `${pctOf(c.brokerCpu).padStart(4)} ${pctOf(c.brokerMainCpu).padStart(4)} ${pctOf(c.brokerSysCpu).padStart(4)}`;
const verdict = (ok) => (ok ? 'meets' : 'BELOW');

function table(headers, rows, align) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const fmt = (r) => r.map((c, i) => (align[i] === 'l' ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [fmt(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n');
}

function printLimits(opts, env, limits) {
  console.log('Machine limits (measured now)');
  console.log(
    table(
      ['what', 'MB/s', 'note'],
      [
        ['new file, no fsync: first touch of memory', f0(limits.disk.writeFirstTouchMBps), `${limits.disk.mib} MiB in 1 MiB writes, after ${opts.settleSeconds} s settle`],
        ['new file, no fsync: recycled memory', f0(limits.disk.writeRecycledMBps), 'right after deleting a file as big'],
        ['overwrite of cached pages', f0(limits.disk.overwriteCachedMBps), 'no new memory: the copy alone'],
        ['new file + one fdatasync at the end', f0(limits.disk.writeSyncAtEndMBps), 'first touch'],
        ['new file + fdatasync every 1 MiB', f0(limits.disk.writeSyncEachMBps), `${f1(limits.disk.syncEachMs)} ms per 1 MiB write+sync`],
        ['page-cache read', f0(limits.disk.pageCacheReadMBps), '1 MiB reads'],
        ['loopback TCP, 2 node processes', f0(limits.tcp.MBps), `1 MiB writes; sink CPU ${pctOf(limits.tcp.sinkCpu)}, source CPU ${pctOf(limits.tcp.sourceCpu)}`],
        [
          'bench generator vs null broker: produce 1 KB',
          f0(limits.ceiling.produce.MBps),
          `generator CPU ${pctOf(limits.ceiling.produce.generatorCpu)}, null broker CPU ${pctOf(limits.ceiling.produce.brokerCpu)}, irq ${pctOf(limits.ceiling.produce.irqCpu)}, other ${pctOf(limits.ceiling.produce.otherCpu)}`,
        ],
        [
          'bench generator vs null broker: fetch 1 KB',
          f0(limits.ceiling.fetch.MBps),
          `generator CPU ${pctOf(limits.ceiling.fetch.generatorCpu)}, null broker CPU ${pctOf(limits.ceiling.fetch.brokerCpu)}, irq ${pctOf(limits.ceiling.fetch.irqCpu)}, other ${pctOf(limits.ceiling.fetch.otherCpu)}`,
        ],
      ],
      ['l', 'r', 'l'],
    ),
  );
  console.log('');
}

function printReport(opts, env, limits, runs, summary, cross) {
  const { produce, fetch, latency } = summary;
  console.log(`\nSamsa broker benchmark — ${env.node}, ${env.cpus} x ${env.cpuModel}, ${env.memGiB} GiB; ${runs.length} run${runs.length > 1 ? 's' : ''}, medians; commit ${env.git ?? '?'}, ${env.date ?? ''}`);
  console.log(
    `load: ${opts.batchKib} KiB batch per partition per produce request, ${opts.connections} connections x ${opts.inflight} requests in flight; ` +
      `fetch: ${opts.fetchConnections} connections x 1 in flight, ${opts.fetchKib} KiB per partition; Produce v${runs[0].versions.produce}, Fetch v${runs[0].versions.fetch}`,
  );
  console.log('MB = 10^6 bytes of record values; CPU = share of one core (broker: all = all its threads, main = its event-loop thread, sys = kernel time of all its threads; irq: the kernel interrupt and softirq time, where loopback TCP is largely processed; other: every other process on the machine, which should be ~0%)\n');

  if (limits) printLimits(opts, env, limits);

  if (produce.length) console.log('Produce');
  if (produce.length) console.log(
    table(
      ['case', 'MB/s', 'records/s', 'req/s', 'target', 'verdict', 'broker CPU: all main sys', 'gen CPU', 'irq CPU', 'other CPU', 'runs (MB/s)'],
      produce.map((c) => {
        const isTarget = c.recordSize === 1024 && c.partitions === 1 && c.acks === 1;
        return [
          c.name,
          f0(c.MBps),
          f0(c.recordsPerSec),
          f0(c.requestsPerSec),
          isTarget ? `${TARGETS.produceMBps}` : '',
          isTarget ? verdict(c.MBps >= TARGETS.produceMBps) : '',
          brokerCell(c),
          pctOf(c.generatorCpu),
          pctOf(c.irqCpu),
          pctOf(c.otherCpu),
          c.runs.map(f0).join(' '),
        ];
      }),
      ['l', 'r', 'r', 'r', 'r', 'l', 'r', 'r', 'r', 'r', 'l'],
    ),
  );
  if (fetch.length) console.log('\nFetch (reading back what the acks=1 case wrote; page cache)');
  if (fetch.length) console.log(
    table(
      ['case', 'MB/s', 'wire MB/s', 'records/s', 'target', 'verdict', 'broker CPU: all main sys', 'gen CPU', 'irq CPU', 'other CPU', 'runs (MB/s)'],
      fetch.map((c) => [
        c.name,
        f0(c.MBps),
        f0(c.wireMBps),
        f0(c.recordsPerSec),
        `${TARGETS.fetchMBps}`,
        verdict(c.MBps >= TARGETS.fetchMBps),
        brokerCell(c),
        pctOf(c.generatorCpu),
        pctOf(c.irqCpu),
        pctOf(c.otherCpu),
        c.runs.map(f0).join(' '),
      ]),
      ['l', 'r', 'r', 'r', 'r', 'l', 'r', 'r', 'r', 'r', 'l'],
    ),
  );
  if (latency) console.log(`\nProduce latency, send to response (1 KB records, acks=1, ${opts.rate} msg/s, ${opts.latencyBatch} record/request, 1 connection)`);
  if (latency) console.log(
    table(
      ['p50 ms', 'p95 ms', 'p99 ms', 'p99.9 ms', 'max ms', 'target p99', 'verdict', 'rate', 'broker CPU: all main sys', 'gen CPU', 'irq CPU', 'other CPU', 'runs (p99)'],
      [
        [
          f2(latency.p50),
          f2(latency.p95),
          f2(latency.p99),
          f2(latency.p999),
          f2(latency.max),
          `< ${TARGETS.p99Ms}`,
          verdict(latency.p99 < TARGETS.p99Ms),
          f0(latency.achievedRate),
          brokerCell(latency),
          pctOf(latency.generatorCpu),
          pctOf(latency.irqCpu),
          pctOf(latency.otherCpu),
          latency.runs.map(f2).join(' '),
        ],
      ],
      ['r', 'r', 'r', 'r', 'r', 'r', 'l', 'r', 'r', 'r', 'r', 'r', 'l'],
    ),
  );
  if (latency) console.log(`(max is the median of the runs' maxima; worst over all runs ${f2(latency.worstMax)} ms; p99 measured from the schedule instead of the actual send ${f2(latency.p99FromSchedule)} ms; ${latency.dropped} sends skipped)`);

  if (cross) {
    console.log(`\nCross-check with ${cross.tool}: ${cross.records} records of 1 KB, 1 partition, acks=1 (one run)`);
    if (cross.error) console.log(`  failed: ${cross.error}`);
    for (const mode of ['produce', 'consume']) {
      const r = cross[mode];
      if (!r) continue;
      console.log(`  ${mode.padEnd(8)} ${f0(r.MBps).padStart(6)} MB/s  ${f0(r.recordsPerSec).padStart(8)} records/s  broker CPU ${pctOf(r.brokerCpu)}${r.clientCpu !== undefined ? `, client CPU ${pctOf(r.clientCpu)}` : ''}  (${f1(r.seconds)} s, includes client start-up)`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// main

/** The commit measured, and whether the work tree had changes (the broker runs from it). */
function gitDescription() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return 'unknown';
  }
}

function parseArgs(argv) {
  const opts = {};
  for (const [name, dflt] of OPTIONS) opts[name.replace(/-([a-z])/g, (_, c) => c.toUpperCase())] = dflt;
  opts.brokerArgs = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      console.log('usage: node bench/broker.mjs [options]\n');
      for (const [name, dflt, doc] of OPTIONS) console.log(`  --${name}${typeof dflt === 'boolean' ? '' : ' X'}`.padEnd(30) + `${doc}${typeof dflt === 'boolean' || dflt === '' ? '' : ` (default ${dflt})`}`);
      process.exit(0);
    }
    const def = OPTIONS.find(([name]) => `--${name}` === a);
    if (!def) throw new Error(`unknown option ${a} (see --help)`);
    const key = def[0].replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    if (typeof def[1] === 'boolean') opts[key] = true;
    else {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      if (key === 'brokerArg') opts.brokerArgs.push(...v.split(','));
      else opts[key] = typeof def[1] === 'number' ? Number(v) : v;
    }
  }
  if (opts.quick) {
    const given = (n) => argv.includes(`--${n}`);
    if (!given('runs')) opts.runs = 1;
    if (!given('produce-seconds')) opts.produceSeconds = 1.5;
    if (!given('warmup-seconds')) opts.warmupSeconds = 0.5;
    if (!given('latency-seconds')) opts.latencySeconds = 4;
    if (!given('latency-warmup-seconds')) opts.latencyWarmupSeconds = 1;
    if (!given('limit-mib')) opts.limitMib = 64;
    if (!given('tcp-seconds')) opts.tcpSeconds = 1;
    if (!given('rdkafka-records')) opts.rdkafkaRecords = 100000;
    if (!given('settle-seconds')) opts.settleSeconds = 1;
    if (!given('quiet-wait-seconds')) opts.quietWaitSeconds = 5;
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const progress = (msg) => process.stderr.write(`[bench] ${msg}\n`);
  BROKER_LOG = opts.brokerLog;
  BROKER_NODE_ARGS = opts.brokerNodeArgs ? opts.brokerNodeArgs.split(' ').filter(Boolean) : [];
  if (opts.report) {
    const j = JSON.parse(fs.readFileSync(opts.report, 'utf8'));
    if (!j.runs) printLimits(j.options ?? opts, j.env, j.limits);
    else printReport(j.options, j.env, j.limits, j.runs, j.summary, j.crossCheck);
    return;
  }
  if (opts.summarize) {
    const s = summarizeProfile(opts.summarize, null, 30);
    if (opts.json) console.log(JSON.stringify(s, null, 2));
    else printProfileSummary('profile', s);
    return;
  }
  if (!fs.existsSync(SAMSA_MAIN)) throw new Error(`${SAMSA_MAIN} is missing: run \`npx tsc -b\` first`);
  if (opts.profile) return profileMode(opts, progress);

  const env = {
    node: `node ${process.version}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '?',
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    git: gitDescription(),
    date: new Date().toISOString(),
  };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samsa-bench-'));
  try {
    let limits = null;
    if (!opts.skipLimits) {
      progress(`limits: disk (${opts.limitMib} MiB)`);
      const disk = await measureDisk(opts.limitMib, tmp, opts.settleSeconds * 1000, opts.quietWaitSeconds * 1000, progress);
      progress('limits: loopback TCP');
      await settle(0, opts.quietWaitSeconds * 1000, progress);
      const tcp = await measureLoopback(opts.tcpSeconds);
      progress('limits: generator against a null broker');
      await settle(0, opts.quietWaitSeconds * 1000, progress);
      const ceiling = await measureGeneratorCeiling(opts);
      limits = { disk, tcp, ceiling };
    }
    if (opts.limitsOnly) {
      if (opts.json) console.log(JSON.stringify({ env, options: opts, limits }, null, 2));
      else printLimits(opts, env, limits);
      return;
    }
    const runs = [];
    for (let i = 0; i < opts.runs; i++) runs.push(await benchmarkRun(opts, i, progress));
    const summary = summarize(runs);
    let cross = null;
    if (opts.rdkafka) {
      progress('librdkafka cross-check');
      cross = await rdkafkaCrossCheck(opts, tmp);
    }
    if (opts.json) {
      const { brokerArgs, ...options } = opts;
      console.log(JSON.stringify({ env, options: { ...options, brokerArgs }, targets: TARGETS, limits, summary, crossCheck: cross, runs }, null, 2));
    } else printReport(opts, env, limits, runs, summary, cross);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const roleAt = process.argv.indexOf('--role');
if (roleAt > 0) runWorker();
else {
  main().then(
    () => process.exit(0),
    (e) => {
      console.error(e?.stack ?? e);
      process.exit(1);
    },
  );
}

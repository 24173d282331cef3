/**
 * Every bad input gets Kafka's answer, and the broker keeps serving everyone else:
 * error codes for bad partitions, batches, sizes, names, offsets and versions; closing only the
 * offending connection for frames that cannot be answered; acks=0; long-poll Fetch woken by the
 * append (not by its timer); a first batch larger than the fetch limits; a client that never
 * reads its responses.
 *
 * One broker for the file (message.max.bytes=100000, socket.request.max.bytes=1 MiB); each
 * test uses its own topic. A "witness" connection opened at the start must keep working
 * throughout.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import {
  ApiVersionsRequest,
  ApiVersionsResponse,
  CreateTopicsRequest,
  CreateTopicsResponse,
  decodeRecordBatch,
  DeleteRecordsRequest,
  DeleteRecordsResponse,
  ErrorCode,
  errorName,
  FetchRequest,
  FetchResponse,
  iterateBatches,
  MetadataRequest,
  MetadataResponse,
  ProduceRequest,
  ProduceResponse,
  type FetchResponsePartitionData,
} from '@samsa/protocol';
import { BrokerProcess } from '@samsa/testkit';
import {
  batchOf,
  brokerErrors,
  brokerStderr,
  createTopic,
  fetchOnce,
  FETCH_VERSION,
  isAlive,
  listOffset,
  logEnd,
  metadata,
  payload,
  produce,
  readPartition,
  withTimeout,
} from './kafka-helpers.js';
import { crcValidMalformedBatches } from './fuzz-frames.js';
import { ConnectionClosedError, RawClient, rawRequestFrame, requestFrame } from './raw-client.js';

const MESSAGE_MAX_BYTES = 100_000;
const SOCKET_REQUEST_MAX_BYTES = 1024 * 1024;

let broker: BrokerProcess;
let witness: RawClient;

before(async () => {
  broker = await BrokerProcess.start({
    overrides: { 'message.max.bytes': MESSAGE_MAX_BYTES, 'socket.request.max.bytes': SOCKET_REQUEST_MAX_BYTES },
  });
  witness = await RawClient.connect(broker.port);
});

after(async () => {
  try {
    // the process kept serving: the witness connection opened first still works
    const res = await metadata(witness, null);
    assert.ok(res.brokers.length === 1);
    assert.deepEqual(witness.unsolicited, []);
    await witness.close();
    assert.ok(isAlive(broker), 'broker process is alive');
    assert.deepEqual(brokerErrors(broker), [], 'errors in the broker log');
  } finally {
    await broker.stop();
  }
});

async function connect(): Promise<RawClient> {
  return RawClient.connect(broker.port);
}

async function withClient<T>(fn: (c: RawClient) => Promise<T>): Promise<T> {
  const c = await connect();
  try {
    const out = await fn(c);
    assert.deepEqual(c.unsolicited, [], 'responses nobody asked for');
    return out;
  } finally {
    await c.close();
  }
}

/** Waits for the broker to close `c` (bounded), failing with `what` if it does not. */
async function expectClosed(c: RawClient, what: string): Promise<void> {
  await withTimeout(c.closed, 10_000, `the broker closing the connection after ${what}`);
}

function values(prefix: string, n: number, size = 40): Buffer[] {
  return Array.from({ length: n }, (_, i) => payload(`${prefix}-${i};`, size));
}

function recordsOf(p: FetchResponsePartitionData): Buffer[] {
  const buf = p.records ?? Buffer.alloc(0);
  const out: Buffer[] = [];
  for (const { at } of iterateBatches(buf)) for (const r of decodeRecordBatch(buf, at).records) out.push(Buffer.from(r.value!));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Produce errors

test('produce to an unknown partition or topic is UNKNOWN_TOPIC_OR_PARTITION', async () => {
  await withClient(async (c) => {
    await createTopic(c, 'bad-partition', 2);
    for (const p of [2, 7, -1]) {
      const res = await produce(c, 'bad-partition', p, batchOf(values('x', 1)));
      assert.equal(res.errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `partition ${p}: ${errorName(res.errorCode)}`);
    }
    const res = await produce(c, 'no-such-topic', 0, batchOf(values('x', 1)));
    assert.equal(res.errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorName(res.errorCode));
    // the good partitions still take writes
    const ok = await produce(c, 'bad-partition', 1, batchOf(values('x', 1)));
    assert.equal(ok.errorCode, 0);
    assert.equal(ok.baseOffset, 0);
  });
});

test('a batch with a bad CRC is CORRUPT_MESSAGE and nothing is appended', async () => {
  await withClient(async (c) => {
    await createTopic(c, 'bad-crc', 1);
    const first = await produce(c, 'bad-crc', 0, batchOf(values('good', 2)));
    assert.equal(first.errorCode, 0);
    const bad = Buffer.from(batchOf(values('bad', 3)));
    bad[bad.length - 5] ^= 0x40; // a byte of the last record's value, under the CRC
    const res = await produce(c, 'bad-crc', 0, bad);
    assert.equal(res.errorCode, ErrorCode.CORRUPT_MESSAGE, errorName(res.errorCode));
    assert.equal(await logEnd(c, 'bad-crc', 0), 2, 'nothing appended');
    const next = await produce(c, 'bad-crc', 0, batchOf(values('after', 1)));
    assert.equal(next.baseOffset, 2);
    const contents = await readPartition(c, 'bad-crc', 0);
    assert.deepEqual([...contents.byOffset.values()].map((r) => r.value), [...values('good', 2), ...values('after', 1)]);
  });
});

test('a batch with a right CRC but malformed records is refused (Kafka walks the records on append)', async () => {
  await withClient(async (c) => {
    await createTopic(c, 'crc-valid-malformed', 1);
    const refused: string[] = [];
    for (const { records, note } of crcValidMalformedBatches()) {
      const res = await produce(c, 'crc-valid-malformed', 0, records);
      if (res.errorCode !== ErrorCode.CORRUPT_MESSAGE && res.errorCode !== ErrorCode.INVALID_RECORD) {
        refused.push(`${note}: answered ${errorName(res.errorCode)} (baseOffset ${res.baseOffset})`);
      }
    }
    const end = await logEnd(c, 'crc-valid-malformed', 0);
    assert.deepEqual(refused, [], `accepted batches no consumer can decode (log end now ${end})`);
    assert.equal(end, 0);
  });
});

test('a batch over message.max.bytes (broker or topic) is MESSAGE_TOO_LARGE and nothing is appended', async () => {
  await withClient(async (c) => {
    await createTopic(c, 'too-large', 1);
    await createTopic(c, 'too-large-topic-limit', 1, { 'max.message.bytes': '2000' });
    const big = batchOf([payload('big;', MESSAGE_MAX_BYTES + 1)]);
    const res = await produce(c, 'too-large', 0, big);
    assert.equal(res.errorCode, ErrorCode.MESSAGE_TOO_LARGE, errorName(res.errorCode));
    assert.equal(await logEnd(c, 'too-large', 0), 0);
    const justUnder = batchOf([payload('fits;', MESSAGE_MAX_BYTES - 200)]);
    assert.ok(justUnder.length <= MESSAGE_MAX_BYTES);
    assert.equal((await produce(c, 'too-large', 0, justUnder)).errorCode, 0);

    const res2 = await produce(c, 'too-large-topic-limit', 0, batchOf([payload('mid;', 3000)]));
    assert.equal(res2.errorCode, ErrorCode.MESSAGE_TOO_LARGE, errorName(res2.errorCode));
    assert.equal(await logEnd(c, 'too-large-topic-limit', 0), 0);
  });
});

test('Produce v2 (old message format, not stored) is answered UNSUPPORTED_VERSION at v2', async () => {
  await withClient(async (c) => {
    await createTopic(c, 'old-produce', 1);
    const res = await c.send(ProduceRequest, ProduceResponse, 2, {
      acks: 1,
      timeoutMs: 1000,
      topicData: [{ name: 'old-produce', partitionData: [{ index: 0, records: batchOf(values('v2', 1)) }] }],
    });
    const p = res.responses[0]!.partitionResponses[0]!;
    assert.equal(p.errorCode, ErrorCode.UNSUPPORTED_VERSION, errorName(p.errorCode));
    assert.equal(await logEnd(c, 'old-produce', 0), 0);
  });
});

test('acks=0 gets no response, and the records are appended', async () => {
  await withClient(async (c) => {
    await createTopic(c, 'acks-zero', 1);
    const vs = values('fire-and-forget', 3);
    c.sendWithoutResponse(ProduceRequest, 9, {
      transactionalId: null,
      acks: 0,
      timeoutMs: 1000,
      topicData: [{ name: 'acks-zero', partitionData: [{ index: 0, records: batchOf(vs) }] }],
    });
    // responses come in request order, so this answer means the acks=0 request is done, unanswered
    const av = await c.send(ApiVersionsRequest, ApiVersionsResponse, 3, { clientSoftwareName: 'samsa-test', clientSoftwareVersion: '1' });
    assert.equal(av.errorCode, 0);
    assert.deepEqual(c.unsolicited, [], 'acks=0 produce was answered');
    assert.equal(c.responsesReceived, 2, 'CreateTopics and ApiVersions only');
    assert.deepEqual(recordsOf(await fetchOnce(c, 'acks-zero', 0, 0)), vs);
  });
});

// ---------------------------------------------------------------------------------------------
// names, offsets, versions

const BAD_NAMES = ['x'.repeat(250), 'bad/name', 'bad name', 'tôpic', 'a:b', '.', '..', ''];

test('invalid topic names are INVALID_TOPIC_EXCEPTION in CreateTopics and Metadata', async () => {
  await withClient(async (c) => {
    const res = await c.send(CreateTopicsRequest, CreateTopicsResponse, 7, {
      topics: BAD_NAMES.map((name) => ({ name, numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] })),
      timeoutMs: 1000,
      validateOnly: false,
    });
    assert.deepEqual(
      res.topics.map((t) => [t.name, errorName(t.errorCode)]),
      BAD_NAMES.map((n) => [n, 'INVALID_TOPIC_EXCEPTION']),
    );
    for (const version of [1, 4, 12]) {
      const md = await c.send(MetadataRequest, MetadataResponse, version, {
        topics: BAD_NAMES.map((name) => ({ name, topicId: 'AAAAAAAAAAAAAAAAAAAAAA' })),
        allowAutoTopicCreation: true,
        includeTopicAuthorizedOperations: false,
      });
      assert.deepEqual(
        md.topics.map((t) => [t.name, errorName(t.errorCode)]),
        BAD_NAMES.map((n) => [n, 'INVALID_TOPIC_EXCEPTION']),
        `Metadata v${version}`,
      );
    }
    // and none of them was created
    const all = await metadata(c, null);
    for (const n of BAD_NAMES) assert.ok(!all.topics.some((t) => t.name === n), `"${n}" exists`);
  });
});

test('Fetch outside the log is OFFSET_OUT_OF_RANGE; at the end it is empty; DeleteRecords past the end too', async () => {
  await withClient(async (c) => {
    await createTopic(c, 'offsets', 1);
    await produce(c, 'offsets', 0, batchOf(values('o', 5)));
    for (const offset of [6, 1000, -5]) {
      const p = await fetchOnce(c, 'offsets', 0, offset);
      assert.equal(p.errorCode, ErrorCode.OFFSET_OUT_OF_RANGE, `fetch at ${offset}: ${errorName(p.errorCode)}`);
    }
    const atEnd = await fetchOnce(c, 'offsets', 0, 5);
    assert.equal(atEnd.errorCode, 0);
    assert.equal(atEnd.highWatermark, 5);
    assert.equal(atEnd.records?.length ?? 0, 0);

    // ListOffsets has no "offset beyond the end": a timestamp after every record is answered,
    // as Kafka does, with offset -1 and no error
    const future = await listOffset(c, 'offsets', 0, Date.now() + 3_600_000);
    assert.equal(future.errorCode, 0, errorName(future.errorCode));
    assert.equal(future.offset, -1);

    const del = await c.send(DeleteRecordsRequest, DeleteRecordsResponse, 2, {
      topics: [{ name: 'offsets', partitions: [{ partitionIndex: 0, offset: 6 }] }],
      timeoutMs: 1000,
    });
    assert.equal(del.topics[0]!.partitions[0]!.errorCode, ErrorCode.OFFSET_OUT_OF_RANGE);
    assert.equal(await logEnd(c, 'offsets', 0), 5);
  });
});

test('ApiVersions at an unknown version gets a v0 answer: UNSUPPORTED_VERSION and our ranges', async () => {
  await withClient(async (c) => {
    for (const version of [99, 4, 0x7fff]) {
      const id = c.takeCorrelationId();
      const answer = c.expect(id, ApiVersionsRequest.apiKey, version, ApiVersionsResponse, { responseBodyVersion: 0 });
      // v4 is a version Kafka defines (flexible: header v2); the others are unknown (header v1)
      c.write(
        version === 4
          ? requestFrame(ApiVersionsRequest, 4, id, { clientSoftwareName: 'samsa-test', clientSoftwareVersion: '1' })
          : rawRequestFrame(ApiVersionsRequest.apiKey, version, id, (w) => w.uvarint(0).uvarint(0).uvarint(0)),
      );
      const res = await answer;
      assert.equal(res.errorCode, ErrorCode.UNSUPPORTED_VERSION, `v${version}: ${errorName(res.errorCode)}`);
      const range = (key: number) => res.apiKeys.find((k) => k.apiKey === key);
      assert.deepEqual(range(18), { apiKey: 18, minVersion: 0, maxVersion: 3 });
      assert.equal(range(0)?.maxVersion, 9); // Produce (v0-v2 advertised but refused, as the next test shows)
      assert.deepEqual(range(1), { apiKey: 1, minVersion: 4, maxVersion: 13 });
      assert.ok(res.apiKeys.length >= 10);
    }
    // and the connection is still usable, at a version we serve
    const ok = await c.send(ApiVersionsRequest, ApiVersionsResponse, 3, { clientSoftwareName: 'samsa-test', clientSoftwareVersion: '1' });
    assert.equal(ok.errorCode, 0);
  });
});

// ---------------------------------------------------------------------------------------------
// frames that close the connection

const CLOSING_FRAMES: [string, () => Buffer][] = [
  ['an unknown API key', () => rawRequestFrame(1000, 0, 1, () => undefined)],
  ['an API key we do not serve (DescribeQuorum, KRaft only)', () => rawRequestFrame(55, 0, 1, (w) => w.int32(0))],
  ['a Produce version Kafka does not define', () => rawRequestFrame(0, 99, 1, (w) => w.int16(1).int32(1000).int32(0))],
  [
    'a frame larger than socket.request.max.bytes',
    () => {
      const b = Buffer.alloc(4);
      b.writeInt32BE(SOCKET_REQUEST_MAX_BYTES + 1);
      return b; // the body never comes: the size alone must close the connection
    },
  ],
  ['a negative size', () => Buffer.from([0xff, 0xff, 0xff, 0xfe, 0, 0, 0, 0])],
  ['an empty frame', () => Buffer.from([0, 0, 0, 0])],
  [
    'a truncated body',
    () => {
      const full = requestFrame(MetadataRequest, 12, 1, { topics: [{ name: 'some-topic-name', topicId: 'AAAAAAAAAAAAAAAAAAAAAA' }], allowAutoTopicCreation: false, includeTopicAuthorizedOperations: false });
      const cut = full.subarray(0, full.length - 12);
      cut.writeInt32BE(cut.length - 4, 0);
      return cut;
    },
  ],
  [
    'a huge array count',
    () =>
      rawRequestFrame(3, 1, 1, (w) => {
        w.int32(0x7fffffff); // topics
        w.string('t');
      }),
  ],
];

for (const [what, frame] of CLOSING_FRAMES) {
  test(`${what} closes that connection only`, async () => {
    const bystander = await connect();
    const offender = await connect();
    try {
      // the bystander has a request in progress on its own connection meanwhile
      const pending = metadata(bystander, null);
      offender.write(frame());
      await expectClosed(offender, what);
      await pending;
      const again = await metadata(bystander, null);
      assert.equal(again.brokers.length, 1);
      assert.ok(!bystander.closedYet);
    } finally {
      await bystander.close();
      await offender.close();
    }
  });
}

const BAD_TAILS: [string, (id: number) => Buffer][] = [
  ['an unknown API key', (id) => rawRequestFrame(1000, 0, id, () => undefined)],
  ['a negative frame size', () => Buffer.from([0xff, 0xff, 0xff, 0xf0])],
];

for (const [tailName, badTail] of BAD_TAILS) {
  test(`a request pipelined before ${tailName} is still answered before the connection closes`, async () => {
    const c = await connect();
    const topic = `pipelined-${tailName.replace(/[^a-z]+/g, '-')}`;
    try {
      await createTopic(c, topic, 1);
      const id = c.takeCorrelationId();
      const answer = c.expect(id, ProduceRequest.apiKey, 9, ProduceResponse);
      answer.catch(() => undefined);
      const vs = values('pipelined', 2);
      c.write(
        Buffer.concat([
          requestFrame(ProduceRequest, 9, id, {
            transactionalId: null,
            acks: 1,
            timeoutMs: 1000,
            topicData: [{ name: topic, partitionData: [{ index: 0, records: batchOf(vs) }] }],
          }),
          badTail(id + 1),
        ]),
      );
      await expectClosed(c, tailName);
      let res: ProduceResponse | undefined;
      try {
        res = await answer;
      } catch (e) {
        if (!(e instanceof ConnectionClosedError)) throw e;
      }
      await withClient(async (other) => {
        const end = await logEnd(other, topic, 0);
        assert.ok(res, `the produce before the bad frame was appended (log end ${end}) but never acknowledged`);
        assert.equal(res.responses[0]!.partitionResponses[0]!.errorCode, 0);
        assert.equal(end, 2);
      });
    } finally {
      await c.close();
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Fetch: long poll, limits

function longPoll(c: RawClient, topic: string, partitions: number[], fetchOffset: number, minBytes: number, maxWaitMs = 60_000) {
  return c.send(
    FetchRequest,
    FetchResponse,
    FETCH_VERSION,
    {
      replicaId: -1,
      maxWaitMs,
      minBytes,
      maxBytes: 1 << 24,
      isolationLevel: 0,
      sessionId: 0,
      sessionEpoch: -1,
      topics: [{ topic, partitions: partitions.map((partition) => ({ partition, fetchOffset, partitionMaxBytes: 1 << 20 })) }],
      forgottenTopicsData: [],
      rackId: '',
    },
    { timeoutMs: 20_000 },
  );
}

test('a long-poll Fetch parks until appends bring min.bytes, and is woken by the append, not its timer', async () => {
  await withClient(async (producer) => {
    await createTopic(producer, 'long-poll', 2);
    const small = batchOf(values('first', 1, 20));
    const large = batchOf(values('second', 1, 2000));
    const consumer = await connect();
    try {
      // max.wait.ms is 60 s: an answer within the 20 s safety net can only come from an append
      const poll = longPoll(consumer, 'long-poll', [0, 1], 0, small.length + 500);
      let answered = false;
      poll.then(() => (answered = true), () => undefined);
      // not enough: the first append is smaller than min.bytes
      assert.equal((await produce(producer, 'long-poll', 1, small)).errorCode, 0);
      // (a metadata round trip on the consumer's partner connection, then check it is still waiting)
      await metadata(producer, ['long-poll']);
      assert.equal(answered, false, 'the fetch returned before min.bytes had arrived');
      // enough now, on the other partition
      assert.equal((await produce(producer, 'long-poll', 0, large)).errorCode, 0);
      const res = await poll;
      const parts = res.responses[0]!.partitions;
      assert.deepEqual(recordsOf(parts.find((p) => p.partitionIndex === 1)!), values('first', 1, 20));
      assert.deepEqual(recordsOf(parts.find((p) => p.partitionIndex === 0)!), values('second', 1, 2000));
    } finally {
      await consumer.close();
    }
  });
});

test('a long poll racing an append is always woken (no lost wake-up)', async () => {
  // Each poll reads two partitions: b holds a little data (read from the segment, which takes
  // an I/O round trip), a is empty. The append to a is sent together with the poll, so it
  // often completes while the poll is still reading b: it must wake the poll all the same.
  // Before the fix in 01-fetch.ts about 40% of these polls slept for their whole max.wait.ms.
  const pairs = 16;
  const rounds = 3;
  await withClient(async (producer) => {
    await createTopic(producer, 'long-poll-race', 2 * pairs);
    for (let i = 0; i < pairs; i++) await produce(producer, 'long-poll-race', 2 * i + 1, batchOf(values(`b-${i}`, 1, 100)));
    const consumers = await Promise.all(Array.from({ length: pairs }, () => connect()));
    try {
      await Promise.all(
        consumers.map(async (consumer, i) => {
          const a = 2 * i;
          const b = a + 1;
          for (let r = 0; r < rounds; r++) {
            const poll = consumer.send(
              FetchRequest,
              FetchResponse,
              FETCH_VERSION,
              {
                replicaId: -1,
                maxWaitMs: 60_000,
                minBytes: 1000,
                maxBytes: 1 << 24,
                isolationLevel: 0,
                sessionId: 0,
                sessionEpoch: -1,
                topics: [
                  {
                    topic: 'long-poll-race',
                    partitions: [
                      { partition: a, fetchOffset: r, partitionMaxBytes: 1 << 20 },
                      { partition: b, fetchOffset: 0, partitionMaxBytes: 1 << 20 },
                    ],
                  },
                ],
                forgottenTopicsData: [],
                rackId: '',
              },
              { timeoutMs: 20_000 },
            );
            const ack = await produce(producer, 'long-poll-race', a, batchOf(values(`a-${i}-${r}`, 1, 2000)));
            assert.equal(ack.errorCode, 0);
            const res = await poll.catch((e: Error) => {
              throw new Error(`pair ${i} round ${r}: 2000 bytes arrived but the long poll was not woken: ${e.message}`);
            });
            const got = res.responses[0]!.partitions.find((p) => p.partitionIndex === a)!;
            assert.deepEqual(recordsOf(got), values(`a-${i}-${r}`, 1, 2000));
          }
        }),
      );
    } finally {
      await Promise.all(consumers.map((c) => c.close()));
    }
  });
});

test('a long poll with no data returns empty when max.wait.ms expires', async () => {
  await withClient(async (c) => {
    await createTopic(c, 'long-poll-timeout', 1);
    const started = Date.now();
    const res = await longPoll(c, 'long-poll-timeout', [0], 0, 1, 300);
    const p = res.responses[0]!.partitions[0]!;
    assert.equal(p.errorCode, 0);
    assert.equal(p.records?.length ?? 0, 0);
    assert.ok(Date.now() - started >= 250, 'returned before max.wait.ms');
  });
});

test('a first batch larger than the fetch limits is still returned whole', async () => {
  await withClient(async (c) => {
    await createTopic(c, 'big-first', 1);
    const big = values('big', 1, 60_000);
    await produce(c, 'big-first', 0, batchOf(big));
    await produce(c, 'big-first', 0, batchOf(values('next', 1)));
    for (const limits of [{ partitionMaxBytes: 1000 }, { partitionMaxBytes: 1 }, { maxBytes: 1000 }, { partitionMaxBytes: 0, maxBytes: 0 }]) {
      const p = await fetchOnce(c, 'big-first', 0, 0, limits);
      assert.equal(p.errorCode, 0);
      assert.deepEqual(recordsOf(p), big, JSON.stringify(limits));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// a client that never reads

function rssBytes(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : 0;
}

test('a client that sends many fetches and reads nothing does not hold up other clients', async (t) => {
  const partitionBytes = 900_000;
  await withClient(async (c) => {
    await createTopic(c, 'slow-reader', 1);
    for (let i = 0; i < 10; i++) await produce(c, 'slow-reader', 0, batchOf(values(`slow-${i}`, 9, partitionBytes / 90)));
  });
  const rssBefore = rssBytes(broker.pid);
  const slow = await connect();
  slow.socket.pause(); // never read
  const fetches = 200;
  const answers = Array.from({ length: fetches }, () =>
    slow.send(
      FetchRequest,
      FetchResponse,
      FETCH_VERSION,
      {
        replicaId: -1,
        maxWaitMs: 0,
        minBytes: 0,
        maxBytes: 1 << 20,
        isolationLevel: 0,
        sessionId: 0,
        sessionEpoch: -1,
        topics: [{ topic: 'slow-reader', partitions: [{ partition: 0, fetchOffset: 0, partitionMaxBytes: 1 << 20 }] }],
        forgottenTopicsData: [],
        rackId: '',
      },
      { timeoutMs: 60_000 },
    ),
  );
  answers.forEach((a) => a.catch(() => undefined));
  try {
    // others keep producing and fetching meanwhile
    await withClient(async (c) => {
      await createTopic(c, 'beside-slow', 1);
      for (let i = 0; i < 50; i++) {
        const vs = values(`beside-${i}`, 2);
        const r = await produce(c, 'beside-slow', 0, batchOf(vs));
        assert.equal(r.errorCode, 0);
        assert.deepEqual(recordsOf(await fetchOnce(c, 'beside-slow', 0, r.baseOffset)), vs);
      }
    });
    const rssDuring = rssBytes(broker.pid);
    t.diagnostic(`broker RSS ${Math.round(rssBefore / 1e6)} MB before, ${Math.round(rssDuring / 1e6)} MB with ${fetches} unread ~${Math.round(partitionBytes / 1e6)} MB fetch responses`);
    // now read: every answer arrives, in order, complete
    slow.socket.resume();
    const all = await Promise.all(answers);
    for (const res of all) assert.equal(recordsOf(res.responses[0]!.partitions[0]!).length, 90);
  } finally {
    await slow.close();
  }
});

// ---------------------------------------------------------------------------------------------
// one client's heavy request does not stall the others

test('creating a topic with many partitions does not stall other clients', async () => {
  const partitions = 400;
  await withClient(async (c) => {
    const other = await connect();
    try {
      let created = false;
      const creation = c
        .send(
          CreateTopicsRequest,
          CreateTopicsResponse,
          7,
          { topics: [{ name: 'many-partitions', numPartitions: partitions, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 60_000, validateOnly: false },
          { timeoutMs: 120_000 },
        )
        .finally(() => (created = true));
      // Ordering, not timing: a request another client sends once the creation has begun is
      // answered while the creation is still running, so the broker keeps serving others.
      // The topic is recorded before its logs are created: once Metadata lists it, the logs are
      // being created.
      for (;;) {
        const md = await other.send(MetadataRequest, MetadataResponse, 4, { topics: [{ name: 'many-partitions' }], allowAutoTopicCreation: false });
        if (md.topics[0]!.errorCode === 0) break;
      }
      const answered = await other.send(ApiVersionsRequest, ApiVersionsResponse, 3, { clientSoftwareName: 'samsa-test', clientSoftwareVersion: '1' });
      assert.equal(answered.errorCode, 0);
      assert.equal(created, false, `the ${partitions}-partition creation finished before another client's ApiVersions was answered`);
      const res = await creation;
      assert.equal(res.topics[0]!.errorCode, 0, errorName(res.topics[0]!.errorCode));
    } finally {
      await other.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------

test('the broker writes nothing to stderr (no runtime warnings)', () => {
  assert.equal(brokerStderr(broker), '');
});

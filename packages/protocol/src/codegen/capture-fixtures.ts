/**
 * Captures golden request frames from real Kafka clients into packages/protocol/test-fixtures.
 *
 *   npx tsc -b && node packages/protocol/dist/codegen/capture-fixtures.js
 *
 * A throwaway broker on 127.0.0.1 (an ephemeral port) answers just enough for clients to
 * bootstrap: ApiVersions, advertising ranges like a Kafka 3.7 broker (clients read the broker
 * release from them), and Metadata, describing itself as the only broker and one topic,
 * `fixtures`. Every request frame each client sends is recorded; each distinct (API, version)
 * per client becomes `<client>-<api>-v<version>[-n].hex`: a few `#` comment lines, then the
 * frame after its size prefix, in hex.
 *
 * Clients: kcat and confluent-kafka (both librdkafka), kafkajs, kafka-python. The Python ones
 * run under /usr/bin/python3, where Debian's python3-kafka and python3-confluent-kafka are
 * installed. A client that is missing is skipped with a note. The fixtures are committed, so
 * the test that replays them (src/generated/fixtures.test.ts) needs none of these clients.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { decodeRequestHeader, encodeResponseHeader, responseHeaderVersion } from '../headers.js';
import { ApiKey, apis } from '../generated/index.js';
import { ApiVersionsResponse } from '../generated/api-versions-response.js';
import { MetadataRequest } from '../generated/metadata-request.js';
import { MetadataResponse } from '../generated/metadata-response.js';
import { Reader } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';
import { packageDir, repoRoot } from './sources.js';

const FIXTURE_DIR = join(packageDir, 'test-fixtures');
const TOPIC = 'fixtures';
const TOPIC_ID = Buffer.from('5a4d5341464958545552455330303031', 'hex').toString('base64url');
const CLIENT_TIMEOUT_MS = 20_000;

/** Version ranges a Kafka 3.7 broker advertises, for the APIs clients probe at startup. */
const ADVERTISED: [number, number, number][] = [
  [ApiKey.Produce, 0, 10],
  [ApiKey.Fetch, 0, 16],
  [ApiKey.ListOffsets, 0, 8],
  [ApiKey.Metadata, 0, 12],
  [ApiKey.OffsetCommit, 0, 9],
  [ApiKey.OffsetFetch, 0, 9],
  [ApiKey.FindCoordinator, 0, 4],
  [ApiKey.JoinGroup, 0, 9],
  [ApiKey.Heartbeat, 0, 4],
  [ApiKey.LeaveGroup, 0, 5],
  [ApiKey.SyncGroup, 0, 5],
  [ApiKey.DescribeGroups, 0, 5],
  [ApiKey.ListGroups, 0, 4],
  [ApiKey.SaslHandshake, 0, 1],
  [ApiKey.ApiVersions, 0, 3],
  [ApiKey.CreateTopics, 0, 7],
  [ApiKey.DeleteTopics, 0, 6],
  [ApiKey.DeleteRecords, 0, 2],
  [ApiKey.InitProducerId, 0, 4],
  [ApiKey.OffsetForLeaderEpoch, 0, 4],
  [ApiKey.AddPartitionsToTxn, 0, 4],
  [ApiKey.AddOffsetsToTxn, 0, 3],
  [ApiKey.EndTxn, 0, 3],
  [ApiKey.WriteTxnMarkers, 0, 1],
  [ApiKey.TxnOffsetCommit, 0, 3],
  [ApiKey.DescribeAcls, 0, 3],
  [ApiKey.CreateAcls, 0, 3],
  [ApiKey.DeleteAcls, 0, 3],
  [ApiKey.DescribeConfigs, 0, 4],
  [ApiKey.AlterConfigs, 0, 2],
  [ApiKey.AlterReplicaLogDirs, 0, 2],
  [ApiKey.DescribeLogDirs, 0, 4],
  [ApiKey.SaslAuthenticate, 0, 2],
  [ApiKey.CreatePartitions, 0, 3],
  [ApiKey.DeleteGroups, 0, 2],
  [ApiKey.ElectLeaders, 0, 2],
  [ApiKey.IncrementalAlterConfigs, 0, 1],
  [ApiKey.AlterPartitionReassignments, 0, 0],
  [ApiKey.ListPartitionReassignments, 0, 0],
  [ApiKey.OffsetDelete, 0, 0],
  [ApiKey.DescribeClientQuotas, 0, 1],
  [ApiKey.AlterClientQuotas, 0, 1],
  [ApiKey.DescribeUserScramCredentials, 0, 0],
  [ApiKey.AlterUserScramCredentials, 0, 0],
  [ApiKey.DescribeCluster, 0, 1],
  [ApiKey.DescribeProducers, 0, 0],
  [ApiKey.DescribeTransactions, 0, 0],
  [ApiKey.ListTransactions, 0, 0],
];

interface Captured {
  client: string;
  apiKey: number;
  apiVersion: number;
  frame: Buffer;
}

class FixtureBroker {
  readonly captured: Captured[] = [];
  client = 'unknown';
  private server: Server | null = null;
  port = 0;

  async start(): Promise<void> {
    this.server = createServer((socket) => this.serve(socket));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const addr = this.server.address();
    if (addr === null || typeof addr === 'string') throw new Error('no port');
    this.port = addr.port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private serve(socket: Socket): void {
    let pending = Buffer.alloc(0);
    socket.on('error', () => socket.destroy());
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 4) {
        const size = pending.readInt32BE(0);
        if (pending.length < 4 + size) break;
        const frame = Buffer.from(pending.subarray(4, 4 + size));
        pending = pending.subarray(4 + size);
        const reply = this.handle(frame);
        if (reply === null) {
          socket.destroy();
          return;
        }
        const head = Buffer.alloc(4);
        head.writeInt32BE(reply.length);
        socket.write(Buffer.concat([head, reply]));
      }
    });
  }

  private handle(frame: Buffer): Buffer | null {
    const r = new Reader(frame);
    const h = decodeRequestHeader(r);
    this.captured.push({ client: this.client, apiKey: h.requestApiKey, apiVersion: h.requestApiVersion, frame });
    const w = new Writer();
    if (h.requestApiKey === ApiKey.ApiVersions) {
      const max = ADVERTISED.find(([k]) => k === ApiKey.ApiVersions)![2];
      const version = h.requestApiVersion <= max ? h.requestApiVersion : 0;
      encodeResponseHeader(w, h.correlationId, 0);
      ApiVersionsResponse.encode(
        w,
        {
          errorCode: version === h.requestApiVersion ? 0 : 35,
          apiKeys: ADVERTISED.map(([apiKey, minVersion, maxVersion]) => ({ apiKey, minVersion, maxVersion })),
          throttleTimeMs: 0,
        },
        version,
      );
      return w.toBuffer();
    }
    if (h.requestApiKey === ApiKey.Metadata) {
      const v = h.requestApiVersion;
      const req = MetadataRequest.decode(r, v);
      const names = req.topics === null || req.topics.length === 0 ? [TOPIC] : req.topics.map((t) => t.name ?? TOPIC);
      encodeResponseHeader(w, h.correlationId, responseHeaderVersion(h.requestApiKey, v));
      MetadataResponse.encode(
        w,
        {
          throttleTimeMs: 0,
          brokers: [{ nodeId: 1, host: '127.0.0.1', port: this.port, rack: null }],
          clusterId: 'samsa-fixtures',
          controllerId: 1,
          topics: names.map((name) => ({
            errorCode: name === TOPIC ? 0 : 3,
            name,
            topicId: TOPIC_ID,
            isInternal: false,
            partitions:
              name === TOPIC
                ? [{ errorCode: 0, partitionIndex: 0, leaderId: 1, leaderEpoch: 0, replicaNodes: [1], isrNodes: [1], offlineReplicas: [] }]
                : [],
          })),
        },
        v,
      );
      return w.toBuffer();
    }
    // Anything else is beyond this fixture broker: record it and hang up.
    return null;
  }
}

function run(cmd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    let out = '';
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), CLIENT_TIMEOUT_MS);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: -1, out: out + String(e) });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

interface ClientRun {
  name: string;
  /** Version string recorded in the fixture comments. */
  version: () => Promise<string>;
  run: (bootstrap: string) => Promise<{ code: number | null; out: string }>;
}

const PY = '/usr/bin/python3';

const clients: ClientRun[] = [
  {
    name: 'kcat',
    version: async () => (await run('kcat', ['-V'])).out.split('\n').find((l) => /librdkafka/i.test(l))?.trim() ?? 'kcat',
    run: async (b) => {
      const list = await run('kcat', ['-b', b, '-L', '-m', '5', '-X', 'client.id=samsa-kcat']);
      const one = await run('kcat', ['-b', b, '-L', '-t', TOPIC, '-m', '5', '-X', 'client.id=samsa-kcat']);
      return { code: list.code ?? one.code, out: list.out + one.out };
    },
  },
  {
    name: 'kafkajs',
    version: async () => {
      const out = await run(process.execPath, [
        '--input-type=module',
        '-e',
        `import { createRequire } from 'node:module'; const require = createRequire(${JSON.stringify(repoRoot + '/')}); console.log('kafkajs ' + require('kafkajs/package.json').version);`,
      ]);
      return out.out.trim();
    },
    run: (b) =>
      run(process.execPath, [
        '--input-type=module',
        '-e',
        `
import { createRequire } from 'node:module';
const require = createRequire(${JSON.stringify(repoRoot + '/')});
const { Kafka, logLevel } = require('kafkajs');
const kafka = new Kafka({ clientId: 'samsa-kafkajs', brokers: [${JSON.stringify(b)}], logLevel: logLevel.NOTHING, retry: { retries: 0 } });
const admin = kafka.admin();
await admin.connect();
console.log(await admin.listTopics());
console.log(JSON.stringify(await admin.fetchTopicMetadata({ topics: [${JSON.stringify(TOPIC)}] })));
await admin.disconnect();
`,
      ]),
  },
  {
    name: 'kafka-python',
    version: async () => (await run(PY, ['-c', 'import kafka; print("kafka-python " + kafka.__version__)'])).out.trim(),
    run: (b) =>
      run(PY, [
        '-c',
        `
from kafka import KafkaConsumer
c = KafkaConsumer(bootstrap_servers=${JSON.stringify(b)}, client_id='samsa-kafka-python', request_timeout_ms=5000, api_version_auto_timeout_ms=5000)
print(sorted(c.topics()))
print(c.partitions_for_topic(${JSON.stringify(TOPIC)}))
c.close()
`,
      ]),
  },
  {
    name: 'confluent-kafka',
    version: async () =>
      (await run(PY, ['-c', 'import confluent_kafka as c; print("confluent-kafka %s, librdkafka %s" % (c.version()[0], c.libversion()[0]))'])).out.trim(),
    run: (b) =>
      run(PY, [
        '-c',
        `
from confluent_kafka.admin import AdminClient
a = AdminClient({'bootstrap.servers': ${JSON.stringify(b)}, 'client.id': 'samsa-confluent-kafka'})
print(sorted(a.list_topics(timeout=5).topics))
print(a.list_topics(topic=${JSON.stringify(TOPIC)}, timeout=5).topics)
`,
      ]),
  },
];

function apiLabel(key: number): string {
  const name = apis.get(key)?.name ?? `api${key}`;
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const broker = new FixtureBroker();
  await broker.start();
  const bootstrap = `127.0.0.1:${broker.port}`;
  mkdirSync(FIXTURE_DIR, { recursive: true });
  for (const c of clients) {
    if (only.length > 0 && !only.includes(c.name)) continue;
    const version = await c.version();
    broker.client = c.name;
    const start = broker.captured.length;
    const res = await c.run(bootstrap);
    const frames = broker.captured.slice(start);
    if (frames.length === 0) {
      console.log(`${c.name}: nothing captured (exit ${res.code}); skipped.\n${res.out.trim()}`);
      continue;
    }
    for (const f of readdirSync(FIXTURE_DIR)) if (f.startsWith(`${c.name}-`) && f.endsWith('.hex')) rmSync(join(FIXTURE_DIR, f));
    const seen = new Map<string, Buffer[]>();
    for (const f of frames) {
      const key = `${c.name}-${apiLabel(f.apiKey)}-v${f.apiVersion}`;
      const list = seen.get(key) ?? [];
      // identical frames apart from the correlation id are the same fixture
      const norm = Buffer.from(f.frame);
      norm.writeInt32BE(0, 4);
      if (list.some((x) => x.equals(norm))) continue;
      list.push(norm);
      seen.set(key, list);
      const file = list.length === 1 ? `${key}.hex` : `${key}-${list.length}.hex`;
      const lines = [
        `# client: ${c.name} (${version})`,
        `# request: ${apis.get(f.apiKey)?.name ?? 'unknown'} (key ${f.apiKey}) v${f.apiVersion}`,
        '# frame after the int32 size prefix: request header, then body',
      ];
      const hex = f.frame.toString('hex');
      for (let i = 0; i < hex.length; i += 64) lines.push(hex.slice(i, i + 64));
      writeFileSync(join(FIXTURE_DIR, file), lines.join('\n') + '\n');
      console.log(`${c.name}: ${file} (${f.frame.length} bytes)`);
    }
    if (res.code !== 0) console.log(`${c.name}: exited with ${res.code}\n${res.out.trim()}`);
  }
  await broker.stop();
}

await main();

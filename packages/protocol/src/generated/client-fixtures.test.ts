// Replays request frames captured from real clients (kcat, kafkajs, kafka-python,
// confluent-kafka; see src/codegen/capture-fixtures.ts) through the generated codecs: each
// must decode completely with the fields the client meant, and re-encoding the decoded header
// and body must reproduce the captured bytes exactly.
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Reader } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';
import { decodeRequestHeader, requestHeaderVersion } from '../headers.js';
import { ApiKey, apis, RequestHeader, type ApiVersionsRequest, type MetadataRequest } from './index.js';
import { packageDir } from '../codegen/sources.js';

interface Fixture {
  file: string;
  client: string;
  apiKey: number;
  apiVersion: number;
  frame: Buffer;
}

const dir = join(packageDir, 'test-fixtures');
const fixtures: Fixture[] = readdirSync(dir)
  .filter((f) => f.endsWith('.hex'))
  .sort()
  .map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const client = /^# client: (\S+)/m.exec(text)?.[1];
    const req = /^# request: .* \(key (\d+)\) v(\d+)/m.exec(text);
    assert.ok(client && req, `${file}: missing comment lines`);
    const hex = text
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .join('');
    return { file, client, apiKey: Number(req[1]), apiVersion: Number(req[2]), frame: Buffer.from(hex, 'hex') };
  });

const CLIENTS = ['kcat', 'kafkajs', 'kafka-python', 'confluent-kafka'];

test('fixtures exist for every client, for ApiVersions and Metadata', () => {
  for (const c of CLIENTS) {
    const mine = fixtures.filter((f) => f.client === c);
    assert.ok(mine.some((f) => f.apiKey === ApiKey.ApiVersions), `${c}: no ApiVersions fixture`);
    assert.ok(mine.some((f) => f.apiKey === ApiKey.Metadata), `${c}: no Metadata fixture`);
  }
});

for (const fx of fixtures) {
  test(`${fx.file}: decodes and re-encodes byte for byte`, () => {
    const r = new Reader(fx.frame);
    const h = decodeRequestHeader(r);
    assert.equal(h.requestApiKey, fx.apiKey);
    assert.equal(h.requestApiVersion, fx.apiVersion);
    assert.equal(h.clientId, `samsa-${fx.client}`);
    assert.equal(h.headerVersion, requestHeaderVersion(fx.apiKey, fx.apiVersion));
    const api = apis.get(fx.apiKey)!;
    const body: unknown = api.request.decode(r, fx.apiVersion);
    assert.equal(r.remaining, 0, 'bytes left after the body');

    if (fx.apiKey === ApiKey.ApiVersions) {
      const b = body as ApiVersionsRequest;
      if (fx.apiVersion >= 3) {
        // KIP-511: librdkafka-based clients name themselves
        assert.match(b.clientSoftwareName!, /^[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?$/);
        assert.ok(b.clientSoftwareVersion!.length > 0);
        assert.equal(h.headerVersion, 2);
      }
    } else if (fx.apiKey === ApiKey.Metadata) {
      const b = body as MetadataRequest;
      const names = b.topics?.map((t) => t.name) ?? null;
      assert.ok(names === null || names.every((n) => n === 'fixtures'), `unexpected topics ${JSON.stringify(names)}`);
    }

    const w = new Writer();
    RequestHeader.encode(w, h, h.headerVersion);
    api.request.encode(w, body, fx.apiVersion);
    assert.equal(w.toBuffer().toString('hex'), fx.frame.toString('hex'));
  });
}

test('what the captured clients asked for', () => {
  const metadataTopics = (c: string): (string[] | null)[] =>
    fixtures
      .filter((f) => f.client === c && f.apiKey === ApiKey.Metadata)
      .map((f) => {
        const r = new Reader(f.frame);
        decodeRequestHeader(r);
        const b = apis.get(ApiKey.Metadata)!.request.decode(r, f.apiVersion) as MetadataRequest;
        return b.topics?.map((t) => t.name!) ?? null;
      });
  // every client listed the topics at least once (null, or an empty list before v1)...
  for (const c of CLIENTS) {
    assert.ok(metadataTopics(c).some((t) => t === null || t.length === 0), `${c} never asked for all topics`);
  }
  // ...and the ones asked about `fixtures` by name did so
  for (const c of ['kcat', 'kafkajs', 'confluent-kafka']) {
    assert.ok(metadataTopics(c).some((t) => t !== null && t.includes('fixtures')), `${c} never named the topic`);
  }
  // librdkafka's ApiVersions v3 names the library
  const kcat = fixtures.find((f) => f.client === 'kcat' && f.apiKey === ApiKey.ApiVersions)!;
  const r = new Reader(kcat.frame);
  decodeRequestHeader(r);
  const av = apis.get(ApiKey.ApiVersions)!.request.decode(r, kcat.apiVersion) as ApiVersionsRequest;
  assert.equal(av.clientSoftwareName, 'librdkafka');
});

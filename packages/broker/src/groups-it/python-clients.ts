/**
 * Group consumers in the Debian Python clients (kafka-python 2.0, confluent-kafka 1.7 on
 * librdkafka 2.0), run with the system Python. Each script reads a JSON spec on stdin and
 * prints one JSON document as its last line.
 */
import { strict as assert } from 'node:assert';
import { run, SYSTEM_PYTHON } from '@samsa/testkit';

/**
 * kafka-python KafkaConsumer in a group: consume until `count` records (or `idle_ms` with
 * nothing new, for "expect none"), commit synchronously, close (LeaveGroup), and report the
 * records and the committed offsets as the consumer reads them back.
 */
export const KAFKA_PYTHON_GROUP = String.raw`
import json, sys, time
from kafka import KafkaConsumer, TopicPartition
spec = json.load(sys.stdin)
c = KafkaConsumer(bootstrap_servers=spec['bootstrap'], group_id=spec['group'], client_id='kafka-python-group',
                  auto_offset_reset='earliest', enable_auto_commit=False, session_timeout_ms=6000,
                  heartbeat_interval_ms=500, fetch_max_wait_ms=100, consumer_timeout_ms=1000)
c.subscribe([spec['topic']])
records = []
deadline = time.time() + spec['timeout_s']
idle_since = None
while time.time() < deadline:
    if spec['count'] > 0 and len(records) >= spec['count']:
        break
    batch = c.poll(timeout_ms=200)
    for tp, msgs in batch.items():
        for m in msgs:
            records.append({'partition': m.partition, 'offset': m.offset, 'value': m.value.decode()})
    if c.assignment() and (idle_since is None or batch):
        idle_since = time.time()
    if spec['count'] == 0 and idle_since is not None and time.time() - idle_since > spec['idle_s']:
        break
assignment = sorted(tp.partition for tp in c.assignment())
c.commit()
committed = {str(p): c.committed(TopicPartition(spec['topic'], p)) for p in assignment}
c.close()
print(json.dumps({'records': records, 'assignment': assignment, 'committed': committed}))
`;

/**
 * confluent-kafka Consumers (librdkafka) in one group with a given assignment strategy:
 * `members` consumers subscribe; the script polls them in turn until `count` distinct records
 * arrived, every partition is assigned, and each member has read its partitions up to `ends`
 * (partition -> log end offset), then commits synchronously and closes each, and reports the records, each
 * member's final assignment, and AdminClient.list_groups() for the group.
 */
export const CONFLUENT_GROUP = String.raw`
import json, sys, time
from confluent_kafka import Consumer, KafkaError, KafkaException, TopicPartition
from confluent_kafka.admin import AdminClient
spec = json.load(sys.stdin)
assignments = {}
def on_assign(name):
    def cb(consumer, partitions):
        if spec['strategy'] == 'cooperative-sticky':
            consumer.incremental_assign(partitions)
            assignments[name] = sorted(set(assignments.get(name, [])) | {p.partition for p in partitions})
        else:
            consumer.assign(partitions)
            assignments[name] = sorted(p.partition for p in partitions)
    return cb
def on_revoke(name):
    def cb(consumer, partitions):
        if spec['strategy'] == 'cooperative-sticky':
            consumer.incremental_unassign(partitions)
            assignments[name] = sorted(set(assignments.get(name, [])) - {p.partition for p in partitions})
        else:
            assignments[name] = []
    return cb
consumers = []
for i in range(spec['members']):
    name = 'member-%d' % i
    c = Consumer({'bootstrap.servers': spec['bootstrap'], 'group.id': spec['group'], 'client.id': name,
                  'auto.offset.reset': 'earliest', 'enable.auto.commit': False, 'session.timeout.ms': 6000,
                  'heartbeat.interval.ms': 500, 'fetch.wait.max.ms': 100,
                  'partition.assignment.strategy': spec['strategy']})
    c.subscribe([spec['topic']], on_assign=on_assign(name), on_revoke=on_revoke(name))
    consumers.append((name, c))
records = []
seen = set()
deadline = time.time() + spec['timeout_s']
def settled():
    owned = [p for n, _ in consumers for p in assignments.get(n, [])]
    return len(assignments) == len(consumers) and sorted(owned) == list(range(spec['partitions']))
def caught_up():
    # every member has read its current partitions to the end (so it has offsets to commit)
    for name, c in consumers:
        tps = [TopicPartition(spec['topic'], p) for p in assignments.get(name, [])]
        if tps and any(tp.offset < spec['ends'][str(tp.partition)] for tp in c.position(tps)):
            return False
    return True
# An eager rebalance hands partitions over without a commit: records may come twice.
while time.time() < deadline and (len(seen) < spec['count'] or not settled() or not caught_up()):
    for name, c in consumers:
        m = c.poll(0.05)
        if m is None or m.error():
            continue
        records.append({'member': name, 'partition': m.partition(), 'offset': m.offset(), 'value': m.value().decode()})
        seen.add((m.partition(), m.offset()))
final = {n: assignments.get(n, []) for n, _ in consumers}
for name, c in consumers:
    try:
        c.commit(asynchronous=False)
    except KafkaException as e:
        if e.args[0].code() != KafkaError._NO_OFFSET:
            raise
admin = AdminClient({'bootstrap.servers': spec['bootstrap']})
listed = admin.list_groups(spec['group'], timeout=10)
groups = [{'id': g.id, 'state': g.state, 'protocol_type': g.protocol_type, 'protocol': g.protocol,
           'members': sorted(m.client_id for m in g.members)} for g in listed]
all_groups = sorted(g.id for g in admin.list_groups(timeout=10))
for name, c in consumers:
    c.close()
print(json.dumps({'records': records, 'assignments': final, 'group': groups, 'all_groups': all_groups}))
`;

export async function runPython<T>(source: string, spec: unknown, timeoutMs = 60_000): Promise<T> {
  const r = await run(SYSTEM_PYTHON, ['-c', source], { input: JSON.stringify(spec), timeoutMs, env: { PYTHONUNBUFFERED: '1' } });
  const lines = r.stdout.trim().split('\n');
  const describe = `python exited with ${r.code}\n--- stdout\n${r.stdout.slice(-3000)}\n--- stderr\n${r.stderr.slice(-3000)}`;
  assert.equal(r.code, 0, describe);
  try {
    return JSON.parse(lines[lines.length - 1]!) as T;
  } catch {
    return assert.fail(`no JSON result: ${describe}`);
  }
}

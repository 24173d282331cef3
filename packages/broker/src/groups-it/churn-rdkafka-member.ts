/**
 * The librdkafka (confluent-kafka) member of the churn test, a script for the system Python:
 * `python3 -c <script> <spec JSON>`. It prints the same messages as the kafkajs member
 * (churn-member.ts), one JSON document per line on stdout, and closes (LeaveGroup) when it reads
 * `close` on stdin or stdin ends.
 *
 * librdkafka tells the application neither its generation nor its member id, but logs both
 * with `debug=cgrp` when the JoinGroup response arrives ("JoinGroup response: GenerationId N,
 * ... my MemberId M, ...: (no error)"); the log and the rebalance callback reach the
 * application through the same queue, in that order, so an assignment is reported with the
 * generation of the JoinGroup that preceded it.
 *
 * At-least-once as the test sees it: offsets are stored for commit (auto-commit of stored
 * offsets only) after the batch's values have been written to stdout, so a member killed at
 * any moment has reported everything it committed.
 */
export const RDKAFKA_CHURN_MEMBER = String.raw`
import json, logging, re, sys, threading
from confluent_kafka import Consumer, TopicPartition
spec = json.loads(sys.argv[1])
def emit(obj):
    sys.stdout.write(json.dumps(obj) + '\n')
    sys.stdout.flush()
JOIN = re.compile(r'JoinGroup response: GenerationId (-?\d+), .*my MemberId (\S+), .*: \(no error\)')
joined = {'generation': None, 'member': None}
class JoinResponses(logging.Handler):
    def emit(self, record):
        m = JOIN.search(record.getMessage())
        if m:
            joined['generation'] = int(m.group(1))
            joined['member'] = m.group(2)
logger = logging.getLogger('rdkafka-churn')
logger.setLevel(logging.DEBUG)
logger.addHandler(JoinResponses())
logger.propagate = False
stop = threading.Event()
def read_commands():
    for line in sys.stdin:
        if line.strip() == 'close':
            break
    stop.set()
threading.Thread(target=read_commands, daemon=True).start()
def on_assign(consumer, partitions):
    emit({'type': 'assigned', 'generationId': joined['generation'], 'memberId': joined['member'],
          'partitions': sorted(p.partition for p in partitions)})
c = Consumer({'bootstrap.servers': spec['bootstrap'], 'group.id': spec['group'], 'client.id': spec['name'],
              'auto.offset.reset': 'earliest', 'enable.auto.commit': True, 'auto.commit.interval.ms': 500,
              'enable.auto.offset.store': False, 'session.timeout.ms': 6000, 'heartbeat.interval.ms': 500,
              'fetch.wait.max.ms': 100, 'partition.assignment.strategy': 'range',
              'debug': 'cgrp', 'logger': logger})
c.subscribe([spec['topic']], on_assign=on_assign)
while not stop.is_set():
    messages = [m for m in c.consume(num_messages=500, timeout=0.1) if m.error() is None]
    if not messages:
        continue
    emit({'type': 'batch', 'partition': -1, 'values': [m.value().decode() for m in messages]})
    ends = {}
    for m in messages:
        ends[m.partition()] = max(ends.get(m.partition(), -1), m.offset() + 1)
    try:
        c.store_offsets(offsets=[TopicPartition(spec['topic'], p, o) for p, o in ends.items()])
    except Exception:
        pass  # a partition revoked meanwhile: its next owner starts from the last commit
c.close()
emit({'type': 'stopped'})
`;

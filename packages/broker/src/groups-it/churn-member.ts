/**
 * A kafkajs group member as a child process for the churn test:
 * `node churn-member.js <bootstrap> <groupId> <topic> <clientId>`.
 *
 * It reports over IPC every assignment it receives with the generation id and member id it
 * was received for, and every batch of values it consumes. kafkajs does not put the generation
 * in its GROUP_JOIN event, but logs it at debug level right after a successful SyncGroup
 * ("Received assignment", with generationId, memberId and the decoded assignment), so this
 * member listens to its own log. A batch is reported, and the report handed to the IPC channel,
 * before eachBatch returns, i.e. before kafkajs commits past it: a member killed after a commit
 * has already told the parent what it consumed. On `{ type: 'stop' }` it disconnects (LeaveGroup)
 * and exits; it exits when the parent goes away.
 *
 * Its only assignment strategy is a range assignor named `range`, as librdkafka's is, so kafkajs
 * and librdkafka members can share a group (kafkajs's own round-robin assignor is called
 * `RoundRobinAssigner`, which librdkafka does not speak).
 */
import kafkajs from 'kafkajs';
import type { PartitionAssigner } from 'kafkajs';
import { KAFKAJS_MEMBER_OPTIONS } from './support.js';

const { AssignerProtocol, Kafka, logLevel } = kafkajs;
const [bootstrap, groupId, topic, clientId] = process.argv.slice(2) as [string, string, string, string];

export type ChurnChildMessage =
  | { type: 'assigned'; generationId: number; memberId: string; partitions: number[] }
  | { type: 'batch'; partition: number; values: string[] }
  | { type: 'error'; message: string }
  | { type: 'stopped' };

const send = (m: ChurnChildMessage): Promise<void> =>
  new Promise((resolve) => {
    if (!process.send || !process.connected) return resolve();
    process.send(m, undefined, undefined, () => resolve());
  });

const kafka = new Kafka({
  clientId,
  brokers: [bootstrap],
  logLevel: logLevel.DEBUG,
  logCreator: () => (entry) => {
    const log = entry.log as { message?: string; generationId?: number; memberId?: string; memberAssignment?: Record<string, number[]>; groupId?: string };
    if (log.message === 'Received assignment' && log.groupId === groupId) {
      void send({ type: 'assigned', generationId: log.generationId!, memberId: log.memberId!, partitions: [...(log.memberAssignment?.[topic] ?? [])].sort((a, b) => a - b) });
    }
  },
});
/** Per topic: member ids sorted, contiguous runs of partitions, the first members get one more. */
const RangeAssigner: PartitionAssigner = ({ cluster }) => ({
  name: 'range',
  version: 0,
  async assign({ members, topics }) {
    const ids = members.map((m) => m.memberId).sort();
    const assignment = new Map<string, Record<string, number[]>>(ids.map((id) => [id, {}]));
    for (const t of topics) {
      const partitions = cluster.findTopicPartitionMetadata(t).map((p) => p.partitionId).sort((a, b) => a - b);
      const per = Math.floor(partitions.length / ids.length);
      const extra = partitions.length % ids.length;
      let next = 0;
      ids.forEach((id, i) => {
        const n = per + (i < extra ? 1 : 0);
        assignment.get(id)![t] = partitions.slice(next, next + n);
        next += n;
      });
    }
    return ids.map((memberId) => ({
      memberId,
      memberAssignment: AssignerProtocol.MemberAssignment.encode({ version: 0, assignment: assignment.get(memberId)!, userData: Buffer.alloc(0) }),
    }));
  },
  protocol({ topics }) {
    return { name: 'range', metadata: AssignerProtocol.MemberMetadata.encode({ version: 0, topics, userData: Buffer.alloc(0) }) };
  },
});

const consumer = kafka.consumer({ groupId, partitionAssigners: [RangeAssigner], ...KAFKAJS_MEMBER_OPTIONS });
consumer.on(consumer.events.CRASH, (e) => void send({ type: 'error', message: `crash: ${String(e.payload.error)}` }));
process.on('disconnect', () => process.exit(0));
process.on('message', (m: { type: string }) => {
  if (m.type !== 'stop') return;
  void consumer
    .disconnect()
    .then(() => send({ type: 'stopped' }))
    .finally(() => process.exit(0));
});

await consumer.connect();
await consumer.subscribe({ topic, fromBeginning: true });
await consumer.run({
  eachBatch: async ({ batch }) => {
    await send({ type: 'batch', partition: batch.partition, values: batch.messages.map((m) => m.value!.toString()) });
  },
});

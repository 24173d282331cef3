/**
 * A kafkajs consumer group member as a child process (see ChildMember in support.ts):
 * `node kafkajs-member.js <bootstrap> <groupId> <topic> <clientId>`. It reports its
 * assignments and every value it receives to the parent over IPC, and commits as kafkajs does
 * by default (after each batch). It runs until killed.
 */
import kafkajs from 'kafkajs';
import { KAFKAJS_MEMBER_OPTIONS, type ChildMessage } from './support.js';

const { Kafka, logLevel } = kafkajs;
const [bootstrap, groupId, topic, clientId] = process.argv.slice(2) as [string, string, string, string];

const send = (m: ChildMessage): void => {
  process.send?.(m);
};

const kafka = new Kafka({ clientId, brokers: [bootstrap], logLevel: logLevel.NOTHING });
const consumer = kafka.consumer({ groupId, ...KAFKAJS_MEMBER_OPTIONS });
consumer.on(consumer.events.GROUP_JOIN, (e) => send({ type: 'assigned', partitions: e.payload.memberAssignment[topic] ?? [] }));
consumer.on(consumer.events.CRASH, (e) => send({ type: 'error', message: String(e.payload.error) }));
// The parent going away ends the member too (the test that started it failed or finished).
process.on('disconnect', () => process.exit(0));

await consumer.connect();
await consumer.subscribe({ topic, fromBeginning: true });
await consumer.run({
  eachMessage: async ({ message }) => {
    send({ type: 'message', value: message.value!.toString() });
  },
});

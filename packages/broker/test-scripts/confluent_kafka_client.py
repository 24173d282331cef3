"""confluent-kafka (Debian python3-confluent-kafka, on the system librdkafka) driven by the
compatibility tests.

Usage: python3 -c "$(cat this-file)" <command> <bootstrap>   (the JSON spec comes on stdin)
Prints one JSON document on its last stdout line. Commands:

  produce  {"topic", "compression", "linger_ms", "messages": [{"key", "value", "headers": [[k, v]], "partition", "timestamp"}]}
           -> {"reports": [{"partition", "offset", "error"}] in produce order, "delivery_order": [index]}
  consume  {"topic", "assign": [[partition, offset]], "times": [ms]}
           -> {"records": [...], "errors": [...], "watermarks": {p: [low, high]},
               "times": [{p: offset}], "timed_out": bool}
  admin    {"topic", "other"} -> results of a fixed sequence of admin calls (see admin())
"""
import json
import sys
import time

from confluent_kafka import Consumer, KafkaError, KafkaException, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, ConfigResource, NewPartitions, NewTopic

TIMEOUT = 20


def text(b):
    return None if b is None else b.decode("utf-8")


def raw(s):
    return None if s is None else s.encode("utf-8")


def produce(bootstrap, spec):
    producer = Producer(
        {
            "bootstrap.servers": bootstrap,
            "client.id": "samsa-compat-confluent",
            "compression.type": spec.get("compression", "none"),
            "linger.ms": spec.get("linger_ms", 5),
            "acks": "all",
            "enable.idempotence": False,
        }
    )
    reports = [None] * len(spec["messages"])
    order = []

    def on_delivery(index):
        def report(err, msg):
            order.append(index)
            reports[index] = {
                "partition": msg.partition(),
                "offset": msg.offset(),
                "error": None if err is None else err.name(),
            }

        return report

    for i, m in enumerate(spec["messages"]):
        kwargs = {}
        if m.get("partition") is not None:
            kwargs["partition"] = m["partition"]
        if m.get("timestamp") is not None:
            kwargs["timestamp"] = m["timestamp"]
        if m.get("headers"):
            kwargs["headers"] = [(k, raw(v)) for k, v in m["headers"]]
        producer.produce(spec["topic"], value=raw(m.get("value")), key=raw(m.get("key")), on_delivery=on_delivery(i), **kwargs)
        producer.poll(0)
    remaining = producer.flush(TIMEOUT)
    return {"reports": reports, "delivery_order": order, "undelivered": remaining}


def consume(bootstrap, spec):
    consumer = Consumer(
        {
            "bootstrap.servers": bootstrap,
            "client.id": "samsa-compat-confluent",
            # librdkafka wants a group id even for assign(); nothing is committed or joined
            "group.id": "samsa-compat-unused",
            "enable.auto.commit": False,
            "enable.auto.offset.store": False,
            "enable.partition.eof": True,
            "auto.offset.reset": "error",
        }
    )
    topic = spec["topic"]
    assignment = [TopicPartition(topic, p, o) for p, o in spec["assign"]]
    consumer.assign(assignment)
    pending = {p for p, _ in spec["assign"]}
    records, errors = [], []
    deadline = time.time() + TIMEOUT
    while pending and time.time() < deadline:
        msg = consumer.poll(0.5)
        if msg is None:
            continue
        err = msg.error()
        if err is not None:
            if err.code() == KafkaError._PARTITION_EOF:
                pending.discard(msg.partition())
            else:
                errors.append(err.name())
            continue
        ts_type, ts = msg.timestamp()
        records.append(
            {
                "partition": msg.partition(),
                "offset": msg.offset(),
                "timestamp": ts,
                "key": text(msg.key()),
                "value": text(msg.value()),
                "headers": [[k, text(v)] for k, v in (msg.headers() or [])],
            }
        )
    watermarks = {}
    for p, _ in spec["assign"]:
        watermarks[str(p)] = list(consumer.get_watermark_offsets(TopicPartition(topic, p), timeout=TIMEOUT, cached=False))
    times = []
    for ms in spec.get("times", []):
        found = consumer.offsets_for_times([TopicPartition(topic, p, ms) for p, _ in spec["assign"]], timeout=TIMEOUT)
        times.append({str(tp.partition): tp.offset for tp in found})
    consumer.close()
    return {"records": records, "errors": errors, "watermarks": watermarks, "times": times, "timed_out": bool(pending)}


def outcome(future):
    """NONE, or the KafkaError name a future failed with."""
    try:
        future.result(timeout=TIMEOUT)
        return "NONE"
    except KafkaException as e:
        return e.args[0].name()


def admin(bootstrap, spec):
    topic, other = spec["topic"], spec["other"]
    client = AdminClient({"bootstrap.servers": bootstrap, "client.id": "samsa-compat-confluent-admin"})
    out = {}

    fs = client.create_topics(
        [
            NewTopic(topic, num_partitions=2, replication_factor=1, config={"retention.ms": "7200000", "cleanup.policy": "delete"}),
            NewTopic(other, num_partitions=1, replication_factor=1),
        ],
        operation_timeout=10,
    )
    out["create"] = {name: outcome(f) for name, f in fs.items()}
    fs = client.create_topics([NewTopic(topic, num_partitions=2, replication_factor=1)])
    out["create_again"] = outcome(fs[topic])
    fs = client.create_topics([NewTopic(topic + "-bad", num_partitions=1, replication_factor=1, config={"retention.ms": "forever"})])
    out["create_bad_config"] = outcome(fs[topic + "-bad"])
    fs = client.create_topics([NewTopic("bad/name", num_partitions=1, replication_factor=1)])
    out["create_bad_name"] = outcome(fs["bad/name"])
    fs = client.create_topics([NewTopic(topic + "-dry", num_partitions=1, replication_factor=1)], validate_only=True)
    out["create_validate_only"] = outcome(fs[topic + "-dry"])

    md = client.list_topics(timeout=TIMEOUT)
    out["cluster"] = {
        "cluster_id": md.cluster_id,
        "controller_id": md.controller_id,
        "brokers": sorted([[b.id, b.host, b.port] for b in md.brokers.values()]),
    }
    out["topics"] = sorted(t for t in md.topics if t.startswith(topic) or t == other)
    t = md.topics[topic]
    out["partitions"] = sorted([[p.id, p.leader, list(p.replicas), list(p.isrs)] for p in t.partitions.values()])

    def configs():
        [f] = client.describe_configs([ConfigResource("topic", topic)]).values()
        entries = f.result(timeout=TIMEOUT)
        return {
            name: {"value": e.value, "is_default": e.is_default, "source": int(e.source)}
            for name, e in entries.items()
            if name in ("retention.ms", "cleanup.policy", "segment.bytes", "max.message.bytes")
        }

    out["configs"] = configs()
    [f] = client.alter_configs([ConfigResource("topic", topic, set_config={"max.message.bytes": "300000"})]).values()
    out["alter"] = outcome(f)
    out["configs_after_alter"] = configs()
    [f] = client.alter_configs([ConfigResource("topic", topic, set_config={"segment.bytes": "1"})]).values()
    out["alter_bad"] = outcome(f)
    [f] = client.describe_configs([ConfigResource("broker", "1")]).values()
    broker_entries = f.result(timeout=TIMEOUT)
    out["broker_config_num_partitions"] = broker_entries["num.partitions"].value if "num.partitions" in broker_entries else None

    fs = client.create_partitions([NewPartitions(topic, 4)])
    out["create_partitions"] = outcome(fs[topic])
    fs = client.create_partitions([NewPartitions(topic, 3)])
    out["create_partitions_shrink"] = outcome(fs[topic])
    out["partition_count"] = len(client.list_topics(topic, timeout=TIMEOUT).topics[topic].partitions)

    fs = client.delete_topics([topic, other], operation_timeout=10)
    out["delete"] = {name: outcome(f) for name, f in fs.items()}
    fs = client.delete_topics([topic])
    out["delete_again"] = outcome(fs[topic])
    md = client.list_topics(timeout=TIMEOUT)
    out["topics_after_delete"] = sorted(t for t in md.topics if t.startswith(topic) or t == other)
    return out


def main():
    command, bootstrap, spec = sys.argv[1], sys.argv[2], json.load(sys.stdin)
    result = {"produce": produce, "consume": consume, "admin": admin}[command](bootstrap, spec)
    print(json.dumps(result))


main()

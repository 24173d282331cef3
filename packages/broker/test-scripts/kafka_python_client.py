"""kafka-python (Debian python3-kafka 2.0.2) driven by the compatibility tests.

Usage: python3 -c "$(cat this-file)" <command> <bootstrap>   (the JSON spec comes on stdin)
Prints one JSON document on its last stdout line. Commands:

  produce  {"topic", "messages": [{"key", "value", "headers": [[k, v]], "partition", "timestamp_ms"}],
            "compression": "gzip"|null, "linger_ms": n}
           -> {"api_version", "results": [{"partition", "offset", "timestamp"}] in send order}
  consume  {"topic", "partitions": [n], "count": n, "times": [ms]}
           -> {"api_version", "records": [...], "beginning": {p: o}, "end": {p: o},
               "times": [{p: [offset, timestamp] | null}], "timed_out": bool}
  admin    {"topic", "other"} -> results of a fixed sequence of admin calls (see admin())
"""
import json
import sys
import time

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import ConfigResource, ConfigResourceType, NewPartitions, NewTopic
from kafka.errors import KafkaError, for_code


def text(b):
    return None if b is None else b.decode("utf-8")


def raw(s):
    return None if s is None else s.encode("utf-8")


def produce(bootstrap, spec):
    producer = KafkaProducer(
        bootstrap_servers=bootstrap,
        client_id="samsa-compat-kafka-python",
        acks="all",
        compression_type=spec.get("compression"),
        linger_ms=spec.get("linger_ms", 0),
        retries=0,
    )
    futures = []
    for m in spec["messages"]:
        futures.append(
            producer.send(
                spec["topic"],
                key=raw(m.get("key")),
                value=raw(m.get("value")),
                headers=[(k, raw(v)) for k, v in m.get("headers", [])],
                partition=m.get("partition"),
                timestamp_ms=m.get("timestamp_ms"),
            )
        )
    producer.flush(timeout=30)
    results = []
    for f in futures:
        md = f.get(timeout=30)
        results.append({"partition": md.partition, "offset": md.offset, "timestamp": md.timestamp})
    api_version = producer.config["api_version"]
    producer.close(timeout=10)
    return {"api_version": list(api_version), "results": results}


def consume(bootstrap, spec):
    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap,
        client_id="samsa-compat-kafka-python",
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="none",
    )
    tps = [TopicPartition(spec["topic"], p) for p in spec["partitions"]]
    consumer.assign(tps)
    consumer.seek_to_beginning()
    records = []
    deadline = time.time() + 30
    while len(records) < spec["count"] and time.time() < deadline:
        for tp, batch in consumer.poll(timeout_ms=500).items():
            for r in batch:
                records.append(
                    {
                        "partition": r.partition,
                        "offset": r.offset,
                        "timestamp": r.timestamp,
                        "key": text(r.key),
                        "value": text(r.value),
                        "headers": [[k, text(v)] for k, v in r.headers],
                    }
                )
    beginning = consumer.beginning_offsets(tps)
    end = consumer.end_offsets(tps)
    times = []
    for ms in spec.get("times", []):
        found = consumer.offsets_for_times({tp: ms for tp in tps})
        times.append({str(tp.partition): (None if v is None else [v.offset, v.timestamp]) for tp, v in found.items()})
    api_version = consumer.config["api_version"]
    consumer.close(autocommit=False)
    return {
        "api_version": list(api_version),
        "records": records,
        "beginning": {str(tp.partition): o for tp, o in beginning.items()},
        "end": {str(tp.partition): o for tp, o in end.items()},
        "times": times,
        "timed_out": len(records) < spec["count"],
    }


def errors_of(response, field):
    """[(name, error name)] of a CreateTopics/DeleteTopics/CreatePartitions response."""
    out = []
    for entry in getattr(response, field):
        name, code = entry[0], entry[1]
        out.append([name, for_code(code).__name__ if code else "NONE"])
    return out


def attempt(call, field):
    """The per-topic outcomes of a controller request, or the name of the error kafka-python
    raises for the first failed topic (it raises instead of returning those)."""
    try:
        return errors_of(call(), field)
    except KafkaError as e:
        return type(e).__name__


def admin(bootstrap, spec):
    topic, other = spec["topic"], spec["other"]
    client = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="samsa-compat-kafka-python-admin")
    out = {"api_version": list(client.config["api_version"])}

    created = client.create_topics(
        [NewTopic(topic, 3, 1, topic_configs={"retention.ms": "3600000"}), NewTopic(other, 1, 1)]
    )
    out["create"] = errors_of(created, "topic_errors")
    out["create_again"] = attempt(lambda: client.create_topics([NewTopic(topic, 3, 1)]), "topic_errors")
    out["create_bad_config"] = attempt(
        lambda: client.create_topics([NewTopic(topic + "-bad", 1, 1, topic_configs={"cleanup.policy": "shred"})]), "topic_errors"
    )
    out["create_validate_only"] = attempt(
        lambda: client.create_topics([NewTopic(topic + "-dry", 1, 1)], validate_only=True), "topic_errors"
    )
    out["list"] = sorted(t for t in client.list_topics() if t.startswith(topic) or t == other)

    cluster = client.describe_cluster()
    out["cluster"] = {
        "brokers": [{"node_id": b["node_id"], "host": b["host"], "port": b["port"]} for b in cluster["brokers"]],
        "controller_id": cluster.get("controller_id"),
        "cluster_id": cluster.get("cluster_id"),
    }
    described = client.describe_topics([topic])
    out["describe_topics"] = [
        {
            "topic": t["topic"],
            "error_code": t["error_code"],
            "partitions": sorted(
                [{"partition": p["partition"], "leader": p["leader"], "replicas": p["replicas"], "isr": p["isr"]} for p in t["partitions"]],
                key=lambda p: p["partition"],
            ),
        }
        for t in described
    ]

    def topic_configs(keys):
        [response] = client.describe_configs([ConfigResource(ConfigResourceType.TOPIC, topic, configs=dict.fromkeys(keys))])
        [resource] = response.resources
        error_code, _message, _type, _name, entries = resource[0], resource[1], resource[2], resource[3], resource[4]
        # DescribeConfigs v1+ entries: name, value, read_only, config_source, is_sensitive, synonyms
        return {"error_code": error_code, "configs": {e[0]: {"value": e[1], "source": e[3]} for e in entries}}

    out["configs_before"] = topic_configs(["retention.ms", "max.message.bytes"])
    altered = client.alter_configs([ConfigResource(ConfigResourceType.TOPIC, topic, configs={"max.message.bytes": "500000"})])
    out["alter"] = [[r[3], for_code(r[0]).__name__ if r[0] else "NONE"] for r in altered.resources]
    out["configs_after"] = topic_configs(["retention.ms", "max.message.bytes"])

    out["create_partitions"] = attempt(lambda: client.create_partitions({topic: NewPartitions(5)}), "topic_errors")
    out["create_partitions_shrink"] = attempt(lambda: client.create_partitions({topic: NewPartitions(2)}), "topic_errors")
    out["partitions_after"] = len(client.describe_topics([topic])[0]["partitions"])

    out["delete"] = attempt(lambda: client.delete_topics([topic, other]), "topic_error_codes")
    out["delete_again"] = attempt(lambda: client.delete_topics([topic]), "topic_error_codes")
    out["list_after_delete"] = sorted(t for t in client.list_topics() if t.startswith(topic) or t == other)
    client.close()
    return out


def main():
    command, bootstrap, spec = sys.argv[1], sys.argv[2], json.load(sys.stdin)
    result = {"produce": produce, "consume": consume, "admin": admin}[command](bootstrap, spec)
    print(json.dumps(result))


main()

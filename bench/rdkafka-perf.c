/*
 * librdkafka load generator for the cross-check in bench/broker.mjs (`--rdkafka`). Compiled at
 * bench time against Debian's librdkafka-dev:
 *
 *   cc -O2 -o rdkafka-perf bench/rdkafka-perf.c -lrdkafka
 *
 *   rdkafka-perf produce <bootstrap> <topic> <partitions> <record bytes> <count> <acks>
 *   rdkafka-perf consume <bootstrap> <topic> <partitions> <count>
 *
 * produce: sends <count> records of <record bytes> (null key, the same payload every time,
 * partitions round-robin) with librdkafka's own batching (linger.ms=5, batch.size=1000000, no
 * compression), waits for every delivery report, and prints one JSON line.
 * consume: reads <count> records from the beginning of every partition with the simple
 * (group-less) consumer API and prints one JSON line.
 * Time runs from the first produce/consume call to the last delivery/record; "cpu" is this
 * process's user+system CPU seconds (librdkafka's threads included).
 */
#include <librdkafka/rdkafka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static long long delivered, delivered_bytes, failed;
static char first_error[256];

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double cpu_seconds(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
}

static void set(rd_kafka_conf_t *conf, const char *key, const char *value) {
  char err[512];
  if (rd_kafka_conf_set(conf, key, value, err, sizeof err) != RD_KAFKA_CONF_OK) {
    fprintf(stderr, "rdkafka-perf: %s=%s: %s\n", key, value, err);
    exit(2);
  }
}

static void on_delivery(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque) {
  (void)rk;
  (void)opaque;
  if (m->err) {
    if (failed++ == 0) snprintf(first_error, sizeof first_error, "%s", rd_kafka_err2str(m->err));
  } else {
    delivered++;
    delivered_bytes += (long long)m->len;
  }
}

static int produce(const char *bootstrap, const char *topic, int partitions, int size, long long count, const char *acks) {
  char err[512];
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  set(conf, "bootstrap.servers", bootstrap);
  set(conf, "acks", acks);
  set(conf, "linger.ms", "5");
  set(conf, "batch.size", "1000000");
  set(conf, "batch.num.messages", "10000");
  set(conf, "queue.buffering.max.messages", "1000000");
  set(conf, "queue.buffering.max.kbytes", "1048576");
  set(conf, "compression.codec", "none");
  rd_kafka_conf_set_dr_msg_cb(conf, on_delivery);
  rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
  if (!rk) {
    fprintf(stderr, "rdkafka-perf: %s\n", err);
    return 2;
  }
  rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic, NULL);
  char *payload = malloc((size_t)size);
  for (int i = 0; i < size; i++) payload[i] = (char)('a' + (i * 7919) % 26);

  double cpu0 = cpu_seconds(), t0 = now();
  for (long long i = 0; i < count; i++) {
    /* flags 0: librdkafka neither copies nor frees the payload, which outlives the producer */
    while (rd_kafka_produce(rkt, (int32_t)(i % partitions), 0, payload, (size_t)size, NULL, 0, NULL) == -1) {
      rd_kafka_resp_err_t e = rd_kafka_last_error();
      if (e != RD_KAFKA_RESP_ERR__QUEUE_FULL) {
        fprintf(stderr, "rdkafka-perf: produce failed: %s\n", rd_kafka_err2str(e));
        return 1;
      }
      rd_kafka_poll(rk, 1);
    }
    if ((i & 1023) == 0) rd_kafka_poll(rk, 0);
  }
  rd_kafka_resp_err_t fe = rd_kafka_flush(rk, 300000);
  double t1 = now(), cpu1 = cpu_seconds();
  printf("{\"mode\":\"produce\",\"records\":%lld,\"bytes\":%lld,\"failed\":%lld,\"seconds\":%.6f,\"cpu\":%.3f,\"flush\":\"%s\",\"error\":\"%s\"}\n",
         delivered, delivered_bytes, failed, t1 - t0, cpu1 - cpu0, rd_kafka_err2str(fe), first_error);
  rd_kafka_topic_destroy(rkt);
  rd_kafka_destroy(rk);
  free(payload);
  return failed == 0 && delivered == count ? 0 : 1;
}

static int consume(const char *bootstrap, const char *topic, int partitions, long long count) {
  char err[512];
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  set(conf, "bootstrap.servers", bootstrap);
  set(conf, "fetch.wait.max.ms", "100");
  set(conf, "queued.min.messages", "1000000");
  set(conf, "queued.max.messages.kbytes", "1048576");
  rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
  if (!rk) {
    fprintf(stderr, "rdkafka-perf: %s\n", err);
    return 2;
  }
  rd_kafka_topic_conf_t *tconf = rd_kafka_topic_conf_new();
  if (rd_kafka_topic_conf_set(tconf, "auto.commit.enable", "false", err, sizeof err) != RD_KAFKA_CONF_OK) {
    fprintf(stderr, "rdkafka-perf: %s\n", err);
    return 2;
  }
  rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic, tconf);
  rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
  double cpu0 = cpu_seconds(), t0 = now();
  for (int p = 0; p < partitions; p++) {
    if (rd_kafka_consume_start_queue(rkt, p, RD_KAFKA_OFFSET_BEGINNING, queue) == -1) {
      fprintf(stderr, "rdkafka-perf: consume_start: %s\n", rd_kafka_err2str(rd_kafka_last_error()));
      return 1;
    }
  }
  static rd_kafka_message_t *msgs[10000];
  long long got = 0, bytes = 0, errors = 0;
  double deadline = t0 + 300;
  while (got < count && now() < deadline) {
    ssize_t n = rd_kafka_consume_batch_queue(queue, 1000, msgs, 10000);
    for (ssize_t i = 0; i < n; i++) {
      if (msgs[i]->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
        got++;
        bytes += (long long)msgs[i]->len;
      } else if (msgs[i]->err != RD_KAFKA_RESP_ERR__PARTITION_EOF) {
        if (errors++ == 0) snprintf(first_error, sizeof first_error, "%s", rd_kafka_message_errstr(msgs[i]));
      }
      rd_kafka_message_destroy(msgs[i]);
    }
  }
  double t1 = now(), cpu1 = cpu_seconds();
  printf("{\"mode\":\"consume\",\"records\":%lld,\"bytes\":%lld,\"failed\":%lld,\"seconds\":%.6f,\"cpu\":%.3f,\"error\":\"%s\"}\n",
         got, bytes, errors, t1 - t0, cpu1 - cpu0, first_error);
  for (int p = 0; p < partitions; p++) rd_kafka_consume_stop(rkt, p);
  rd_kafka_queue_destroy(queue);
  rd_kafka_topic_destroy(rkt);
  rd_kafka_destroy(rk);
  return got == count ? 0 : 1;
}

int main(int argc, char **argv) {
  if (argc == 8 && strcmp(argv[1], "produce") == 0) {
    return produce(argv[2], argv[3], atoi(argv[4]), atoi(argv[5]), atoll(argv[6]), argv[7]);
  }
  if (argc == 6 && strcmp(argv[1], "consume") == 0) {
    return consume(argv[2], argv[3], atoi(argv[4]), atoll(argv[5]));
  }
  fprintf(stderr,
          "usage: rdkafka-perf produce <bootstrap> <topic> <partitions> <record bytes> <count> <acks>\n"
          "       rdkafka-perf consume <bootstrap> <topic> <partitions> <count>\n");
  return 2;
}

#!/usr/bin/env bash
# Normalize a JSONL corpus with zhnorm as a map-only Hadoop Streaming job.
#   integrations/hadoop/run.sh /corpus/jsonl /out/jsonl cn
# Every node needs Node 20+ and zhnorm on PATH. Map-only (0 reducers) keeps each split's order.
set -euo pipefail
in=$1 out=$2 to=${3:-cn}
hadoop jar "${HADOOP_STREAMING_JAR:-$HADOOP_HOME/share/hadoop/tools/lib/hadoop-streaming.jar}" \
  -D mapreduce.job.reduces=0 \
  -D mapreduce.job.name=zhnorm-normalize \
  -input "$in" -output "$out" \
  -mapper "zhnorm normalize --jsonl --jobs 1 --to $to"

#!/usr/bin/env python3
"""Normalize a JSONL corpus with zhnorm on Spark: RDD.pipe through `zhnorm normalize --jsonl`.

    spark-submit zhnorm_spark.py hdfs:///corpus/*.jsonl hdfs:///out --to cn

Every executor needs Node 20+ and zhnorm on PATH (`npm i -g zhnorm`). Not run by the test suite
(no Spark on the CI machine); the Dask recipe next door is the tested one and uses the same CLI.
"""
import argparse

from pyspark.sql import SparkSession


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--to")
    ap.add_argument("--field", default="text")
    args = ap.parse_args()
    cmd = "zhnorm normalize --jsonl --jobs 1 --field %s" % args.field + (" --to %s" % args.to if args.to else "")
    spark = SparkSession.builder.appName("zhnorm").getOrCreate()
    lines = spark.sparkContext.textFile(args.input)  # one JSONL record per element, partitions in order
    # pipe() feeds each partition to one zhnorm process; output lines come back in the same order.
    lines.pipe(cmd).saveAsTextFile(args.output)
    spark.stop()


if __name__ == "__main__":
    main()

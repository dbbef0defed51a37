#!/usr/bin/env python3
"""Normalize a JSONL corpus with zhnorm on a Dask cluster.

The corpus is read as a dask.bag of text lines, split into partitions at line boundaries; every
partition is piped through `zhnorm normalize --jsonl` (one subprocess per partition), and the
results are written one file per partition, in order. zhnorm does the work; Dask only schedules it.

    python3 zhnorm_dask.py 'corpus/*.jsonl' out/ --to cn              # a LocalCluster on this machine
    python3 zhnorm_dask.py 'corpus/*.jsonl' out/ --scheduler tcp://host:8786   # an existing cluster

Each worker needs Node 20+ and zhnorm (`npm i -g zhnorm`, or pass --zhnorm 'node /path/to/dist/cli.js').
"""
import argparse
import os
import shlex
import subprocess
import sys


def normalize_partition(lines, cmd):
    """Runs one partition (an iterable of JSONL lines) through the zhnorm CLI; returns output lines."""
    data = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    if not data:
        return []
    proc = subprocess.run(cmd, input=data.encode("utf-8"), stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if proc.returncode != 0:
        # Bad records never fail the run (they come back with "zhnorm.error"); this is a real failure.
        raise RuntimeError("zhnorm exited %d: %s" % (proc.returncode, proc.stderr.decode("utf-8", "replace").strip()))
    return proc.stdout.decode("utf-8").splitlines()


def zhnorm_command(args):
    cmd = shlex.split(args.zhnorm) + ["normalize", "--jsonl", "--jobs", "1", "--field", args.field]
    if args.to:
        cmd += ["--to", args.to]
    return cmd


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", help="JSONL file(s): a path or glob, local or any fsspec URL Dask can read")
    ap.add_argument("output", help="output directory: one NNN.jsonl per partition, in input order")
    ap.add_argument("--to", help="target variant (cn, tw, twp, hk, hkp, t, jp)")
    ap.add_argument("--field", default="text", help="the field holding the text (default: text)")
    ap.add_argument("--zhnorm", default="zhnorm", help="how to run the CLI (default: zhnorm)")
    ap.add_argument("--blocksize", default="64MB", help="partition size (default: 64MB)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="LocalCluster worker processes")
    ap.add_argument("--scheduler", help="address of an existing Dask scheduler (default: start a LocalCluster)")
    args = ap.parse_args(argv)

    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    blocksize = int(args.blocksize) if args.blocksize.isdigit() else args.blocksize
    cmd = zhnorm_command(args)
    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        bag = db.read_text(args.input, blocksize=blocksize)
        out = bag.map_partitions(normalize_partition, cmd)
        os.makedirs(args.output, exist_ok=True)
        names = out.to_textfiles(os.path.join(args.output, "*.jsonl"), name_function=lambda i: "%05d" % i, last_endline=True)
        print("zhnorm-dask: %d partition(s) written to %s" % (len(names), args.output), file=sys.stderr)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

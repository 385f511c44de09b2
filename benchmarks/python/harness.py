"""Runs one benchmark module for N iterations in this process and prints one line per iteration.

usage: harness.py <benchmark.py> <iterations>
Output lines: ``iteration <i> <seconds> <checksum>``; the collating script compares implementations.
"""
import sys
import time


def main(argv):
    path, iterations = argv[1], int(argv[2])
    namespace = {"__name__": "benchmark"}
    with open(path) as f:
        code = compile(f.read(), path, "exec")
    exec(code, namespace)
    run = namespace["run"]
    for i in range(iterations):
        start = time.perf_counter()
        checksum = run()
        elapsed = time.perf_counter() - start
        print("iteration", i, "%.6f" % elapsed, checksum, flush=True)


main(sys.argv)

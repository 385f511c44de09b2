"""Driver of tools/conformance-run (runs under the reference CPython; the modules themselves run in child processes)."""
import argparse
import concurrent.futures
import json
import os
import subprocess
import sys
import shutil
import tempfile
import time
import zlib

import lists


def run(cmd, env, timeout, log=None):
    start = time.monotonic()
    # each module runs in a fresh scratch folder: Lib/test writes its temporary files (TESTFN) into the working directory
    work = tempfile.mkdtemp(prefix="jpy-conformance-")
    try:
        p = subprocess.run(cmd, env=env, capture_output=True, timeout=timeout, cwd=work)
        if p.returncode != 0 and b"\nDONE\n" not in p.stdout:
            tail = [line for line in p.stderr.decode("utf-8", "replace").splitlines() if line.strip()]
            if tail:
                # the reason of a crash (e.g. the runner could not import unittest) goes into the status file
                p.stdout += ("\nCRASH %s\n" % tail[-1][:200]).encode()
        if log:
            with open(log, "wb") as f:
                f.write(p.stdout + b"\n--- stderr ---\n" + p.stderr)
        return p.returncode, p.stdout.decode("utf-8", "replace"), time.monotonic() - start, False
    except subprocess.TimeoutExpired as e:
        if log:
            with open(log, "wb") as f:
                f.write((e.stdout or b"") + b"\n--- stderr ---\n" + (e.stderr or b""))
        out = (e.stdout or b"").decode("utf-8", "replace")
        return None, out, time.monotonic() - start, True
    finally:
        shutil.rmtree(work, ignore_errors=True)


def summarize(code, out, timed_out):
    cases = {}
    load_error = None
    crash = None
    done = False
    for line in out.splitlines():
        if line.startswith("CASE "):
            _, status, test_id = line.split(" ", 2)
            previous = cases.get(test_id)
            # a test with failing subtests reports more than once; the worst status wins
            if previous is None or previous == "pass":
                cases[test_id] = status
        elif line.startswith("LOADERROR "):
            load_error = line[len("LOADERROR "):]
        elif line.startswith("CRASH "):
            crash = line[len("CRASH "):]
        elif line == "DONE":
            done = True
    if load_error is not None:
        outcome = "load failure: " + load_error
    elif timed_out:
        outcome = "timeout"
    elif not done:
        outcome = "crash (exit %s)%s" % (code, ": " + crash if crash else "")
    else:
        outcome = "ok"
    return cases, outcome


def counts(cases):
    c = {"run": len(cases), "pass": 0, "fail": 0, "error": 0, "skip": 0}
    for status in cases.values():
        key = {"xfail": "pass", "xpass": "fail"}.get(status, status)
        c[key] = c.get(key, 0) + 1
    return c


def main():
    root = sys.argv[1]
    ap = argparse.ArgumentParser(prog="tools/conformance-run")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("-t", "--timeout", type=int, default=300)
    ap.add_argument("--reference-only", action="store_true", help="only run (and cache) the reference CPython's results")
    ap.add_argument("modules", nargs="*")
    args = ap.parse_args(sys.argv[2:])
    cpy_home = os.path.join(root, "stdlib/target/cpython/org/bytedeco/cpython/linux-x86_64")
    lib = os.path.join(cpy_home, "lib/python3.12")
    named = {"@core-language": lists.CORE_LANGUAGE, "@builtin-types": lists.BUILTIN_TYPES, "@stdlib": lists.STDLIB, "@core": lists.CORE}
    expanded = []
    for m in args.modules:
        expanded.extend(named[m] if m in named else [m])
    args.modules = list(dict.fromkeys(expanded))
    modules = args.modules or sorted(
        n[:-3] if n.endswith(".py") else n
        for n in os.listdir(os.path.join(lib, "test"))
        if n.startswith("test_") and (n.endswith(".py") or os.path.isdir(os.path.join(lib, "test", n))))
    runner = os.path.join(root, "tools/conformance/run_one.py")
    # jpy's output per module (failure tracebacks on stderr), for diagnosis; not committed
    logs = os.path.join(root, "target/conformance-logs")
    os.makedirs(logs, exist_ok=True)
    cpy_env = dict(os.environ, LD_LIBRARY_PATH=os.path.join(cpy_home, "lib"), PYTHONHASHSEED="0")
    jpy_env = dict(os.environ, PYTHONHASHSEED="0")

    # the reference's results do not change between runs: cached per module (and runner version) under target/
    cpy_cache = os.path.join(root, "target/conformance-cpython")
    os.makedirs(cpy_cache, exist_ok=True)
    with open(runner, "rb") as f:
        runner_tag = "%08x" % (zlib.crc32(f.read()))

    def reference(name):
        cached = os.path.join(cpy_cache, "%s-%s.json" % (name, runner_tag))
        if os.path.exists(cached):
            with open(cached) as f:
                return tuple(json.load(f))
        r = run([os.path.join(cpy_home, "bin/python3.12"), runner, lib, name], cpy_env, args.timeout)
        with open(cached + ".tmp", "w") as f:
            json.dump(r, f)
        os.replace(cached + ".tmp", cached)
        return r

    if args.reference_only:
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            for name, (code, out, secs, to) in zip(modules, pool.map(reference, modules)):
                c = counts(summarize(code, out, to)[0])
                print("%-40s cpython %4d/%-4d %5.1fs" % (name, c["pass"], c["run"], secs), flush=True)
        return

    def one(name):
        c_code, c_out, c_time, c_to = reference(name)
        j_code, j_out, j_time, j_to = run([os.path.join(root, "jpy"), runner, lib, name], jpy_env, args.timeout,
                                          os.path.join(logs, name + ".log"))
        return name, summarize(c_code, c_out, c_to), summarize(j_code, j_out, j_to), c_time, j_time

    results = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for r in pool.map(one, modules):
            results.append(r)
            name, (c_cases, c_outcome), (j_cases, j_outcome), _, _ = r
            cc, jc = counts(c_cases), counts(j_cases)
            print("%-40s cpython %4d/%-4d  jpy %4d/%-4d  %s" % (name, cc["pass"], cc["run"], jc["pass"], jc["run"], j_outcome), flush=True)

    write_status(root, results)


def write_status(root, results):
    """Merges this run into conformance/results.json (modules not run now keep their last results) and rewrites
    conformance/status.md and conformance/passing.txt from it."""
    folder = os.path.join(root, "conformance")
    os.makedirs(folder, exist_ok=True)
    db_path = os.path.join(folder, "results.json")
    db = {}
    if os.path.exists(db_path):
        with open(db_path) as f:
            db = json.load(f)
    passing_path = os.path.join(folder, "passing.txt")
    passing = {}
    if os.path.exists(passing_path):
        with open(passing_path) as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#"):
                    passing.setdefault(line.split(".")[1], []).append(line)
    for name, (c_cases, c_outcome), (j_cases, j_outcome), c_time, j_time in results:
        db[name] = {"cpython": dict(counts(c_cases), outcome=c_outcome, seconds=round(c_time, 1)),
                    "jpy": dict(counts(j_cases), outcome=j_outcome, seconds=round(j_time, 1))}
        passing[name] = sorted(t for t, s in j_cases.items() if s in ("pass", "xfail") and c_cases.get(t) in ("pass", "xfail"))
    with open(db_path, "w") as f:
        f.write("{\n" + ",\n".join("%s: %s" % (json.dumps(k), json.dumps(db[k], sort_keys=True)) for k in sorted(db)) + "\n}\n")
    with open(passing_path, "w") as f:
        for name in sorted(passing):
            f.write("".join(t + "\n" for t in passing[name]))

    def row(name):
        c, j = db[name]["cpython"], db[name]["jpy"]
        ratio = "%.0f%%" % (100.0 * j["pass"] / c["pass"]) if c["pass"] else "-"
        return "| %s | %s | %d | %d | %d | %d | %d | %d | %d | %s |" % (
            name, j["outcome"].replace("|", "/"), j["run"], j["pass"], j["fail"], j["error"], j["skip"], c["run"], c["pass"], ratio)

    def total(names):
        tj = sum(db[n]["jpy"]["pass"] for n in names if n in db)
        tc = sum(db[n]["cpython"]["pass"] for n in names if n in db)
        missing = [n for n in names if n not in db]
        return tj, tc, missing

    header = ["| module | jpy outcome | jpy run | pass | fail | error | skip | CPython run | pass | jpy pass / CPython pass |",
              "|---|---|---|---|---|---|---|---|---|---|"]
    lines = ["# Conformance: CPython 3.12 Lib/test under jpy", "",
             "Written by `tools/conformance-run`; each module runs with unittest in its own process, under jpy and under the",
             "reference CPython 3.12 on the same machine. Counts are test cases (a case with failing subtests counts once, as",
             "failed). Re-running some modules replaces their rows and keeps the others (`conformance/results.json`).", ""]
    all_names = sorted(db)
    tj, tc, _ = total(all_names)
    lines.append("All %d modules run: jpy passes %d of the %d cases CPython passes (%.1f%%)." % (
        len(all_names), tj, tc, 100.0 * tj / tc if tc else 0))
    lines.append("")
    for title, names in lists.LISTS:
        tj, tc, missing = total(names)
        lines.append("## %s" % title)
        lines.append("")
        lines.append("jpy passes %d of the %d cases CPython passes (%.1f%%)%s." % (
            tj, tc, 100.0 * tj / tc if tc else 0, "; not run yet: " + ", ".join(missing) if missing else ""))
        lines.append("")
        lines.extend(header)
        lines.extend(row(n) for n in names if n in db)
        lines.append("")
    lines.append("## Every module")
    lines.append("")
    lines.extend(header)
    lines.extend(row(n) for n in all_names)
    with open(os.path.join(folder, "status.md"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print("status: %s" % os.path.join(folder, "status.md"))


main()

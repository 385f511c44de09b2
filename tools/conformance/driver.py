"""Driver of tools/conformance-run (runs under the reference CPython; the modules themselves run in child processes)."""
import argparse
import concurrent.futures
import os
import subprocess
import sys
import time


def run(cmd, env, timeout, log=None):
    start = time.monotonic()
    try:
        p = subprocess.run(cmd, env=env, capture_output=True, timeout=timeout)
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


def summarize(code, out, timed_out):
    cases = {}
    load_error = None
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
        elif line == "DONE":
            done = True
    if load_error is not None:
        outcome = "load failure: " + load_error
    elif timed_out:
        outcome = "timeout"
    elif not done:
        outcome = "crash (exit %s)" % code
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
    ap.add_argument("modules", nargs="*")
    args = ap.parse_args(sys.argv[2:])
    cpy_home = os.path.join(root, "stdlib/target/cpython/org/bytedeco/cpython/linux-x86_64")
    lib = os.path.join(cpy_home, "lib/python3.12")
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

    def one(name):
        c_code, c_out, c_time, c_to = run([os.path.join(cpy_home, "bin/python3.12"), runner, lib, name], cpy_env, args.timeout)
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

    os.makedirs(os.path.join(root, "conformance"), exist_ok=True)
    total = {"cpython": counts({}), "jpy": counts({})}
    lines = ["# Conformance: CPython 3.12 Lib/test under jpy", "",
             "Written by `tools/conformance-run`; each module runs with unittest in its own process, under both interpreters.", "",
             "| module | jpy outcome | jpy run | pass | fail | error | skip | CPython run | pass | jpy pass / CPython pass |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    passing = []
    for name, (c_cases, c_outcome), (j_cases, j_outcome), _, _ in sorted(results):
        cc, jc = counts(c_cases), counts(j_cases)
        for k in total["cpython"]:
            total["cpython"][k] += cc.get(k, 0)
            total["jpy"][k] += jc.get(k, 0)
        ratio = "%.0f%%" % (100.0 * jc["pass"] / cc["pass"]) if cc["pass"] else "-"
        lines.append("| %s | %s | %d | %d | %d | %d | %d | %d | %d | %s |" % (
            name, j_outcome.replace("|", "/"), jc["run"], jc["pass"], jc["fail"], jc["error"], jc["skip"], cc["run"], cc["pass"], ratio))
        passing.extend(sorted(t for t, s in j_cases.items() if s in ("pass", "xfail") and c_cases.get(t) in ("pass", "xfail")))
    t_c, t_j = total["cpython"], total["jpy"]
    lines.append("| **total** | | %d | %d | %d | %d | %d | %d | %d | %s |" % (
        t_j["run"], t_j["pass"], t_j["fail"], t_j["error"], t_j["skip"], t_c["run"], t_c["pass"],
        "%.1f%%" % (100.0 * t_j["pass"] / t_c["pass"]) if t_c["pass"] else "-"))
    with open(os.path.join(root, "conformance/status.md"), "w") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(root, "conformance/passing.txt"), "w") as f:
        f.write("".join(t + "\n" for t in passing))
    print("jpy passes %d of the %d test cases CPython passes" % (t_j["pass"], t_c["pass"]))


main()

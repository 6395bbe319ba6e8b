#!/usr/bin/env python3
"""aifactory next to its peers, on identical work, from one invocation.

mmc: an M/M/c FCFS queue, c = 64 one-GPU servers, mu = 1 per hour (exponential service),
lambda = 0.9 * c * mu = 57.6 per hour (Poisson arrivals), N arriving jobs (default 1,000,000),
starting empty and run until the last job leaves. An arrival and a completion count as one event
each, in every engine (2 N events), whatever the engine does inside. The correctness figure is
the simulated mean wait in queue against Erlang C's exact value, computed here in Python.

  * aifactory: `aifactory bench --model mmc --json --jobs N`
  * SimPy: a `simpy.Resource(capacity=64)`, a source process and one process per job, the way
    the SimPy tutorial writes a bank queue; `random.Random` streams with fixed seeds.
  * salabim: `Component` classes (a source and one `Job` per arrival) and a
    `sim.Resource(capacity=64)`, in salabim's default yieldless mode (greenlet); trace off, no
    animation, the Resource's default monitors kept (the mean wait is read from them:
    `requesters().length_of_stay.mean()`); `sim.Exponential` with seeded random streams.
    salabim runs --salabim-jobs jobs (default 200,000) and its events/s is taken at that size.

lp: `aifactory bench --model lp --json --mps-dir TMP` writes every LP it solved as MPS; each is
solved by HiGHS (highspy, default options: solver "choose", presolve on), timed by HiGHS's own
run time (`Highs.getRunTime()` after `run()`, reading excluded, as ours excludes it). Objective
relative difference |ours - HiGHS| / max(1, |HiGHS|), target <= 1e-6; time ratio ours / HiGHS,
target <= 3.

Each peer runs in its own Python process (this script with --worker), so its peak memory
(getrusage) and its garbage collector start clean. Exit status: 0 when every LP objective agrees,
1 when one does not, 2 when a module or the binary is missing. See README.md next to this file.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SERVERS = 64
SERVICE_RATE = 1.0  # per hour
LOAD = 0.9
ARRIVAL_RATE = LOAD * SERVERS * SERVICE_RATE  # 57.6 per hour
SEED = 2026
OBJECTIVE_TARGET = 1e-6
TIME_TARGET = 3.0

REPO = Path(__file__).resolve().parent.parent


# ----------------------------------------------------------------------------------------------
# Erlang C


def erlang_c_mean_wait(arrival_rate: float, service_rate: float, servers: int) -> float:
    """Mean wait in queue of M/M/c (hours), by the Erlang B recursion (stable for large c)."""
    offered = arrival_rate / service_rate
    rho = offered / servers
    if rho >= 1:
        return math.inf
    b = 1.0
    for k in range(1, servers + 1):
        b = offered * b / (k + offered * b)
    c = b / (1 - rho * (1 - b))
    return c / (servers * service_rate - arrival_rate)


def peak_kib() -> int:
    """This process's own peak resident memory, KiB. VmHWM, not getrusage's ru_maxrss: Linux
    carries ru_maxrss across execve, so a child would report at least its parent's peak."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


# ----------------------------------------------------------------------------------------------
# Workers (run in a child process; print one JSON object)


def worker_simpy(jobs: int, seed: int) -> dict:
    import random

    import simpy

    env = simpy.Environment()
    gpus = simpy.Resource(env, capacity=SERVERS)
    arrivals = random.Random(seed)
    services = random.Random(seed + 1)
    total_wait = 0.0
    served = 0

    def job(env):
        nonlocal total_wait, served
        arrived = env.now
        with gpus.request() as request:
            yield request
            total_wait += env.now - arrived
            served += 1
            yield env.timeout(services.expovariate(SERVICE_RATE))

    def source(env):
        for _ in range(jobs):
            yield env.timeout(arrivals.expovariate(ARRIVAL_RATE))
            env.process(job(env))

    env.process(source(env))
    start = time.perf_counter()
    env.run()
    wall = time.perf_counter() - start
    assert served == jobs, (served, jobs)
    return {"engine": "SimPy", "version": simpy.__version__, "jobs": jobs, "events": 2 * jobs,
            "wall_seconds": wall, "mean_wait_hours": total_wait / jobs, "peak_memory_kib": peak_kib()}


def worker_salabim(jobs: int, seed: int, style: str) -> dict:
    import random

    import salabim as sim

    yieldless = style == "yieldless"
    env = sim.Environment(trace=False, random_seed=seed, yieldless=yieldless)
    gpus = sim.Resource("gpus", capacity=SERVERS)
    interarrival = sim.Exponential(1 / ARRIVAL_RATE, randomstream=random.Random(seed))
    service = sim.Exponential(1 / SERVICE_RATE, randomstream=random.Random(seed + 1))

    if yieldless:
        class Job(sim.Component):
            def process(self):
                self.request(gpus)
                self.hold(service.sample())
                self.release()

        class Source(sim.Component):
            def process(self):
                for _ in range(jobs):
                    self.hold(interarrival.sample())
                    Job()
    else:
        class Job(sim.Component):
            def process(self):
                yield self.request(gpus)
                yield self.hold(service.sample())
                self.release()

        class Source(sim.Component):
            def process(self):
                for _ in range(jobs):
                    yield self.hold(interarrival.sample())
                    Job()

    Source()
    start = time.perf_counter()
    env.run()
    wall = time.perf_counter() - start
    stay = gpus.requesters().length_of_stay
    entries = stay.number_of_entries()
    assert entries == jobs, (entries, jobs)
    return {"engine": "salabim", "version": sim.__version__, "style": style, "jobs": jobs,
            "events": 2 * jobs, "wall_seconds": wall, "mean_wait_hours": stay.mean(),
            "peak_memory_kib": peak_kib()}


def quiet_highs():
    """A Highs instance, created with stdout closed so its banner stays out of the output."""
    import highspy

    sys.stdout.flush()
    saved = os.dup(1)
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 1)
            h = highspy.Highs()
    finally:
        os.dup2(saved, 1)
        os.close(saved)
    h.setOptionValue("output_flag", False)
    return h


def worker_highs(path: str, solver: str) -> dict:
    import highspy

    h = quiet_highs()
    h.setOptionValue("solver", solver)
    if h.readModel(path) == highspy.HighsStatus.kError:
        return {"engine": "HiGHS", "status": "read_error", "objective": None}
    start = time.perf_counter()
    h.run()
    wall = time.perf_counter() - start
    info = h.getInfo()
    status = h.modelStatusToString(h.getModelStatus())
    optimal = h.getModelStatus() == highspy.HighsModelStatus.kOptimal
    return {"engine": "HiGHS", "version": h.version(), "status": "optimal" if optimal else status,
            "objective": info.objective_function_value if optimal else None,
            "run_time_seconds": h.getRunTime(), "wall_seconds": wall,
            "simplex_iterations": info.simplex_iteration_count, "ipm_iterations": info.ipm_iteration_count,
            "peak_memory_kib": peak_kib()}


# ----------------------------------------------------------------------------------------------
# Driver


def fail(message: str, code: int = 2):
    print(f"peers.py: {message}", file=sys.stderr)
    sys.exit(code)


def run_worker(args: list[str]) -> dict:
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), *args],
                          capture_output=True, text=True, cwd=REPO)
    if proc.returncode != 0:
        fail(f"worker {' '.join(args)} failed (exit {proc.returncode}):\n{proc.stderr.strip()}", 1)
    return json.loads(proc.stdout.strip().splitlines()[-1])


BARE_NONFINITE = re.compile(r"(?<=[:\s])(-?)(nan|inf)(?=[,}\s])")


def parse_bench(text: str) -> list[dict]:
    """`aifactory bench --json` lines; Swift prints nan/inf bare, which JSON does not allow."""
    records = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("{"):
            line = BARE_NONFINITE.sub(lambda m: "null", line)
            records.append(json.loads(line))
    return records


def run_bench(binary: Path, args: list[str]) -> list[dict]:
    proc = subprocess.run([str(binary), "bench", *args, "--json"], capture_output=True, text=True, cwd=REPO)
    if proc.returncode != 0:
        fail(f"`{binary} bench {' '.join(args)} --json` failed (exit {proc.returncode}):\n"
             f"{proc.stderr.strip()}\n(an older binary without `bench`? rebuild: "
             f"swift build -c release --product aifactory)", 2)
    return parse_bench(proc.stdout)


def rel(a: float, b: float) -> float:
    return (a - b) / b


def fmt_int(n: int) -> str:
    return f"{n:,}"


def fmt_rate(x: float) -> str:
    return f"{x / 1e6:.2f} M" if x >= 1e6 else f"{x / 1e3:.1f} k"


def main() -> int:
    parser = argparse.ArgumentParser(description="aifactory next to SimPy, salabim and HiGHS on identical work.")
    parser.add_argument("--model", choices=["mmc", "lp", "all"], default="all")
    parser.add_argument("--json", action="store_true", help="one JSON object per row instead of the table")
    parser.add_argument("--jobs", type=int, default=1_000_000, help="mmc jobs for aifactory and SimPy")
    parser.add_argument("--simpy-jobs", type=int, help="mmc jobs for SimPy (default: --jobs)")
    parser.add_argument("--salabim-jobs", type=int, default=200_000,
                        help="mmc jobs for salabim (default 200,000, capped at --jobs); its events/s is taken at that size")
    parser.add_argument("--salabim-style", choices=["yieldless", "yield"], default="yieldless",
                        help="salabim process style: yieldless (default, greenlet) or classic generators")
    parser.add_argument("--lp-max-rows", type=int, help="passed to aifactory bench --lp-max-rows")
    parser.add_argument("--highs-solver", default="choose", help="HiGHS 'solver' option (choose, simplex, ipm)")
    parser.add_argument("--mps-dir", help="keep the exported MPS files here (default: a temporary folder)")
    parser.add_argument("--binary", default=str(REPO / ".build/release/aifactory"))
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--mps", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.worker:
        if args.worker == "simpy":
            result = worker_simpy(args.jobs, args.seed)
        elif args.worker == "salabim":
            result = worker_salabim(args.jobs, args.seed, args.salabim_style)
        else:
            result = worker_highs(args.mps, args.highs_solver)
        print(json.dumps(result))
        return 0

    if args.jobs < 1 or args.salabim_jobs < 1 or (args.simpy_jobs is not None and args.simpy_jobs < 1):
        fail("--jobs, --simpy-jobs and --salabim-jobs must be at least 1")
    needed = {"mmc": ["simpy", "salabim", "greenlet"], "lp": ["highspy"]}
    modules = [m for key, ms in needed.items() if args.model in (key, "all") for m in ms]
    if args.salabim_style == "yield" and "greenlet" in modules:
        modules.remove("greenlet")
    # Imported in a child, not here: this process stays small, because Linux hands a parent's
    # peak memory (ru_maxrss) down through fork and exec to `aifactory bench`'s own figure.
    check = ("import importlib, sys\nfor name in sys.argv[1:]:\n    try:\n        importlib.import_module(name)\n"
             "    except Exception as exc:\n        print(f'{name} ({type(exc).__name__}: {exc})')\n")
    missing = subprocess.run([sys.executable, "-c", check, *modules], capture_output=True, text=True).stdout.split("\n")
    missing = [line for line in missing if line.strip()]
    if missing:
        fail("cannot import " + ", ".join(missing) + ".\n  Install the peers with: "
             "pip install -r Benchmarks/requirements.txt")
    binary = Path(args.binary)
    if not os.access(binary, os.X_OK):
        fail(f"{binary} not found; build it first: swift build -c release --product aifactory")

    rows: list[dict] = []
    exit_code = 0
    exact = erlang_c_mean_wait(ARRIVAL_RATE, SERVICE_RATE, SERVERS)

    if args.model in ("mmc", "all"):
        ours = run_bench(binary, ["--model", "mmc", "--jobs", str(args.jobs)])[0]
        ours_rate = ours["events_per_second"]
        swift_exact = ours["erlang_c_mean_wait_hours"]
        note = ""
        if abs(rel(swift_exact, exact)) > 1e-9:
            note = f"Erlang C differs: aifactory {swift_exact!r}, Python {exact!r}"
        rows.append({"model": "mmc", "engine": "aifactory", "version": "", "jobs": args.jobs, "events": ours["events"],
                     "wall_seconds": ours["wall_seconds"], "events_per_second": ours_rate,
                     "peak_memory_kib": ours["peak_memory_kib"], "mean_wait_hours": ours["mean_wait_hours"],
                     "erlang_c_mean_wait_hours": exact, "mean_wait_rel_error": rel(ours["mean_wait_hours"], exact),
                     "ratio": 1.0, "note": "", "erlang_c_note": note})
        simpy_jobs = args.simpy_jobs or args.jobs
        salabim_jobs = min(args.salabim_jobs, args.jobs)
        peers = [run_worker(["--worker", "simpy", "--jobs", str(simpy_jobs), "--seed", str(args.seed)]),
                 run_worker(["--worker", "salabim", "--jobs", str(salabim_jobs), "--seed", str(args.seed),
                             "--salabim-style", args.salabim_style])]
        for peer in peers:
            rate = peer["events"] / peer["wall_seconds"]
            rows.append({"model": "mmc", "engine": peer["engine"], "version": peer["version"], "jobs": peer["jobs"],
                         "events": peer["events"], "wall_seconds": peer["wall_seconds"], "events_per_second": rate,
                         "peak_memory_kib": peer["peak_memory_kib"], "mean_wait_hours": peer["mean_wait_hours"],
                         "erlang_c_mean_wait_hours": exact, "mean_wait_rel_error": rel(peer["mean_wait_hours"], exact),
                         "ratio": ours_rate / rate,
                         "note": "" if peer["jobs"] == args.jobs else f"{fmt_int(peer['jobs'])} jobs; events/s at that size"})

    if args.model in ("lp", "all"):
        mps_dir = Path(args.mps_dir) if args.mps_dir else Path(tempfile.mkdtemp(prefix="aifactory-peers-"))
        try:
            bench_args = ["--model", "lp", "--mps-dir", str(mps_dir.resolve())]
            if args.lp_max_rows:
                bench_args += ["--lp-max-rows", str(args.lp_max_rows)]
            for ours in run_bench(binary, bench_args):
                name = ours["name"]
                highs = run_worker(["--worker", "highs", "--mps", str(mps_dir.resolve() / f"{name}.mps"),
                                    "--highs-solver", args.highs_solver])
                size = ours["work"][len(name):].strip()
                rows.append({"model": "lp", "engine": "aifactory", "version": "", "name": name, "size": size,
                             "status": ours["status"], "objective": ours["objective"],
                             "wall_seconds": ours["wall_seconds"], "iterations": ours["iterations"],
                             "peak_memory_kib": ours["peak_memory_kib"]})
                diff = None
                if ours["objective"] is not None and highs.get("objective") is not None:
                    diff = abs(ours["objective"] - highs["objective"]) / max(1.0, abs(highs["objective"]))
                agree = ours["status"] == highs["status"] and (diff is None or diff <= OBJECTIVE_TARGET)
                if not agree:
                    exit_code = 1
                ratio = ours["wall_seconds"] / highs["run_time_seconds"] if highs.get("run_time_seconds") else None
                rows.append({"model": "lp", "engine": "HiGHS", "version": highs.get("version", ""), "name": name,
                             "size": size, "status": highs["status"], "objective": highs.get("objective"),
                             "wall_seconds": highs.get("run_time_seconds"),
                             "python_wall_seconds": highs.get("wall_seconds"),
                             "iterations": highs.get("simplex_iterations", 0) + max(0, highs.get("ipm_iterations", 0)),
                             "peak_memory_kib": highs.get("peak_memory_kib"),
                             "objective_rel_diff": diff, "objective_ok": agree,
                             "ratio": ratio, "time_ok": ratio is not None and ratio <= TIME_TARGET})
        finally:
            if not args.mps_dir:
                shutil.rmtree(mps_dir, ignore_errors=True)

    if args.json:
        for row in rows:
            print(json.dumps(row))
    else:
        print_table(rows, args)
    return exit_code


def print_table(rows: list[dict], args) -> None:
    header = ["engine", "work", "wall s", "events/s | iters", "peak MiB", "correctness", "ratio"]
    table = []
    notes = []
    for row in rows:
        engine = f"{row['engine']} {row['version']}".strip()
        mib = f"{row['peak_memory_kib'] / 1024:.0f}" if row.get("peak_memory_kib") else ""
        if row["model"] == "mmc":
            work = f"M/M/64 rho 0.9, {fmt_int(row['jobs'])} jobs"
            if row["note"]:
                engine += " *"
                notes.append(f"* {row['engine']}: {row['note']}")
            correctness = (f"Wq {row['mean_wait_hours']:.5f} h vs Erlang C {row['erlang_c_mean_wait_hours']:.5f} h "
                           f"({100 * row['mean_wait_rel_error']:+.2f} %)")
            ratio = "1 (ref)" if row["engine"] == "aifactory" else f"{row['ratio']:.1f}"
            table.append([engine, work, f"{row['wall_seconds']:.3f}", fmt_rate(row["events_per_second"]), mib,
                          correctness, ratio])
        else:
            work = f"{row['name']} {row['size']}"
            wall = f"{row['wall_seconds']:.3f}" if row["wall_seconds"] is not None else "-"
            objective = "-" if row["objective"] is None else f"{row['objective']:.10g}"
            if row["engine"] == "aifactory":
                correctness = f"{row['status']}, objective {objective}"
                ratio = ""
            else:
                diff = row["objective_rel_diff"]
                correctness = (f"{row['status']}, rel. diff {diff:.1e}" if diff is not None else row["status"])
                correctness += "" if row["objective_ok"] else "  MISS"
                ratio = "-" if row["ratio"] is None else f"{row['ratio']:.2f}" + ("" if row["time_ok"] else "  MISS")
            table.append([engine, work, wall, str(row["iterations"]), mib, correctness, ratio])
    widths = [max(len(header[i]), *(len(r[i]) for r in table)) if table else len(header[i]) for i in range(len(header))]
    right = {2, 3, 4, 6}

    def line(cells):
        return "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    print(line(header))
    print("  ".join("-" * w for w in widths))
    previous = None
    for row, cells in zip(rows, table):
        if previous is not None and row["model"] != previous:
            print()
        previous = row["model"]
        print(line(cells))
    print()
    if any(r["model"] == "mmc" for r in rows):
        print("mmc: 2 events per job in every engine; ratio = aifactory events/s / peer events/s. "
              f"salabim: {args.salabim_style} Components, Resource(capacity=64), default monitors, trace and animation off.")
    if any(r["model"] == "lp" for r in rows):
        print(f"lp: wall s = solve only (HiGHS: getRunTime, solver={args.highs_solver}); "
              f"ratio = our time / HiGHS time (target <= {TIME_TARGET:g}); "
              f"objective rel. diff = |ours - HiGHS| / max(1, |HiGHS|) (target <= {OBJECTIVE_TARGET:g}).")
    for note in notes:
        print(note)
    for row in rows:
        if row.get("erlang_c_note"):
            print(row["erlang_c_note"])


if __name__ == "__main__":
    sys.exit(main())

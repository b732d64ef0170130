#!/usr/bin/env python3
"""Every benchmark on both stores, in one run: the PostgreSQL figure beside the
SQLite one.

    bench/bench_postgresql.py --bin build/release/bin [--count N] [--rounds R]
                              [--only first_page,dashboard,bulk,drain,ingest,event_stream,scroll_memory]

Starts a throwaway PostgreSQL (initdb and postgres from Debian's postgresql-15,
in a temporary folder, on a free loopback port, as the unprivileged user
"nobody" when run as root), writes the same data set with gen_dataset into a
SQLite folder and into a PostgreSQL database, then runs each benchmark on
SQLite and on PostgreSQL, alternating which goes first from round to round.
The bulk benchmarks change their store, so every run of them gets a fresh
copy (a copied folder; CREATE DATABASE ... TEMPLATE). "drain" is the bulk
resubmit on PostgreSQL with two flowdeskd instances sharing the delivery;
"event_stream" the demo's traffic into the console for 40 s (flowdeskd at
nice 19, as if on a server of its own); "scroll_memory" the console's memory
after scrolling the Exceptions page through every exception.
The server runs with PostgreSQL's defaults (fsync on), as a site would.
"""

import argparse
import os
import pwd
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

PG_BIN = "/usr/lib/postgresql/15/bin"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Postgres:
    def __init__(self, settings=()):
        # Server settings beside the defaults, as "name=value".
        self.settings = list(settings)
        self.folder = tempfile.mkdtemp(prefix="flowdesk-bench-pg-")
        self.port = free_port()
        self.proc = None
        self.demote = None
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            os.chown(self.folder, nobody.pw_uid, nobody.pw_gid)

            def demote():
                os.setgroups([])
                os.setgid(nobody.pw_gid)
                os.setuid(nobody.pw_uid)

            self.demote = demote

    def start(self):
        data = os.path.join(self.folder, "data")
        subprocess.run([PG_BIN + "/initdb", "-D", data, "-A", "trust", "-U", "flowdesk", "--locale=C", "-E", "UTF8"],
                       check=True, stdout=subprocess.DEVNULL, preexec_fn=self.demote)
        log = open(os.path.join(self.folder, "log"), "w")
        self.proc = subprocess.Popen([PG_BIN + "/postgres", "-D", data, "-p", str(self.port), "-k", self.folder,
                                      "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"]
                                     + [arg for setting in self.settings for arg in ("-c", setting)],
                                     stdout=log, stderr=subprocess.STDOUT, preexec_fn=self.demote)
        for _ in range(600):
            if subprocess.run([PG_BIN + "/pg_isready", "-h", "127.0.0.1", "-p", str(self.port)],
                              stdout=subprocess.DEVNULL).returncode == 0:
                return
            if self.proc.poll() is not None:
                break
            time.sleep(0.1)
        raise SystemExit("PostgreSQL did not start; see " + os.path.join(self.folder, "log"))

    def uri(self, name):
        return "postgresql://flowdesk@127.0.0.1:%d/%s" % (self.port, name)

    def sql(self, statement):
        subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", self.uri("postgres"), "-c", statement], check=True,
                       stdout=subprocess.DEVNULL)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        shutil.rmtree(self.folder, ignore_errors=True)


def run(command, label):
    started = time.monotonic()
    out = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    seconds = time.monotonic() - started
    if out.returncode != 0:
        sys.stdout.write(out.stdout)
        raise SystemExit("%s failed (exit %d): %s" % (label, out.returncode, " ".join(command)))
    return out.stdout, seconds


# The headline figures of each benchmark's output.
PATTERNS = {
    "first_page": [
        ("first page p95, ms", r"full: ListTransactions via flowdeskd\s+p50\s+[\d.]+ ms\s+p95\s+([\d.]+) ms"),
        ("floor (SQL + gRPC) p95, ms", r"floor \(sql \+ rpc\)\s+p50\s+[\d.]+ ms\s+p95\s+([\d.]+) ms"),
        ("last 10 pages p50, ms", r"last 10 pages\s+p50\s+([\d.]+) ms"),
    ],
    "dashboard": [
        ("GetFlowHealth p95, ms", r"GetFlowHealth \(24 h window\)\s+gRPC p50\s+[\d.]+ ms\s+p95\s+([\d.]+) ms"),
        ("24 h hourly series p95, ms", r"GetTimeSeries 24 h, hourly\s+gRPC p50\s+[\d.]+ ms\s+p95\s+([\d.]+) ms"),
        ("30 d daily series p95, ms", r"GetTimeSeries 30 d, daily\s+gRPC p50\s+[\d.]+ ms\s+p95\s+([\d.]+) ms"),
        ("30 d hourly latency series p95, ms", r"GetTimeSeries 30 d, hourly p95\s+gRPC p50\s+[\d.]+ ms\s+p95\s+([\d.]+) ms"),
    ],
    "bulk": [
        ("bulk job, s", r"job time \(start to SUCCEEDED[^:]*: ([\d.]+) s"),
        ("bulk job, per second", r"job time \(start to SUCCEEDED[^>]*-> (\d+) per second"),
        ("drained, s", r"engine drained every resubmitted transaction after ([\d.]+) s"),
        ("duplicate deliveries", r"duplicate deliveries \(transactions attempted more than once\): (\d+)"),
    ],
    "event_stream": [
        ("events sent, per second", r"events sent by the server\s+\d+ in [\d.]+ s \((\d+)/s\)"),
        ("events lost", r"events applied in console\s+\d+, lost (\d+)"),
        ("GUI stalls over 16 ms", r"max [\d.]+ ms, stalls over 16 ms (\d+)"),
        ("GUI lateness max, ms", r"lateness p50 [\d.]+ ms, p99 [\d.]+ ms, max ([\d.]+) ms"),
    ],
    "scroll_memory": [
        ("rows loaded", r"exceptions in view \d+, rows loaded (\d+)"),
        ("scroll, s", r"in \d+ scroll steps, ([\d.]+) s"),
        ("console peak RSS, MiB", r"peak ([\d.]+) MiB"),
    ],
    "ingest": [
        ("single Submit, per second", r"grpc\s+\d+ transactions in [\d.]+ s -> (\d+) per second"),
        ("SubmitBatch, per second", r"batch\s+\d+ transactions in [\d.]+ s -> (\d+) per second"),
    ],
}
PATTERNS["drain"] = PATTERNS["bulk"]


def figures(name, output):
    found = {}
    for label, pattern in PATTERNS[name]:
        m = re.search(pattern, output)
        found[label] = float(m.group(1)) if m else None
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", required=True, help="the folder of the benchmark programs (build/release/bin)")
    parser.add_argument("--count", type=int, default=1000000, help="transactions in the data set")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--only", default="first_page,dashboard,bulk,drain,ingest,event_stream,scroll_memory")
    parser.add_argument("--iterations", type=int, default=100)
    parser.add_argument("--ingest-count", type=int, default=20000)
    parser.add_argument("--keep-output", help="a folder to keep every benchmark's whole output in")
    parser.add_argument("--pg-setting", action="append", default=[], metavar="NAME=VALUE",
                        help="a setting of the throwaway PostgreSQL beside its defaults (repeatable)")
    args = parser.parse_args()
    wanted = [w for w in args.only.split(",") if w]
    for w in wanted:
        if w not in PATTERNS:
            raise SystemExit("unknown benchmark %s (%s)" % (w, ", ".join(PATTERNS)))
    binary = lambda name: os.path.join(os.path.abspath(args.bin), name)

    work = tempfile.mkdtemp(prefix="flowdesk-bench-stores-")
    pg = Postgres(args.pg_setting)
    try:
        pg.start()
        print("PostgreSQL on 127.0.0.1:%d (%s, fsync on); data set of %d transactions"
              % (pg.port, "defaults and " + ", ".join(args.pg_setting) if args.pg_setting else "defaults", args.count))
        sqlite_data = os.path.join(work, "sqlite")
        _, s = run([binary("gen_dataset"), "--data", sqlite_data, "--count", str(args.count)], "gen_dataset (SQLite)")
        print("  generated on SQLite in %.1f s" % s)
        pg.sql("CREATE DATABASE bench")
        _, s = run([binary("gen_dataset"), "--data", pg.uri("bench"), "--count", str(args.count)],
                   "gen_dataset (PostgreSQL)")
        print("  generated on PostgreSQL in %.1f s" % s)
        pg.sql("VACUUM ANALYZE")

        results = {}  # (bench, store) -> [figures]
        copies = 0

        def one(bench, store):
            nonlocal copies
            local = os.path.join(work, "local-%s-%s-%d" % (bench, store, copies))
            copies += 1
            # Changed by the run, or by flowdeskd --demo over time (sign-ins,
            # retries coming due): each run gets a fresh copy.
            changes = bench in ("bulk", "drain", "ingest", "event_stream", "scroll_memory")
            if store == "sqlite":
                data = sqlite_data
                if changes:
                    shutil.copytree(sqlite_data, local)
                    data = local
                extra = []
            else:
                os.makedirs(local, exist_ok=True)
                data = local
                database = "bench"
                if changes:
                    database = "copy%d" % copies
                    pg.sql("CREATE DATABASE %s TEMPLATE bench" % database)
                extra = ["--store", pg.uri(database)]
            if bench == "first_page":
                command = [binary("bench_first_page"), "--data", data, "--iterations", str(args.iterations)]
            elif bench == "dashboard":
                command = [binary("bench_dashboard"), "--data", data, "--iterations", str(args.iterations)]
            elif bench in ("bulk", "drain"):
                command = [binary("bench_bulk"), "--data", data, "--target", "instant"]
                if bench == "drain":
                    command += ["--instances", "2"]
            elif bench == "scroll_memory":
                command = [binary("bench_scroll_memory"), "--data", data]
            elif bench == "event_stream":
                command = [binary("bench_event_stream"), "--data", data, "--traffic-rate", "4500", "--seconds", "40",
                           "--server-nice", "19"]
            else:
                command = [binary("bench_ingest"), "--data", data, "--count", str(args.ingest_count)]
            out, _ = run(command + extra, "%s on %s" % (bench, store))
            if args.keep_output:
                os.makedirs(args.keep_output, exist_ok=True)
                with open(os.path.join(args.keep_output, "%s-%s-%d.txt" % (bench, store, copies)), "w") as f:
                    f.write(out)
            results.setdefault((bench, store), []).append(figures(bench, out))
            if changes:
                if store == "sqlite":
                    shutil.rmtree(local, ignore_errors=True)
                else:
                    pg.sql("DROP DATABASE %s" % database)

        for r in range(args.rounds):
            for bench in wanted:
                stores = ["postgresql"] if bench == "drain" else ["sqlite", "postgresql"]
                if r % 2 == 1:
                    stores.reverse()
                for store in stores:
                    one(bench, store)
                    print("  round %d: %s on %s done" % (r + 1, bench, store), flush=True)

        print()
        print("%-12s %-36s %-24s %-24s %s" % ("benchmark", "figure", "SQLite (per round)", "PostgreSQL (per round)",
                                             "PostgreSQL / SQLite"))
        for bench in wanted:
            for label, _ in PATTERNS[bench]:
                lite = [f[label] for f in results.get((bench, "sqlite"), [])]
                post = [f[label] for f in results.get((bench, "postgresql"), [])]
                fmt = lambda vs: ", ".join("-" if v is None else ("%g" % v) for v in vs) or "-"
                ratio = ""
                if lite and post and all(v for v in lite + post):
                    ratio = "%.2f x" % ((sum(post) / len(post)) / (sum(lite) / len(lite)))
                print("%-12s %-36s %-24s %-24s %s" % (bench, label, fmt(lite), fmt(post), ratio))
    finally:
        pg.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

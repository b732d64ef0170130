#!/usr/bin/env python3
"""Console cold start: `flowdesk --demo` to a filled first page of exceptions.

Starts the real console (offscreen) in a session bus with an unlocked keyring,
as a person's desktop has, and reads its log for the milestones of start-up:

  exec        the console's process is started (taken by the wrapper shell)
  starting    the console's first log line (Qt and the console initialised)
  backend     the demo flowdeskd answers ("demo backend listening on")
  signed in   the demo user is signed in
  cache open  the encrypted cache is open (key from the keyring)
  first page  the first page of exceptions arrived ("first page of exceptions shown")

Two kinds of start, alternating, each in its own home folder:
  first   no demo data yet: flowdeskd seeds the demo's history first
  again   the demo data, cache and key exist from an earlier start

  bench_cold_start.py [--bin DIR] [--runs N]

DIR holds flowdesk and flowdeskd (default: build/release/bin). Prints the
median and the spread of each milestone in ms after exec.
"""

import argparse
import datetime
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

MILESTONES = [
    ("starting", re.compile(r"flowdesk \S+ starting")),
    ("backend", re.compile(r"demo backend listening on")),
    ("signed in", re.compile(r"signed in as ")),
    ("cache open", re.compile(r"\] cache open")),
    ("first page", re.compile(r"first page of exceptions shown: (\d+) rows")),
]
STAMP = re.compile(r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3})\]")


def parse_log(path, since):
    """Milestone -> seconds since the epoch, for lines written at or after since."""
    found = {}
    rows = None
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                m = STAMP.match(line)
                if not m:
                    continue
                at = datetime.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S.%f").timestamp()
                if at < since - 0.002:
                    continue
                for name, pattern in MILESTONES:
                    hit = pattern.search(line)
                    if hit and name not in found:
                        found[name] = at
                        if name == "first page":
                            rows = int(hit.group(1))
    except FileNotFoundError:
        pass
    return found, rows


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().split(") ")[-1][:1] != "Z"
    except FileNotFoundError:
        return False


def one_start(bindir, home, timeout=60.0):
    xdg = os.path.join(home, "xdg")
    os.makedirs(xdg, exist_ok=True)
    log = os.path.join(xdg, "Flowdesk", "flowdesk", "logs", "flowdesk.log")
    stamp = os.path.join(home, "exec-time")
    env = dict(os.environ)
    env.update({"HOME": home, "XDG_DATA_HOME": xdg, "XDG_CONFIG_HOME": os.path.join(home, ".config"),
                "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"})
    env.pop("DISPLAY", None)
    script = ("echo pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "
              "echo $$ > \"$0.pid\"; date +%s.%N > \"$0\"; exec \"$1\" --demo --demo-user operator")
    proc = subprocess.Popen(["dbus-run-session", "--", "sh", "-c", script, stamp,
                             os.path.join(bindir, "flowdesk")],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.monotonic() + timeout
    result = None
    try:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                break
            if os.path.exists(stamp):
                with open(stamp) as f:
                    text = f.read().strip()
                if text:
                    t0 = float(text)
                    found, rows = parse_log(log, t0)
                    if "first page" in found:
                        result = ({name: (at - t0) * 1000 for name, at in found.items()}, rows)
                        break
            time.sleep(0.02)
    finally:
        console = None
        if os.path.exists(stamp + ".pid"):
            with open(stamp + ".pid") as f:
                console = int(f.read().strip() or 0) or None
        if console and alive(console):
            os.kill(console, signal.SIGTERM)
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        # The console stops its demo backend on the way out; the next start
        # must not find it still running.
        console = None
        if os.path.exists(stamp + ".pid"):
            with open(stamp + ".pid") as f:
                console = int(f.read().strip() or 0) or None
        if console:
            gone_by = time.monotonic() + 15
            while time.monotonic() < gone_by and alive(console):
                time.sleep(0.05)
            if alive(console):
                os.kill(console, signal.SIGKILL)
        for path in (stamp, stamp + ".pid"):
            if os.path.exists(path):
                os.remove(path)
    if result is None:
        tail = ""
        if os.path.exists(log):
            with open(log, encoding="utf-8", errors="replace") as f:
                tail = "".join(f.readlines()[-8:])
        raise RuntimeError("the console did not show a first page within %.0f s; its log ends:\n%s"
                           % (timeout, tail))
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default="build/release/bin")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        if not shutil.which(tool):
            sys.exit("%s is missing (scripts/setup installs it)" % tool)
    if not os.access(os.path.join(args.bin, "flowdesk"), os.X_OK):
        sys.exit("no flowdesk in %s" % args.bin)
    samples = {"first": [], "again": []}
    rows = {}
    for _ in range(args.runs):
        home = tempfile.mkdtemp(prefix="fd-coldstart-")
        try:
            for kind in ("first", "again"):
                times, n = one_start(args.bin, home)
                samples[kind].append(times)
                rows[kind] = n
        finally:
            shutil.rmtree(home, ignore_errors=True)
    print("console cold start, %d runs each, ms after exec (median, min-max); load average %.1f"
          % (args.runs, os.getloadavg()[0]))
    names = [name for name, _ in MILESTONES]
    print("%-8s " % "start" + " ".join("%22s" % n for n in names) + "   rows")
    for kind, runs in samples.items():
        cells = []
        for name in names:
            values = [r[name] for r in runs if name in r]
            if values:
                cells.append("%7.0f (%5.0f-%5.0f)" % (statistics.median(values), min(values), max(values)))
            else:
                cells.append("%22s" % "-")
        print("%-8s " % kind + " ".join("%22s" % c for c in cells) + "   %s" % rows.get(kind))


if __name__ == "__main__":
    main()

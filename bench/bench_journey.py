#!/usr/bin/env python3
"""The clerk's waiting in the bulk correction journey, against its goal of 10 s.

Runs tests/journey_test.py (the real console under Xvfb, driven with xdotool)
on the given build, N times, and reads from each run the seconds the clerk
waited for the console in journey 2 (fix a group of 50+ orders with the unit
"EA": Ctrl+G, Ctrl+B, "PCE" and Return, Alt+R), action by action.

  bench_journey.py [--bin DIR] [--runs N] [--goal S]

DIR holds flowdesk and flowdeskd (default: build/release/bin). Prints each
run, then the median and the spread, and exits non-zero when the median is
over the goal or a journey failed.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
JOURNEY = os.path.join(HERE, "..", "tests", "journey_test.py")
LINE = re.compile(r"journey 2 .*?: (\d+) actions, goal \d+; ([\d.]+) s waiting for the console, [^:]*: (.*)$")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=os.path.join(HERE, "..", "build", "release", "bin"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--goal", type=float, default=10.0)
    args = parser.parse_args()
    console = os.path.join(args.bin, "flowdesk")
    if not os.access(console, os.X_OK):
        sys.exit(f"bench_journey: no console at {console} (cmake --build build/release --target flowdesk flowdeskd)")
    waits = []
    for run in range(1, args.runs + 1):
        done = subprocess.run([sys.executable, JOURNEY, console], capture_output=True, text=True)
        found = None
        for line in done.stdout.splitlines():
            found = LINE.search(line) or found
        if done.returncode != 0 or not found:
            sys.stdout.write(done.stdout)
            sys.stderr.write(done.stderr)
            sys.exit(f"bench_journey: run {run} failed (exit {done.returncode})")
        waits.append(float(found.group(2)))
        print(f"run {run}: {found.group(2)} s waiting, {found.group(1)} actions: {found.group(3)}", flush=True)
    median = statistics.median(waits)
    print(f"journey 2 waiting: median {median:.1f} s ({min(waits):.1f}-{max(waits):.1f}) over {len(waits)} runs, "
          f"goal {args.goal:g} s: {'met' if median <= args.goal else 'missed'}")
    return 0 if median <= args.goal else 1


if __name__ == "__main__":
    sys.exit(main())

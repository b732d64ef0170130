#!/usr/bin/env python3
"""The floors of the bulk resubmit and of ingest on each store: the rows alone,
written by straight SQL inside the database, in the sizes flowdeskd commits.

    bench/bench_floor.py --bin build/release/bin [--count N] [--rounds R]
                         [--sqlite DIR] [--postgresql URI] [--stores sqlite,postgresql]
                         [--only bulk,ingest] [--ingest-count N]

A bulk resubmit (bench_bulk) changes four columns of every FAILED
transaction (state, version, updated_at, next_attempt_at), and writes a hop,
an event, an audit entry and the dashboards' counts for each. This benchmark
does only the first part, on a copy of the same data set: one UPDATE per
chunk of 5,000 rows (the job's chunk) and one commit each, the ids taken from
a table the database already holds, so nothing crosses the wire but the
statement. No checks, no logs, no transport: whatever flowdeskd does, its job
cannot be faster than this on the same store and the same indexes.

Ingest through SubmitBatch writes, for every transaction, its row, its
payload, a hop and an event (and the dashboards' counts), 1,000 transactions
per commit. The ingest floor copies existing transactions as new open ones
(state RECEIVED, new ids and keys) with one payload, one hop and one event
each, by INSERT ... SELECT, 1,000 per commit (--ingest-count in all).

Each store and floor is measured three times per round, on fresh copies,
in the opposite order every other round:

  - the schema as it is;
  - without the ten indexes that serve only lists over every state (sorted by
    impact, date, amount, due date or flow, the correlation and business
    keys, the error signature and group over delivered rows as well);
  - with only the indexes that enforce a rule (the primary key and the
    idempotency key): the bound for any schema with fewer indexes.

The data sets are made with gen_dataset unless given (--sqlite: a folder it
made; --postgresql: a database it filled, copied with CREATE DATABASE ...
TEMPLATE on the same server). Without --postgresql a throwaway PostgreSQL is
started as bench_postgresql.py does. Rows per second (and, for the bulk
floor, the time this rate gives for 50,000) are printed per store and index
set, rounds side by side.
"""

import argparse
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_postgresql as pgbench  # noqa: E402

CHUNK = 5000
INGEST_COMMIT = 1000
OFFSET = 100000000  # ids of the ingest floor's copies: above every id and event number of a data set
FAILED, RESUBMITTED = 5, 6
# The orderings over every row are tx_impact ... tx_flow_created in data sets
# made before SQLite's schema 13 (PostgreSQL's 12), tx_settled_* (delivered
# rows only) since.
LIST_ONLY = ["tx_impact", "tx_created", "tx_amount", "tx_due", "tx_flow", "tx_flow_created",
             "tx_settled_impact", "tx_settled_created", "tx_settled_amount", "tx_settled_due", "tx_settled_flow",
             "tx_settled_flow_created", "tx_correlation", "tx_business_key", "tx_signature", "tx_error_group"]
KEEP_ONLY = ["transactions_pkey", "tx_idempotency"]
SETS = [("every index", None), ("without the lists over every state", LIST_ONLY), ("rules only", "rules")]

# The statements, the same on both stores. `ids` numbers the FAILED rows in id order.
NUMBER = ("CREATE TEMP TABLE ids AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS n "
          "FROM transactions WHERE state = %d" % FAILED)
UPDATE = ("UPDATE transactions SET state = %d, version = version + 1, updated_at = {now}, next_attempt_at = {now} "
          "WHERE id IN (SELECT id FROM ids WHERE n >= {lo} AND n < {hi})" % RESUBMITTED)


def dropped(names, drop):
    """The indexes of `names` that the index set `drop` leaves out."""
    if drop is None:
        return []
    if drop == "rules":
        return [n for n in names if n not in KEEP_ONLY]
    return [n for n in names if n in drop]


def copied(column, table):
    """The expression that copies a column of a source row into an ingest floor row."""
    if table == "transactions":
        return {
            "id": "id + %d" % OFFSET,
            "state": "1",
            "lifecycle": "1",
            "delivered_at": "0",
            "attempts": "0",
            "business_key": "business_key || '-f'",
            "idempotency_key": "CASE WHEN idempotency_key = '' THEN '' ELSE idempotency_key || '-f' END",
        }.get(column, column)
    if table == "events":
        return {
            "sequence": "id + %d" % OFFSET,
            "type": "1",
            "transaction_id": "id + %d" % OFFSET,
            "state": "1",
            "previous_state": "0",
            "action": "'receive'",
            "actor": "''",
            "connector_id": "source_system",
            "bulk_job_id": "''",
        }.get(column, "updated_at" if column == "at" else column)
    return "tx_id + %d" % OFFSET if column == "tx_id" else column


def ingest_statements(columns, lo, hi):
    """The INSERT ... SELECTs that copy the transactions with ids in [lo, hi)."""
    within = "BETWEEN %d AND %d" % (lo, hi - 1)
    out = []
    for table, source, where in (
            ("transactions", "transactions", "id " + within),
            ("tx_payloads", "tx_payloads", "tx_id " + within),
            ("tx_hops", "tx_hops", "id IN (SELECT MIN(id) FROM tx_hops WHERE tx_id %s GROUP BY tx_id)" % within),
            ("events", "transactions", "id " + within)):
        cols = columns[table]
        out.append("INSERT INTO %s (%s) SELECT %s FROM %s WHERE %s" % (
            table, ", ".join(cols), ", ".join(copied(c, table) for c in cols), source, where))
    return out


def sqlite_connect(folder, drop):
    """A connection with the store's own settings (Store::open), the indexes the set leaves out dropped."""
    db = sqlite3.connect(os.path.join(folder, "flowdesk.db"), isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "temp_store = MEMORY", "cache_size = -262144",
                   "mmap_size = 1073741824", "wal_autocheckpoint = 0"):
        db.execute("PRAGMA " + pragma)
    names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                                      "'transactions' AND sql IS NOT NULL")]
    for name in dropped(names, drop):
        db.execute("DROP INDEX " + name)
    return db


def sqlite_ingest(folder, drop, count):
    """Seconds and transactions for the ingest floor on a copy of a SQLite data set."""
    db = sqlite_connect(folder, drop)
    columns = {}
    for table in ("transactions", "tx_payloads", "tx_hops", "events"):
        # Stored columns only; a hop's id is the database's to give.
        columns[table] = [r[1] for r in db.execute("SELECT * FROM pragma_table_xinfo('%s')" % table)
                          if r[6] == 0 and not (table == "tx_hops" and r[1] == "id")]
    first = db.execute("SELECT MIN(id) FROM transactions").fetchone()[0]
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    started = time.monotonic()
    for lo in range(first, first + count, INGEST_COMMIT):
        db.execute("BEGIN IMMEDIATE")
        for statement in ingest_statements(columns, lo, lo + INGEST_COMMIT):
            db.execute(statement)
        db.execute("COMMIT")
    seconds = time.monotonic() - started
    written = db.execute("SELECT COUNT(*) FROM transactions WHERE id > %d" % OFFSET).fetchone()[0]
    db.close()
    return seconds, written


def sqlite_bulk(folder, drop):
    """Seconds and rows for the bulk floor on a copy of a SQLite data set."""
    db = sqlite_connect(folder, drop)
    db.execute(NUMBER)
    rows = db.execute("SELECT COUNT(*) FROM ids").fetchone()[0]
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    now = int(time.time() * 1000)
    started = time.monotonic()
    for lo in range(0, rows, CHUNK):
        db.execute("BEGIN IMMEDIATE")
        db.execute(UPDATE.format(now=now, lo=lo, hi=lo + CHUNK))
        db.execute("COMMIT")
    seconds = time.monotonic() - started
    db.close()
    return seconds, rows


def psql(uri, script):
    out = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", uri], input=script, text=True,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if out.returncode != 0:
        raise SystemExit("psql failed: " + out.stdout)
    return out.stdout


def pg_timed(uri, setup, statements):
    """Seconds PostgreSQL took for `statements`, run in one session after `setup` (not timed)."""
    out = psql(uri, "\n".join(setup + ["CHECKPOINT;", "\\timing on"] + statements) + "\n")
    times = [float(t) for t in re.findall(r"Time: ([\d.]+) ms", out)]
    if len(times) != len(statements):
        raise SystemExit("unexpected psql output:\n" + out)
    return sum(times) / 1000.0


def postgresql_bulk(uri, drop):
    """Seconds and rows for the bulk floor on a database (a copy)."""
    pg_drop(uri, drop)
    now = int(time.time() * 1000)
    rows = int(pg_values(uri, "SELECT COUNT(*) FROM transactions WHERE state = %d" % FAILED)[0])
    statements = []
    for lo in range(0, rows, CHUNK):
        statements += ["BEGIN;", UPDATE.format(now=now, lo=lo, hi=lo + CHUNK) + ";", "COMMIT;"]
    return pg_timed(uri, [NUMBER + ";"], statements), rows


def pg_values(uri, sql):
    return psql(uri, "\\pset tuples_only on\n\\pset format unaligned\n" + sql + ";\n").split()


def pg_drop(uri, drop):
    drops = dropped(pg_values(uri, "SELECT indexname FROM pg_indexes WHERE tablename = 'transactions'"), drop)
    if drops:
        psql(uri, "DROP INDEX %s;\nVACUUM ANALYZE transactions;\n" % ", ".join(drops))


def postgresql_ingest(uri, drop, count):
    """Seconds and transactions for the ingest floor on a database (a copy)."""
    pg_drop(uri, drop)
    columns = {}
    for table in ("transactions", "tx_payloads", "tx_hops", "events"):
        # Stored columns only; a hop's id is the database's to give.
        columns[table] = pg_values(uri, "SELECT column_name FROM information_schema.columns WHERE table_name = '%s' "
                                        "AND is_generated = 'NEVER' AND NOT (table_name = 'tx_hops' AND "
                                        "column_name = 'id') ORDER BY ordinal_position" % table)
    first = int(pg_values(uri, "SELECT MIN(id) FROM transactions")[0])
    statements = []
    for lo in range(first, first + count, INGEST_COMMIT):
        statements += ["BEGIN;"] + [s + ";" for s in ingest_statements(columns, lo, lo + INGEST_COMMIT)] + ["COMMIT;"]
    seconds = pg_timed(uri, [], statements)
    written = int(pg_values(uri, "SELECT COUNT(*) FROM transactions WHERE id > %d" % OFFSET)[0])
    return seconds, written


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", help="the folder of gen_dataset (build/release/bin), to make the data sets")
    parser.add_argument("--count", type=int, default=1000000, help="transactions in a data set made here")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--sqlite", help="a SQLite data set made by gen_dataset (not changed)")
    parser.add_argument("--postgresql", help="a PostgreSQL database filled by gen_dataset (not changed)")
    parser.add_argument("--stores", default="sqlite,postgresql")
    parser.add_argument("--only", default="bulk,ingest")
    parser.add_argument("--ingest-count", type=int, default=20000, help="transactions the ingest floor writes")
    parser.add_argument("--pg-setting", action="append", default=[], metavar="NAME=VALUE",
                        help="a setting of the throwaway PostgreSQL beside its defaults (repeatable)")
    args = parser.parse_args()
    stores = [s for s in args.stores.split(",") if s]
    if any(s not in ("sqlite", "postgresql") for s in stores):
        raise SystemExit("--stores takes sqlite and postgresql")
    floors = [f for f in args.only.split(",") if f]
    if any(f not in ("bulk", "ingest") for f in floors):
        raise SystemExit("--only takes bulk and ingest")
    if (("sqlite" in stores and not args.sqlite) or ("postgresql" in stores and not args.postgresql)) and not args.bin:
        raise SystemExit("--bin is needed to make a data set")

    work = tempfile.mkdtemp(prefix="flowdesk-bench-floor-")
    pg = None
    try:
        sqlite_data = args.sqlite
        if "sqlite" in stores and not sqlite_data:
            sqlite_data = os.path.join(work, "sqlite")
            pgbench.run([os.path.join(args.bin, "gen_dataset"), "--data", sqlite_data, "--count", str(args.count)],
                        "gen_dataset (SQLite)")
        pg_uri = args.postgresql
        if "postgresql" in stores and not pg_uri:
            pg = pgbench.Postgres(args.pg_setting)
            pg.start()
            pg.sql("CREATE DATABASE bench")
            pgbench.run([os.path.join(args.bin, "gen_dataset"), "--data", pg.uri("bench"), "--count",
                         str(args.count)], "gen_dataset (PostgreSQL)")
            pg.sql("VACUUM ANALYZE")
            pg_uri = pg.uri("bench")

        results = {}
        for r in range(args.rounds):
            order = stores if r % 2 == 0 else list(reversed(stores))
            for store in order:
                for floor in floors:
                    for label, drop in (SETS if r % 2 == 0 else list(reversed(SETS))):
                        if store == "sqlite":
                            copy = os.path.join(work, "copy")
                            shutil.copytree(sqlite_data, copy)
                            try:
                                seconds, rows = (sqlite_bulk(copy, drop) if floor == "bulk"
                                                 else sqlite_ingest(copy, drop, args.ingest_count))
                            finally:
                                shutil.rmtree(copy, ignore_errors=True)
                        else:
                            parts = urllib.parse.urlsplit(pg_uri)
                            source = parts.path.lstrip("/")
                            admin = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
                            psql(admin, "CREATE DATABASE floor_copy TEMPLATE %s;\n" % source)
                            copy = urllib.parse.urlunsplit(parts._replace(path="/floor_copy"))
                            try:
                                seconds, rows = (postgresql_bulk(copy, drop) if floor == "bulk"
                                                 else postgresql_ingest(copy, drop, args.ingest_count))
                            finally:
                                psql(admin, "DROP DATABASE floor_copy;\n")
                        results.setdefault((floor, store, label), []).append((seconds, rows))
                        print("  round %d, %s floor, %s, %s: %d rows in %.3f s" % (r + 1, floor, store, label, rows,
                                                                                  seconds), flush=True)

        print()
        print("%-7s %-11s %-38s %-26s %s" % ("floor", "store", "indexes on transactions", "rows per second",
                                             "50,000 at that rate"))
        for floor in floors:
            for store in stores:
                for label, _ in SETS:
                    rates = [rows / seconds for seconds, rows in results[(floor, store, label)]]
                    print("%-7s %-11s %-38s %-26s %s" % (
                        floor, store, label, ", ".join("%.0f" % v for v in rates),
                        ", ".join("%.2f s" % (50000 / v) for v in rates) if floor == "bulk" else ""))
    finally:
        if pg:
            pg.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

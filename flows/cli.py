"""pledgewatch command line: run the pipeline, query the warehouse, serve the deployments."""
from __future__ import annotations

import argparse
import csv
import os
import sys
from pathlib import Path

from flows.settings import DEFAULT_DB, DEFAULT_INPUT, DEFAULT_LAKE, resolve_paths


def _fail(message: str) -> int:
    print(f"pledgewatch: error: {message}", file=sys.stderr)
    return 1


def _quiet_prefect_defaults() -> None:
    # No network here beyond package indexes: telemetry would only log errors.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


def cmd_run(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.input, args.lake, args.db)
    if not paths.input_dir.is_dir():
        return _fail(f"input folder {paths.input_dir} does not exist (set --input or PLEDGEWATCH_INPUT)")
    _quiet_prefect_defaults()
    from flows.pipeline import pledgewatch
    from flows.report import one_line

    try:
        summary = pledgewatch(
            input_dir=str(paths.input_dir), lake_dir=str(paths.lake_dir), db_path=str(paths.db_path),
            full_refresh=args.full_refresh, batch_size=args.batch_size, workers=args.workers,
            max_file_bytes=args.max_file_bytes,
        )
    except Exception as exc:  # the flow already logged the traceback; the user gets one line
        return _fail(f"run failed: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
    print(one_line(summary))
    for q in summary["quarantined"]:
        print(f"  quarantined {q['file']}: {q['reason']}")
    for f in summary["extraction_failures"]:
        print(f"  extraction failed on {f['file']} (loaded without rows): {f['error']}")
    return 0


def cmd_sql(args: argparse.Namespace) -> int:
    import duckdb

    db = resolve_paths(db_path=args.db).db_path
    if not Path(db).exists():
        return _fail(f"no warehouse at {db}: run `pledgewatch run` first (or set --db / PLEDGEWATCH_DB)")
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error as exc:
        return _fail(f"cannot open {db} read-only: {str(exc).splitlines()[0]}")
    try:
        rel = con.sql(args.query)
        if rel is None:
            return _fail("the statement returned no rows (pledgewatch sql is read-only: use SELECT)")
        if args.csv:
            writer = csv.writer(sys.stdout)
            writer.writerow(rel.columns)
            writer.writerows(rel.fetchall())
        else:
            rel.show(max_rows=args.max_rows, max_width=args.max_width)
    except duckdb.Error as exc:
        return _fail(str(exc).splitlines()[0])
    finally:
        con.close()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from warehouse.loader import connect_read_only, run_data_tests

    db = resolve_paths(db_path=args.db).db_path
    if not Path(db).exists():
        return _fail(f"no warehouse at {db}")
    with connect_read_only(db) as con:
        results = run_data_tests(con)
    for name, offending in results.items():
        print(f"{'ok  ' if offending == 0 else 'FAIL'} {name}" + (f": {offending} rows" if offending else ""))
    return 0 if not any(results.values()) else 1


def cmd_serve(args: argparse.Namespace) -> int:
    _quiet_prefect_defaults()
    if not os.environ.get("PREFECT_API_URL"):
        return _fail("PREFECT_API_URL is not set: start `prefect server start` and export "
                     "PREFECT_API_URL=http://127.0.0.1:4200/api first")
    from prefect import serve

    from flows.deployments import build_deployments

    serve(*build_deployments())
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="pledgewatch",
        description="News articles on aid to Ukraine -> Parquet lake -> DuckDB warehouse of pledges and statements.",
    )
    sub = ap.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the pipeline once, in-process (the flow the schedule runs)",
                         description="Ingest new and changed *.txt files, extract, load the warehouse. "
                                     "Uses Prefect's temporary API unless PREFECT_API_URL is set.")
    run.add_argument("--input", help=f"folder of raw *.txt articles (env PLEDGEWATCH_INPUT, default {DEFAULT_INPUT})")
    run.add_argument("--lake", help=f"Parquet lake folder (env PLEDGEWATCH_LAKE, default {DEFAULT_LAKE})")
    run.add_argument("--db", help=f"DuckDB warehouse file (env PLEDGEWATCH_DB, default {DEFAULT_DB})")
    run.add_argument("--full-refresh", action="store_true", help="rebuild the warehouse from every raw file")
    run.add_argument("--batch-size", type=int, default=500, help="files per batch task (default 500)")
    run.add_argument("--workers", type=int, default=0, help="extraction processes (default: one per core, up to 4)")
    run.add_argument("--max-file-bytes", type=int, default=5_000_000,
                     help="larger files are quarantined unread (default 5000000)")
    run.set_defaults(func=cmd_run)

    sql = sub.add_parser("sql", help="run a read-only SQL query on the warehouse",
                         description="Run a read-only query and print the result as a table (or CSV).")
    sql.add_argument("query", help='e.g. "select donor, sum(amount) from pledges_new group by all"')
    sql.add_argument("--db", help=f"DuckDB warehouse file (env PLEDGEWATCH_DB, default {DEFAULT_DB})")
    sql.add_argument("--csv", action="store_true", help="print CSV with a header row instead of a table")
    sql.add_argument("--max-rows", type=int, default=40, help="rows shown in table mode (default 40)")
    sql.add_argument("--max-width", type=int, default=160, help="table width in characters (default 160)")
    sql.set_defaults(func=cmd_sql)

    check = sub.add_parser("check", help="run the warehouse data tests (warehouse/tests/*.sql)")
    check.add_argument("--db", help=f"DuckDB warehouse file (env PLEDGEWATCH_DB, default {DEFAULT_DB})")
    check.set_defaults(func=cmd_check)

    serve = sub.add_parser("serve", help="serve the nightly and full-refresh deployments to a Prefect server",
                           description="Registers the `nightly` (02:30 Europe/Paris) and `full-refresh` "
                                       "deployments with the server at PREFECT_API_URL and runs their flow runs "
                                       "in this process until interrupted.")
    serve.set_defaults(func=cmd_serve)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())

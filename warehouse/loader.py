"""The DuckDB warehouse: its DDL, the state the planner reads, and the one-transaction load.

A load never writes the file analysts have open: it copies the warehouse to a temporary
file next to it, applies the run in one transaction there, and renames the copy over the
original. A read-only session opened before the swap keeps reading the old, complete
file; one opened after it sees the new one; nobody sees a half-loaded state.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from warehouse.lake import write_table
from warehouse.schemas import ARTICLES

TABLES = ("articles", "pledges", "statements", "quarantine", "runs")
# Written in DuckDB's v1.4 storage format so that 1.x clients (the duckdb-cli on PyPI is 1.5, and
# most SQL tools embed a 1.x driver) open the warehouse as well as 2.x ones.
STORAGE_COMPATIBILITY = "v1.4.0"
VIEWS = ("pledges_new", "pledge_totals_by_donor", "statements_by_speaker")


class WarehouseBusy(RuntimeError):
    """Another process holds the warehouse (a load, or a read-write session); retrying may succeed."""


@dataclass(frozen=True)
class FileState:
    source_path: str
    size_bytes: int | None
    mtime_ns: int | None
    content_sha256: str | None
    is_quarantined: bool
    extractor_version: str | None


@dataclass
class RunLoad:
    """What one run writes to the warehouse."""

    run_id: str
    flow_run_id: str | None
    started_at: dt.datetime
    input_dir: str
    is_full_refresh: bool
    extractor_version: str
    files_seen: int
    files_unchanged: int
    article_paths: list[str] = field(default_factory=list)
    pledge_paths: list[str] = field(default_factory=list)
    statement_paths: list[str] = field(default_factory=list)
    quarantined: list[dict] = field(default_factory=list)
    touched: list[dict] = field(default_factory=list)  # same bytes, new size/mtime: metadata only
    extraction_failures: list[dict] = field(default_factory=list)  # article_id, source_path, error
    articles_loaded: int = 0
    articles_reextracted: int = 0


def sql_text(kind: str, name: str) -> str:
    """The SQL of `warehouse/<kind>/<name>.sql` (kind: sql or tests)."""
    return resources.files("warehouse").joinpath(kind, f"{name}.sql").read_text(encoding="utf-8")


def data_test_names() -> list[str]:
    folder = resources.files("warehouse").joinpath("tests")
    return sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".sql"))


def apply_ddl(con: duckdb.DuckDBPyConnection) -> None:
    for name in TABLES + VIEWS:
        con.execute(sql_text("sql", name))


def run_data_tests(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Number of offending rows per data test (warehouse/tests/*.sql); all zero on a sound warehouse."""
    return {name: len(con.execute(sql_text("tests", name)).fetchall()) for name in data_test_names()}


def _busy(exc: Exception, db_path: Path) -> WarehouseBusy:
    return WarehouseBusy(
        f"warehouse {db_path} is locked by another process ({str(exc).splitlines()[0]}); "
        "close read-write sessions (open it with `duckdb -readonly`) and retry"
    )


@contextlib.contextmanager
def connect_read_only(db_path: str | Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection; WarehouseBusy if a read-write process holds the file."""
    path = Path(db_path)
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise _busy(exc, path) from exc
        raise
    try:
        yield con
    finally:
        con.close()


def _tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Names of the tables the warehouse has (an old or empty file may lack some)."""
    return {r[0] for r in con.execute("select table_name from information_schema.tables").fetchall()}


def read_state(db_path: str | Path) -> dict[str, FileState]:
    """What the warehouse knows of each source file, for the incremental planner; {} when there is no warehouse."""
    if not Path(db_path).exists():
        return {}
    with connect_read_only(db_path) as con:
        if not {"articles", "quarantine"} <= _tables(con):
            return {}
        rows = con.execute(
            "select source_path, size_bytes, mtime_ns, content_sha256, false, extractor_version from articles "
            "union all "
            "select source_path, size_bytes, mtime_ns, content_sha256, true, null from quarantine"
        ).fetchall()
    return {r[0]: FileState(*r) for r in rows}


def export_stale_articles(db_path: str | Path, extractor_version: str, skip_paths: set[str], batch_size: int,
                          part_path: Callable[[int], Path]) -> list[tuple[str, int]]:
    """Write the stored articles extracted by another extractor version to lake batches (lake schema).

    Files that this run re-ingests anyway (`skip_paths`) are left out. Returns (path, rows) per batch
    written; `part_path(i)` names batch i.
    """
    if not Path(db_path).exists():
        return []
    with connect_read_only(db_path) as con:
        if "articles" not in _tables(con):
            return []
        table = con.sql(
            f"select {', '.join(ARTICLES.names)} from articles where extractor_version <> ? order by article_id",
            params=[extractor_version],
        ).to_arrow_table()
    if skip_paths:
        keep = pc.invert(pc.is_in(table["source_path"], value_set=pa.array(sorted(skip_paths), pa.string())))
        table = table.filter(keep)
    parts = []
    for i, start in enumerate(range(0, table.num_rows, max(1, batch_size))):
        chunk = table.slice(start, batch_size)
        parts.append((str(write_table(part_path(i), "articles", chunk)), chunk.num_rows))
    return parts


@contextlib.contextmanager
def exclusive_lock(db_path: Path) -> Iterator[None]:
    """Serialise loads of one warehouse across processes; WarehouseBusy when another load holds it."""
    lock_path = db_path.with_name(db_path.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise WarehouseBusy(f"another pledgewatch load is writing {db_path}; retry when it ends") from exc
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def load_run(db_path: str | Path, run: RunLoad) -> dict[str, int]:
    """Apply `run` in one transaction on a copy of the warehouse, then swap the copy in atomically.

    Returns the run's row counts. A full refresh starts from an empty warehouse.
    """
    db = Path(db_path)
    db.parent.mkdir(parents=True, exist_ok=True)
    with exclusive_lock(db):
        tmp = db.with_name(f"{db.name}.tmp-{run.run_id}")
        for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
            leftover.unlink(missing_ok=True)
        if db.exists() and not run.is_full_refresh:
            try:
                shutil.copyfile(db, tmp)
            except OSError as exc:
                raise WarehouseBusy(f"cannot copy {db} for the load: {exc}") from exc
        try:
            counts = _apply(tmp, run)
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(tmp, db)
        finally:
            tmp.unlink(missing_ok=True)
            tmp.with_name(tmp.name + ".wal").unlink(missing_ok=True)
    return counts


def _apply(path: Path, run: RunLoad) -> dict[str, int]:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    con = duckdb.connect(str(path), config={"storage_compatibility_version": STORAGE_COMPATIBILITY})
    try:
        apply_ddl(con)
        con.begin()
        counts = _write(con, run, now)
        con.execute(
            "insert into runs values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'completed')",
            [run.run_id, run.flow_run_id, run.started_at.replace(tzinfo=None), now, run.input_dir,
             run.is_full_refresh, run.extractor_version, run.files_seen, run.files_unchanged,
             counts["articles"] - run.articles_reextracted, run.articles_reextracted,
             len(run.extraction_failures), counts["quarantined"], counts["pledges"], counts["statements"]],
        )
        con.commit()
        con.execute("checkpoint")
    finally:
        con.close()
    return counts


def _count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    row = con.execute(f"select count(*) from {table}").fetchone()
    return int(row[0]) if row else 0


def _write(con: duckdb.DuckDBPyConnection, run: RunLoad, now: dt.datetime) -> dict[str, int]:
    counts = {"articles": 0, "pledges": 0, "statements": 0, "quarantined": len(run.quarantined)}
    if run.article_paths:
        con.execute("create temp table run_articles as select * from read_parquet(?, hive_partitioning = false)",
                    [run.article_paths])
        counts["articles"] = _count(con, "run_articles")
        # A new version replaces every row of the old one; rows of files not in this run stay.
        for table in ("pledges", "statements"):
            con.execute(f"delete from {table} where article_id in (select article_id from run_articles)")
        con.execute("delete from articles where article_id in (select article_id from run_articles)")
        con.execute("delete from quarantine where source_path in (select source_path from run_articles)")
        con.execute(
            "insert into articles by name select *, ? as extractor_version, ? as run_id, ? as loaded_at "
            "from run_articles", [run.extractor_version, run.run_id, now])
        con.execute("drop table run_articles")
    for failure in run.extraction_failures:
        con.execute("update articles set extraction_error = ? where article_id = ?",
                    [failure["error"], failure["article_id"]])
    for table, paths in (("pledges", run.pledge_paths), ("statements", run.statement_paths)):
        if paths:
            before = _count(con, table)
            con.execute(f"insert into {table} by name select * from read_parquet(?, hive_partitioning = false)",
                        [paths])
            counts[table] = _count(con, table) - before
    for q in run.quarantined:
        # The unreadable new version of a loaded file retires the old rows: the warehouse must not
        # present text the source no longer says. The old version stays in the lake.
        old = con.execute("select article_id from articles where source_path = ?", [q["source_path"]]).fetchall()
        for (article_id,) in old:
            for table in ("pledges", "statements", "articles"):
                con.execute(f"delete from {table} where article_id = ?", [article_id])
        con.execute("delete from quarantine where source_path = ?", [q["source_path"]])
        con.execute(
            "insert into quarantine values (?, ?, ?, ?, ?, ?, ?, ?)",
            [q["source_path"], q["source_file"], q["reason"], q.get("size_bytes"), q.get("mtime_ns"),
             q.get("content_sha256"), run.run_id, now])
    for t in run.touched:
        for table in ("articles", "quarantine"):
            con.execute(f"update {table} set size_bytes = ?, mtime_ns = ? where source_path = ?",
                        [t["size_bytes"], t["mtime_ns"], t["source_path"]])
    return counts

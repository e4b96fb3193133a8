"""The Parquet lake: one folder per dataset, one sub-folder per run (hive style `run_id=...`).

    lake/articles/run_id=<run>/part-00000.parquet     normalised articles
    lake/pledges/run_id=<run>/part-00000.parquet      extracted pledges
    lake/statements/run_id=<run>/part-00000.parquet   extracted statements

Files are written once and never changed, so the lake is also the history of every run.
"""
from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from warehouse import schemas

# DuckDB reads one row group per thread: ~122,880 rows a group lets it use every core.
ROW_GROUP_SIZE = 122_880
DATASETS = {"articles": schemas.ARTICLES, "pledges": schemas.PLEDGES, "statements": schemas.STATEMENTS}


def part_path(lake_dir: str | Path, dataset: str, run_id: str, part: str) -> Path:
    return Path(lake_dir) / dataset / f"run_id={run_id}" / f"part-{part}.parquet"


def write_rows(path: Path, dataset: str, rows: list[dict]) -> Path:
    """Write `rows` with the dataset's schema; atomically (temp file + rename) so a crash leaves no half file."""
    return write_table(path, dataset, pa.Table.from_pylist(rows, schema=DATASETS[dataset]))


def write_table(path: Path, dataset: str, table: pa.Table) -> Path:
    """Write an Arrow table, cast to the dataset's schema, as write_rows does."""
    table = table.cast(DATASETS[dataset])
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".parquet.tmp")
    pq.write_table(table, tmp, row_group_size=ROW_GROUP_SIZE, compression="zstd")
    os.replace(tmp, path)
    return path


def read_rows(path: str | Path) -> list[dict]:
    return pq.read_table(path).to_pylist()


def read_many(paths: list[str]) -> list[dict]:
    """Rows of several files of one dataset, in order; [] for no paths."""
    return [row for path in paths for row in read_rows(path)]

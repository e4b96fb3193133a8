"""Where a run reads and writes: explicit arguments, else environment variables, else data/."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_INPUT = "data/input"
DEFAULT_LAKE = "data/lake"
DEFAULT_DB = "data/pledgewatch.duckdb"


@dataclass(frozen=True)
class Paths:
    input_dir: Path
    lake_dir: Path
    db_path: Path


def resolve_paths(input_dir: str | None = None, lake_dir: str | None = None, db_path: str | None = None) -> Paths:
    """Explicit value, else PLEDGEWATCH_INPUT / PLEDGEWATCH_LAKE / PLEDGEWATCH_DB, else the data/ default."""
    return Paths(
        Path(input_dir or os.environ.get("PLEDGEWATCH_INPUT") or DEFAULT_INPUT),
        Path(lake_dir or os.environ.get("PLEDGEWATCH_LAKE") or DEFAULT_LAKE),
        Path(db_path or os.environ.get("PLEDGEWATCH_DB") or DEFAULT_DB),
    )

"""Shared fixtures: the golden corpus and one Prefect test harness per session."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


@pytest.fixture(scope="session")
def prefect_harness():
    """A temporary Prefect API for every flow test of the session (starting one costs seconds)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A writable copy of six golden articles (French and English, with and without header)."""
    folder = tmp_path / "input"
    folder.mkdir()
    for name in sorted(p.name for p in (GOLDEN / "dev" / "raw").glob("*.txt"))[:6]:
        shutil.copy(GOLDEN / "dev" / "raw" / name, folder / name)
    return folder

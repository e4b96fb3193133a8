from __future__ import annotations

import pytest

from transforms.planning import FoundFile, Known, plan_files

A = FoundFile("a.txt", 10, 100)


@pytest.mark.parametrize(("known", "full_refresh", "to_read"), [
    ({}, False, ["a.txt"]),  # new file
    ({"a.txt": Known(10, 100, "h")}, False, []),  # same size and mtime: not even opened
    ({"a.txt": Known(10, 999, "h")}, False, ["a.txt"]),  # touched: read, hash decides
    ({"a.txt": Known(11, 100, "h")}, False, ["a.txt"]),
    ({"a.txt": Known(None, None, None)}, False, ["a.txt"]),
    ({"a.txt": Known(10, 100, "h")}, True, ["a.txt"]),  # full refresh reads everything
])
def test_plan_files(known: dict, full_refresh: bool, to_read: list[str]) -> None:
    plan = plan_files([A], known, full_refresh)
    assert [f.source_path for f in plan.to_read] == to_read
    assert len(plan.to_read) + len(plan.unchanged) == 1


def test_batches_cover_every_file_once_in_order() -> None:
    files = [FoundFile(f"{i:03d}.txt", 1, 1) for i in range(7, 0, -1)]
    batches = plan_files(files, {}).batches(3)
    assert [len(b) for b in batches] == [3, 3, 1]
    assert [f.source_path for b in batches for f in b] == sorted(f.source_path for f in files)

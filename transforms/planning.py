"""Which input files a run must read: a pure diff of what is on disk against what the warehouse holds."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class FoundFile:
    source_path: str  # relative to the input folder, / separated
    size_bytes: int
    mtime_ns: int


@dataclass(frozen=True)
class Known:
    size_bytes: int | None
    mtime_ns: int | None
    content_sha256: str | None


@dataclass
class Plan:
    to_read: list[FoundFile] = field(default_factory=list)  # new, or metadata changed
    unchanged: list[FoundFile] = field(default_factory=list)  # same size and mtime: not opened

    def batches(self, size: int) -> list[list[FoundFile]]:
        """`to_read` in batches of at most `size` files, in path order."""
        files = sorted(self.to_read, key=lambda f: f.source_path)
        return [files[i : i + size] for i in range(0, len(files), max(1, size))]


def plan_files(found: list[FoundFile], known: dict[str, Known], full_refresh: bool = False) -> Plan:
    """Split the files found into those to read and those the warehouse already holds.

    A file whose size and mtime match the warehouse is not read at all; any other one is read
    and hashed, and only a new sha256 makes it a new version.

    >>> p = plan_files([FoundFile("a.txt", 3, 9)], {"a.txt": Known(3, 9, "x")})
    >>> (len(p.to_read), len(p.unchanged))
    (0, 1)
    """
    plan = Plan()
    for f in found:
        k = known.get(f.source_path)
        if not full_refresh and k is not None and (k.size_bytes, k.mtime_ns) == (f.size_bytes, f.mtime_ns):
            plan.unchanged.append(f)
        else:
            plan.to_read.append(f)
    return plan

"""The work of each task, as plain functions of paths: callable from a task, a process pool or a test."""
from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from transforms.extract import EXTRACTOR_VERSION, extract
from transforms.planning import FoundFile
from transforms.rows import article_row, document_from_row, extraction_rows
from transforms.text import Rejected, prepare_article
from warehouse import lake


def discover(input_dir: Path) -> list[FoundFile]:
    """Every *.txt file under `input_dir` with its size and mtime (a broken link: the link's own)."""
    if not input_dir.is_dir():
        raise FileNotFoundError(f"input folder {input_dir} does not exist or is not a folder")
    found = []
    for path in sorted(input_dir.rglob("*.txt")):
        if path.is_dir():
            continue
        rel = path.relative_to(input_dir).as_posix()
        try:
            st = path.stat()
        except OSError:  # a broken link: ingest quarantines it, and an unchanged link is not retried
            st = path.lstat()
        found.append(FoundFile(rel, st.st_size, st.st_mtime_ns))
    return found


@dataclass
class IngestResult:
    articles_path: str | None = None
    articles: int = 0
    quarantined: list[dict] = field(default_factory=list)
    touched: list[dict] = field(default_factory=list)
    seconds: float = 0.0


def ingest_files(files: list[FoundFile], input_dir: Path, out_path: Path, known_sha: dict[str, str | None],
                 max_file_bytes: int) -> IngestResult:
    """Read, decode and normalise `files` into one articles Parquet file; bad files come back as quarantine rows."""
    started = time.perf_counter()
    result = IngestResult()
    rows = []
    for f in files:
        meta = {"source_path": f.source_path, "source_file": f.source_path.rsplit("/", 1)[-1],
                "size_bytes": f.size_bytes if f.size_bytes >= 0 else None,
                "mtime_ns": f.mtime_ns if f.mtime_ns >= 0 else None, "content_sha256": None}
        if f.size_bytes > max_file_bytes:
            result.quarantined.append({**meta, "reason": f"too large: {f.size_bytes} bytes, over the "
                                       f"{max_file_bytes}-byte limit (max_file_bytes)"})
            continue
        try:
            raw = (input_dir / f.source_path).read_bytes()
        except OSError as exc:
            result.quarantined.append({**meta, "reason": f"unreadable: {exc.strerror or exc}"})
            continue
        try:
            article = prepare_article(raw, f.source_path)
        except Rejected as exc:
            result.quarantined.append({**meta, "content_sha256": hashlib.sha256(raw).hexdigest(), "reason": str(exc)})
            continue
        if known_sha.get(f.source_path) == article.content_sha256:
            result.touched.append({"source_path": f.source_path, "size_bytes": f.size_bytes, "mtime_ns": f.mtime_ns})
            continue
        rows.append(article_row(article, f.mtime_ns))
    if rows:
        result.articles_path = str(lake.write_rows(out_path, "articles", rows))
        result.articles = len(rows)
    result.seconds = time.perf_counter() - started
    return result


@dataclass
class ExtractResult:
    pledges_path: str | None = None
    statements_path: str | None = None
    articles: int = 0
    pledges: int = 0
    statements: int = 0
    failed: list[dict] = field(default_factory=list)  # article_id, source_path, error
    seconds: float = 0.0


def extract_file(articles_path: str, pledges_out: Path, statements_out: Path,
                 extractor_version: str = EXTRACTOR_VERSION) -> ExtractResult:
    """Extract pledges and statements from one articles Parquet file into two Parquet files.

    The run passes its `extractor_version`, so every worker process stamps rows with the same one.
    """
    started = time.perf_counter()
    pledges, statements, failed = [], [], []
    rows = lake.read_rows(articles_path)
    for row in rows:
        doc, offsets = document_from_row(row)
        try:
            extraction = extract(doc)
        except Exception as exc:  # noqa: BLE001 - one article's bug must not lose the batch; it is recorded
            failed.append({"article_id": doc.article_id, "source_path": row["source_path"],
                           "error": f"{type(exc).__name__}: {exc}"})
            continue
        p, s = extraction_rows(doc, offsets, extraction, extractor_version)
        pledges += p
        statements += s
    result = ExtractResult(articles=len(rows), pledges=len(pledges), statements=len(statements), failed=failed)
    # Empty files are written too: the load reads "nothing extracted" the same way as rows.
    result.pledges_path = str(lake.write_rows(pledges_out, "pledges", pledges))
    result.statements_path = str(lake.write_rows(statements_out, "statements", statements))
    result.seconds = time.perf_counter() - started
    return result


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))

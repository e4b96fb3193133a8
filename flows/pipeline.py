"""The pledgewatch flow: discover -> ingest (Parquet) -> extract (Parquet) -> load (DuckDB) -> report.

Work is mapped over batches of files, never one task per article. Extraction is CPU work:
each extract task hands its batch to a process pool whose workers import only
`transforms`, so several batches use several cores without starting Prefect in each.
"""
from __future__ import annotations

import datetime as dt
import multiprocessing
import secrets
import time
from concurrent.futures import Executor, ProcessPoolExecutor
from pathlib import Path

import duckdb
from prefect import flow, get_run_logger, task, unmapped
from prefect.artifacts import create_markdown_artifact
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner

from flows import report
from flows.settings import resolve_paths
from flows.work import ExtractResult, IngestResult, default_workers, discover, extract_file, ingest_files
from transforms.extract import EXTRACTOR_VERSION
from transforms.planning import Known, plan_files
from warehouse import lake
from warehouse.loader import RunLoad, WarehouseBusy, export_stale_articles, load_run, read_state

DEFAULT_MAX_FILE_BYTES = 5_000_000
_POOL: Executor | None = None


def _retry_on_busy(task, task_run, state) -> bool:
    """Retry only when storage was busy or an I/O call failed; a missing path or a bug fails at once."""
    try:
        state.result()
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return False
    except (WarehouseBusy, duckdb.IOException, OSError):
        return True
    except Exception:
        return False
    return False


@task(name="plan", retries=3, retry_delay_seconds=5, retry_condition_fn=_retry_on_busy)
def plan_task(input_dir: Path, db_path: Path, full_refresh: bool):
    found = discover(input_dir)
    state = {} if full_refresh else read_state(db_path)
    known = {k: Known(v.size_bytes, v.mtime_ns, v.content_sha256) for k, v in state.items()}
    return found, plan_files(found, known, full_refresh), {k: v.content_sha256 for k, v in state.items()}


@task(name="ingest-batch", retries=2, retry_delay_seconds=2, retry_condition_fn=_retry_on_busy)
def ingest_task(files, input_dir: Path, lake_dir: Path, run_id: str, part: int, known_sha: dict,
                max_file_bytes: int) -> IngestResult:
    out = lake.part_path(lake_dir, "articles", run_id, f"{part:05d}")
    result = ingest_files(files, input_dir, out, known_sha, max_file_bytes)
    get_run_logger().info("batch %05d: %d files read, %d new articles, %d unchanged, %d quarantined (%.1f s)",
                          part, len(files), result.articles, len(result.touched), len(result.quarantined),
                          result.seconds)
    return result


@task(name="export-stale", retries=3, retry_delay_seconds=5, retry_condition_fn=_retry_on_busy)
def export_stale_task(db_path: Path, lake_dir: Path, run_id: str, skip_paths: set[str],
                      batch_size: int) -> list[tuple[str, int]]:
    """Stored articles of another extractor version, as lake batches: (path, rows) each."""
    return export_stale_articles(db_path, EXTRACTOR_VERSION, skip_paths, batch_size,
                                 lambda i: lake.part_path(lake_dir, "articles", run_id, f"reextract-{i:05d}"))


@task(name="extract-batch")
def extract_task(articles_path: str, lake_dir: Path, run_id: str, use_pool: bool) -> ExtractResult:
    part = Path(articles_path).stem.removeprefix("part-")
    args = (articles_path, lake.part_path(lake_dir, "pledges", run_id, part),
            lake.part_path(lake_dir, "statements", run_id, part), EXTRACTOR_VERSION)
    result = _POOL.submit(extract_file, *args).result() if use_pool and _POOL is not None else extract_file(*args)
    get_run_logger().info("batch %s: %d articles -> %d pledges, %d statements (%.1f s, %.0f articles/s)", part,
                          result.articles, result.pledges, result.statements, result.seconds,
                          result.articles / result.seconds if result.seconds else 0.0)
    return result


@task(name="load-warehouse", retries=3, retry_delay_seconds=10, retry_condition_fn=_retry_on_busy)
def load_task(db_path: Path, run: RunLoad) -> dict[str, int]:
    return load_run(db_path, run)


@task(name="report")
def report_task(summary: dict, pledge_paths: list[str]) -> str:
    markdown = report.run_markdown(summary, lake.read_many(pledge_paths))
    create_markdown_artifact(key="pledgewatch-run", markdown=markdown, description="pledgewatch run summary")
    return markdown


def _new_run_id(now: dt.datetime) -> str:
    return now.strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


@flow(name="pledgewatch", task_runner=ThreadPoolTaskRunner(max_workers=4))
def pledgewatch(
    input_dir: str | None = None,
    lake_dir: str | None = None,
    db_path: str | None = None,
    full_refresh: bool = False,
    batch_size: int = 500,
    workers: int = 0,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
) -> dict:
    """Ingest new and changed article files, extract pledges and statements, load the DuckDB warehouse.

    Paths default to PLEDGEWATCH_INPUT / PLEDGEWATCH_LAKE / PLEDGEWATCH_DB, else data/input,
    data/lake and data/pledgewatch.duckdb. `workers` = extraction processes (0: one per core, up to 4).
    """
    log = get_run_logger()
    paths = resolve_paths(input_dir, lake_dir, db_path)
    started = dt.datetime.now(dt.UTC)
    run_id = _new_run_id(started)
    log.info("run %s: input %s, lake %s, warehouse %s%s", run_id, paths.input_dir, paths.lake_dir,
             paths.db_path, " (full refresh)" if full_refresh else "")

    found, plan, known_sha = plan_task(paths.input_dir, paths.db_path, full_refresh)
    batches = plan.batches(batch_size)
    log.info("%d files found: %d unchanged (not opened), %d to read in %d batch(es)",
             len(found), len(plan.unchanged), len(plan.to_read), len(batches))

    ingested: list[IngestResult] = [
        f.result() for f in ingest_task.map(
            batches, unmapped(paths.input_dir), unmapped(paths.lake_dir), unmapped(run_id),
            list(range(len(batches))), [{f.source_path: known_sha.get(f.source_path) for f in b} for b in batches],
            unmapped(max_file_bytes))
    ]
    stale = [] if full_refresh else export_stale_task(
        paths.db_path, paths.lake_dir, run_id, {f.source_path for f in plan.to_read}, batch_size)
    n_stale = sum(n for _, n in stale)
    if n_stale:
        log.info("%d stored articles were extracted by another extractor version: re-extracting", n_stale)
    article_paths = [r.articles_path for r in ingested if r.articles_path] + [path for path, _ in stale]

    extracted = _extract(article_paths, paths.lake_dir, run_id, workers or default_workers())
    run = RunLoad(
        run_id=run_id, flow_run_id=flow_run.get_id(), started_at=started, input_dir=str(paths.input_dir),
        is_full_refresh=full_refresh, extractor_version=EXTRACTOR_VERSION, files_seen=len(found),
        files_unchanged=len(plan.unchanged) + sum(len(r.touched) for r in ingested),
        article_paths=article_paths,
        pledge_paths=[r.pledges_path for r in extracted if r.pledges_path],
        statement_paths=[r.statements_path for r in extracted if r.statements_path],
        quarantined=[q for r in ingested for q in r.quarantined],
        touched=[t for r in ingested for t in r.touched],
        extraction_failures=[f for r in extracted for f in r.failed],
        articles_reextracted=n_stale,
    )
    load_started = time.perf_counter()
    counts = load_task(paths.db_path, run)
    summary = report.summarise(run, counts, ingested, extracted, paths)
    summary["load_seconds"] = round(time.perf_counter() - load_started, 3)
    report_task(summary, run.pledge_paths)
    for q in run.quarantined:
        log.warning("quarantined %s: %s", q["source_path"], q["reason"])
    for f in run.extraction_failures:
        log.warning("extraction failed on %s (loaded without rows): %s", f["source_path"], f["error"])
    log.info(report.one_line(summary))
    return summary


def _extract(article_paths: list[str], lake_dir: Path, run_id: str, workers: int) -> list[ExtractResult]:
    """Map extraction over the batches; with several batches and workers, on a process pool."""
    global _POOL
    use_pool = workers > 1 and len(article_paths) > 1
    if use_pool:
        # spawn, not fork: the flow process runs threads, and forking them can deadlock.
        _POOL = ProcessPoolExecutor(max_workers=min(workers, len(article_paths)),
                                    mp_context=multiprocessing.get_context("spawn"))
    try:
        return [f.result() for f in extract_task.map(article_paths, unmapped(lake_dir), unmapped(run_id), unmapped(use_pool))]
    finally:
        if use_pool and _POOL is not None:
            _POOL.shutdown()
            _POOL = None

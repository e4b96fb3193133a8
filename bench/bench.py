"""Benchmark: build a synthetic corpus, run the pipeline on it twice, print throughput per stage.

    python bench/bench.py --articles 10000 [--seed 7] [--workdir DIR] [--workers N]

The corpus recombines the paragraphs, titles, headers and noise of the bundled articles
(data/sample and every corpus in tests/golden/), deterministically from the seed. It prints articles
per second for ingest, extract and load (each over the stage's own time), the wall time
of a first and of a second run with nothing new, the single-process extraction rate
(articles per second per core), and the peak memory. A benchmark, not a test: nothing
here asserts a time.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import random
import resource
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

from transforms.extract import extract  # noqa: E402
from transforms.text import decode, parse_header, prepare_article  # noqa: E402

SOURCES = [ROOT / "data" / "sample", *sorted((ROOT / "tests" / "golden").glob("*/raw"))]


def source_parts() -> tuple[list[str], list[str], list[str]]:
    """Titles, header dates and body paragraphs of the bundled articles."""
    titles, dates, paragraphs = [], [], []
    seen = set()
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            text = decode(path.read_bytes())[0].replace("\r\n", "\n")
            if text in seen:
                continue
            seen.add(text)
            published, title_start = parse_header(text)
            lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
            if published:
                dates.append(text[:title_start].strip().removeprefix("date").strip())
                titles.append(lines[0][title_start - (len(text) - len(text.lstrip())):].strip())
                lines = lines[1:]
            paragraphs += lines
    return titles, dates, paragraphs


def build_corpus(folder: Path, n: int, seed: int) -> int:
    """Write `n` synthetic articles to `folder`; returns the bytes written."""
    rng = random.Random(seed)
    titles, dates, paragraphs = source_parts()
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        body = rng.sample(paragraphs, rng.randint(4, 9))
        if rng.random() < 0.2:  # glued sentences, as in scraped pages
            body[0] = body[0].replace(". ", ".", 1)
        sep = "\n" + "\n" * rng.choice([1, 1, 1, 4, 15])
        text = sep.join(body) + "\n"
        if rng.random() < 0.7:
            text = f" date {rng.choice(dates)} {rng.choice(titles)}\n\n" + text
        if rng.random() < 0.15:
            text = text.replace("\n", "\r\n")
        raw = text.encode("utf-8")
        roll = rng.random()
        if roll < 0.1:
            raw = text.encode("cp1252", errors="replace")
        elif roll < 0.15:
            raw = b"\xef\xbb\xbf" + raw
        name = f"{i:06d}_{hashlib.sha256(raw).hexdigest()[:16]}.txt"
        (folder / name).write_bytes(raw)
        total += len(raw)
    return total


def extraction_per_core(folder: Path, limit: int) -> float:
    """Articles per second of prepare + extract in this one process (one core)."""
    paths = sorted(folder.glob("*.txt"))[:limit]
    docs = []
    for p in paths:
        a = prepare_article(p.read_bytes(), p.name)
        docs.append(a.document())
    started = time.perf_counter()
    for doc in docs:
        extract(doc)
    return len(docs) / (time.perf_counter() - started)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workdir", default="/tmp/pledgewatch-bench")
    ap.add_argument("--workers", type=int, default=0, help="extraction processes (0: default)")
    ap.add_argument("--batch-size", type=int, default=500)
    args = ap.parse_args()

    work = Path(args.workdir)
    shutil.rmtree(work, ignore_errors=True)
    started = time.perf_counter()
    size = build_corpus(work / "input", args.articles, args.seed)
    print(f"corpus: {args.articles} articles, {size / 1e6:.1f} MB, built in {time.perf_counter() - started:.1f} s "
          f"(seed {args.seed}) at {work / 'input'}")

    per_core = extraction_per_core(work / "input", min(args.articles, 2000))
    from flows.pipeline import pledgewatch  # noqa: PLC0415 - Prefect loads only once the corpus is ready

    params = {"input_dir": str(work / "input"), "lake_dir": str(work / "lake"), "db_path": str(work / "w.duckdb"),
              "workers": args.workers, "batch_size": args.batch_size}
    started = time.perf_counter()
    first = pledgewatch(**params)
    first_wall = time.perf_counter() - started
    started = time.perf_counter()
    second = pledgewatch(**params)
    second_wall = time.perf_counter() - started

    n = first["articles_loaded"]
    peak_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
               + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    rows = [
        ("articles loaded", f"{n}"),
        ("pledges / statements", f"{first['pledges_loaded']} / {first['statements_loaded']}"),
        ("ingest (task time)", f"{n / first['ingest_seconds']:.0f} articles/s"),
        ("extract (task time, all workers)", f"{n / first['extract_seconds']:.0f} articles/s"),
        ("extract, one process (per core)", f"{per_core:.0f} articles/s"),
        ("load (one transaction + swap)", f"{n / first['load_seconds']:.0f} articles/s"),
        ("first run, wall", f"{first_wall:.1f} s ({n / first_wall:.0f} articles/s end to end)"),
        ("second run, nothing new, wall", f"{second_wall:.1f} s ({second['files_unchanged']} files unchanged)"),
        ("peak memory (this process + children)", f"{peak_mb:.0f} MB"),
        ("machine", f"{os.cpu_count()} cores"),
    ]
    width = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"{k:<{width}}  {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What a run tells its user: the summary dict, one log line, and the markdown artifact."""
from __future__ import annotations

from flows.settings import Paths
from flows.work import ExtractResult, IngestResult
from warehouse.loader import RunLoad

NEW_PLEDGES_SHOWN = 50


def summarise(run: RunLoad, counts: dict[str, int], ingested: list[IngestResult],
              extracted: list[ExtractResult], paths: Paths) -> dict:
    ingest_s = sum(r.seconds for r in ingested)
    extract_s = sum(r.seconds for r in extracted)
    return {
        "run_id": run.run_id,
        "warehouse": str(paths.db_path),
        "lake": str(paths.lake_dir),
        "full_refresh": run.is_full_refresh,
        "extractor_version": run.extractor_version,
        "files_seen": run.files_seen,
        "files_unchanged": run.files_unchanged,
        "articles_loaded": counts["articles"] - run.articles_reextracted,
        "articles_reextracted": run.articles_reextracted,
        "files_quarantined": counts["quarantined"],
        "pledges_loaded": counts["pledges"],
        "statements_loaded": counts["statements"],
        "quarantined": [{"file": q["source_path"], "reason": q["reason"]} for q in run.quarantined],
        "extraction_failures": [{"file": f["source_path"], "error": f["error"]} for f in run.extraction_failures],
        "ingest_seconds": round(ingest_s, 3),
        "extract_seconds": round(extract_s, 3),
    }


def one_line(s: dict) -> str:
    return (f"{s['files_seen']} files: {s['files_unchanged']} unchanged, {s['articles_loaded']} articles loaded, "
            f"{s['articles_reextracted']} re-extracted, {s['files_quarantined']} quarantined, "
            f"{len(s['extraction_failures'])} extraction failures; "
            f"{s['pledges_loaded']} pledges and {s['statements_loaded']} statements written to {s['warehouse']}")


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def run_markdown(s: dict, pledge_rows: list[dict]) -> str:
    """The run's artifact: counts, new pledges as a table, quarantined files."""
    lines = [
        f"# pledgewatch run `{s['run_id']}`", "",
        "| files seen | unchanged | articles loaded | re-extracted | quarantined | pledges | statements |",
        "|---:|---:|---:|---:|---:|---:|---:|",
        f"| {s['files_seen']} | {s['files_unchanged']} | {s['articles_loaded']} | {s['articles_reextracted']} "
        f"| {s['files_quarantined']} | {s['pledges_loaded']} | {s['statements_loaded']} |", "",
        f"Warehouse `{s['warehouse']}`, extractor {s['extractor_version']}"
        + (", full refresh." if s["full_refresh"] else "."), "",
    ]
    new = [p for p in pledge_rows if p["status"] != "total"]
    lines += [f"## New pledges ({len(new)})", ""]
    if new:
        lines += ["| donor | recipient | amount | currency | status | aid type | items | evidence |",
                  "|---|---|---:|---|---|---|---|---|"]
        for p in new[:NEW_PLEDGES_SHOWN]:
            amount = f"{p['amount']:,.0f}" if p["amount"] is not None else ""
            lines.append(f"| {p['donor']} | {_cell(p['recipient'])} | {amount} | {_cell(p['currency'])} "
                         f"| {p['status']} | {_cell(p['aid_type'])} | {_cell(', '.join(p['items']))} "
                         f"| {_cell(p['evidence'][:160])} |")
        if len(new) > NEW_PLEDGES_SHOWN:
            lines.append(f"\n… and {len(new) - NEW_PLEDGES_SHOWN} more: `select * from pledges_new`.")
    else:
        lines.append("None in this run.")
    if s["extraction_failures"]:
        lines += ["", f"## Extraction failures ({len(s['extraction_failures'])})", "",
                  "Loaded without pledges or statements; retried when the extractor version changes.", "",
                  "| file | error |", "|---|---|"]
        lines += [f"| {_cell(f['file'])} | {_cell(f['error'])} |" for f in s["extraction_failures"]]
    lines += ["", f"## Quarantined files ({len(s['quarantined'])})", ""]
    if s["quarantined"]:
        lines += ["| file | reason |", "|---|---|"]
        lines += [f"| {_cell(q['file'])} | {_cell(q['reason'])} |" for q in s["quarantined"]]
    else:
        lines.append("None.")
    return "\n".join(lines) + "\n"

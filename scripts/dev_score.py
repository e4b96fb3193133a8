"""Fast extraction loop for developers: transforms only, no Prefect, no lake.

    python scripts/dev_score.py [RAW_DIR] [--gold GOLD] [--errors] [--db PATH]

Prepares every *.txt under RAW_DIR, extracts, writes the scored tables to a scratch DuckDB
file and runs ../shared/eval/score.py on it. The real pipeline is `pledgewatch run`.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from transforms.extract import extract  # noqa: E402
from transforms.text import Rejected, prepare_article  # noqa: E402

SHARED = ROOT.parent / "shared"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("raw", nargs="?", default=str(SHARED / "corpus/dev/raw"))
    ap.add_argument("--gold", default=str(SHARED / "corpus/dev/gold.jsonl"))
    ap.add_argument("--db", default=None)
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    db = args.db or str(Path(tempfile.mkdtemp()) / "dev.duckdb")
    con = duckdb.connect(db)
    con.execute("create or replace table articles(article_id varchar, source_file varchar, title varchar, "
                "published_on date, published_precision varchar, language varchar)")
    con.execute("create or replace table pledges(article_id varchar, donor varchar, recipient varchar, amount double, "
                "currency varchar, status varchar, aid_type varchar, items varchar[], announced_on date, "
                "announced_precision varchar, evidence varchar)")
    con.execute("create or replace table statements(article_id varchar, speaker varchar, quote varchar, said_on date, "
                "said_precision varchar)")
    started = time.perf_counter()
    n = 0
    for path in sorted(Path(args.raw).glob("*.txt")):
        try:
            a = prepare_article(path.read_bytes(), path.name)
        except Rejected as exc:
            print(f"rejected {path.name}: {exc}")
            continue
        n += 1
        doc = a.document()
        ex = extract(doc)
        con.execute("insert into articles values (?,?,?,?,?,?)", [a.article_id, a.source_file, a.title,
                    a.published.on if a.published else None, a.published.precision if a.published else None, a.language])
        for p in ex.pledges:
            con.execute("insert into pledges values (?,?,?,?,?,?,?,?,?,?,?)", [
                a.article_id, p.donor, p.recipient, p.amount, p.currency, p.status, p.aid_type, list(p.items),
                p.announced.on if p.announced else None, p.announced.precision if p.announced else None, p.evidence])
        for s in ex.statements:
            con.execute("insert into statements values (?,?,?,?,?)", [
                a.article_id, s.speaker, s.quote, s.said.on if s.said else None, s.said.precision if s.said else None])
    con.close()
    elapsed = time.perf_counter() - started
    print(f"{n} articles prepared and extracted in {elapsed:.2f} s ({n / elapsed:.0f}/s incl. DuckDB inserts)")
    cmd = [sys.executable, str(SHARED / "eval/score.py"), "--db", db, "--gold", args.gold]
    if args.errors:
        cmd.append("--errors")
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())

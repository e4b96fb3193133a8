"""The pledgewatch flow under a Prefect test harness, on a temporary corpus and warehouse."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows import pipeline
from flows.pipeline import pledgewatch
from transforms.text import article_id_for
from warehouse.loader import run_data_tests

# spec/ANNOTATION.md: the columns score.py reads.
CONTRACT = {
    "articles": {"article_id", "source_file", "title", "published_on", "published_precision", "language"},
    "pledges": {"article_id", "donor", "recipient", "amount", "currency", "status", "aid_type", "items",
                "announced_on", "announced_precision"},
    "statements": {"article_id", "speaker", "quote", "said_on", "said_precision"},
    "quarantine": {"source_path", "reason", "run_id"},
    "runs": {"run_id", "started_at", "ended_at", "status", "articles_loaded", "files_quarantined"},
}

pytestmark = pytest.mark.usefixtures("prefect_harness")


def run(corpus: Path, tmp_path: Path, **kwargs) -> dict:
    return pledgewatch(input_dir=str(corpus), lake_dir=str(tmp_path / "lake"), db_path=str(tmp_path / "w.duckdb"),
                       **kwargs)


def snapshot(db: Path) -> dict[str, list]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {
            "articles": con.execute("select article_id, content_sha256 from articles order by 1").fetchall(),
            "pledges": [tuple(tuple(v) if isinstance(v, list) else v for v in row) for row in con.execute(
                "select * exclude (extractor_version) from pledges order by pledge_id").fetchall()],
            "statements": con.execute("select statement_id, speaker, quote from statements order by 1").fetchall(),
            "quarantine": con.execute("select source_path, reason from quarantine order by 1").fetchall(),
        }


def test_first_run_loads_the_contract_tables(corpus: Path, tmp_path: Path) -> None:
    summary = run(corpus, tmp_path)
    assert summary["files_seen"] == summary["articles_loaded"] == 6
    assert summary["pledges_loaded"] > 0 and summary["statements_loaded"] > 0
    with duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True) as con:
        for table, columns in CONTRACT.items():
            have = {r[0] for r in con.execute(
                "select column_name from information_schema.columns where table_name = ?", [table]).fetchall()}
            assert columns <= have, (table, columns - have)
            assert con.execute(
                "select count(*) from duckdb_columns() where table_name = ? and comment is null", [table]
            ).fetchone()[0] == 0, f"{table} has columns without COMMENT"
        for view in ("pledges_new", "pledge_totals_by_donor", "statements_by_speaker"):
            con.execute(f"select * from {view}").fetchall()
        assert con.execute("select count(*) from pledges_new where status = 'total'").fetchone()[0] == 0
        assert run_data_tests(con) == dict.fromkeys(run_data_tests(con), 0)
    assert list((tmp_path / "lake" / "articles").glob("run_id=*/part-*.parquet"))


def test_the_duckdb_command_line_opens_the_warehouse(corpus: Path, tmp_path: Path) -> None:
    """Analysts use the duckdb CLI (1.x on PyPI): the warehouse must open in it, read-only."""
    run(corpus, tmp_path)
    cli = Path(sys.executable).parent / "duckdb"
    out = subprocess.run([str(cli), "-readonly", "-csv", str(tmp_path / "w.duckdb"), "-c",
                          "select count(*) from pledges_new; select count(*) from articles"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    with duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True) as con:
        expected = [str(con.execute(f"select count(*) from {t}").fetchone()[0]) for t in ("pledges_new", "articles")]
    assert [line for line in out.stdout.split() if line.isdigit()] == expected


def test_second_run_changes_nothing_and_new_files_alone_are_processed(corpus: Path, tmp_path: Path) -> None:
    run(corpus, tmp_path)
    before = snapshot(tmp_path / "w.duckdb")

    again = run(corpus, tmp_path)
    assert (again["files_unchanged"], again["articles_loaded"], again["pledges_loaded"]) == (6, 0, 0)
    assert snapshot(tmp_path / "w.duckdb") == before

    # touching a file (same bytes, new mtime) reads it but changes no row
    os.utime(next(corpus.glob("*.txt")), ns=(1, 1))
    touched = run(corpus, tmp_path)
    assert (touched["files_unchanged"], touched["articles_loaded"]) == (6, 0)
    assert snapshot(tmp_path / "w.duckdb") == before

    extra = sorted((Path(__file__).parent / "golden" / "dev" / "raw").glob("*.txt"))[-1]
    shutil.copy(extra, corpus / extra.name)
    added = run(corpus, tmp_path)
    assert (added["files_seen"], added["files_unchanged"], added["articles_loaded"]) == (7, 6, 1)
    after = snapshot(tmp_path / "w.duckdb")
    assert set(before["pledges"]) <= set(after["pledges"])
    assert len(after["articles"]) == 7


def test_changed_file_replaces_its_rows(corpus: Path, tmp_path: Path) -> None:
    run(corpus, tmp_path)
    target = sorted(corpus.glob("*.txt"))[1]
    target.write_text(" date 2024-05 Berlin livre des chars\n\nL’Allemagne a annoncé l’envoi de chars "
                      "Leopard 2 à l’Ukraine. « Nous tiendrons parole », a déclaré Olaf Scholz.", encoding="utf-8")
    summary = run(corpus, tmp_path)
    assert summary["articles_loaded"] == 1
    with duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True) as con:
        (article_id, title), = con.execute(
            "select article_id, title from articles where source_file = ?", [target.name]).fetchall()
        assert title == "Berlin livre des chars"
        quotes = con.execute("select quote from statements where article_id = ?", [article_id]).fetchall()
        assert quotes == [("Nous tiendrons parole",)]


def test_bad_files_go_to_quarantine_and_the_run_goes_on(corpus: Path, tmp_path: Path) -> None:
    run(corpus, tmp_path)
    victim = sorted(corpus.glob("*.txt"))[0]
    victim.write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)  # a loaded article is overwritten by binary junk
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "huge.txt").write_bytes(b"a " * 6000)
    (corpus / "broken-link.txt").symlink_to(corpus / "missing-target")
    (corpus / "latin.txt").write_bytes(" date 2023-03 Aide à l’Ukraine\n\nLe Canada a promis 5 millions de "
                                       "dollars d’aide humanitaire à l’Ukraine.".encode("cp1252"))
    summary = run(corpus, tmp_path, max_file_bytes=10_000)
    reasons = {q["file"]: q["reason"] for q in summary["quarantined"]}
    assert set(reasons) == {victim.name, "empty.txt", "huge.txt", "broken-link.txt"}
    assert "binary" in reasons[victim.name] and "empty" in reasons["empty.txt"]
    assert "too large" in reasons["huge.txt"] and "unreadable" in reasons["broken-link.txt"]
    assert summary["articles_loaded"] == 1  # latin.txt; the other five are unchanged
    with duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from quarantine").fetchone()[0] == 4
        assert con.execute("select count(*) from articles where source_file = ?", [victim.name]).fetchone()[0] == 0
        assert con.execute("select encoding from articles where source_file = 'latin.txt'").fetchone()[0] == "cp1252"
        assert con.execute("select files_quarantined from runs order by started_at desc limit 1").fetchone()[0] == 4
    # unchanged bad files are not quarantined again; a repaired one loads and leaves quarantine
    (corpus / "empty.txt").write_text("Le Japon a annoncé une aide de 30 millions de dollars à l’Ukraine.")
    again = run(corpus, tmp_path, max_file_bytes=10_000)
    assert (again["files_quarantined"], again["articles_loaded"]) == (0, 1)
    assert len(snapshot(tmp_path / "w.duckdb")["quarantine"]) == 3


def test_an_extraction_bug_on_one_article_is_recorded_and_the_run_goes_on(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from flows import work

    real_extract = work.extract
    victim = sorted(corpus.glob("*.txt"))[2].name

    def extract(doc):
        if doc.article_id == article_id_for(victim):
            raise KeyError("an alias the lookup table lacks")
        return real_extract(doc)

    monkeypatch.setattr(work, "extract", extract)
    summary = run(corpus, tmp_path, workers=1)
    assert summary["articles_loaded"] == 6
    assert summary["extraction_failures"] == [{"file": victim, "error": "KeyError: 'an alias the lookup table lacks'"}]
    with duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True) as con:
        rows = con.execute("select source_file, extraction_error from articles where extraction_error is not null"
                           ).fetchall()
        assert rows == [(victim, "KeyError: 'an alias the lookup table lacks'")]
        assert con.execute("select count(*) from pledges where article_id = ?",
                           [article_id_for(victim)]).fetchone()[0] == 0
        assert con.execute("select count(*) from pledges").fetchone()[0] > 0
        assert con.execute("select extraction_failures from runs").fetchone()[0] == 1


def test_new_extractor_version_reextracts_without_raw_files(corpus: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    run(corpus, tmp_path)
    before = snapshot(tmp_path / "w.duckdb")
    for path in corpus.glob("*.txt"):
        path.unlink()  # the raw files are gone: re-extraction must work from the warehouse alone
    monkeypatch.setattr(pipeline, "EXTRACTOR_VERSION", "test-next")
    summary = run(corpus, tmp_path, batch_size=4, workers=2)  # two batches, on two processes
    assert (summary["articles_reextracted"], summary["articles_loaded"]) == (6, 0)
    assert len(list((tmp_path / "lake" / "articles").glob("run_id=*/part-reextract-*.parquet"))) == 2
    after = snapshot(tmp_path / "w.duckdb")
    assert after == before  # same extractor code, same rows and keys
    with duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True) as con:
        assert con.execute("select distinct extractor_version from pledges").fetchall() == [("test-next",)]
        assert con.execute("select distinct extractor_version from articles").fetchall() == [("test-next",)]


def test_full_refresh_rebuilds_the_same_rows_on_several_processes(corpus: Path, tmp_path: Path) -> None:
    run(corpus, tmp_path)
    before = snapshot(tmp_path / "w.duckdb")
    summary = run(corpus, tmp_path, full_refresh=True, batch_size=2, workers=2)
    assert summary["articles_loaded"] == 6 and summary["full_refresh"]
    assert snapshot(tmp_path / "w.duckdb") == before


def test_open_read_only_session_neither_blocks_nor_sees_a_partial_load(corpus: Path, tmp_path: Path) -> None:
    run(corpus, tmp_path)
    extra = sorted((Path(__file__).parent / "golden" / "dev" / "raw").glob("*.txt"))[-1]
    shutil.copy(extra, corpus / extra.name)
    analyst = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    try:
        summary = run(corpus, tmp_path)
        assert summary["articles_loaded"] == 1
        assert analyst.execute("select count(*) from articles").fetchone()[0] == 6  # still the old, whole state
    finally:
        analyst.close()
    with duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True) as fresh:
        assert fresh.execute("select count(*) from articles").fetchone()[0] == 7


def test_missing_input_fails_with_a_clear_reason(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="does not exist"):
        run(tmp_path / "nowhere", tmp_path)

"""The command line as a user meets it, and the README's commands against the real parser."""
from __future__ import annotations

import re
import shlex
from pathlib import Path

import duckdb
import pytest

from flows.cli import build_parser, main
from warehouse.loader import apply_ddl

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    db = tmp_path / "w.duckdb"
    with duckdb.connect(str(db)) as con:
        apply_ddl(con)
        con.execute("insert into quarantine values ('a.txt', 'a.txt', 'empty file (0 bytes)', 0, 1, null, 'r1', now())")
    return db


def test_sql_prints_a_table(warehouse: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["sql", "--db", str(warehouse), "select source_file, reason from quarantine"]) == 0
    out = capsys.readouterr().out
    assert "source_file" in out and "empty file (0 bytes)" in out


def test_sql_csv(warehouse: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["sql", "--db", str(warehouse), "--csv", "select source_file, size_bytes from quarantine"]) == 0
    assert capsys.readouterr().out.splitlines() == ["source_file,size_bytes", "a.txt,0"]


@pytest.mark.parametrize(("query", "message"), [
    ("delete from quarantine", "read-only"),
    ("select * from no_such_table", "no_such_table"),
])
def test_sql_errors_are_one_line(warehouse: Path, query: str, message: str, capsys: pytest.CaptureFixture) -> None:
    assert main(["sql", "--db", str(warehouse), query]) == 1
    err = capsys.readouterr().err
    assert err.startswith("pledgewatch: error:") and message in err and err.count("\n") == 1
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from quarantine").fetchone()[0] == 1


def test_sql_without_warehouse(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["sql", "--db", str(tmp_path / "none.duckdb"), "select 1"]) == 1
    assert "run `pledgewatch run` first" in capsys.readouterr().err


def test_run_with_missing_input_fails_before_starting_prefect(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["run", "--input", str(tmp_path / "nowhere"), "--db", str(tmp_path / "w.duckdb")]) == 1
    err = capsys.readouterr().err
    assert "does not exist" in err and err.count("\n") == 1


def test_run_reads_paths_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                              capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setenv("PLEDGEWATCH_INPUT", str(tmp_path / "from-env"))
    assert main(["run"]) == 1
    assert str(tmp_path / "from-env") in capsys.readouterr().err


def test_check_passes_on_a_sound_warehouse(warehouse: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["check", "--db", str(warehouse)]) == 0
    assert "FAIL" not in capsys.readouterr().out


def test_check_names_the_failing_data_test(warehouse: Path, capsys: pytest.CaptureFixture) -> None:
    with duckdb.connect(str(warehouse)) as con:
        con.execute("insert into pledges values ('p1', 'missing-article', 'usa', null, 5, null, 'announced', null, "
                    "[], null, null, 'x', 0, 1, 0, 1, 0.5, 'v')")
    assert main(["check", "--db", str(warehouse)]) == 1
    out = capsys.readouterr().out
    assert "FAIL pledges_article_exists" in out and "FAIL pledges_amount_has_currency" in out
    assert "FAIL pledges_codes_accepted" in out


def test_serve_needs_a_server(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    assert main(["serve"]) == 1
    assert "prefect server start" in capsys.readouterr().err


README_COMMANDS = [
    line.strip() for block in re.findall(r"```sh\n(.*?)```", README, re.S) for line in block.splitlines()
    if line.strip().startswith("pledgewatch ")
]


def test_readme_has_commands() -> None:
    assert {c.split()[1] for c in README_COMMANDS} >= {"run", "sql", "serve", "check"}


@pytest.mark.parametrize("command", README_COMMANDS)
def test_readme_commands_parse(command: str) -> None:
    argv = shlex.split(command.split(" #")[0].split(" >")[0])[1:]
    argv = [a.replace("DIR", "/tmp/x").replace("PATH", "/tmp/x.duckdb") for a in argv if a not in {"[", "]"}]
    argv = [a.strip("[]") for a in argv if a.strip("[]")]
    build_parser().parse_args(argv)  # exits (SystemExit) on an option the CLI does not have

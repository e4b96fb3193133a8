"""Golden tests: every article of every corpus in tests/golden/ against its gold rows.

Corpora: `dev` is ../shared/corpus/dev (two real articles and 24 written on real events);
`heldout1`…`heldout9` are articles we wrote on real 2022-2025 events, in the styles of many
outlets, annotated by spec/ANNOTATION.md before the extractor saw them (README: Golden corpora).

A difference not in the corpus's known_differences.json fails: that is a regression. After an
improvement, refresh the baselines with
    PLEDGEWATCH_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py
and commit the smaller files.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from golden_match import pledge_differences, statement_differences

from transforms.extract import extract
from transforms.text import prepare_article

GOLDEN = Path(__file__).parent / "golden"
CORPORA = sorted(p.parent.name for p in GOLDEN.glob("*/gold.jsonl"))
UPDATE = os.environ.get("PLEDGEWATCH_UPDATE_GOLDEN") == "1"


def gold_of(corpus: str) -> dict[str, dict]:
    lines = (GOLDEN / corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return {row["file"]: row for row in map(json.loads, lines) if row}


def baseline_of(corpus: str) -> dict[str, list[str]]:
    path = GOLDEN / corpus / "known_differences.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def differences(corpus: str, name: str, gold: dict) -> list[str]:
    a = prepare_article((GOLDEN / corpus / "raw" / name).read_bytes(), name)
    out = []
    if (a.title or None) != gold.get("title"):
        out.append(f"title {a.title!r} != {gold.get('title')!r}")
    if (a.published.iso()[:7] if a.published else None) != ((gold.get("published") or "")[:7] or None):
        out.append(f"published {a.published} != {gold.get('published')!r}")
    ex = extract(a.document())
    pledges = [{**p.__dict__, "announced_on": p.announced.iso() if p.announced else None} for p in ex.pledges]
    statements = [{**s.__dict__, "said_on": s.said.iso() if s.said else None} for s in ex.statements]
    return sorted(pledge_differences(pledges, gold.get("pledges", []))
                  + statement_differences(statements, gold.get("statements", [])))


CASES = [(corpus, name) for corpus in CORPORA for name in sorted(gold_of(corpus))]
_updated: dict[str, dict[str, list[str]]] = {}


@pytest.mark.parametrize(("corpus", "name"), CASES, ids=[f"{c}/{n}" for c, n in CASES])
def test_golden_article(corpus: str, name: str) -> None:
    found = differences(corpus, name, gold_of(corpus)[name])
    if UPDATE:
        _updated.setdefault(corpus, {})[name] = found
        (GOLDEN / corpus / "known_differences.json").write_text(
            json.dumps(_updated[corpus], indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
        return
    new = sorted(set(found) - set(baseline_of(corpus).get(name, [])))
    assert not new, f"{corpus}/{name}: regressions against known_differences.json:\n" + "\n".join(new)


def test_every_corpus_is_complete() -> None:
    """Each gold row names a raw file of its corpus and each raw file has gold rows."""
    assert "dev" in CORPORA and len(CORPORA) >= 2
    for corpus in CORPORA:
        assert set(gold_of(corpus)) == {p.name for p in (GOLDEN / corpus / "raw").glob("*.txt")}, corpus


def test_dev_baseline_stays_small() -> None:
    """The dev corpus's known differences are a debt to pay down, not a place to hide failures."""
    gold = gold_of("dev")
    total_gold = sum(len(g.get("pledges", [])) + len(g.get("statements", [])) for g in gold.values())
    total_known = sum(len(v) for v in baseline_of("dev").values())
    assert total_known <= 0.05 * total_gold, f"{total_known} known differences for {total_gold} gold rows"

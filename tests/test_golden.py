"""Golden tests: each dev article's extraction against its gold rows (tests/golden/).

A difference not in tests/golden/known_differences.json fails: that is a regression.
After an improvement, refresh the baseline with
    PLEDGEWATCH_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py
and commit the smaller file.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from golden_match import pledge_differences, statement_differences

from transforms.extract import extract
from transforms.model import Document
from transforms.text import prepare_article

GOLDEN = Path(__file__).parent / "golden"
GOLD = {row["file"]: row for row in map(json.loads, (GOLDEN / "gold.jsonl").read_text().splitlines()) if row}
BASELINE_PATH = GOLDEN / "known_differences.json"
BASELINE = json.loads(BASELINE_PATH.read_text()) if BASELINE_PATH.exists() else {}
UPDATE = os.environ.get("PLEDGEWATCH_UPDATE_GOLDEN") == "1"
_updated: dict[str, list[str]] = {}


def differences(name: str) -> list[str]:
    a = prepare_article((GOLDEN / "raw" / name).read_bytes(), name)
    gold = GOLD[name]
    out = []
    if (a.title or None) != gold.get("title"):
        out.append(f"title {a.title!r} != {gold.get('title')!r}")
    if (a.published.iso()[:7] if a.published else None) != (gold.get("published") or "")[:7] or None:
        out.append(f"published {a.published} != {gold.get('published')!r}")
    ex = extract(Document(a.article_id, a.text, a.language, a.published, a.title_end))
    pledges = [{**p.__dict__, "announced_on": p.announced.iso() if p.announced else None} for p in ex.pledges]
    statements = [{**s.__dict__, "said_on": s.said.iso() if s.said else None} for s in ex.statements]
    return sorted(pledge_differences(pledges, gold.get("pledges", []))
                  + statement_differences(statements, gold.get("statements", [])))


@pytest.mark.parametrize("name", sorted(GOLD))
def test_golden_article(name: str) -> None:
    found = differences(name)
    if UPDATE:
        _updated[name] = found
        BASELINE_PATH.write_text(json.dumps({**BASELINE, **_updated}, indent=1, ensure_ascii=False, sort_keys=True)
                                 + "\n")
        return
    new = sorted(set(found) - set(BASELINE.get(name, [])))
    assert not new, f"{name}: regressions against tests/golden/known_differences.json:\n" + "\n".join(new)


def test_baseline_stays_small() -> None:
    """The known differences are a debt to pay down, not a place to hide failures."""
    total_gold = sum(len(g.get("pledges", [])) + len(g.get("statements", [])) for g in GOLD.values())
    total_known = sum(len(v) for v in BASELINE.values())
    assert total_known <= 0.1 * total_gold, f"{total_known} known differences for {total_gold} gold rows"

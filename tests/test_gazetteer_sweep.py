"""Every name the gazetteers know goes through the whole extractor without raising.

The regexes built from the gazetteers match either apostrophe and any run of spaces; the tables
behind them must find what the regexes find (a KeyError on « département d’État » once made a
whole article fail). Names are swept in documents of a few dozen sentences, in both apostrophes,
French and English frames.
"""
from __future__ import annotations

import pytest

from transforms.extract import extract
from transforms.gazetteers import load_table, split_cell
from transforms.model import Document


def _names() -> list[str]:
    names: set[str] = set()
    for row in load_table("people"):
        names |= {row["name"], *(a.rstrip("?") for a in split_cell(row["aliases"]))}
        names |= set(split_cell(row["roles"]))
    for row in load_table("institutions"):
        names |= {row["name"], *split_cell(row["aliases"])}
    for row in load_table("actors"):
        for column in ("names", "adjectives", "metonyms", "leaders"):
            names |= set(split_cell(row.get(column, "")))
    return sorted(n for n in names if n)


NAMES = _names()
CHUNK = 40


def _documents(language: str, apostrophe: str) -> list[tuple[str, Document]]:
    docs = []
    for i in range(0, len(NAMES), CHUNK):
        chunk = [n.replace("'", apostrophe).replace("’", apostrophe) for n in NAMES[i : i + CHUNK]]
        if language == "fr":
            text = "\n".join(f"{n} a déclaré : « Nous enverrons 5 millions d’euros et des chars à l’Ukraine », "
                             f"a ajouté {n}." for n in chunk)
        else:
            text = "\n".join(f'"We will send $5 million and tanks to Ukraine," {n} said on Monday.' for n in chunk)
        docs.append((f"{language} {apostrophe} {chunk[0]}…{chunk[-1]}", Document("sweep", text, language)))
    return docs


CASES = [case for lang in ("fr", "en") for apostrophe in ("'", "’") for case in _documents(lang, apostrophe)]


def test_the_sweep_covers_the_gazetteers() -> None:
    assert len(NAMES) > 500
    assert any("’" in n or "'" in n for n in NAMES)


@pytest.mark.parametrize("doc", [d for _, d in CASES], ids=[label for label, _ in CASES])
def test_every_gazetteer_name_extracts_without_raising(doc: Document) -> None:
    result = extract(doc)
    assert all(s.quote for s in result.statements)

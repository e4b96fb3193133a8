"""Gazetteers: tab-separated data files shipped with the package, easy for a user to extend.

Each file has a header row; lines starting with `#` and blank lines are ignored; a cell
may hold several values separated by `|`. Reading package data is the one kind of input
the transforms do: it is part of the code, not of the run.
"""
from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of `gazetteers/<name>.tsv` as dicts keyed by the header."""
    raw = resources.files(__package__).joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    lines = [(n, ln) for n, ln in enumerate(raw.splitlines(), 1) if ln.strip() and not ln.lstrip().startswith("#")]
    header = lines[0][1].split("\t")
    rows = []
    for n, ln in lines[1:]:
        cells = ln.split("\t")
        if len(cells) > len(header):
            raise ValueError(f"gazetteers/{name}.tsv line {n}: {len(cells)} cells for {len(header)} columns")
        cells += [""] * (len(header) - len(cells))
        rows.append({h: c.strip() for h, c in zip(header, cells, strict=True)})
    return tuple(rows)


def split_cell(value: str) -> list[str]:
    """`a|b| c` -> ['a', 'b', 'c']; empty cell -> []."""
    return [v.strip() for v in value.split("|") if v.strip()]

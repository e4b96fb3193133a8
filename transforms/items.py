"""Equipment mentions -> canonical item names (vocabulary: `gazetteers/items.tsv`)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from transforms.gazetteers import load_table, split_cell

# Between a class noun and the system it introduces ("chars de combat Leopard 2", "missiles pour les
# systèmes NASAMS") there are only words of the same noun phrase: no list separator.
_NOUN_PHRASE_GAP = re.compile(r"[\w\s'’-]{0,45}")
_LIST_SEPARATOR = re.compile(r"[,;]|\b(?:et|and|ou|or|ainsi|as well)\b")
# "deux bataillons de chars", "tank crews", "pilotes de F-16": a unit or people, not equipment given.
_NOT_EQUIPMENT_BEFORE = re.compile(
    r"\b(?:bataillons?|compagnies?|escadrons?|brigades?|régiments?|équipages?|pilotes?|unités?|battalions?|"
    r"companies|company|squadrons?|regiments?|crews?|pilots?|units?)\s+(?:de\s+|d['’]|of\s+)?$", re.IGNORECASE)
_NOT_EQUIPMENT_AFTER = re.compile(r"\s*(?:crews?|pilots?|battalions?|brigades?|units?|squadrons?)\b", re.IGNORECASE)


_CLASS_OR_APOSTROPHE = re.compile(r"(\[[^\]]*\])|['’]")


def fold_apostrophes(pattern: str) -> str:
    """Make every apostrophe in a gazetteer regex match both ' and ’ (inside character classes too)."""
    def fold(m: re.Match) -> str:
        if m.group(1) is None:
            return "['’]"
        body = m.group(1)
        if "'" in body or "’" in body:
            return "[" + body[1:-1].replace("'", "").replace("’", "") + "'’]"
        return body

    return _CLASS_OR_APOSTROPHE.sub(fold, pattern)


def lower_same_length(text: str) -> str:
    """Lower-cased text with every offset unchanged (a few characters grow when lower-cased: kept as is)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@dataclass(frozen=True)
class ItemMention:
    item: str
    specific: bool
    start: int
    end: int


@dataclass(frozen=True)
class _Item:
    name: str
    specific: bool
    subsumes: frozenset[str]
    regex: re.Pattern


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[_Item, ...]:
    """items.tsv compiled once; a pattern's apostrophes match both ' and ’."""
    out = []
    for row in load_table("items"):
        specific = row["kind"] == "specific"
        pattern = fold_apostrophes(row["pattern"])
        pattern = pattern if specific else pattern.lower()
        out.append(_Item(row["item"], specific, frozenset(split_cell(row["subsumes"])),
                         re.compile(r"(?:" + pattern + r")(?!\w)")))
    return tuple(out)


def subsumes(specific: str, generic: str) -> bool:
    """Whether the named system `specific` belongs to the class `generic`."""
    return any(i.name == specific and generic in i.subsumes for i in _vocabulary())


def _non_overlapping(found: list[ItemMention]) -> list[ItemMention]:
    """Longest mention wins where mentions overlap; a specific one wins a tie."""
    found.sort(key=lambda m: (m.start, -(m.end - m.start), not m.specific))
    out: list[ItemMention] = []
    for m in found:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _introduces(text: str, generic: ItemMention, specific: ItemMention) -> bool:
    """Whether a class noun and a system name are one noun phrase ("chars Leopard 2", "Leopard 2 tanks")."""
    if not subsumes(specific.item, generic.item):
        return False
    if specific.start >= generic.end:
        gap = text[generic.end : specific.start]
        return bool(_NOUN_PHRASE_GAP.fullmatch(gap)) and not _LIST_SEPARATOR.search(gap)
    return generic.start >= specific.end and text[specific.end : generic.start].strip() in ("", "-")


def find_items(text: str) -> list[ItemMention]:
    """Item mentions in `text`, in order, a class noun dropped where it only introduces a named system.

    >>> [m.item for m in find_items("des chars de combat Leopard 2 et des obus d'artillerie")]
    ['Leopard 2', 'artillery ammunition']
    """
    # The left word boundary is checked here rather than in the regex: a pattern that starts with a
    # literal lets the regex engine skip ahead fast, which matters for 100+ articles a second.
    lower = lower_same_length(text)
    found = [ItemMention(i.name, i.specific, m.start(), m.end()) for i in _vocabulary()
             for m in i.regex.finditer(text if i.specific else lower)
             if not (m.start() and text[m.start() - 1].isalnum())
             and not _NOT_EQUIPMENT_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
             and not _NOT_EQUIPMENT_AFTER.match(text, m.end())]
    mentions = _non_overlapping(found)
    specifics = [m for m in mentions if m.specific]
    out = []
    for m in mentions:
        neighbours = [s for s in specifics if abs(s.start - m.end) < 60 or abs(m.start - s.end) < 60]
        if not m.specific and any(_introduces(text, m, s) for s in neighbours):
            continue
        out.append(m)
    return out


def canonical_items(mentions: list[ItemMention] | list[str]) -> tuple[str, ...]:
    """Distinct item names in first-seen order."""
    names = [m if isinstance(m, str) else m.item for m in mentions]
    return tuple(dict.fromkeys(names))


def drop_subsumed(items: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Drop a class when a system of that class is in the set (used when mentions of a pledge merge)."""
    specific = [i for i in items if any(v.name == i and v.specific for v in _vocabulary())]
    return tuple(i for i in dict.fromkeys(items) if not any(subsumes(s, i) for s in specific))


def overlap(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two item sets speak of the same equipment, a class matching a system of that class."""
    if set(a) & set(b):
        return True
    return any(subsumes(x, y) or subsumes(y, x) for x in a for y in b)

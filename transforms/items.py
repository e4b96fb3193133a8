"""Equipment mentions -> canonical item names (vocabulary: `gazetteers/items.tsv`)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

# CPython's regex parser (re._parser since 3.11): private, so first_chars falls back to "no shortcut" when
# it cannot read a pattern, and tests/test_items.py checks the scanner against plain regexes.
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parser  # type: ignore[attr-defined]

from transforms.gazetteers import load_table, split_cell

# Between a class noun and the system it introduces ("chars de combat Leopard 2", "missiles pour les
# systèmes NASAMS") there are only words of the same noun phrase: no list separator.
_NOUN_PHRASE_GAP = re.compile(r"[\w\s'’-]{0,45}")
_LIST_SEPARATOR = re.compile(r"[,;]|\b(?:et|and|ou|or|ainsi|as well)\b")
# "deux bataillons de chars", "tank crews", "pilotes ukrainiens de F-16": a unit or people, not equipment given.
_NOT_EQUIPMENT_BEFORE = re.compile(
    r"\b(?:bataillons?|compagnies?|escadrons?|brigades?|régiments?|équipages?|pilotes?|unités?|battalions?|"
    r"companies|company|squadrons?|regiments?|crews?|pilots?|units?)\s+(?:(?:[\w-]+\s+)?(?:de\s+|d['’]|of\s+))?$",
    re.IGNORECASE)
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


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex: `a|(?:b|c)|[|]` -> ['a', '(?:b|c)', '[|]']."""
    out, depth, in_class, escaped, cut = [], 0, False, False, 0
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            out.append(pattern[cut:i])
            cut = i + 1
    return out + [pattern[cut:]]


def _first_of(items) -> set[str] | None:
    """First characters of a parsed regex sequence; None when it may start with anything or match empty."""
    chars: set[str] = set()
    for op, av in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width: the next item consumes the first character
        if op is _sre.LITERAL:
            return chars | {chr(av)}
        if op is _sre.IN:
            if any(o not in (_sre.LITERAL, _sre.RANGE) or o is _sre.RANGE and a[1] - a[0] > 500 for o, a in av):
                return None
            return chars | {chr(c) for o, a in av for c in ([a] if o is _sre.LITERAL else range(a[0], a[1] + 1))}
        if op is _sre.SUBPATTERN and not (av[1] or av[2]):  # a group without inline flags
            found = _first_of(av[3])
        elif op is _sre.BRANCH:
            branches = [_first_of(b) for b in av[1]]
            found = None if None in branches else set[str]().union(*(b for b in branches if b is not None))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            found = _first_of(av[2])
            if found is not None and av[0] == 0:  # optional: what follows may come first
                chars |= found
                continue
        else:
            return None
        return None if found is None else chars | found
    return None


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` (case-sensitive) can start with; None when not known."""
    try:
        parsed = _sre_parser.parse(pattern)
    except Exception:  # noqa: BLE001 - a private parser that changed costs the shortcut, never a match
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _first_of(parsed)
    return frozenset(found) if found else None


def literal_starts(pattern: str) -> tuple[str, ...] | None:
    """Strings one of which every match of `pattern` starts with; None when some alternative has none.

    >>> literal_starts("chars?|tanks?")
    ('char', 'tank')
    """
    starts = []
    for alternative in split_alternatives(pattern):
        parsed = _sre_parser.parse(alternative)
        if parsed.state.flags & re.IGNORECASE:
            return None
        literal = ""
        for op, av in parsed:
            if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT) and not literal:
                continue
            if op is not _sre.LITERAL:
                break
            literal += chr(av)
        if not literal:
            return None
        starts.append(literal)
    return tuple(dict.fromkeys(starts))


class AlternationScanner:
    """`re.finditer(lead + "(?:" + "|".join(alternatives) + ")" + tail)`, the same matches, faster.

    `re` tries every alternative of a long alternation at every position. Here a small regex finds
    the positions where `lead` holds and the character can start some alternative, and only those
    alternatives are tried there: a few hundred gazetteer patterns then cost about as much as ten.
    `lead` and `tail` must be zero-width assertions (a word boundary, a lookbehind).
    """

    def __init__(self, alternatives: list[str], lead: str = "", tail: str = "") -> None:
        firsts = [first_chars(a) for a in alternatives]
        self._whole = None
        if None in firsts:  # a pattern that may start anywhere: no shortcut
            self._whole = re.compile(lead + "(?:" + "|".join(alternatives) + ")" + tail)
            return
        by_char: dict[str, list[str]] = {}
        for alternative, chars in zip(alternatives, firsts, strict=True):
            for c in chars or ():
                by_char.setdefault(c, []).append(alternative)  # in order: the first that matches wins
        self._buckets = {c: re.compile("(?:" + "|".join(alts) + ")" + tail) for c, alts in by_char.items()}
        self._starts = re.compile(lead + "[" + "".join(re.escape(c) for c in sorted(by_char)) + "]")

    def finditer(self, text: str) -> Iterator[re.Match]:
        if self._whole is not None:
            yield from self._whole.finditer(text)
            return
        search, buckets = self._starts.search, self._buckets  # locals: this loop runs once per word
        pos = 0
        while start := search(text, pos):
            at = start.start()
            m = buckets[text[at]].match(text, at)
            if m:
                yield m  # never empty: every alternative consumes its first character
                pos = m.end()
            else:
                pos = at + 1


@dataclass(frozen=True)
class ItemMention:
    item: str
    specific: bool
    start: int
    end: int

    def shifted(self, offset: int) -> ItemMention:
        """The same mention with offsets moved (dataclasses.replace is several times slower)."""
        return ItemMention(self.item, self.specific, self.start + offset, self.end + offset)


@dataclass(frozen=True)
class _Item:
    name: str
    specific: bool
    subsumes: frozenset[str]
    regex: re.Pattern
    starts: tuple[str, ...] | None  # a text holding none of these cannot match: no need to scan it


def _telling_starts(pattern: str) -> tuple[str, ...] | None:
    """The literal starts of an item pattern when they are long enough to rule texts out ("M" is not)."""
    starts = literal_starts(pattern)
    return starts if starts and min(map(len, starts)) >= 3 else None


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[_Item, ...]:
    """items.tsv compiled once; a pattern's apostrophes match both ' and ’."""
    out = []
    for row in load_table("items"):
        specific = row["kind"] == "specific"
        pattern = fold_apostrophes(row["pattern"])
        pattern = pattern if specific else pattern.lower()
        out.append(_Item(row["item"], specific, frozenset(split_cell(row["subsumes"])),
                         re.compile(r"(?:" + pattern + r")(?!\w)"), _telling_starts(pattern)))
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
             if i.starts is None or any(s in (text if i.specific else lower) for s in i.starts)
             for m in i.regex.finditer(text if i.specific else lower)
             if not (m.start() and text[m.start() - 1].isalnum())
             and not _NOT_EQUIPMENT_BEFORE.search(text[max(0, m.start() - 32) : m.start()])
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

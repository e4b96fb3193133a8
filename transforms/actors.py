"""States and organisations named in text (names, adjectives, capitals, leaders) -> codes.

The vocabulary is `gazetteers/actors.tsv`; the markers that make a mention a recipient or a
place rather than a subject are in `gazetteers/pledge_cues.tsv`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from transforms.gazetteers import load_table, split_cell
from transforms.items import AlternationScanner


@dataclass(frozen=True)
class Actor:
    code: str
    role: str  # donor | recipient | adversary
    currency: str | None
    aid_type: str | None


@dataclass(frozen=True)
class Mention:
    code: str
    start: int
    end: int
    text: str
    kind: str  # name | adjective | metonym | leader

    def shifted(self, offset: int) -> Mention:
        """The same mention with offsets moved (dataclasses.replace is several times slower)."""
        return Mention(self.code, self.start + offset, self.end + offset, self.text, self.kind)


def _inflect(adjective: str) -> list[str]:
    """French adjective forms: 'allemand' -> allemand, allemande, allemands, allemandes."""
    if not adjective[:1].islower():
        return [adjective]
    if adjective.endswith(("ien", "on")):
        return [adjective, adjective + "ne", adjective + "s", adjective + "nes"]
    if adjective.endswith("e"):
        return [adjective, adjective + "s"]
    if adjective.endswith(("s", "x")):
        return [adjective, adjective + "e", adjective + "es"]
    if adjective.endswith("c"):
        return [adjective, adjective + "s", adjective + "que", adjective + "ques"]
    return [adjective, adjective + "e", adjective + "s", adjective + "es"]


def _pattern(alias: str, lower_first: bool) -> str:
    """Regex for one alias: any apostrophe, any run of spaces, optional capital on adjectives."""
    def escape(part: str) -> str:
        return re.sub(r"['’]", "['’]", re.escape(part)).replace(r"\ ", r"\s+")

    if lower_first and alias[:1].isalpha():
        return f"[{alias[0]}{alias[0].upper()}]" + escape(alias[1:])
    return escape(alias)


@lru_cache(maxsize=1)
def _index() -> tuple[AlternationScanner, dict[str, tuple[str, str]], dict[str, Actor]]:
    """The alias scanner, alias -> (code, kind), and code -> Actor, built once from actors.tsv."""
    aliases: dict[str, tuple[str, str]] = {}
    actors: dict[str, Actor] = {}
    for row in load_table("actors"):
        code = row["code"]
        actors[code] = Actor(code, row["role"] or "donor", row["currency"] or None, row["aid_type"] or None)
        for column, kind in (("leaders", "leader"), ("metonyms", "metonym"), ("names", "name")):
            for alias in split_cell(row[column]):
                aliases.setdefault(alias, (code, kind))
        for adjective in split_cell(row["adjectives"]):
            for form in _inflect(adjective):
                aliases.setdefault(form.lower() if form[:1].islower() else form, (code, "adjective"))
    ordered = sorted(aliases, key=len, reverse=True)
    # Longest alias first, whole words only.
    scanner = AlternationScanner([_pattern(a, a[:1].islower()) for a in ordered], r"(?<![\w-])", r"(?![\w-])")
    return scanner, aliases, actors


@lru_cache(maxsize=4096)
def _lookup(text: str) -> tuple[str, str] | None:
    """Alias text as matched -> (code, kind)."""
    _, aliases, _ = _index()
    key = re.sub(r"\s+", " ", text).replace("'", "’")
    for candidate in (key, key.replace("’", "'"), key[:1].lower() + key[1:]):
        if candidate in aliases:
            return aliases[candidate]
    return None


def find_actors(text: str) -> list[Mention]:
    """Every actor mention in `text`, in order.

    >>> [(m.code, m.kind) for m in find_actors("Le Pentagone et le chancelier allemand")]
    [('USA', 'metonym'), ('DEU', 'adjective')]
    """
    regex, _, _ = _index()
    out = []
    for m in regex.finditer(text):
        found = _lookup(m.group())
        if found:
            out.append(Mention(found[0], m.start(), m.end(), m.group(), found[1]))
    return out


def actor(code: str) -> Actor:
    """What the gazetteer says about `code`; an unknown code is a donor with no defaults."""
    return _index()[2].get(code, Actor(code, "donor", None, None))


def can_donate(code: str) -> bool:
    """Whether aid from `code` can be a pledge (Ukraine receives, Russia and its allies are the other side)."""
    return actor(code).role == "donor"

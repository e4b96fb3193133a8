"""Equipment mentions -> canonical items: a named system wins over the class noun that introduces it."""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.items import AlternationScanner, canonical_items, drop_subsumed, find_items, overlap


def items(text: str) -> list[str]:
    return list(canonical_items(find_items(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("des roquettes pour les lanceurs HIMARS", ["HIMARS"]),
        ("des chars de combat Leopard 2", ["Leopard 2"]),
        ("30 chars Leopard 1A5", ["Leopard 1"]),
        # a bare "Leopard" is the Leopard 2 of the 2023 tank debate; a number names the model
        ("prête à céder ses propres Leopard", ["Leopard 2"]),
        # people trained on a system are no equipment given, an adjective between or not
        ("la formation de pilotes ukrainiens de F-16", []),
        ("training for Ukrainian pilots of F-16s", []),
        ("a coalition of Leopards for Kyiv", ["Leopard 2"]),
        ("Leopard 2 tanks", ["Leopard 2"]),
        ("Patriot air defense systems", ["Patriot"]),
        ("une batterie de missiles sol-air Patriot", ["Patriot"]),
        ("des missiles pour les systèmes de défense aérienne NASAMS et Stinger", ["NASAMS", "Stinger"]),
        ("des avions de combat F-16", ["F-16"]),
        ("Mirage 2000-5", ["Mirage 2000"]),
        ("des obus d’artillerie de 155 mm", ["artillery ammunition"]),
        ("155mm artillery rounds", ["artillery ammunition"]),
        ("des obusiers et des radars", ["howitzers", "radars"]),
        ("une trentaine de canons automoteurs AS90", ["howitzers"]),
        ("des véhicules blindés", ["armored vehicles"]),
        ("CV90 infantry fighting vehicles", ["armored vehicles"]),
        ("quatre hélicoptères Mi-17", ["helicopters"]),
        ("des drones de reconnaissance", ["drones"]),
        ("des munitions pour armes légères", ["small arms"]),
        ("des bombes à sous-munitions", ["cluster munitions"]),
        ("des missiles antichars Javelin", ["Javelin"]),
        ("anti-tank weapons", ["anti-tank weapons"]),
        ("des gilets pare-balles", ["body armor"]),
        ("ATACMS long-range missiles", ["ATACMS"]),
        ("des missiles de croisière Storm Shadow et SCALP", ["Storm Shadow", "SCALP"]),
        ("Gepard anti-aircraft guns", ["Gepard"]),
        ("huit systèmes de défense aérienne Avenger", ["Avenger"]),
        ("Avenger air defense systems", ["Avenger"]),
        ("des chars antiaériens Gepard et des chars Leopard 1", ["Gepard", "Leopard 1"]),
        ("des chars anti-aériens", ["air defense systems"]),
        ("70 combat and logistics vehicles", ["military vehicles"]),
        ("logistic vehicles and trucks", ["military vehicles"]),
        ("des armes, des munitions et du matériel", []),
        ("weapons, ammunition and equipment", []),
        ("a think tank in Washington", []),
        ("deux bataillons de chars", []),
        ("deux systèmes de défense aérienne Skynex et des missiles pour les systèmes IRIS-T",
         ["air defense systems", "IRIS-T"]),
    ],
)
def test_mentions(text, expected):
    assert items(text) == expected


def test_class_dropped_when_another_mention_names_the_system():
    assert drop_subsumed(["air defense missiles", "NASAMS", "Stinger"]) == ("NASAMS", "Stinger")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [(("tanks",), ("Challenger 2",), True), (("Patriot",), ("air defense systems",), True),
     (("F-16",), ("Patriot",), False), (("drones",), ("drones", "radars"), True)],
)
def test_overlap(a, b, same):
    assert overlap(a, b) is same


# The scanner must find exactly what the plain alternation finds, whatever the patterns and the text.
_PIECES = ["chars?", "Leopard ?2", "HIMARS", r"obus\b", "[Pp]atriot", "f-?16", "(?:m|M)777", "avions?", "é[a-z]+",
           r"\d+ mm", "ab|ac", "x?y", "zz+"]


# Texts made of words the patterns match, near misses ("charsa", "-HIMARS") and noise between them.
_WORDS = ["chars", "char", "charsa", "Leopard 2", "Leopard2", "Leopard 2x", "HIMARS", "-HIMARS", "HIMARS-x", "obus",
          "obuss", "patriot", "Patriots", "f16", "f-16", "F-16", "M777", "m7777", "éclat", "155 mm", "155 mmx", "ab",
          "ac", "abc", "y", "xy", "xyz", "zz", "zzz", "z", "avion", "avions", "avionss"]
_TEXTS = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from([" ", "", ", ", "-", "x", "\n"])),
                  max_size=12).map(lambda parts: "".join(w + sep for w, sep in parts))


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6, unique=True), _TEXTS)
def test_alternation_scanner_matches_the_plain_regex(alternatives: list[str], text: str) -> None:
    lead, tail = r"(?<![\w-])", r"(?![\w-])"
    plain = re.compile(lead + "(?:" + "|".join(alternatives) + ")" + tail)
    fast = AlternationScanner(alternatives, lead, tail)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]

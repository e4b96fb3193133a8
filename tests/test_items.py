"""Equipment mentions -> canonical items: a named system wins over the class noun that introduces it."""
from __future__ import annotations

import pytest

from transforms.items import canonical_items, drop_subsumed, find_items, overlap


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

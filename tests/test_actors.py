"""Actor mentions -> codes, from names, adjectives, capitals and leaders in French and English."""
from __future__ import annotations

import pytest

from transforms.actors import can_donate, find_actors


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Washington a annoncé", ["USA"]),
        ("la Maison Blanche", ["USA"]),
        ("le Pentagone", ["USA"]),
        ("the White House and the Pentagon", ["USA", "USA"]),
        ("Londres et Downing Street", ["GBR", "GBR"]),
        ("Berlin", ["DEU"]), ("Paris", ["FRA"]), ("Ottawa", ["CAN"]), ("Tokyo", ["JPN"]),
        ("Copenhague", ["DNK"]), ("Bruxelles", ["EU"]), ("la Commission européenne", ["EU"]),
        ("les Vingt-Sept", ["EU"]), ("the European Union", ["EU"]),
        ("Biden", ["USA"]), ("Sunak", ["GBR"]), ("Scholz", ["DEU"]), ("Kishida", ["JPN"]), ("Tusk", ["POL"]),
        ("le président américain", ["USA"]), ("la ministre britannique", ["GBR"]),
        ("les chars allemands", ["DEU"]), ("la première ministre danoise", ["DNK"]),
        ("British Prime Minister", ["GBR"]), ("U.S. President", ["USA"]), ("the US", ["USA"]),
        ("l’OTAN", ["NATO"]), ("NATO", ["NATO"]), ("le G7", ["G7"]), ("the Group of Seven", ["G7"]),
        ("le FMI", ["IMF"]), ("the IMF", ["IMF"]), ("la Banque mondiale", ["WB"]), ("the World Bank", ["WB"]),
        ("la BEI", ["EIB"]), ("the European Investment Bank", ["EIB"]), ("l’ONU", ["UN"]),
        ("les Pays-Bas", ["NLD"]), ("the Netherlands", ["NLD"]), ("la Norvège", ["NOR"]), ("Sweden", ["SWE"]),
        ("la Corée du Sud", ["KOR"]), ("Türkiye", ["TUR"]), ("la Suisse", ["CHE"]), ("Australia", ["AUS"]),
        ("Kiev", ["UKR"]), ("Kyiv", ["UKR"]), ("Zelensky", ["UKR"]), ("le Kremlin", ["RUS"]), ("Moscow", ["RUS"]),
        ("le Département d'État", ["USA"]), ("le Département d’État", ["USA"]),
    ],
)
def test_mentions_resolve_to_codes(text, codes):
    assert [m.code for m in find_actors(text)] == codes


@pytest.mark.parametrize("text", ["franco-allemand", "parisien", "les us et coutumes", "Washingtonpost"])
def test_no_mention_inside_other_words(text):
    assert find_actors(text) == []


def test_offsets_point_into_the_text():
    text = "Le chancelier Olaf Scholz a annoncé"
    (m,) = find_actors(text)
    assert text[m.start : m.end] == "Olaf Scholz"


@pytest.mark.parametrize(("code", "donates"), [("USA", True), ("EU", True), ("UKR", False), ("RUS", False)])
def test_who_can_donate(code, donates):
    assert can_donate(code) is donates

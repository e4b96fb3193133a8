"""Pledges read from French and English sentences (beyond the dev corpus), merging, and a never-raises property."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.model import Document, PartialDate
from transforms.pledges import extract_pledges

MAY_2024 = PartialDate(dt.date(2024, 5, 1), "month")


def read(text: str, language: str = "fr", title_end: int = 0) -> list:
    return extract_pledges(Document("t", text, language, MAY_2024, title_end))


def rows(text: str, language: str = "fr") -> list[tuple]:
    return [(p.donor, p.amount, p.currency, p.status) for p in read(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Norway will provide NOK 1.5 billion to buy Rheinmetall air defence systems for Ukraine, "
               "Prime Minister Jonas Gahr Støre said.", [("NOR", 1.5e9, "NOK", "announced")]),
        ("fr", "La Suède a annoncé jeudi un nouveau paquet d'aide militaire de 7,1 milliards de couronnes.",
         [("SWE", 7.1e9, "SEK", "announced")]),
        ("fr", "La Commission européenne a versé à l'Ukraine une tranche de 4,2 milliards d'euros au titre de la "
               "Facilité pour l'Ukraine.", [("EU", 4.2e9, "EUR", "announced")]),
        ("en", "The IMF board approved a $15.6 billion loan for Ukraine on Friday.",
         [("IMF", 15.6e9, "USD", "announced")]),
        ("en", "According to the Kiel Institute, the United States has provided a total of $75 billion in aid to "
               "Ukraine since the start of the war.", [("USA", 75e9, "USD", "total")]),
        ("fr", "L'Allemagne a promis 500 millions d'euros, la France 300 millions et les Pays-Bas 200 millions.",
         [("DEU", 5e8, "EUR", "announced"), ("FRA", 3e8, "EUR", "announced"), ("NLD", 2e8, "EUR", "announced")]),
        ("en", "Biden asked Congress for $24 billion in additional aid for Ukraine.",
         [("USA", 24e9, "USD", "proposed")]),
        ("fr", "Les États-Unis ont débloqué mardi une nouvelle aide de 2,5 milliards de dollars, portant leur aide "
               "militaire totale à plus de 60 milliards.",
         [("USA", 2.5e9, "USD", "announced"), ("USA", 60e9, "USD", "total")]),
        ("en", "Japan has pledged a total of $12 billion to Ukraine so far.", [("JPN", 12e9, "USD", "total")]),
        ("fr", "Le Sénat américain a adopté un plan d'aide de 95 milliards de dollars, dont 61 milliards pour "
               "l'Ukraine, qui doit encore être voté par la Chambre des représentants.",
         [("USA", 95e9, "USD", "announced"), ("USA", 61e9, "USD", "proposed")]),
        ("fr", "Le Pentagone envisage un nouveau paquet de 300 millions de dollars pour Kiev.",
         [("USA", 3e8, "USD", "considered")]),
        ("en", "The European Investment Bank signed a €400 million loan to repair Ukraine's energy grid.",
         [("EIB", 4e8, "EUR", "announced")]),
    ],
)
def test_amount_pledges(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Russia will spend 13 trillion roubles on defence next year."),
        ("fr", "La Russie a dépensé plus de 100 milliards d'euros pour la guerre."),
        ("en", "Zelensky asked the European Union for another €50 billion."),
        ("fr", "Kiev réclame 50 milliards de dollars supplémentaires à ses alliés."),
        ("en", "The reconstruction of Ukraine will cost $486 billion, the World Bank estimated."),
        ("en", "Britain's defence budget will reach £87 billion by 2030."),
        ("en", "More than $4 billion in drawdown authority is expected to remain unused."),
        ("fr", "Chaque missile intercepteur Patriot vaut environ 4 millions de dollars."),
        ("fr", "Washington n'enverra pas de missiles ATACMS à Kiev, a déclaré la Maison Blanche."),
        ("fr", "Le chancelier Olaf Scholz a de nouveau exclu de livrer des missiles Taurus à l'Ukraine."),
        ("en", "Trump paused all military aid to Ukraine, including $1 billion in weapons already approved."),
        ("fr", "Selon Moscou, les livraisons d'armes occidentales à Kiev ont dépassé 200 milliards de dollars."),
    ],
)
def test_money_and_equipment_that_are_no_pledge(language, text):
    assert read(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "L'Allemagne va livrer des chars Leopard 2 à l'Ukraine.", [("DEU", "announced", ("Leopard 2",))]),
        ("fr", "Les États-Unis, l'Allemagne et la Roumanie fourniront des batteries Patriot.",
         [("USA", "announced", ("Patriot",)), ("DEU", "announced", ("Patriot",)),
          ("ROU", "announced", ("Patriot",))]),
        ("fr", "Le Danemark envisage d'envoyer des avions F-16 supplémentaires à l'Ukraine.",
         [("DNK", "considered", ("F-16",))]),
        ("en", "Canada is considering sending more Leopard 2 tanks to Ukraine.", [("CAN", "considered", ("Leopard 2",))]),
        ("en", "Germany will deliver four more IRIS-T systems and 10 Leopard 1 tanks, Defence Minister Boris "
               "Pistorius said.", [("DEU", "announced", ("IRIS-T", "Leopard 1"))]),
        ("fr", "Paris n'exclut pas d'envoyer des Mirage 2000 supplémentaires.", [("FRA", "considered", ("Mirage 2000",))]),
        ("fr", "Le transfert des avions de combat F-16 promis par la Norvège et la Belgique a commencé.",
         [("NOR", "announced", ("F-16",)), ("BEL", "announced", ("F-16",))]),
        ("en", "Sweden is ready to send Gripen fighter jets once the war allows it.", [("SWE", "proposed", ("Gripen",))]),
    ],
)
def test_in_kind_pledges(language, text, expected):
    assert [(p.donor, p.status, p.items) for p in read(text, language)] == expected


def test_recipient_other_than_ukraine():
    (p,) = read("La Grande-Bretagne envisage de fournir des chars à la Pologne.")
    assert (p.donor, p.recipient, p.status, p.items) == ("GBR", "POL", "considered", ("tanks",))


def test_implicit_subject_is_carried_to_the_next_sentence():
    text = ("Le premier ministre britannique a annoncé 500 millions de livres pour l'Ukraine. "
            "Il a également dévoilé l'envoi de missiles Storm Shadow supplémentaires.")
    assert [(p.donor, p.amount, p.items) for p in read(text)] == [("GBR", 5e8, ()), ("GBR", None, ("Storm Shadow",))]


def test_title_and_body_mentions_merge_with_the_package_contents():
    title = "Washington va livrer des missiles anti-aériens à Kiev"
    text = (title + "\nLe Pentagone a dévoilé un paquet d'aide militaire de 425 millions de dollars. "
            "Le paquet comprend des missiles Stinger et des obus d'artillerie.")
    (p,) = extract_pledges(Document("t", text, "fr", MAY_2024, len(title)))
    assert (p.donor, p.amount, p.aid_type, set(p.items)) == ("USA", 425e6, "military",
                                                             {"Stinger", "artillery ammunition"})
    assert text[p.start : p.end] == p.evidence


def test_parenthetical_conversion_is_one_pledge_with_both_aid_types():
    (p,) = read("Biden a promulgué la loi débloquant près de 61 milliards de dollars (environ 57 milliards "
                "d'euros) d'aide militaire et économique pour l'Ukraine.")
    assert (p.amount, p.currency, p.aid_type) == (61e9, "USD", None)


@pytest.mark.parametrize(
    ("text", "aid_type"),
    [("The IMF approved a $900 million loan for Ukraine.", "financial"),
     ("The UN announced $50 million in humanitarian aid for Ukraine.", "humanitarian"),
     ("Germany pledged €500 million in military aid to Ukraine.", "military"),
     ("Japan will provide Ukraine with $4.5 billion this year.", None)],
)
def test_aid_type(text, aid_type):
    (p,) = read(text, "en")
    assert p.aid_type == aid_type


def test_confidence_is_a_share():
    for p in read("L'Allemagne a annoncé une aide militaire de 2,7 milliards d'euros à l'Ukraine."):
        assert 0 <= p.confidence <= 1


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_on_arbitrary_text(text):
    extract_pledges(Document("t", text, "fr", None, 0))


WORDS = ["Le Pentagone", "a annoncé", "envisage", "1,5 milliard", "de dollars", "d'euros", "(", ")", ".", ",",
         "des chars Leopard 2", "Kiev", "à l'Ukraine", "Zelensky", "demande", "au total", "The US", "pledged",
         "$2bn", "Russia", "ne", "pas", "\n", "promis par", "la France", "et", "F-16", "dont", "soit", "«", "»"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join), st.integers(0, 30))
def test_never_raises_on_pledge_like_text(text, title_end):
    for p in extract_pledges(Document("t", text, "fr", MAY_2024, min(title_end, len(text)))):
        assert p.status in ("announced", "proposed", "considered", "total")
        assert text[p.start : p.end] == p.evidence

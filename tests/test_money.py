"""Money amounts in French and English text: table-driven cases and a never-raises property."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.money import find_money, parse_money


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("425 millions de dollars", 425e6, "USD"),
        # A currency family word is resolved later by the donor; wons and yens are unambiguous.
        ("80 millions de francs", 80e6, None),
        ("3 milliards de wons", 3e9, "KRW"),
        ("40 billion South Korean won", 40e9, "KRW"),
        ("a 900 million krona package", 900e6, None),
        ("15 milliards de yens", 15e9, "JPY"),
        ("CHF 25 million", 25e6, "CHF"),
        ("PLN 2 billion", 2e9, "PLN"),
        ("2,2 milliards", 2.2e9, None),
        ("1,5 milliard d'euros", 1.5e9, "EUR"),
        ("deux milliards de dollars", 2e9, "USD"),
        ("un milliard", 1e9, None),
        ("quelque 250 millions de dollars", 250e6, "USD"),
        ("300 M$", 300e6, "USD"),
        ("3 Md€", 3e9, "EUR"),
        ("$425 million", 425e6, "USD"),
        ("€1.5bn", 1.5e9, "EUR"),
        ("£2.3 billion", 2.3e9, "GBP"),
        ("$300m", 300e6, "USD"),
        ("US$2bn", 2e9, "USD"),
        ("C$500 million", 500e6, "CAD"),
        ("1 000 000 €", 1e6, "EUR"),
        ("1.000.000 euros", 1e6, "EUR"),
        ("$1,250 million", 1.25e9, "USD"),
        ("10 800 milliards de roubles", 10.8e12, "RUB"),
        ("406 millions de dollars canadiens", 406e6, "CAD"),
        ("500 millions de livres", 500e6, "GBP"),
        ("NOK 1.5 billion", 1.5e9, "NOK"),
        ("7,1 milliards de couronnes suédoises", 7.1e9, "SEK"),
        ("SEK 6.5 billion", 6.5e9, "SEK"),
        ("half a billion dollars", 5e8, "USD"),
        ("un demi-milliard d'euros", 5e8, "EUR"),
        ("plus d’un milliard de dollars canadiens", 1e9, "CAD"),
        ("50 000 dollars", 5e4, "USD"),
        ("3 trillion roubles", 3e12, "RUB"),
        ("¥1 trillion", 1e12, "JPY"),
    ],
)
def test_amounts(text, value, currency):
    m = parse_money(text)
    assert m is not None
    assert m.value == pytest.approx(value)
    assert m.currency == currency


@pytest.mark.parametrize(
    ("text", "approx", "bound"),
    [
        ("plus de 2,7 milliards d’euros", True, "min"),
        ("jusqu'à 3 milliards d'euros", True, "max"),
        ("au moins 40 milliards d’euros", True, "min"),
        ("près de 61 milliards de dollars", True, None),
        ("nearly $2.5 billion", True, None),
        ("almost £12 billion", True, None),
        ("more than $4 billion", True, "min"),
        ("up to €500 million", True, "max"),
        ("$30 million", False, None),
    ],
)
def test_qualifiers(text, approx, bound):
    m = parse_money(text)
    assert (m.approx, m.bound) == (approx, bound)


@pytest.mark.parametrize(
    "text",
    ["le 24 février 2022", "31 chars", "155 mm", "180 000 obus", "2,5 %", "79 voix contre 18",
     "quatre millions de munitions", "2 million shells", "5 million people", "1,5 million de réfugiés",
     "en 2024", "300 m de haut", "des milliards de dollars", "F-16", "3 millions d'habitants"],
)
def test_numbers_that_are_no_money(text):
    assert find_money(text) == []


def test_parenthetical_conversion_keeps_the_first_amount():
    found = find_money("près de 61 milliards de dollars (environ 57 milliards d’euros) d’aide")
    assert [(m.value, m.currency) for m in found] == [(61e9, "USD")]


def test_soit_conversion_keeps_the_first_amount():
    found = find_money("10 800 milliards de roubles, soit environ 110 milliards de dollars")
    assert [(m.value, m.currency) for m in found] == [(10.8e12, "RUB")]


@pytest.mark.parametrize(
    ("text", "value"),
    [("entre 2 et 3 milliards de dollars", 3e9), ("entre 2 milliards et 3 milliards d'euros", 3e9),
     ("$2-3 billion", 3e9), ("between $2 billion and $3 billion", 3e9)],
)
def test_ranges_keep_the_upper_end(text, value):
    found = find_money(text)
    assert len(found) == 1 and found[0].value == value


def test_bare_amount_takes_the_preceding_currency():
    found = find_money("Paris promet 3 milliards d’euros, Berlin annonce un paquet de 1,1 milliard")
    assert [(m.value, m.currency) for m in found] == [(3e9, "EUR"), (1.1e9, "EUR")]


def test_year_before_a_continued_amount_is_no_range():
    found = find_money("1,7 milliard d’euros en 2022 et 2,1 milliards en 2023")
    assert [m.value for m in found] == [1.7e9, 2.1e9]


def test_offsets_point_into_the_text():
    text = "Berlin a promis 1,5 milliard d’euros à Kiev."
    m = parse_money(text)
    assert text[m.start : m.end] == m.text == "1,5 milliard d’euros"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_on_arbitrary_text(text):
    for m in find_money(text):
        assert m.value >= 0 and 0 <= m.start <= m.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["1", "2,5", " ", "000", "milliards", "de", "dollars", "$", "€", "M", "bn", "et",
                                 "entre", "(", ")", "soit", "plus de", "un", "%", ".", ",", "à", "-"])).map("".join))
def test_never_raises_on_money_like_text(text):
    find_money(text)


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("pour une cinquantaine de millions d'euros", 50e6, "EUR"),
        ("une dizaine de milliards de dollars", 10e9, "USD"),
        ("environ une vingtaine de millions de livres", 20e6, "GBP"),
        ("une centaine de millions de couronnes suédoises", 100e6, "SEK"),
        ("a dozen billion dollars", 12e9, "USD"),
    ],
)
def test_collective_numbers_are_approximate_amounts(text, value, currency):
    (m,) = find_money(text, "fr")
    assert (m.value, m.currency, m.approx) == (value, currency, True)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a money noun heads the bare amount: a participle after it counts nothing
        ("puisé dans l'enveloppe de 300 millions annoncée en mars", 300e6),
        ("une aide de 2 milliards votée hier", 2e9),
        ("from a package of 250 million approved in June", 250e6),
        ("a loan of 1.5 billion signed on Monday", 1.5e9),
    ],
)
def test_a_money_noun_makes_a_bare_amount_money(text, value):
    assert [m.value for m in find_money(text)] == [value]


@pytest.mark.parametrize("text", ["3 millions déplacés", "5 million displaced", "une armée de 2 millions mobilisés"])
def test_a_bare_count_of_people_stays_no_money(text):
    assert find_money(text) == []


@pytest.mark.parametrize("text", ["une douzaine de chars", "une cinquantaine de pays", "a dozen tanks"])
def test_collective_numbers_of_things_are_no_money(text):
    assert find_money(text, "fr") == []

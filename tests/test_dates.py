"""resolve_date: table-driven cases against bases of every precision, and properties on any input."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms import dates
from transforms.dates import resolve_date, story_date
from transforms.gazetteers import load_table
from transforms.model import PRECISIONS, PartialDate


def day(y: int, m: int, d: int) -> PartialDate:
    return PartialDate(dt.date(y, m, d), "day")


def month(y: int, m: int) -> PartialDate:
    return PartialDate(dt.date(y, m, 1), "month")


def year(y: int) -> PartialDate:
    return PartialDate(dt.date(y, 1, 1), "year")


FRENCH = [
    # (sentence, base, expected)
    # Explicit days: day precision, the year from the base, the year before when the month is later.
    ("Joe Biden a promulgué le 24 avril la loi débloquant 61 milliards", month(2024, 4), day(2024, 4, 24)),
    ("Le 24 avril, Blinken et Austin se sont rendus à Kiev", month(2024, 4), day(2024, 4, 24)),
    ("Mercredi 24 avril, le Sénat a voté", year(2024), day(2024, 4, 24)),
    ("Berlin a promis le 3 décembre une aide", month(2024, 1), day(2023, 12, 3)),
    ("Berlin a promis le 3 décembre une aide", month(2024, 12), day(2024, 12, 3)),
    ("le 24 avril", day(2024, 4, 20), day(2023, 4, 24)),  # later this month would be the future
    ("le 1er mars, Paris a annoncé", month(2024, 3), day(2024, 3, 1)),
    ("depuis l'annonce du 24 février 2022", month(2024, 3), month(2024, 3)),
    ("Paris a annoncé le 24 février 2022 une aide", month(2024, 3), day(2022, 2, 24)),
    ("Paris a annoncé le 24 févr. 2022 une aide", None, day(2022, 2, 24)),
    ("Paris a annoncé le 24 février 2022 une aide", None, day(2022, 2, 24)),
    ("Le 24 avril, Blinken est arrivé à Kiev", None, None),  # no year, no base: no date
    ("le 2024-04-24", None, day(2024, 4, 24)),
    ("le 24/04/2024", month(2024, 5), day(2024, 4, 24)),
    # Leap days and days that do not exist.
    ("le 29 février", month(2024, 6), day(2024, 2, 29)),
    ("le 29 février", month(2025, 1), day(2024, 2, 29)),
    ("le 29 février", month(2023, 6), month(2023, 6)),
    ("le 29 février 2023", month(2023, 6), month(2023, 6)),
    ("le 31 février", month(2024, 4), month(2024, 4)),
    ("le 31 avril 2024", None, None),
    ("le 2024-02-30", month(2024, 4), month(2024, 4)),
    # Months: month precision, the latest such month not after the base.
    ("Les Vingt-Sept s’étaient accordés en février dernier", month(2024, 7), month(2024, 2)),
    ("En juin, les dirigeants du G7 ont convenu d’un prêt", month(2024, 7), month(2024, 6)),
    ("en juin", day(2024, 6, 15), month(2024, 6)),
    ("en juin", year(2024), month(2024, 6)),
    ("en juin", None, None),
    ("fin décembre, Berlin a promis", month(2024, 1), month(2023, 12)),
    ("début février", month(2024, 3), month(2024, 2)),
    ("à la mi-mars", month(2024, 7), month(2024, 3)),
    ("au mois d’août", month(2024, 9), month(2024, 8)),
    ("février dernier", month(2024, 2), month(2023, 2)),  # "dernier" in February: last year's
    ("en février", month(2024, 2), month(2024, 2)),
    ("février dernier", year(2024), year(2024)),  # February 2023 or 2024: only the year is sure
    ("Dans une tribune publiée fin mai, Joe Biden avait prévenu : « Nous n’encourageons pas »",
     month(2022, 6), month(2022, 5)),
    ("une aide annoncée en mai 2023", month(2024, 1), month(2023, 5)),
    ("fin décembre 2022", None, month(2022, 12)),
    # Years.
    ("en 2023, Paris a livré", month(2024, 2), year(2023)),
    ("en 2023", None, year(2023)),
    ("fin 2023", month(2024, 1), year(2023)),
    ("L’an dernier, une erreur comptable avait permis", month(2024, 1), year(2023)),
    ("l'année dernière", day(2024, 3, 5), year(2023)),
    ("il y a un an", month(2023, 2), year(2022)),
    ("l’été dernier", month(2024, 10), year(2024)),
    ("l’été dernier", month(2024, 7), year(2023)),
    # Weekdays and day offsets: exact against a day base, the base month or year otherwise.
    ("a annoncé mercredi l’administration Biden", month(2022, 6), month(2022, 6)),
    ("a annoncé mercredi l’administration Biden", day(2022, 6, 3), day(2022, 6, 1)),  # base is a Friday
    ("a annoncé mercredi", day(2022, 6, 1), day(2022, 6, 1)),  # same weekday: the day itself
    ("mercredi dernier", day(2022, 6, 1), day(2022, 5, 25)),
    ("dimanche soir", day(2024, 3, 5), day(2024, 3, 3)),
    ("mercredi", year(2024), year(2024)),
    ("mercredi", None, None),
    ("le texte adopté la veille par le Sénat", day(2024, 4, 25), day(2024, 4, 24)),
    ("le texte adopté la veille par le Sénat", month(2024, 4), month(2024, 4)),
    ("hier soir", day(2024, 3, 1), day(2024, 2, 29)),
    ("avant-hier", day(2024, 1, 1), day(2023, 12, 30)),
    ("aujourd’hui", day(2024, 10, 2), day(2024, 10, 2)),
    ("le mois dernier", month(2024, 1), month(2023, 12)),
    ("le mois dernier", day(2024, 3, 31), month(2024, 2)),
    ("la semaine dernière", day(2024, 3, 20), month(2024, 3)),
    ("la semaine dernière", day(2024, 3, 6), year(2024)),  # 26 February to 3 March
    ("il y a deux jours", day(2024, 3, 1), day(2024, 2, 28)),
    ("il y a trois mois", day(2024, 2, 10), month(2023, 11)),
    # Several expressions: the first that is neither background, quoted nor future.
    ("Depuis le début de la guerre en février 2022, Paris a annoncé le 3 mars 2023 une aide",
     month(2024, 2), day(2023, 3, 3)),
    ("son deuxième voyage depuis le début de l’invasion russe en février dernier", None, None),
    ("l’invasion russe du 24 février 2022 a changé la donne", month(2024, 2), month(2024, 2)),
    ("une enveloppe de 50 milliards d’euros destinée à l’économie ukrainienne jusqu’en 2027",
     month(2024, 7), month(2024, 7)),
    ("six d’ici la fin de l’année, huit en 2024 et cinq en 2025", month(2023, 8), month(2023, 8)),
    ("Paris chiffre son soutien militaire à 1,7 milliard d’euros en 2022 et 2,1 milliards en 2023",
     month(2024, 2), month(2024, 2)),
    ("à moins d’un mois des élections législatives du 15 octobre", month(2023, 9), month(2023, 9)),
    ("« Hier, nous avons livré des obus », a déclaré le ministre jeudi", day(2024, 3, 8), day(2024, 3, 7)),
    ("Zelensky, qui était à Washington en décembre, a salué mercredi l’aide",
     day(2024, 1, 20), day(2024, 1, 17)),
    ("Zelensky, qui était à Washington en décembre, a salué l’aide", month(2024, 1), month(2023, 12)),
    ("Les ministres se réuniront mardi prochain", day(2024, 3, 6), day(2024, 3, 6)),
    ("des livraisons cet été", month(2024, 7), month(2024, 7)),
    ("3 milliards d’euros d’aide militaire supplémentaire cette année", month(2024, 2), month(2024, 2)),
    # The year an aid noun after a sum names is the aid's period, not when it was pledged.
    ("un accord qui prévoit 450 millions d’euros d’aide militaire en 2025", month(2025, 3), month(2025, 3)),
    ("500 millions d’euros de soutien pour 2026", month(2025, 11), month(2025, 11)),
    # Numbers that are no dates, words that are no months.
    ("des obus d’artillerie de 155 mm et 1 000 missiles Javelin", month(2022, 6), month(2022, 6)),
    ("un montant de 2,2 milliards pour 31 chars", month(2024, 6), month(2024, 6)),
    ("de sept milliards", month(2024, 7), month(2024, 7)),
    ("une aide de 2023 millions", month(2024, 7), month(2024, 7)),
    ("jusqu’au dernier moment", month(2024, 7), month(2024, 7)),
    ("", month(2024, 7), month(2024, 7)),
]

ENGLISH = [
    ("Biden announced on Feb. 24 a new package", month(2023, 3), day(2023, 2, 24)),
    ("Biden announced on February 24, 2022 a new package", None, day(2022, 2, 24)),
    ("on the 24th of February", month(2024, 7), day(2024, 2, 24)),
    ("Sept. 3", month(2024, 7), day(2023, 9, 3)),
    ("in early March 2023", month(2024, 7), month(2023, 3)),
    ("at the end of June", month(2024, 7), month(2024, 6)),
    ("the package unveiled last December", month(2024, 1), month(2023, 12)),
    ("in May the aid arrived", month(2024, 7), month(2024, 5)),
    ("in 2023", None, year(2023)),
    ("the guarantees promised by G7 countries last summer", month(2024, 1), year(2023)),
    ("last year", day(2024, 3, 1), year(2023)),
    ("two years ago", day(2024, 3, 1), year(2022)),
    ("President Joe Biden on Monday announced $2.5 billion", day(2024, 12, 4), day(2024, 12, 2)),
    ("President Joe Biden on Monday announced $2.5 billion", month(2024, 12), month(2024, 12)),
    ("last Wednesday", day(2024, 3, 6), day(2024, 2, 28)),
    ("yesterday", day(2024, 3, 1), day(2024, 2, 29)),
    ("last month", month(2024, 1), month(2023, 12)),
    ("since February 2022, Washington has committed", month(2024, 7), month(2024, 7)),
    ('"Today, I am proud to announce $2.5 billion," Biden said, adding that funds appropriated in April',
     month(2024, 12), month(2024, 12)),
    ("May I say it", month(2024, 7), month(2024, 7)),  # "May" without a cue is no month
    ("it may be in march", month(2024, 7), month(2024, 7)),  # English months are capitalised
    ("It sends 155 mm shells, 31 tanks and $2.2 billion", month(2024, 7), month(2024, 7)),
    ("a deal worth €300 million in military aid in 2025", month(2025, 2), month(2025, 2)),
    ("$1 billion in assistance for 2026", month(2025, 10), month(2025, 10)),
]


@pytest.mark.parametrize(("text", "base", "expected"), FRENCH)
def test_french(text: str, base: PartialDate | None, expected: PartialDate | None) -> None:
    assert resolve_date(text, base, "fr") == expected


@pytest.mark.parametrize(("text", "base", "expected"), ENGLISH)
def test_english(text: str, base: PartialDate | None, expected: PartialDate | None) -> None:
    assert resolve_date(text, base, "en") == expected


@pytest.mark.parametrize(
    ("text", "base", "language", "expected"),
    [
        ("le 1er mars 2022", month(2024, 3), "xx", day(2022, 3, 1)),  # unknown language: French
        ("le 1er mars 2022", month(2024, 3), "FR", day(2022, 3, 1)),
        ("hier", day(1, 1, 1), "fr", day(1, 1, 1)),  # the calendar's first day has no yesterday
        ("l'an dernier", year(1), "fr", year(1)),
        ("le 24 avril", day(9999, 12, 31), "fr", day(9999, 4, 24)),
        ("Le 24 avril", month(2024, 4), "en", month(2024, 4)),  # French words in an English article
        ("le 24 avril".upper(), month(2024, 4), "fr", day(2024, 4, 24)),
        ("le 24 fe\u0301vrier", month(2024, 4), "fr", day(2024, 2, 24)),  # decomposed accent (NFD)
    ],
)
def test_odd_inputs(text: str, base: PartialDate | None, language: str, expected: PartialDate | None) -> None:
    assert resolve_date(text, base, language) == expected


def test_a_failing_dateparser_costs_the_date_not_the_article(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    dates._dateparser.cache_clear()
    monkeypatch.setattr(dates.dateparser, "parse", broken)
    try:
        assert resolve_date("le 24 avril", month(2024, 4), "fr") == month(2024, 4)
        assert resolve_date("en juin", month(2024, 7), "fr") == month(2024, 6)
    finally:
        dates._dateparser.cache_clear()


def test_date_words_cover_every_month_and_weekday() -> None:
    rows = load_table("date_words")
    for language in ("fr", "en"):
        values = {(r["kind"], int(r["value"])) for r in rows if r["language"] == language}
        assert {("month", m) for m in range(1, 13)} <= values
        assert {("weekday", d) for d in range(7)} <= values


# Properties ---------------------------------------------------------------------------------------

RANK = {"day": 0, "month": 1, "year": 2}
MONTH_WORDS = {
    w.lower().rstrip(".")
    for r in load_table("date_words")
    if r["kind"] == "month"
    for cell in (r["names"], r["abbreviations"])
    for w in cell.split("|")
    if w
}
FRAGMENTS = [
    "le", "la", "en", "fin", "début", "mi-", "depuis", "jusqu’en", "d’ici", "dernier", "prochain", "il y a",
    "deux", "jours", "mois", "semaines", "ans", "hier", "avant-hier", "la veille", "aujourd’hui", "l’an",
    "l'année dernière", "cette année", "mercredi", "dimanche", "janvier", "février", "mars", "avril", "mai",
    "décembre", "été", "1er", "24", "29", "31", "0", "2022", "2023", "2024", "1999", "155", "2,2", "/",
    "-", ",", ".", "«", "»", "“", "”", '"', "qui", "ajoutant que", "guerre", "milliards d’euros",
    "in", "on", "last", "next", "this", "ago", "the", "of", "Wednesday", "May", "Feb.", "February", "June",
    "year", "month", "week", "yesterday", "today", "summer", "since", "early", "late", "mid-",
]
bases = st.one_of(
    st.none(),
    st.builds(lambda d, p: PartialDate(
        d if p == "day" else d.replace(day=1) if p == "month" else d.replace(month=1, day=1), p),
        st.dates(), st.sampled_from(PRECISIONS)),
)
date_like_text = st.lists(st.sampled_from(FRAGMENTS), max_size=12).map(" ".join)
languages = st.sampled_from(["fr", "en", "de", ""])


def end_of(p: PartialDate) -> dt.date:
    if p.precision == "day":
        return p.on
    if p.precision == "month":
        following = (p.on.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return following - dt.timedelta(days=1)
    return dt.date(p.on.year, 12, 31)


def assert_well_formed(result: PartialDate | None) -> None:
    if result is not None:
        assert result.precision in PRECISIONS
        if result.precision != "day":
            assert result.on.day == 1
        if result.precision == "year":
            assert result.on.month == 1


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=200), date_like_text), bases, languages)
def test_never_raises_and_is_well_formed(text: str, base: PartialDate | None, language: str) -> None:
    assert_well_formed(resolve_date(text, base, language))


@settings(max_examples=600, deadline=None)
@given(date_like_text, bases, languages)
def test_never_finer_than_justified_nor_after_the_base(
    text: str, base: PartialDate | None, language: str
) -> None:
    result = resolve_date(text, base, language)
    names_a_calendar_date = bool(re.search(r"\d", text)) or bool(
        MONTH_WORDS & {w.lower() for w in re.findall(r"\w+", text)}
    )
    if base is None and not re.search(r"\d", text):
        assert result is None  # without a base only a written year can date anything
    if result is not None and base is not None:
        assert result.on <= end_of(base)  # what happened or was said is never after the article
        if not names_a_calendar_date:
            assert RANK[result.precision] >= RANK[base.precision]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Réunis samedi 8 juin 2024 à Paris, les ministres ont discuté.\nSuite.", "fr", "2024-06-08"),
        ("On Saturday, June 8, 2024, ministers met in Paris.", "en", "2024-06-08"),
        ("Ministers met in Paris on 8 June 2024.", "en", "2024-06-08"),
        # a month, a relative day or a date outside the lead dates no story
        ("Les ministres se sont réunis en juin 2024.", "fr", None),
        ("Les ministres se sont réunis hier.\nLe 8 juin 2024, ils ont signé.", "fr", None),
    ],
)
def test_story_date_of_a_headerless_lead(text: str, language: str, expected: str | None) -> None:
    found = story_date(text, language)
    assert (found.iso() if found else None) == expected

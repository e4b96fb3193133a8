"""Dates mentioned in a sentence, resolved against the article's publication date.

Regexes find the date expressions of a sentence; our own rules resolve the relative ones ("hier",
"février dernier", "mercredi", "l'an dernier"), and dateparser parses only the explicit calendar dates
the regexes found ("24 avril", "Feb. 24, 2022"): one dateparser call costs about 0.5 ms, as much as
the rest of a sentence's extraction, so it never sees a whole text.

Choices the annotation guide leaves open:
- Several expressions: the first one wins, skipping those that cannot be when something was said or
  announced: inside quote marks, after "depuis"/"since"/"jusqu'en"/"d'ici", in a clause about the
  invasion or an election, after ", ajoutant que"/", adding that", a sum's year ("1,7 milliard d'euros
  en 2022"), a future date ("mardi prochain", "en 2025" in 2023). One in a relative clause ("Zelensky,
  qui était à Washington en décembre, a salué mercredi ...") counts only when no other does.
- A bare weekday in a day-dated article is the latest such day on or before it: agencies name the day
  of publication by its weekday. "mercredi dernier" / "last Wednesday" is 1 to 7 days back.
- Day offsets ("hier", weekdays, "la semaine dernière") keep a month- or year-dated base as it is, as the
  guide does for weekdays; a month name without a year is the latest such month on or before the base.
- "cette année", "ce mois-ci", "cet été" say no more than the base does (and in the gold they describe a
  delivery period, not the pledge), so they count as no date.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

import dateparser  # type: ignore[import-untyped]

from transforms.gazetteers import load_table, split_cell
from transforms.model import PartialDate

Resolver = Callable[[re.Match[str], "PartialDate | None", "_Lexicon"], "PartialDate | None"]

_LANGUAGES = ("fr", "en")
_AP = "['’]"
_YEAR = r"(?<![\w,.])(?P<y>(?:19|20)\d\d)(?!\d)"
_NUMBERS = {
    "fr": {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30},
    "en": {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
           "thirty": 30},
}
# A date right after these is background, not the moment of the sentence's event.
_BACKGROUND = {
    "fr": rf"(?P<bg>\b(?:depuis|jusqu{_AP}(?:à|au|en)?|jusque|d{_AP}ici|avant(?![-\s]hier)|après|dès"
          rf"|à\s+partir\s+d[eu]|à\s+compter\s+d[eu])\s*(?:(?:le|la|les|l{_AP})\s*)?)?",
    "en": r"(?P<bg>\b(?:since|until|till|through|by|before|after|from|as\s+of)\s+(?:the\s+)?)?",
}
# Events whose date is background when the clause names them before the date.
_EVENT_NOUN = re.compile(
    r"\b(?:invasion|guerre|war|conflit|conflict|offensive|annexion|annexation|élections?|elections?|scrutin"
    r"|anniversaire|anniversary)\b",
    re.IGNORECASE,
)
# "depuis le début de ... en février 2022", "since the start of ... in 2022": the date of a starting point.
_SINCE_START = re.compile(
    rf"\b(?:depuis|since)\s+(?:le|la|l{_AP}|the)\s*(?:début|lancement|annonce|start|beginning|launch|outbreak)\b",
    re.IGNORECASE,
)
# "1,7 milliard d'euros en 2022": the year a sum is spent in, not when it was pledged.
# "977 millions d'euros d'aide militaire en 2024", "$2bn in military aid for 2025": the aid noun may stand between.
_AMOUNT_BEFORE = re.compile(
    r"(?:dollars?|euros?|livres(?:\s+sterling)?|pounds?|roubles?|milliards?|millions?|billions?|[$€£]|\d)"
    r"(?:\s+(?:d['’]\s?|de\s+|in\s+|of\s+)(?:(?:military|financial|humanitarian)\s+)?(?:aide|aid|assistance|soutien|support)(?:\s+(?:militaire|financière|"
    r"humanitaire|military|financial|humanitarian))?)?(?:\s+(?:pour|for))?\s*$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:.!?()«»“”\"\n—–]")
_RELATIVE_CLAUSE = re.compile(rf"\s*(?:qui|que|qu{_AP}|dont|où|who|which|whose|where)\b", re.IGNORECASE)
# ", ajoutant que l'aide votée en avril ...": what the speaker reports, not when they speak.
_REPORTING_CLAUSE = re.compile(
    r"\s*(?:ajoutant|précisant|soulignant|rappelant|expliquant|adding|noting|saying|explaining|recalling)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"")
_WORD = re.compile(r"\w+")
_REACH_BACK = 45  # characters a cue and a background word can put before the trigger: "à partir de la fin de"
_YEAR_KINDS = ("year", "monthyear", "iso", "numeric")
# Words that can carry a relative expression, each a \w+ token: "l'an dernier" -> "l", "an", "dernier".
_RELATIVE_WORDS = {
    "fr": ["aujourd", "matin", "soir", "midi", "nuit", "hier", "veille", "an", "année", "mois", "semaine",
           "demain"],
    "en": ["today", "morning", "afternoon", "evening", "tonight", "yesterday", "day", "eve", "year", "month",
           "week", "tomorrow"],
}
_AGO_UNITS = {
    "fr": ["jour", "jours", "semaine", "semaines", "mois", "an", "ans", "année", "années"],
    "en": ["ago"],
}
_CALENDAR_KINDS = frozenset({"iso", "numeric", "daydate", "monthyear", "month", "year"})


@dataclass(frozen=True)
class _Lexicon:
    language: str
    months: dict[str, int]  # lower-cased name or abbreviation -> 1..12
    weekdays: dict[str, int]  # lower-cased -> 0 (Monday) .. 6
    seasons: dict[str, int]  # lower-cased -> first month of the season
    patterns: dict[str, re.Pattern[str]]  # kind -> pattern, matched at a word start only
    triggers: dict[str, tuple[str, ...]]  # lower-cased word -> kinds of expression it can be part of
    openers: frozenset[str]  # lower-cased words an expression can start with, besides numbers


def _alternation(words: list[str], case_sensitive: bool) -> str:
    body = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    # English month and day names are capitalised, which tells "May" from "may" and "March" from "march".
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


@dataclass(frozen=True)
class _Blocks:
    """Regex pieces made from the date words of one language."""

    month_name: str  # a month named in full: may stand after a cue alone
    month_any: str  # full name or abbreviation: only next to a day or a year
    weekday: str
    season: str
    number: str  # a count in digits or words, for "il y a deux mois"


def _french_patterns(b: _Blocks) -> dict[str, str]:
    cue = (rf"en|fin|début|courant|mi-?|d{_AP}|de|du\s+mois\s+de|(?:au|le)\s+mois\s+de"
           rf"|à\s+la\s+fin\s+d[eu](?:\s+mois\s+de)?|au\s+début\s+d[eu](?:\s+mois\s+de)?|à\s+la\s+mi-?"
           rf"|au\s+cours\s+d[eu](?:\s+mois\s+de)?")
    year_cue = (rf"en|fin|début|courant|mi-?|(?:au\s+cours\s+de\s+)?l{_AP}année|à\s+la\s+fin\s+de"
                rf"|au\s+début\s+de")
    weekday_prefix = b.weekday.replace("?P<w>", "?:")
    return {
        "daydate": rf"(?:\ble\s+)?(?:{weekday_prefix}\s+)?(?<![\w,.])(?P<d>1er|[12]\d|3[01]|0?[1-9])"
                   rf"\s+{b.month_any}(?:\s+{_YEAR})?",
        "monthyear": rf"(?:(?P<cue>{cue})\s*)?{b.month_any}\s+{_YEAR}",
        "month": rf"(?:(?P<cue>{cue})\s*)?{b.month_name}(?:\s+(?P<last>dernier|passé))?",
        "year": rf"(?:(?P<cue>{year_cue})\s*)?{_YEAR}",
        "weekday": rf"{b.weekday}(?:\s+(?P<rel>dernier|passé|prochain))?",
        "relative": rf"(?<!\w)(?:(?P<today>aujourd{_AP}hui|ce\s+matin|ce\s+soir|cet\s+après-midi"
                    rf"|cette\s+nuit)"
                    rf"|(?P<minus2>avant[-\s]hier)|(?P<minus1>hier|la\s+veille)"
                    rf"|(?P<last_year>l{_AP}an\s+(?:dernier|passé)|l{_AP}année\s+(?:dernière|passée))"
                    rf"|(?P<last_month>le\s+mois\s+(?:dernier|passé))|(?P<last_week>la\s+semaine\s+(?:dernière|passée))"
                    rf"|(?P<this_period>cette\s+année|ce\s+mois(?:-ci)?|cette\s+semaine)"
                    rf"|(?P<future>l{_AP}an\s+prochain|l{_AP}année\s+prochaine|le\s+mois\s+prochain"
                    rf"|la\s+semaine\s+prochaine|demain)"
                    rf"|(?:l{_AP}|cet\s+|cette\s+|au\s+){b.season}(?:\s+(?P<srel>dernier|passé|prochain))?)(?!\w)",
        "ago": rf"\bil\s+y\s+a\s+{b.number}\s+(?P<u>jours?|semaines?|mois|ans?|années?)(?!\w)",
    }


def _english_patterns(b: _Blocks) -> dict[str, str]:
    cue = (r"in|early|late|mid-?|during|in\s+early|in\s+late|in\s+mid-?|this|(?:at\s+)?the\s+end\s+of"
           r"|end\s+of|(?:at\s+)?the\s+(?:start|beginning)\s+of|start\s+of|beginning\s+of")
    day = r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w])"
    weekday_prefix = b.weekday.replace("?P<w>", "?:")
    return {
        "daydate": rf"(?:(?:\bon\s+)?{weekday_prefix},?\s+)?{b.month_any}\s*{day}(?:,?\s+{_YEAR})?",
        "daydate_dm": rf"(?:\bthe\s+)?(?<![\w,.]){day}\s+(?:of\s+)?{b.month_any}(?:,?\s+{_YEAR})?",
        "monthyear": rf"(?:(?P<cue>{cue})\s*)?{b.month_any},?\s+{_YEAR}",
        "month": rf"(?:(?P<cue>{cue})\s*)?(?:(?P<last>last)\s+)?{b.month_name}",
        "year": rf"(?:(?P<cue>{cue})\s*)?{_YEAR}",
        "weekday": rf"(?:\b(?P<rel>last|next|this|on)\s+)?{b.weekday}",
        "relative": rf"(?<!\w)(?:(?P<today>today|this\s+morning|this\s+afternoon|this\s+evening|tonight)"
                    rf"|(?P<minus1>yesterday|the\s+day\s+before|the\s+previous\s+day|on\s+the\s+eve)"
                    rf"|(?P<last_year>last\s+year)|(?P<last_month>last\s+month)|(?P<last_week>last\s+week)"
                    rf"|(?P<this_period>this\s+(?:year|month|week))"
                    rf"|(?P<future>next\s+(?:year|month|week)|tomorrow)"
                    rf"|(?:(?P<srel>last|this|next)\s+|in\s+the\s+){b.season})(?!\w)",
        "ago": rf"(?<!\w){b.number}\s+(?P<u>days?|weeks?|months?|years?)\s+ago\b",
    }


@cache
def _lexicon(language: str) -> _Lexicon:
    rows = [r for r in load_table("date_words") if r["language"] == language]
    case_sensitive = language == "en"

    def words(kind: str, column: str) -> dict[str, int]:
        return {w: int(r["value"]) for r in rows if r["kind"] == kind for w in split_cell(r[column])}

    names, abbreviations = words("month", "names"), words("month", "abbreviations")
    weekdays, seasons = words("weekday", "names"), words("season", "names")
    blocks = _Blocks(
        month_name=rf"(?<!\w)(?P<m>{_alternation(list(names), case_sensitive)})(?!\w)",
        month_any=rf"(?<!\w)(?P<m>{_alternation(list(names) + list(abbreviations), case_sensitive)})(?!\w)",
        weekday=rf"(?<!\w)(?P<w>{_alternation(list(weekdays), case_sensitive)})(?!\w)",
        season=rf"(?P<s>{_alternation(list(seasons), False)})(?!\w)",
        number=rf"(?P<n>\d{{1,3}}|{'|'.join(_NUMBERS[language])})",
    )
    patterns = _french_patterns(blocks) if language == "fr" else _english_patterns(blocks)
    patterns["iso"] = r"(?<![\d-])(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)(?![\d-])"
    patterns["numeric"] = r"(?<![\d/.,])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d)(?![\d/])"
    triggers: dict[str, tuple[str, ...]] = {}
    for trigger_words, kinds in (
        (list(names) + list(abbreviations), ("daydate", "daydate_dm", "monthyear", "month")),
        (list(weekdays), ("weekday",)),
        (list(seasons) + _RELATIVE_WORDS[language], ("relative",)),
        (_AGO_UNITS[language], ("ago",)),
    ):
        for word in trigger_words:
            key = word.lower().rstrip(".")
            triggers[key] = triggers.get(key, ()) + tuple(k for k in kinds if k in patterns)
    return _Lexicon(
        language,
        {w.lower(): v for w, v in (names | abbreviations).items()},
        {w.lower(): v for w, v in weekdays.items()},
        {w.lower(): v for w, v in seasons.items()},
        {kind: re.compile(_BACKGROUND[language] + body, re.IGNORECASE) for kind, body in patterns.items()},
        triggers,
        # Every pattern starts with a literal word or a digit, so the words written in the patterns
        # (once escapes like \b are gone; group names come along, harmless) hold every possible start.
        frozenset(re.findall(r"[^\W\d_]+", re.sub(r"\\[a-zA-Z]", " ", _BACKGROUND[language] + "".join(
            patterns.values())).lower())),
    )


def _month(year: int, month: int) -> PartialDate:
    return PartialDate(dt.date(year, month, 1), "month")


def _year(year: int) -> PartialDate:
    return PartialDate(dt.date(year, 1, 1), "year")


def _end(p: PartialDate) -> dt.date:
    """Last day of the period `p` stands for."""
    if p.precision == "day":
        return p.on
    if p.precision == "month":
        return p.on.replace(day=calendar.monthrange(p.on.year, p.on.month)[1])
    return dt.date(p.on.year, 12, 31)


def _cover(first: dt.date, last: dt.date) -> PartialDate:
    """The most precise PartialDate holding both days: 2024-03-25..2024-03-31 -> 2024-03."""
    if first == last:
        return PartialDate(first, "day")
    if (first.year, first.month) == (last.year, last.month):
        return _month(first.year, first.month)
    return _year(last.year)  # spans years only for week-long spans around New Year: the later one


def _months_back(year: int, month: int, count: int) -> PartialDate:
    index = year * 12 + month - 1 - count
    return _month(index // 12, index % 12 + 1)


def _not_after(candidate: PartialDate | None, base: PartialDate | None) -> PartialDate | None:
    """`candidate` unless it starts after the base period: a later date is a schedule, not an event."""
    if candidate is None or (base is not None and candidate.on > _end(base)):
        return None
    return candidate


@lru_cache(maxsize=4096)
def _dateparser(phrase: str, language: str, relative_base: dt.datetime) -> dt.date | None:
    settings = {
        "RELATIVE_BASE": relative_base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        parsed = dateparser.parse(phrase, languages=[language], settings=settings)
    except Exception:  # a third-party parser on arbitrary text: no date is worth losing the article
        return None
    return parsed.date() if parsed else None


def _explicit_day(day: int, month_word: str, year: str | None, base: PartialDate | None,
                  lex: _Lexicon) -> PartialDate | None:
    """A calendar day the text names; the year, when missing, is the latest one not after the base."""
    if year is None and base is None:
        return None
    # The end of the base period as the reference makes "le 24 avril" in an article of 2024-04 this April.
    end = _end(base) if base is not None else dt.date(int(year or 2000), 12, 31)
    phrase = f"{day} {month_word} {year}" if year else f"{day} {month_word}"
    parsed = _dateparser(phrase, lex.language, dt.datetime(end.year, end.month, end.day, 23, 59))
    month = lex.months.get(month_word.lower())
    # dateparser reaches back to 2020 for "29 février" in 2023 and may read words we did not mean.
    expected_years = {int(year)} if year else {end.year, end.year - 1}
    if parsed is None or (parsed.day, parsed.month) != (day, month) or parsed.year not in expected_years:
        return None
    return _not_after(PartialDate(parsed, "day"), base)


def _resolve_iso(m: re.Match[str], base: PartialDate | None, lex: _Lexicon) -> PartialDate | None:
    try:
        return _not_after(PartialDate(dt.date(int(m["y"]), int(m["mo"]), int(m["d"])), "day"), base)
    except ValueError:
        return None


def _resolve_numeric(m: re.Match[str], base: PartialDate | None, lex: _Lexicon) -> PartialDate | None:
    end = _end(base) if base is not None else dt.date(int(m["y"]), 12, 31)
    reference = dt.datetime(end.year, end.month, end.day, 23, 59)
    parsed = _dateparser(f"{m['a']}/{m['b']}/{m['y']}", lex.language, reference)
    a, b = int(m["a"]), int(m["b"])
    if parsed is None or parsed.year != int(m["y"]) or (parsed.day, parsed.month) not in {(a, b), (b, a)}:
        return None
    return _not_after(PartialDate(parsed, "day"), base)


def _resolve_daydate(m: re.Match[str], base: PartialDate | None, lex: _Lexicon) -> PartialDate | None:
    day = 1 if m["d"].lower() == "1er" else int(re.sub(r"\D", "", m["d"]))
    return _explicit_day(day, m["m"], m["y"], base, lex)


def _resolve_monthyear(m: re.Match[str], base: PartialDate | None, lex: _Lexicon) -> PartialDate | None:
    return _not_after(_month(int(m["y"]), lex.months[m["m"].lower()]), base)


def _resolve_month(m: re.Match[str], base: PartialDate | None, lex: _Lexicon) -> PartialDate | None:
    if not (m["cue"] or m["last"]) or base is None:
        return None
    month = lex.months[m["m"].lower()]
    if base.precision == "year":
        # "février dernier" in an article dated only 2024 may be February 2023: the year says all we know.
        return base if m["last"] else _month(base.on.year, month)
    before = month < base.on.month if m["last"] else month <= base.on.month
    return _month(base.on.year if before else base.on.year - 1, month)


def _resolve_year(m: re.Match[str], base: PartialDate | None, lex: _Lexicon) -> PartialDate | None:
    if not m["cue"]:
        return None
    return _not_after(_year(int(m["y"])), base)


def _resolve_weekday(m: re.Match[str], base: PartialDate | None, lex: _Lexicon) -> PartialDate | None:
    rel = (m["rel"] or "").lower()
    if base is None or rel in {"prochain", "next"}:
        return None
    if base.precision != "day":
        return base
    back = (base.on.weekday() - lex.weekdays[m["w"].lower()]) % 7
    if back == 0 and rel in {"dernier", "passé", "last"}:
        back = 7
    return PartialDate(base.on - dt.timedelta(days=back), "day")


def _resolve_relative(m: re.Match[str], base: PartialDate | None, lex: _Lexicon) -> PartialDate | None:
    g = m.groupdict()  # French and English patterns have different groups
    if base is None or g.get("future"):
        return None
    year = base.on.year
    if g.get("s"):
        # "cet été" tells no more than the base, "l'été prochain" is a plan, and "l'été dernier" in an
        # article dated only 2024 is 2023 or 2024.
        if (g["srel"] or "").lower() not in {"dernier", "passé", "last"} or base.precision == "year":
            return None
        return _year(year if lex.seasons[g["s"].lower()] + 2 < base.on.month else year - 1)
    if g.get("this_period"):  # "cette année" tells no more than the base; let a later expression speak
        return None
    if g.get("last_year"):
        return _year(year - 1)
    if base.precision == "year":
        return base
    if g.get("last_month"):
        return _months_back(year, base.on.month, 1)
    if base.precision == "month":
        return base
    if g.get("last_week"):
        monday = base.on - dt.timedelta(days=base.on.weekday() + 7)
        return _cover(monday, monday + dt.timedelta(days=6))
    back = 2 if g.get("minus2") else 1 if g.get("minus1") else 0
    return PartialDate(base.on - dt.timedelta(days=back), "day")


def _resolve_ago(m: re.Match[str], base: PartialDate | None, lex: _Lexicon) -> PartialDate | None:
    if base is None:
        return None
    count = int(m["n"]) if m["n"].isdigit() else _NUMBERS[lex.language][m["n"].lower()]
    unit = m["u"].lower()
    if unit.startswith(("an", "year")):
        return _year(base.on.year - count)
    if unit.startswith(("mois", "month")):
        return base if base.precision == "year" else _months_back(base.on.year, base.on.month, count)
    if base.precision != "day":
        return base
    if unit.startswith(("jour", "day")):
        return PartialDate(base.on - dt.timedelta(days=count), "day")
    # "il y a deux semaines" is give or take a few days.
    centre = base.on - dt.timedelta(days=7 * count)
    return _cover(centre - dt.timedelta(days=3), centre + dt.timedelta(days=3))


_RESOLVERS: dict[str, Resolver] = {
    "iso": _resolve_iso,
    "numeric": _resolve_numeric,
    "daydate": _resolve_daydate,
    "daydate_dm": _resolve_daydate,
    "monthyear": _resolve_monthyear,
    "month": _resolve_month,
    "year": _resolve_year,
    "weekday": _resolve_weekday,
    "relative": _resolve_relative,
    "ago": _resolve_ago,
}


def _expressions(text: str, lex: _Lexicon) -> Iterator[tuple[str, re.Match[str]]]:
    """Date expressions in reading order; of overlapping ones, the one that starts first, then the longest.

    Scanning a sentence with a dozen patterns costs ~0.5 ms; trying them only at the few word starts
    before a trigger word ("avril", "hier", "2023") costs a few µs.
    """
    words = [(w.start(), w.group().lower()) for w in _WORD.finditer(text)]
    found: list[tuple[int, int, str, re.Match[str]]] = []
    for i, (at, word) in enumerate(words):
        kinds = lex.triggers.get(word) or (_YEAR_KINDS if len(word) == 4 and word[:2] in ("19", "20")
                                           and word.isdigit() else ())
        if not kinds:
            continue
        first = i
        while first > 0 and words[first - 1][0] >= at - _REACH_BACK:
            first -= 1
        for start, opening in words[first:i + 1]:
            if start != at and opening not in lex.openers and not opening[0].isdigit():
                continue
            hits = [(k, m) for k in kinds if (m := lex.patterns[k].match(text, start)) and m.end() > at]
            found += [(m.start(), -m.end(), kind, m) for kind, m in hits]
            if hits:
                break
    found.sort(key=lambda f: (f[0], f[1]))
    taken_until = -1
    for start, neg_end, kind, m in found:
        if start >= taken_until:
            taken_until = -neg_end
            yield kind, m


def _clause_before(text: str, start: int) -> str:
    """The text between the last clause break (or 200 characters back) and `start`."""
    window = text[max(0, start - 200):start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    return window[breaks[-1].end():] if breaks else window


def _is_background(kind: str, m: re.Match[str], text: str, clause: str) -> bool:
    if m["bg"] or _REPORTING_CLAUSE.match(clause):
        return True
    if kind in _CALENDAR_KINDS and (_EVENT_NOUN.search(clause[-60:]) or _SINCE_START.search(clause[-60:])):
        return True
    return kind == "year" and bool(_AMOUNT_BEFORE.search(text[max(0, m.start() - 60):m.start()]))


def resolve_date(text: str, base: PartialDate | None, language: str) -> PartialDate | None:
    """The date `text` speaks of, no more precise than the text allows; `base` when it names none.

    >>> resolve_date("accordés en février dernier", PartialDate(dt.date(2024, 7, 1), "month"), "fr")
    PartialDate(on=datetime.date(2024, 2, 1), precision='month')
    """
    if not isinstance(text, str) or not text:
        return base
    lang = language.lower()[:2] if isinstance(language, str) else ""
    lex = _lexicon(lang if lang in _LANGUAGES else "fr")  # French wins, as in text.detect_language
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(text)]
    in_relative_clause: PartialDate | None = None
    for kind, m in _expressions(text, lex):
        if any(a <= m.start() < b for a, b in quoted):
            continue
        clause = _clause_before(text, m.start())
        if _is_background(kind, m, text, clause):
            continue
        try:
            found = _RESOLVERS[kind](m, base, lex)
        except (ValueError, OverflowError):  # arithmetic past year 1 or 9999
            found = None
        if found is None:
            continue
        if _RELATIVE_CLAUSE.match(clause):
            in_relative_clause = in_relative_clause or found
            continue
        return found
    return in_relative_clause or base


def story_date(text: str, language: str) -> PartialDate | None:
    """The day a headerless article's lead names with its year, or None: the date its "la veille" counts from.

    >>> story_date("Réunis dimanche 2 mars 2025 à Londres, les dirigeants ont...", "fr")
    PartialDate(on=datetime.date(2025, 3, 2), precision='day')
    """
    lead = text.lstrip().split("\n", 1)[0][:500] if isinstance(text, str) else ""
    found = resolve_date(lead, None, language) if lead else None
    return found if found is not None and found.precision == "day" else None

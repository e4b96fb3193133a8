"""Money amounts in French and English text: `425 millions de dollars`, `$1.5bn`, `2,2 milliards`.

A pure function of a string. The currency vocabulary below is part of the number grammar (a
closed, slow-changing set of units), not of the aid vocabulary, so it lives here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

# (regex, ISO 4217 or None when the word names a currency family without saying which member).
# Longer and more specific forms first: the alternation takes the first that matches.
_CURRENCY_WORDS: tuple[tuple[str, str | None], ...] = (
    (r"dollars?\s+(?:am[ée]ricains?|US|des\s+[ÉE]tats-Unis)", "USD"),
    (r"dollars?\s+canadiens?", "CAD"),
    (r"dollars?\s+australiens?", "AUD"),
    (r"dollars?\s+n[ée]o-z[ée]landais", "NZD"),
    (r"(?:US|U\.S\.|American)\s+dollars?", "USD"),
    (r"Canadian\s+dollars?", "CAD"),
    (r"Australian\s+dollars?", "AUD"),
    (r"livres?\s+sterling", "GBP"),
    (r"pounds?\s+sterling", "GBP"),
    (r"francs?\s+suisses", "CHF"),
    (r"Swiss\s+francs?", "CHF"),
    (r"couronnes?\s+norv[ée]giennes", "NOK"),
    (r"couronnes?\s+su[ée]doises", "SEK"),
    (r"couronnes?\s+danoises", "DKK"),
    (r"couronnes?\s+tch[èe]ques", "CZK"),
    (r"Norwegian\s+(?:kroner|crowns?)", "NOK"),
    (r"Swedish\s+(?:kronor|crowns?)", "SEK"),
    (r"Danish\s+(?:kroner|crowns?)", "DKK"),
    (r"Czech\s+(?:korun[ay]?|crowns?)", "CZK"),
    (r"dollars?", "USD"),
    (r"euros?", "EUR"),
    (r"livres?", "GBP"),
    (r"pounds?", "GBP"),
    (r"sterling", "GBP"),
    (r"roubles?", "RUB"),
    (r"rubles?", "RUB"),
    (r"yens?", "JPY"),
    (r"hryvnias?", "UAH"),
    (r"hryvnas?", "UAH"),
    (r"hryvnyas?", "UAH"),
    (r"z[łl]otys?", "PLN"),
    (r"kronor", "SEK"),
    (r"(?:won|KRW)s?\s+sud-cor[ée]ens|South\s+Korean\s+won", "KRW"),
    (r"couronnes?", None),
    (r"francs?", None),
    (r"wons?", "KRW"),
    (r"krona|krone", None),
    (r"kroner", None),
    (r"crowns", None),
    (r"yuans?", "CNY"),
    (r"USD|EUR|GBP|CAD|AUD|NZD|JPY|CHF|NOK|SEK|DKK|CZK|PLN|UAH|RUB|CNY|KRW", ""),
)
_SYMBOLS = {"$": "USD", "US$": "USD", "U.S.$": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD",
            "NZ$": "NZD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_CODES = "USD|EUR|GBP|CAD|AUD|NZD|JPY|CHF|NOK|SEK|DKK|CZK|PLN|UAH|RUB|CNY|KRW"

_WORD_NUMBERS = {
    "un": 1, "une": 1, "a": 1, "an": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4,
    "four": 4, "cinq": 5, "five": 5, "six": 6, "sept": 7, "seven": 7, "huit": 8, "eight": 8, "neuf": 9,
    "nine": 9, "dix": 10, "ten": 10, "onze": 11, "eleven": 11, "douze": 12, "twelve": 12, "quinze": 15,
    "fifteen": 15, "vingt": 20, "twenty": 20, "trente": 30, "thirty": 30, "quarante": 40, "forty": 40,
    "cinquante": 50, "fifty": 50, "cent": 100, "hundred": 100, "demi": 0.5, "half a": 0.5, "un demi": 0.5,
}
_SCALES = {
    "mille milliards": 1e12, "trillion": 1e12, "trillions": 1e12, "milliard": 1e9, "milliards": 1e9,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9, "g": 1e9,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "mille": 1e3, "thousand": 1e3,
}
# "une cinquantaine de millions", "a dozen billion": an approximate count of the unit.
_COLLECTIVES = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
                "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "dozen": 12}
_COLLECTIVE_WORDS = "|".join(_COLLECTIVES)
_BIG_SCALES = {"mille milliards", "trillion", "trillions", "milliard", "milliards", "billion", "billions",
               "million", "millions"}

_NUM = (r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?"
        r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
        r"|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?"
        r"|\d+(?:[.,]\d+)?)")
_WORDS = "|".join(sorted((re.escape(w) for w in _WORD_NUMBERS), key=len, reverse=True))
_SCALE_WORDS = (r"(?i:mille\s+milliards|trillions?|milliards?|billions?|millions?|thousand|mille)"
                r"|(?:bn|mn|mln|m)(?![\w$€£])|(?:Mds?|Mrds?|G|M)(?=\s?[$€£])")
_CUR_WORDS = "|".join(f"(?:{w})" for w, _ in _CURRENCY_WORDS)
_PREFIX = r"(?:US\$|U\.S\.\$|CA?\$|AU?\$|NZ\$|\$|€|£|¥|(?:" + _CODES + r")\s?)"

_MONEY = re.compile(
    r"(?<![\w$€£.,])"
    r"(?P<prefix>" + _PREFIX + r")?\s?"
    r"(?:(?P<num>" + _NUM + r")(?:\s?(?:-|–|à|to)\s?(?P<num2>" + _NUM + r"))?"
    r"|(?P<word>(?i:" + _WORDS + r"))[\s-]?(?=(?i:mille|milliard|million|billion|trillion|thousand))"
    r"|(?P<collective>(?i:(?:une\s+|a\s+)?(?:" + _COLLECTIVE_WORDS + r")))\s+(?:(?i:de|of)\s+|d['’]\s?)?"
    r"(?=(?i:milliard|million|billion|trillion)))"
    r"(?:\s?-?(?P<scale>" + _SCALE_WORDS + r"))?"
    r"(?P<suffix>\s?(?:[$€£¥]|(?:(?:de\s+|d['’]\s?|of\s+|in\s+)?(?:" + _CUR_WORDS + r"))(?![\w])))?",
)

_QUALIFIER = re.compile(
    r"(?P<q>pr[èe]s\s+d['’e]\s?|presque\s+|environ\s+|d['’]environ\s+|quelque\s+|plus\s+d['’e]\s?|au\s+moins\s+"
    r"|d['’]au\s+moins\s+|jusqu['’][àa]\s+|moins\s+d['’e]\s?|nearly\s+|almost\s+|about\s+|around\s+"
    r"|approximately\s+|roughly\s+|some\s+|more\s+than\s+|over\s+|up\s+to\s+|at\s+least\s+|less\s+than\s+"
    r"|under\s+|just\s+over\s+|just\s+under\s+)[«“\"]?\s?$",
    re.IGNORECASE,
)
_AT_MOST = re.compile(r"jusqu|^moins|up to|less|under")
_AT_LEAST = re.compile(r"plus|au moins|more|over|at least")

# A bare amount ("2,2 milliards") is money unless what follows says it counts something else.
_FOLLOWER = re.compile(r"\s*(?:(?:de\s+|d['’]\s?|of\s+)(?P<noun>\w+)|(?P<word>[A-Za-zÀ-ÿ]+)|(?P<sign>%|pour\s?cent|percent))")
_MONEY_NOUNS = re.compile(
    r"(?:aides?|assistance|soutien|financements?|pr[êe]ts?|dons?|subventions?|investissements?|fonds|cr[ée]dits?"
    r"|dettes?|recettes|revenus|d[ée]penses|budget|contributions?|paiements?|aid|support|funding|loans?|grants?"
    r"|funds?|financing|assistance|investments?|plus|more|suppl[ée]mentaires?|additional|extra|new|nouveaux)$",
    re.IGNORECASE,
)
# The noun an amount completes: "l'enveloppe de", "une aide de", "a package of" make a bare figure money.
_MONEY_HEAD = re.compile(r"\b(?:enveloppes?|aides?|paquets?|tranches?|pr[êe]ts?|dons?|subventions?|fonds|financements?|"
                         r"packages?|loans?|grants?|funds?|funding|aid|assistance)\s+(?:de|d['’]|of)\s*$", re.IGNORECASE)
_FREE_WORDS = frozenset(
    "en pour à a au aux dans sur par et ou d de du des in for to from this that last next over and or per by "
    "with on at as the supplémentaires supplémentaire additional extra more qui que which was is were will "
    "would has have had cette cet ce since depuis avec lors entre between soit environ dont including worth "
    "package paquet tranche annually an each chaque year ans years plus than".split()
)
_CONVERSION = re.compile(r"\(|\bsoit\b|\bor\b|\bi\.e\.|[ée]quivalent|\bconverti|\bc['’]est-[àa]-dire")
_RANGE_GAP = re.compile(r"\s*(?:et|and|à|to|-|–)\s*")
_RANGE_LEAD = re.compile(r"(?:entre|between|from|de)\s+$", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")
# Compiled once: `re.fullmatch(pattern, ...)` looks its pattern up in re's cache at every call, and find_money
# reads a currency word for every number of an article.
_CURRENCY_REGEXES = tuple((re.compile(w, re.IGNORECASE if code != "" else 0), code) for w, code in _CURRENCY_WORDS)
_CODE = re.compile(_CODES)
_DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?")
_COMMA_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_CURRENCY_LINK = re.compile(r"^\s*(?:de\s+|d['’]\s?|of\s+|in\s+)")
_SPACES = re.compile(r"\s+")
_SENTENCE_OR_DIGIT = re.compile(r"[.;]|\d")


@dataclass(frozen=True)
class Money:
    """An amount found in text; `start`/`end` index the string it was found in.

    `currency` is None when the text names none (a bare `2,2 milliards`) or names only a family
    (`couronnes`); `has_currency_word` tells the two apart. `bound` is 'min' (plus de, more than),
    'max' (jusqu'à, up to), 'range' (entre 2 et 3 milliards: the upper end is kept) or None.
    """

    value: float
    currency: str | None
    start: int
    end: int
    text: str
    approx: bool = False
    bound: str | None = None
    has_currency_word: bool = False
    has_scale: bool = False


def _to_number(raw: str, scale: str | None, language: str | None) -> float | None:
    """'2,2' -> 2.2, '1 000 000' -> 1e6, '1,500' -> 1500 (or 1.5 in French before milliards)."""
    s = raw.replace("\u00a0", " ").replace("\u202f", " ")
    if " " in s:
        s = s.replace(" ", "").replace(",", ".")
    elif _DOT_GROUPED.fullmatch(s):
        s = s.replace(".", "").replace(",", ".")
    elif _COMMA_GROUPED.fullmatch(s):
        french_decimal = s.count(",") == 1 and "." not in s and (
            language == "fr" or (language is None and scale is not None and scale.lower().startswith("milliard")))
        s = s.replace(",", ".") if french_decimal else s.replace(",", "")
    else:
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def _currency_of(prefix: str | None, suffix: str | None) -> tuple[str | None, bool]:
    """(ISO code or None, whether any currency expression was present)."""
    if prefix:
        p = prefix.strip()
        if p in _SYMBOLS:
            return _SYMBOLS[p], True
        if _CODE.fullmatch(p):
            return p, True
    if suffix:
        word = _CURRENCY_LINK.sub("", suffix).strip()
        if word in _SYMBOLS:
            return _SYMBOLS[word], True
        for regex, code in _CURRENCY_REGEXES:
            if regex.fullmatch(word):
                return (word if code == "" else code), True
    return None, False


def _is_bare_money(text: str, start: int, end: int) -> bool:
    """A scaled amount without currency is money unless a counted noun or a percent sign follows, or a money
    noun heads it ("l'enveloppe de 500 millions annoncée en juin", "a package of 300 million approved")."""
    m = _FOLLOWER.match(text, end)
    if not m:
        return True
    if m.group("sign"):
        return False
    if m.group("word") and _MONEY_HEAD.search(text, max(0, start - 30), start):
        return True
    if m.group("noun"):
        return bool(_MONEY_NOUNS.match(m.group("noun")))
    word = m.group("word").lower()
    return word in _FREE_WORDS or bool(_MONEY_NOUNS.match(word))


def _qualify(text: str, start: int) -> tuple[bool, str | None]:
    """(approximate?, bound) from the words just before an amount."""
    m = _QUALIFIER.search(text[max(0, start - 25) : start])
    if not m:
        return False, None
    q = m.group("q").lower()
    if _AT_MOST.search(q):
        return True, "max"
    if _AT_LEAST.search(q):
        return True, "min"
    return True, None


def _from_match(m: re.Match, text: str, language: str | None) -> Money | None:
    """One regex match -> Money, or None when it is a bare number or a counted quantity."""
    scale = m.group("scale")
    scale_key = _SPACES.sub(" ", scale).lower() if scale else None
    currency, has_word = _currency_of(m.group("prefix"), m.group("suffix"))
    bound = None
    if m.group("collective"):
        base: float | None = float(_COLLECTIVES[m.group("collective").split()[-1].lower()])
        start = m.start("collective")
    elif m.group("word"):
        base = float(_WORD_NUMBERS[_SPACES.sub(" ", m.group("word")).lower()])
        start = m.start("word")
    else:
        base, start = _to_number(m.group("num"), scale, language), m.start("num")
        if m.group("num2"):
            high = _to_number(m.group("num2"), scale, language)
            if base is None or high is None or _YEAR.fullmatch(m.group("num")) or base >= high:
                start = m.start("num2")  # `en 2022 et 2,1 milliards` is no range
            else:
                bound = "range"
            base = high
    if base is None:
        return None
    if m.group("prefix") and not m.group("collective") and start == (
            m.start("word") if m.group("word") else m.start("num")):
        start = m.start("prefix")
    if scale_key and scale_key not in _BIG_SCALES and not has_word:
        return None  # `300 m` or `5 mille` without a currency is a distance or a count
    if not has_word and not (scale_key in _BIG_SCALES and _is_bare_money(text, start, m.end())):
        return None
    end = m.end() if m.group("suffix") or scale else m.end("num2") if m.group("num2") else m.end("num")
    approx, qualifier_bound = _qualify(text, start)
    approx = approx or bool(m.group("collective"))
    value = base * (_SCALES.get(scale_key, 1.0) if scale_key else 1.0)
    return Money(value, currency, start, end, text[start:end], approx or bound == "range",
                 bound or qualifier_bound, has_word, bool(scale_key))


def _merge_ranges(found: list[Money], text: str) -> list[Money]:
    """`entre 2 milliards et 3 milliards` -> one amount, the upper end."""
    out: list[Money] = []
    for m in found:
        if out and _RANGE_GAP.fullmatch(text[out[-1].end : m.start]) and _RANGE_LEAD.search(
                text[max(0, out[-1].start - 12) : out[-1].start]) and m.value > out[-1].value:
            prev = out.pop()
            currency = m.currency or prev.currency
            m = Money(m.value, currency, prev.start, m.end, text[prev.start : m.end], True, "range",
                      m.has_currency_word or prev.has_currency_word, True)
        out.append(m)
    return out


def _drop_conversions(found: list[Money], text: str) -> list[Money]:
    """`61 milliards de dollars (environ 57 milliards d'euros)` is one amount: keep the first."""
    out: list[Money] = []
    for m in found:
        if out:
            gap = text[out[-1].end : m.start]
            if len(gap) <= 40 and _CONVERSION.search(gap) and not _SENTENCE_OR_DIGIT.search(gap):
                continue
        out.append(m)
    return out


def _inherit_currency(found: list[Money]) -> list[Money]:
    """A bare amount takes the currency of the nearest preceding amount in the same text."""
    out: list[Money] = []
    last: str | None = None
    for m in found:
        if m.currency is None and not m.has_currency_word and last:
            m = replace(m, currency=last)
        elif m.currency:
            last = m.currency
        out.append(m)
    return out


def find_money(text: str, language: str | None = None) -> list[Money]:
    """Money amounts in `text`, in order; never raises.

    >>> [(m.value, m.currency) for m in find_money("une aide de 425 millions de dollars, puis 2,2 milliards")]
    [(425000000.0, 'USD'), (2200000000.0, 'USD')]
    """
    try:
        found = [mo for m in _MONEY.finditer(text) if (mo := _from_match(m, text, language)) is not None]
        return _inherit_currency(_drop_conversions(_merge_ranges(found, text), text))
    except (ValueError, KeyError, OverflowError, IndexError):
        return []


def parse_money(text: str, language: str | None = None) -> Money | None:
    """The first amount in a short string, or None.

    >>> parse_money("€1.5bn").value
    1500000000.0
    """
    found = find_money(text, language)
    return found[0] if found else None

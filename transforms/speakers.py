"""Who said a quote: the attribution frame around it, and the speaker it names, resolved on the article.

A frame is a speech verb or a source preposition with its subject: « … », a déclaré X / X a affirmé
que « … » / selon X / "…," X said / said X / promettant de « … » (the subject of the clause) / X : « … ».
The subject is a mention: a person of the gazetteer (any spelling), an unknown capitalised name in any
alphabet (or its surname alone once given in full), a role ("le chancelier", "the Treasury Secretary")
resolved to the person the article last named with that role or to the one holder of the office at the
publication date when the article names them, an institution ("la Maison Blanche") or a company ("drone
maker Baykar", then "the company"), or a pronoun (il, elle, he, she) resolved to the last person the
article spoke of. Never a person the article does not name: an unnamed role keeps its institution ("le
porte-parole du Kremlin" -> Kremlin) or names nobody. A capital or a country is a place, not a speaker,
unless it is the verb's subject. Names inside quotes are never mentions: the quoted speaker talks about
them, they do not speak.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from transforms.gazetteers import load_table, split_cell
from transforms.model import PartialDate
from transforms.sentences import split_sentences

if TYPE_CHECKING:
    from transforms.quotes import QuoteSpan


# ---------------------------------------------------------------- words


# Every character with a combining class, deleted by one str.translate instead of a test per character.
_COMBINING = dict.fromkeys(i for i in range(0x110000) if unicodedata.combining(chr(i)))


def fold(text: str) -> str:
    """Lower case without accents: 'Élysée' -> 'elysee'."""
    if text.isascii():  # nothing to decompose
        return text.lower()
    return unicodedata.normalize("NFKD", text).translate(_COMBINING).lower()


def _fold_char(c: str) -> str:
    base = unicodedata.normalize("NFD", c)[0].lower()
    return base if len(base) == 1 else c


# Latin letters to their lower-case base letter, one character for one so that offsets survive.
_FOLD_TABLE = {i: _fold_char(chr(i)) for i in range(0x41, 0x250) if _fold_char(chr(i)) != chr(i)}
_FOLD_TABLE.update({ord("’"): "'"})
# The same table as a list indexed by code point, which str.translate reads twice as fast as a dict;
# characters past its end raise IndexError, which translate takes as "keep the character".
_FOLD_LIST = [_FOLD_TABLE.get(i, chr(i)) for i in range(max(_FOLD_TABLE) + 1)]


def fold_keep_length(text: str) -> str:
    """fold() that keeps every offset: 'Réitèré’' -> "reitere'"."""
    return text.translate(_FOLD_LIST)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude French/English stem that makes genders and plurals meet: 'ukrainiennes' -> 'ukrainien'."""
    w = fold(word).replace(".", "").replace("’", "'")
    w = _SPELLING.get(w, w)
    if len(w) > 4 and w.endswith("es"):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "is", "us")):
        w = w[:-1]
    while len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if w.endswith("nn"):
        w = w[:-1]
    return _SPELLING.get(w, w)


_SPELLING = {"defence": "defense", "cheff": "chef", "advisor": "adviser", "chancellery": "chancellerie"}
# The final dot of an initial ("U.S.") is tested before the lookbehind: most tokens end without one.
_TOKEN = re.compile(r"[^\W_]+(?:[-.][^\W_]+)*(?:\.(?<=\b[A-Z]\.))?")

# Words that carry no meaning in a role: "chef de la diplomatie" ~ "chef diplomatie".
_ROLE_STOP = frozenset(stem(w) for w in (
    "de du des la le les l d a à au aux en of the for to s et and in on pour chargé chargée auprès with "
    # prepositions of long gazetteer roles ("installé par Moscou dans la région"): not role words in a text
    "dans par sur sous avec lors devant plus at from by "
    # a party says nothing of the office: "le chef du gouvernement travailliste" (English puts the party
    # first, capitalised, as a name: "Conservative Party leader X")
    "travailliste conservateur conservatrice socialiste écologiste centriste libéral libérale"
).split())

_NATIONALITIES = {
    "USA": "américain us usa american america états-unis",
    "UKR": "ukrainien ukraine ukrainian",
    "RUS": "russe russie russia russian",
    "DEU": "allemand allemagne german germany",
    "FRA": "français france french",
    "GBR": "britannique royaume-uni uk britain british",
    "POL": "polonais pologne poland polish",
    "HUN": "hongrois hongrie hungary hungarian",
    "ITA": "italien italie italy italian",
    "CAN": "canadien canada canadian",
    "JPN": "japonais japon japan japanese",
    "DNK": "danois danemark denmark danish",
    "SWE": "suédois suède sweden swedish",
    "NOR": "norvégien norvège norway norwegian",
    "FIN": "finlandais finlande finland finnish",
    "NLD": "néerlandais pays-bas netherlands dutch hollandais",
    "LTU": "lituanien lituanie lithuania lithuanian",
    "LVA": "letton lettonie latvia latvian",
    "EST": "estonien estonie estonia estonian",
    "TUR": "turc turque turquie turkey turkish türkiye",
    "CHN": "chinois chine china chinese",
    "BEL": "belge belgique belgium belgian",
    "ESP": "espagnol espagne spain spanish",
    "CZE": "tchèque czech",
    "SVK": "slovaque slovaquie slovakia slovak",
    "ROU": "roumain roumanie romania romanian",
    "MDA": "moldave moldavie moldova moldovan",
    "BLR": "biélorusse biélorussie bélarus belarus belarusian",
    "AUT": "autrichien autriche austria austrian",
    "SRB": "serbe serbie serbia serbian",
    "IND": "indien inde india indian",
    "BRA": "brésilien brésil brazil brazilian",
    "EU": "européen ue eu european",
    "NATO": "otan nato atlantique",
    "UN": "onu onusien un",
    "IMF": "fmi imf",
    "KOR": "sud-coréen korea korean",
    "PRK": "nord-coréen north-korean",
    "AUS": "australien australie australia australian",
    "PRT": "portugais portugal portuguese",
    "GRC": "grec grèce greece greek",
    "CHE": "suisse suisse switzerland swiss",
    "IRL": "irlandais irlande ireland irish",
    "ISR": "israélien israël israel israeli",
    "IRN": "iranien iran iranian",
    "SAU": "saoudien saoudite saudi",
    "GEO": "géorgien géorgie georgian",
    "BGR": "bulgare bulgarie bulgaria bulgarian",
    "HRV": "croate croatie croatia croatian",
    "SVN": "slovène slovénie slovenia slovenian",
    "KAZ": "kazakh kazakhstan",
    "ZAF": "sud-africain south-african",
    "ISL": "islandais islande iceland icelandic",
    "LUX": "luxembourgeois luxembourg luxembourgish",
    "NZL": "néo-zélandais zealander",
    "MLT": "maltais malte malta maltese",
    "CYP": "chypriote chypre cyprus cypriot",
    "ALB": "albanais albanie albania albanian",
    "MKD": "macédonien macédoine macedonia macedonian",
    "MNE": "monténégrin montenegrin",  # not the country: Luís Montenegro
    "ARM": "arménien arménie armenia armenian",
    "AZE": "azerbaïdjanais azerbaïdjan azerbaijan azerbaijani",
    "MEX": "mexicain mexique mexico mexican",
    "ARG": "argentin argentine argentina argentinian",
    "EGY": "égyptien égypte egypt egyptian",
    "SEN": "sénégalais sénégal senegal senegalese",
    "QAT": "qatari qatarien qatar",
    "ARE": "émirati emirati",
}
_NAT = {stem(w): code for code, words in _NATIONALITIES.items() for w in words.split()}
# Multi-word country names, folded to one token before roles are read.
_COUNTRY_PHRASES = re.compile(r"\b(?:United States|United Kingdom|Nations unies|United Nations|Union européenne|European Union)\b")
_COUNTRY_TOKEN = {"United States": "US", "United Kingdom": "UK", "Nations unies": "ONU", "United Nations": "ONU",
                  "Union européenne": "UE", "European Union": "EU"}


def _nationality(token: str) -> str | None:
    """The country code a token names ('ukrainienne' -> 'UKR'); 'us'/'un' only when written in capitals."""
    key = stem(token)
    if key in ("us", "un") and not token.replace(".", "").isupper():
        return None
    return _NAT.get(key)


# Head words of a role; the rest of a role phrase qualifies them.
_HEADS = frozenset(stem(w) for w in (
    "président présidente vice-président vice-présidente ministre vice-ministre chancelier chancelière "
    "vice-chancelier secrétaire sous-secrétaire porte-parole chef cheffe dirigeant dirigeante leader "
    "ambassadeur ambassadrice conseiller conseillère directeur directrice commandant émissaire envoyé "
    "représentant représentante haut-commissaire patron patronne locataire numéro roi reine pape pontife "
    "maire gouverneur gouverneure sénateur sénatrice député députée élu élue commissaire négociateur "
    "négociatrice coordinateur médiateur responsable diplomate officiel fondateur candidat candidate "
    "milliardaire général amiral analyste expert chercheur spécialiste officier colonel lieutenant capitaine "
    "coprésident coprésidente septuagénaire sexagénaire quinquagénaire octogénaire quadragénaire "
    "économiste historien historienne politologue sociologue chercheuse professeur professeure juriste banquier "
    "banquière stratège géopolitologue observateur observatrice "
    "president minister chancellor secretary spokesman spokeswoman spokesperson ambassador envoy adviser "
    "advisor director chief head commander general speaker senator congressman congresswoman lawmaker "
    "governor mayor king pope official diplomat negotiator billionaire nominee analyst expert officer "
    "colonel lieutenant captain admiral chairman chairwoman co-chair economist historian researcher professor "
    "scholar strategist banker homologue counterpart"
).split())
# "son homologue britannique", "his British counterpart": someone else, of the country the role names.
_COUNTERPART = frozenset(stem(w) for w in "homologue counterpart".split())
# Surface forms, not stems: stems make "chancelière" and "chancelier" meet.
_FEMININE_HEADS = frozenset(fold(w) for w in (
    "présidente vice-présidente chancelière cheffe dirigeante ambassadrice conseillère directrice "
    "représentante patronne reine sénatrice gouverneure négociatrice spokeswoman congresswoman première "
    "candidate élue députée envoyée historienne chercheuse professeure banquière observatrice"
).split())
_MASCULINE_HEADS = frozenset(fold(w) for w in (
    "président vice-président chancelier dirigeant ambassadeur conseiller directeur représentant patron roi "
    "sénateur gouverneur négociateur spokesman congressman premier candidat élu député envoyé historien chercheur "
    "banquier observateur"
).split())
_FEMININE_DETS = frozenset("la une cette l’ancienne l'ancienne".split())
_MASCULINE_DETS = frozenset("le un ce cet".split())
_INDEFINITE = frozenset("un une des plusieurs a an some several one".split())
_DEMONSTRATIVE = frozenset("ce cet cette ces this that".split())
_DEFINITE = frozenset("le la l the".split())
# Heads that describe a person rather than name an office: "le général à la retraite", "the veteran diplomat".
_DESCRIPTIVE_HEADS = frozenset(stem(w) for w in (
    "général amiral officier colonel lieutenant capitaine diplomate milliardaire analyste expert chercheur "
    "spécialiste dirigeant dirigeante leader responsable officiel fondateur coprésident coprésidente "
    "septuagénaire sexagénaire quinquagénaire octogénaire quadragénaire négociateur négociatrice "
    "general admiral officer colonel captain diplomat billionaire analyst official negotiator co-chair "
    "économiste historien historienne politologue sociologue chercheuse professeur professeure juriste banquier "
    "banquière stratège géopolitologue observateur observatrice economist historian researcher professor scholar "
    "strategist banker"
).split())
_MARKERS = frozenset(stem(w) for w in "ancien ex-président former élu elect futur candidat candidate ex".split())
_PLURAL_DETS = frozenset("les des ces leurs plusieurs deux trois the".split())
# Words that put a role in the past: "l'ancienne Première ministre estonienne" names whoever held it before.
_FORMER = frozenset(stem(w) for w in "ancien former ex".split())
# Adjectives of a role phrase that tell its gender when the head word does not ("l'ancienne ministre").
_FEMININE_WORDS = frozenset(fold(w) for w in "ancienne nouvelle première dernière seule".split())
_MASCULINE_WORDS = frozenset(fold(w) for w in "ancien nouveau premier dernier seul".split())


@dataclass(frozen=True)
class Role:
    """A role as a bag of word stems with the country it names, e.g. {ministr, defens} + DEU."""

    words: frozenset[str]
    nat: str | None

    def fits(self, other: Role, country: str | None, exact: bool = False) -> bool:
        """True when this (text) role can name the holder of `other` (a role of a person from `country`):
        its words are among the other's (all of them when `exact`); a role that says "former" or "elect"
        is only named by a text that says so too."""
        if not self.words or not self.words <= other.words or not (other.words & _MARKERS) <= self.words:
            return False
        if exact and self.words != other.words:
            return False
        return self.nat is None or self.nat == (other.nat or country)


@lru_cache(maxsize=16384)
def parse_role(text: str) -> Role:
    """'secrétaire d'État américain' -> Role({'secretair', 'etat'}, 'USA')."""
    text = _COUNTRY_PHRASES.sub(lambda m: _COUNTRY_TOKEN[m.group()], text)
    words: set[str] = set()
    nat = None
    for tok in _TOKEN.findall(text):
        code = _nationality(tok)
        if code and nat is None:
            nat = code
            continue
        if tok[:3].lower() == "ex-" and len(tok) > 4:  # "ex-président": a former president
            words.add(stem("ex"))
            tok = tok[3:]
        key = stem(tok)
        if key not in _ROLE_STOP and key not in _UNMARKED:
            words.add(key)
    return Role(frozenset(words), nat)


# Words of a role phrase that tell nothing of the office: a federal state ("le chef du gouvernement fédéral",
# "la conseillère fédérale": Belgium, Germany, Switzerland, Canada). They stay in the phrase, not in the role.
_UNMARKED = frozenset(stem(w) for w in "fédéral fédérale federal".split())


# ---------------------------------------------------------------- gazetteers


@dataclass
class Person:
    """A gazetteer person: spellings, gender and the roles of each period of office."""

    name: str
    gender: str
    country: str
    spans: list[tuple[dt.date, dt.date, tuple[Role, ...], str]] = field(default_factory=list)
    # The roles of the spans under each of their words: a role only fits roles holding all its words.
    by_word: dict[str, list[tuple[dt.date, dt.date, Role, str]]] = field(default_factory=dict)

    def add_span(self, start: dt.date, end: dt.date, roles: tuple[Role, ...], country: str) -> None:
        """Record the roles held from `start` to `end` (inclusive)."""
        self.spans.append((start, end, roles, country))
        for r in roles:
            for word in r.words:
                self.by_word.setdefault(word, []).append((start, end, r, country))

    def roles_between(self, lo: dt.date, hi: dt.date) -> list[tuple[Role, str]]:
        """Roles held at some time in [lo, hi], each with the country of that office."""
        return [(r, c) for start, end, roles, c in self.spans if start <= hi and end >= lo for r in roles]

    def roles_with(self, word: str, lo: dt.date, hi: dt.date) -> list[tuple[Role, str]]:
        """roles_between() restricted to the roles that hold `word`."""
        return [(r, c) for start, end, r, c in self.by_word.get(word, ()) if start <= hi and end >= lo]


def _date(cell: str, default: dt.date) -> dt.date:
    try:
        return dt.date.fromisoformat(cell) if cell else default
    except ValueError:
        return default


@dataclass
class _Lexicon:
    people: dict[str, Person]
    offices: dict[frozenset[str], list[tuple[str, dt.date, dt.date, Role, str]]]  # role words -> (person, from, to, role, country)
    alias_to: dict[str, list[str]]  # alias -> canonical names
    weak_aliases: set[str]
    alias_re: re.Pattern[str]
    institutions: dict[str, str]  # alias -> canonical
    institution_re: re.Pattern[str]
    role_vocab: frozenset[str]
    verbs: dict[str, dict[str, tuple[str, str]]]  # language -> form -> (lemma, kind)
    verb_re: dict[str, re.Pattern[str]]


def _key(alias: str) -> str:
    """The lookup form of a name: the regexes built by _alternation match either apostrophe and any run of
    spaces, so the tables they index are keyed with one apostrophe and single spaces ("d’État" -> "d'État")."""
    return " ".join(alias.replace("’", "'").split())


def _alternation(items: Iterable[str]) -> str:
    """A regex matching any of `items`, as a character trie (a flat alternation of hundreds of names is
    slow); a space matches any run of spaces, an apostrophe either apostrophe."""
    trie: dict = {}
    for item in set(items):
        node = trie
        for ch in item:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _first_chars(items: Iterable[str]) -> str:
    """A lookahead for the characters `items` can start with, put before a costly lookbehind: the regex
    engine then rejects most positions of a text with one character test (a scan two to three times faster)."""
    chars = {"'", "’"} if any(item[:1] in "'’" for item in items) else set()
    chars |= {item[0] for item in items if item and item[0] not in "'’"}
    return "(?=[" + "".join(r"\s" if ch == " " else re.escape(ch) for ch in sorted(chars)) + "])"


def _trie_pattern(node: dict) -> str:
    """The regex of a trie node: longest alternatives first, the end of a word last."""
    branches = []
    for ch in sorted((c for c in node if c), reverse=True):
        atom = r"\s+" if ch == " " else "['’]" if ch in "'’" else re.escape(ch)
        branches.append(atom + _trie_pattern(node[ch]))
    if "" in node:
        if not branches:
            return ""
        return "(?:" + "|".join(branches) + ")?"
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def _french_forms(lemma: str) -> list[str]:
    """Inflected forms of a regular French -er/-ir verb, enough to read attributions."""
    if lemma.endswith("er"):
        s = lemma[:-2]
        return [s + e for e in ("é", "ée", "és", "ées", "e", "ent", "ait", "aient", "ant", "a", "era", "erait")]
    if lemma.endswith("ir"):
        s = lemma[:-2]
        return [s + e for e in ("i", "ie", "it", "issait", "issant", "issent", "ira")]
    return [lemma]


def _english_forms(lemma: str) -> list[str]:
    """Inflected forms of a regular English verb (the bare form is left out: too often a noun)."""
    if lemma.endswith("e"):
        return [lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return [lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    return [lemma + "s", lemma + "ed", lemma + "ing"]


def _verb_forms() -> dict[str, dict[str, tuple[str, str]]]:
    """language -> surface form -> (lemma, kind) from speech_verbs.tsv."""
    out: dict[str, dict[str, tuple[str, str]]] = {"fr": {}, "en": {}}
    for row in load_table("speech_verbs"):
        lemma, lang, kind, cell = row["lemma"], row["language"], row["kind"], row["forms"]
        generated = _french_forms(lemma) if lang == "fr" else _english_forms(lemma)
        if cell.startswith("+"):
            forms = generated + split_cell(cell[1:])
        else:
            forms = split_cell(cell) or generated
        for f in forms:
            out.setdefault(lang, {}).setdefault(fold_keep_length(f), (lemma, kind))
    return out


# One office, several names: a prime minister is also the head of the government, in either language.
_HEAD_OF_GOVERNMENT = tuple(
    frozenset(stem(w) for w in phrase.split()) for phrase in ("premier ministre", "chef gouvernement", "prime minister", "head government")
)


def _with_synonyms(roles: tuple[Role, ...]) -> tuple[Role, ...]:
    """Roles with the other names of a head of government added ("premier ministre belge" -> "chef du
    gouvernement belge", "Belgian Prime Minister")."""
    extra = [Role(words, r.nat) for r in roles if r.words in _HEAD_OF_GOVERNMENT for words in _HEAD_OF_GOVERNMENT]
    return roles + tuple(r for r in dict.fromkeys(extra) if r not in roles)


def _build_lexicon() -> _Lexicon:
    """Read the three gazetteers into lookup tables and compiled regexes."""
    people: dict[str, Person] = {}
    alias_to: dict[str, list[str]] = {}
    weak: set[str] = set()
    vocab: set[str] = set(_HEADS) | _UNMARKED
    offices: dict[frozenset[str], list[tuple[str, dt.date, dt.date, Role, str]]] = {}
    for row in load_table("people"):
        name = row["name"]
        person = people.setdefault(name, Person(name, row["gender"], row["country"]))
        roles = _with_synonyms(tuple(parse_role(r) for r in split_cell(row["roles"])))
        start, end = _date(row["from"], dt.date.min), _date(row["to"], dt.date.max)
        for r in roles:
            vocab |= r.words
            offices.setdefault(r.words, []).append((name, start, end, r, row["country"]))
        person.add_span(start, end, roles, row["country"])
        for alias in [name, *split_cell(row["aliases"])]:
            if alias.endswith("?"):
                alias = alias[:-1]
                weak.add(_key(alias))
            names = alias_to.setdefault(_key(alias), [])
            if name not in names:
                names.append(name)
    institutions: dict[str, str] = {}
    for row in load_table("institutions"):
        for alias in [row["name"], *split_cell(row["aliases"])]:
            institutions.setdefault(_key(alias), row["name"])
            vocab |= {stem(t) for t in _TOKEN.findall(alias)}
    vocab -= _ROLE_STOP
    vocab -= set(_NAT)
    # Names inside roles ("colistier de Donald Trump") are no role words: a role must not swallow the name
    # after it ("le président ukrainien Volodymyr Zelensky"), nor a name break at them.
    vocab -= {stem(t) for alias in alias_to for t in _TOKEN.findall(alias)} - _HEADS
    verbs = _verb_forms()
    verb_re = {
        lang: re.compile(rf"(?<![\w'-])(?:{_alternation(forms)})(?![\w'])")
        for lang, forms in verbs.items()
    }
    return _Lexicon(
        people=people,
        offices=offices,
        alias_to=alias_to,
        weak_aliases=weak,
        alias_re=re.compile(rf"{_first_chars(alias_to)}(?<![\w-])(?:{_alternation(alias_to)})(?![\w-])"),
        institutions=institutions,
        institution_re=re.compile(rf"{_first_chars(institutions)}(?<![\w-])(?:{_alternation(institutions)})(?![\w-])"),
        role_vocab=frozenset(vocab),
        verbs=verbs,
        verb_re=verb_re,
    )


LEXICON = _build_lexicon()


# Spellings of one Slavic name across FR/EN/DE transliterations meet on one key: ch/sh/sch/zh/š -> s,
# kh/g/h -> h, z -> s, ou -> u, y/j/i -> i, w -> v, a final -ff -> v, doubled letters once, a final mute
# e dropped ("Chmygal" = "Shmyhal", "Selenskyj" = "Zelensky", "Peskow" = "Peskov", "Poutine" = "Putin").
_TRANSLIT_STEPS = tuple((re.compile(p), r) for p, r in (
    (r"[^a-z]+", ""), (r"gu(?=[ei])", "g"), (r"shch|chtch|tsch|tch|sch|ch|sh|zh|z", "s"), (r"kh|g", "h"),
    (r"ou", "u"), (r"[yj]", "i"), (r"w", "v"), (r"ff$", "v"), (r"(.)\1+", r"\1"), (r"(?<=....)e$", ""),
))


@lru_cache(maxsize=8192)
def translit_key(word: str) -> str:
    """The spelling-blind key of a name word: translit_key('Chmygal') == translit_key('Shmyhal') == 'smihal'."""
    w = unicodedata.normalize("NFKD", word).translate(_COMBINING).lower()
    w = w.replace("š", "sh").replace("ž", "zh").replace("č", "ch")
    for pattern, repl in _TRANSLIT_STEPS:
        w = pattern.sub(repl, w)
    return w


# French romanisation of Russian and Ukrainian names, undone towards the usual English one: j -> zh,
# ch -> sh, tch -> ch, ou -> u, gu(e) -> g, ï -> i/y, a final -ine -> -in ("Alexandre Jiline" -> "Alexander
# Zhilin", "Sergueï Narychkine" -> "Sergei Naryshkin"). First names French spells in its own way are listed.
_FRENCH_FIRST_NAMES = {
    "alexandre": "Alexander", "dmitri": "Dmitry", "evgueni": "Yevgeny", "iouri": "Yuri", "piotr": "Pyotr",
    "fiodor": "Fyodor", "guennadi": "Gennady", "maxime": "Maxim", "anatoli": "Anatoly", "valeri": "Valery",
    "vassili": "Vasily", "grigori": "Grigory", "arkadi": "Arkady", "vitali": "Vitaly", "constantin": "Konstantin",
    "leonid": "Leonid", "ilia": "Ilya", "nikita": "Nikita", "viatcheslav": "Vyacheslav", "gueorgui": "Georgy",
}
# A surname in French romanisation of a Slavic name: its ending, or a spelling only French uses; -ine alone
# ("Racine") is French too, so it needs one more sign.
_FRENCH_SLAVIC_SURNAME = re.compile(r"(?:ov|ev|ova|eva|enko|ouk|itch|vitch|off)$|tch|ï|kh[^\W\d_]*ou|ou[^\W\d_]*kh")
_FRENCH_SLAVIC_INE = re.compile(r"^(?=.*(?:j|ch|kh|ou|ï|gu[ei])).*ine$")
_FRENCH_ROMAN_STEPS = tuple((re.compile(p), r) for p, r in (
    (r"chtch", "SHCH"), (r"tch", "CH"), (r"ch", "sh"), (r"j", "zh"), (r"gu(?=[eiy])", "g"), (r"^iou", "yu"),
    (r"^io", "yo"), (r"^ia", "ya"), (r"^ie", "ye"), (r"ou", "u"), (r"ï(?=[aeou])", "y"), (r"ï", "i"),
    (r"(?<=[aeiouy])ss(?=[aeiouy])", "s"), (r"ine$", "in"), (r"off$", "ov"),
))


def english_spelling(name: str) -> str:
    """The usual English spelling of a Russian or Ukrainian name written the French way, other names as they
    are: english_spelling('Alexandre Jiline') == 'Alexander Zhilin'."""
    words = name.split()
    if len(words) < 2:
        return name
    first, surname = words[0].lower(), words[-1].lower()
    if not (_FRENCH_SLAVIC_SURNAME.search(surname) or (
        _FRENCH_SLAVIC_INE.match(surname) and (fold(first) in _FRENCH_FIRST_NAMES or "ï" in first))):
        return name
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        spelled = _FRENCH_FIRST_NAMES.get(fold(low))
        if spelled is None and (i == len(words) - 1 or re.search(r"ï|gu[ei]|tch|ou", low)):
            for pattern, repl in _FRENCH_ROMAN_STEPS:
                low = pattern.sub(repl, low)
            low = low.lower()
            spelled = low[:1].upper() + low[1:] if word[:1].isupper() else low
        out.append(spelled or word)
    return " ".join(out)


def _translit_tables() -> tuple[dict[str, str], dict[str, set[str]]]:
    """Surname key -> the one person it names (keys of several people or of weak aliases left out), and
    person -> keys of the first names the gazetteer writes them with."""
    surname: dict[str, set[str]] = {}
    firsts: dict[str, set[str]] = {}
    for alias, names in LEXICON.alias_to.items():
        words = alias.split()
        key = translit_key(words[-1])
        if len(key) >= 4 and alias not in LEXICON.weak_aliases:
            surname.setdefault(key, set()).update(names)
        if len(words) > 1:
            for name in names:
                firsts.setdefault(name, set()).add(translit_key(words[0]))
    return {k: next(iter(v)) for k, v in surname.items() if len(v) == 1}, firsts


_TRANSLIT_SURNAME, _TRANSLIT_FIRSTS = _translit_tables()
# Lemmas of French speech verbs, for infinitives ("Et d'ajouter"), which the inflected forms leave out.
_SPEECH_LEMMAS = frozenset(
    fold(row["lemma"]).replace("’", "'") for row in load_table("speech_verbs")
    if row["language"] == "fr" and row["kind"] in ("speech", "incise")
)
_GAZETTEER_ORDER = {name: i for i, name in enumerate(LEXICON.people)}
_INSTITUTION_NAMES = frozenset(LEXICON.institutions.values())


def speech_forms(language: str) -> frozenset[str]:
    """Inflected speech verbs of a language as written ('déclaré'), prepositions left out."""
    out = set()
    for row in load_table("speech_verbs"):
        if row["language"] == language and row["kind"] not in ("prep", "lead"):
            generated = _french_forms(row["lemma"]) if language == "fr" else _english_forms(row["lemma"])
            cell = row["forms"]
            out.update(generated + split_cell(cell[1:]) if cell.startswith("+") else split_cell(cell) or generated)
    return frozenset(out)


# ---------------------------------------------------------------- mentions

# Capitalised words that start no personal name: function words, days, months, places, media, bodies.
_NOT_NAMES = frozenset(fold(w) for w in (
    "le la les l un une des du de d au aux ce cet cette ces son sa ses leur leurs notre votre en dans sur sous "
    "par pour avec sans selon après avant depuis pendant lors alors mais et ou donc or ni car si quand comme "
    "lorsque puisque que qui quoi dont où il elle ils elles on nous vous je tu it he she they we i you "
    "the a an in on at for of from by with after before since during when while as but and or if so to "
    "this that these those his her its their our my your according "
    "lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday "
    "sunday janvier février mars avril mai juin juillet août septembre octobre novembre décembre january "
    "february march april may june july august september october november december "
    "m mme mmes mr mrs ms dr gen sen rep président présidente president premier première prime ministre "
    "minister secrétaire secretary général general chancelier chancellor "
    # honorifics, which stand before a name or its first name alone ("Sir Keir", "Dame Kelly", "Mgr Shevchuk")
    "sir dame lord lady pr prof professeur professor docteur doctor mgr monseigneur gén maréchal marshal "
    # sentence adverbs that start a capitalised run ("Later Sir Keir said", "Ensuite Dmitri Peskov")
    "later earlier then meanwhile also however yesterday today ensuite puis enfin hier aujourd'hui plus tard "
    "ukraine russie russia europe kiev kyiv moscou moscow washington berlin paris londres london varsovie "
    "warsaw bruxelles brussels pékin beijing rome ottawa tokyo la haye hague vilnius riga tallinn helsinki "
    "stockholm oslo copenhague copenhagen budapest prague bucarest ankara istanbul genève geneva vienne vienna "
    "crimée crimea donbass donbas kharkiv kharkov kherson zaporijia zaporizhzhia odessa odesa bakhmout "
    "bakhmut avdiivka koursk kursk pokrovsk marioupol mariupol dnipro lviv bucha boutcha "
    "new york times post journal news street street agence press presse reuters afp bloomberg cnn bbc "
    "telegram twitter facebook x truth social fox nbc cbs abc politico axios guardian monde figaro libération "
    "tass ria novosti interfax ukrinform kyiv independent pravda "
    "états-unis etats-unis royaume-uni nations unies union européenne maison blanche kremlin pentagone "
    "otan nato onu g7 g20 ue eu conseil commission parlement congrès congress sénat senate chambre house "
    "assemblée cour court bureau ovale oval office air force one défense defense armée army forces "
    "noël christmas pâques easter dieu god seigneur"
).split())
# One-word states, capitals and seats of power the actors' gazetteer knows ("Bratislava", "Vilnius"): places,
# which name a speaker only as the subject of a verb ("Kiev a déclaré"), never standing alone after one
# ("a remercié Bratislava"). In a run of names they may be a surname ("Luís Montenegro"). The few that are
# also first names stay out.
_PLACES = frozenset(
    fold(alias) for row in load_table("actors") for col in ("names", "metonyms") for alias in split_cell(row[col])
    if " " not in alias and alias not in ("Sofia", "Georgia", "Holland")
)
_PARTICLES = frozenset("de da di du van von der den al bin ibn el ter dos das".split())


def _letter_class(upper: bool) -> str:
    """A regex character class of every upper-case (or every other) letter of the Basic Multilingual Plane,
    as ranges: names are written in any alphabet and with any diacritic ("Naď", "Šefčovič", "Łukasz")."""
    spans: list[str] = []
    start = None
    for i in range(0x10001):
        c = chr(i) if i < 0x10000 and not 0xD800 <= i < 0xE000 else ""
        ok = bool(c) and c.isalpha() and (c.isupper() or c.istitle()) == upper
        if ok and start is None:
            start = i
        elif not ok and start is not None:
            spans.append(re.escape(chr(start)) + ("-" + re.escape(chr(i - 1)) if i - 1 > start else ""))
            start = None
    return "[" + "".join(spans) + "]"


_UPPER = _letter_class(upper=True)
_LOWER = _letter_class(upper=False)
_NAME_TOKEN = rf"(?:{_UPPER}(?:{_LOWER}|['’-](?=[^\W\d_])|{_UPPER}(?={_LOWER}))+|[A-Z]\.)"
# A surname with a lower-case Arabic article glued on: "al-Sudani", "el-Sisi".
_ARTICLE_NAME = rf"(?:al|el|ad|as|ash|ben|bin|abu)-{_UPPER}(?:{_LOWER}|['’-])+"
# The leading lookaheads (first letters of what follows) only make the scans fast; they change no match.
# Up to six tokens and two particles: "Yoon Suk Yeol", "Ursula von der Leyen", "Luiz Inácio Lula da Silva".
_NAME_RUN = re.compile(
    rf"(?={_UPPER})(?<![\w-]){_NAME_TOKEN}"
    rf"(?:\s+(?:(?:{'|'.join(_PARTICLES)})\s+){{0,2}}(?:{_NAME_TOKEN}|{_ARTICLE_NAME})){{1,5}}(?![\w-])"
)
# Titles and honorifics before a name, which may then be one word: "M. Dupont", "Sir Keir", "Mgr Shevchuk".
_TITLE_BEFORE = re.compile(r"(?:\b(?:M|Mme|Mr|Mrs|Ms|Dr|Pr|Prof|Sen|Rep|Gen|Gén|Lt|Col|Mgr)\.?|[Pp]résident|President|"
                           r"Chancellor|Secretary|Minister|[Mm]inistre|[Cc]hancelier|[Ss]ecrétaire|Sir|Dame|Lord|Lady|"
                           r"[Gg]énéral|General|[Mm]aréchal|Marshal)\s+$")
_PRONOUN = re.compile(r"(?=[IiHhLlEeSs])(?<![\w’'-])(?:(?P<m>[Ii]l|[Hh]e|[Ll]ui|[Hh]im)|(?P<f>[Ee]lle|[Ss]he|[Hh]er))(?![\w’'-])")
_FEMALE_FIRST = re.compile(r"^(?:\w+a|Catherine|Christine|Élisabeth|Elisabeth|Agnès|Karine|Marine|Mette|Ursula|"
                           r"Kristalina|Liz|Janet|Nancy|Karoline|Jen|Annalena|Yvette|Rachel|Mélanie|Melanie|"
                           r"Chrystia|Ruth|Margrethe|Kaja|Inger|Ingrid|Astrid|Sigrid|Birgit|Ann|Anne|Marie|Kate|"
                           r"Élise|Elise|Claire|Valérie|Valerie|Sophie|Nathalie|Isabelle|Hélène|Helene|Sarah|Olha|"
                           r"Yulia|Iryna|Olena|Oksana|Maud|Prisca|Sanae|Yoko|Kamala|Tulsi|Tammy|Nikki|Kristi)$")
_MALE_ENDING_A = frozenset("nikita ilya luka joshua andrea elia mustafa jonah sasha kostya".split())


@dataclass
class Mention:
    """A span of the text that can name a speaker."""

    start: int
    end: int
    kind: str  # person | name | role | inst | pron
    name: str | None = None  # canonical person or institution
    gender: str = ""  # m | f | ""
    role: Role | None = None
    det: str = ""  # the word before a role ("le", "un", "ce" ...)
    inst: str | None = None  # institution named inside a role ("un responsable de la Maison Blanche")
    plural: bool = False  # "les dirigeants", "officials": a role of several people names nobody


@dataclass
class Speaker:
    """What a frame's subject resolves to: a name, an unnamed source, or nothing known."""

    name: str | None
    anonymous: bool = False
    how: str = ""


def _guess_gender(full_name: str) -> str:
    """m/f from a first name, '' when unsure."""
    first = full_name.split()[0]
    if _FEMALE_FIRST.match(first) and fold(first) not in _MALE_ENDING_A:
        return "f"
    return ""


# ---------------------------------------------------------------- the article


@dataclass
class Frame:
    """A speech verb (or source preposition, or colon) with the subject it gives its quotes."""

    lead: int  # where the attribution begins: the auxiliary, the verb, or its subject after a quote
    verb_start: int
    verb_end: int
    kind: str  # speech | incise | prep | lead | colon
    participle: bool = False
    speaker: Speaker | None = None
    subject_at: int = -1  # start of the subject mention when it precedes the verb
    document: bool = False  # a source preposition naming a written record ("selon un compte rendu de X")


@dataclass
class Sentence:
    """A sentence of the article, widened so that no quote straddles two."""

    start: int
    end: int
    paragraph: int
    index: int


# The lookahead holds the first letters of the auxiliaries below (keep them in step): testing one character
# first spares the lookbehind and the alternation at most positions.
_AUX = re.compile(
    r"(?=[smlaoeéhwi])(?:^|(?<=[\s,;:»”\"]))(?P<aux>(?:s['’]|se\s+|m['’]|l['’])?(?:a|avait|aurait|ont|avaient|auraient|aura|est|était|"
    r"sont|étaient|has|have|had|was|were|is|would|will|also)(?:(?:-t)?-(?P<pron>il|elle|ils|elles|on))?)"
    r"(?:\s+[a-zàâçéèêëîïôûùüÿœ’'-]+){0,3}?\s+$",
    re.IGNORECASE,
)
# What follows a subject: an auxiliary, a clitic, a common verb ("Zelensky a salué", "Sunak said").
# Read on the unfolded text: folded, "à Kazan" would pass for the auxiliary "a".
_VERB_NEXT = re.compile(
    r"\s*(?:,[^,.;]{1,80},\s*)?(?:(?:ne|n['’]|s['’]|se|l['’]|lui|leur|y|en|also|then|later|has|had|is|was|will|would|"
    r"could|did|a|avait|aurait|est|était|sera|serait|va|allait|doit|devait|peut|pouvait|veut|voulait|"
    r"ont|sont|avaient|étaient|vont|doivent|peuvent)\b|\w+(?:e|ait|aient|ed|s)\s+(?:que|qu['’]|that|:))",
    re.IGNORECASE,
)
# A preposition right before a mention: the person is an object or a complement, not a subject.
_GOVERNED = re.compile(r"\b(?:a|au|aux|avec|de|du|des|d'|par|pour|contre|sur|chez|entre|with|to|by|for|against|of|"
                       r"from|on|at|between)\s*(?:(?:le|la|l'|les|the)\s*)?$")
_POST_PRONOUN = re.compile(r"^(?:-t)?-(?P<pron>il|elle|ils|elles|on)\b")
_NOUN_DETS = {"fr": frozenset("l la le les une un cette ce sa son ses leur du des".split()),
              "en": frozenset("a an the his her its their this".split())}
_COORDINATION = re.compile(r"(?:\b(?:et|puis|mais|and|but|then|avant de|before)\s*)$", re.IGNORECASE)
_SUBORDINATE = re.compile(r"\b(?:que|qu['’]|that|lorsque|quand|when|if|si)\s", re.IGNORECASE)
SCARE_BEFORE = re.compile(
    r"(?:so-called|dubbed|nicknamed|known as|called|named|titled|entitled|the word|the term|the phrase|code-?named|"
    r"under the name|codename|code name|nom de code|sous le nom de|dénommée?s?|alias|"
    r"(?<!s['’]est )(?<!se )(?<!s['’]était )dite?s?|baptisée?s?|surnommée?s?|intitulée?s?|appelée?s?|nommée?s?|"
    r"le mot|le terme|l['’]expression|la formule|le slogan|soi-disant|prétendue?s?|hashtag|mot-dièse)\s*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# The words skipped before it are adverbs of time or place, not an article or a preposition: "a remercié les
# Occidentaux", "a parlé à Bratislava" name no speaker.
_LONE_NAME = re.compile(
    r"\s+(?:(?!(?:le|la|les|l|des|du|de|d|un|une|aux|au|à|en|sur|par|pour|avec|contre|chez|vers|ses|son|sa|leurs?)"
    r"[\s'’])[a-zà-ÿ]+\s+){0,2}?(" + _NAME_TOKEN + r")(?![\w-])"
)
# In English the inverted subject follows the verb at once ("said Smith"): "said the Europeans" is no subject.
_LONE_NAME_EN = re.compile(r"\s+(" + _NAME_TOKEN + r")(?![\w-])")
# "ce dernier", "the latter": the person named last.
_LATTER = re.compile(r"(?=[CcTt])(?<![\w’'-])(?:(?P<m>[Cc]e dernier)|(?P<f>[Cc]ette dernière)|(?P<x>[Tt]he latter))(?![\w’'-])")
# A full stop that ends a sentence, not an abbreviation's ("M. Sullivan", "U.S.", "Gen. Milley"); the
# lookahead spares the lookbehinds wherever there is no dot.
_FULL_STOP = r"(?=\.)(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bGen)(?<!\bSen)(?<!\bRep)(?<!\bSt)\.(?!\w)"
# Where the subject after a verb ends, with and without a comma among the stops.
_SUBJECT_STOP = {
    comma: re.compile(r"[;:!?()«»“”\"]|" + _FULL_STOP + ("|," if comma else "") + r"|\b(?:que|qu['’]|that)\b")
    for comma in (False, True)
}
# Words before a role that make it a noun phrase ("le ministre", "the minister", "son homologue").
_ROLE_DETS = frozenset(fold(w) for w in (
    "le la l les un une des du de d au aux ce cet cette ces son sa ses leur notre votre "
    "the a an this that his her its their our former ex ancien ancienne nouveau nouvelle s"
).split())


_NON_SPACE = re.compile(r"\S+")
# A capitalised word glued to an elided article ("L’ambassadrice", "D’après"): a common word, no name's start.
_ELIDED_ARTICLE = re.compile(r"(?:[LDJN]|Qu)['’]")
# What may stand between a name and its role: "X, le ministre", "X, Ukraine's foreign minister".
_APPOSITION_GAP = re.compile(
    r"[\s,]*(?:(?:le|la|l['’]|the|a|an|un|une)\s*|(?:[A-Z][\w-]+\s+)?[A-Z][\w-]+['’]s\s+)?"
    r"(?:[a-zà-ÿ]+(?:ien|ienne|ain|aine|ais|aise|ois|oise)\s+)?"  # "Premier ministre irakien X"
    # a party, by its initials or its colour: "le député N-VA X", "le sénateur LR X", "la députée écologiste X"
    r"(?:(?:(?:du|de\s+la|de\s+l['’])\s*)?(?:[A-Z][A-Za-z-]*[A-Z]|[A-Z]-[A-Z]+)\s+)?"
    # the body the office heads, one capitalised word: "le président de la Confédération X", "du Conseil X"
    r"(?:(?:du|de\s+la|de\s+l['’]|des|of\s+the)\s*[A-ZÀ-Ý][\w-]+\s+)?"
    r"(?:(?:écologiste|socialiste|communiste|démocrate|centriste|travailliste|conservat(?:eur|rice)|"
    r"libérale?|insoumise?|populiste|nationaliste|souverainiste|progressiste|verte?)\s+)?"
)
# A preposition (with its article) right before a mention after a verb: a complement, not the subject.
_GOVERNED_AFTER = re.compile(
    r"(?<![\w’'-])(?:à|au|aux|de|du|des|d['’]|devant|dans|chez|pour|par|avec|sur|contre|auprès|en|vers|entre|"
    r"lors|to|in|at|before|with|on|for|from|by|of|during|after)\s+"
    r"(?:(?:le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|ce|cet|cette|ces|the|a|an|his|her|its|their)\s*)?$",
    re.IGNORECASE,
)
# What lies between a role and the name it announces: its complements, then a comma.
# Complements start with a preposition or a qualifier of the office: "par intérim", "chargé de", "sortant".
_COMPLEMENT_THEN_COMMA = re.compile(
    r"\s+(?:de|du|des|d['’]|of|à|au|aux|for|at|in|on|par|pour|en|sur|auprès|chargée?|adjointe?|déléguée?|"
    r"sortante?|intérimaire|démissionnaire|désignée?|acting|interim|outgoing|designate|deputy)\b"
    r"[^,;:.!?«»“”\"]*,\s*",
    re.IGNORECASE,
)
# Words that open a clause rather than a name: a quoted fragment that starts so is words said.
_CLAUSE_STARTS = frozenset(fold(w) for w in (
    "si que qu de d à a pour ne n il elle on nous vous je j tout rien pas plus jamais c ce cela ça y en "
    "if to that we it not no never nothing all this they you i as when"
).split())
# A narrative infinitive: "Et d'ajouter", "puis de conclure", "Et de s'interroger".
_NARRATIVE_INFINITIVE = re.compile(
    r"(?<![\w’'-])(?:[Ee]t|[Pp]uis)\s+d(?:e\s+|['’]\s*)(?P<verb>(?:s['’]|se\s+)?[a-zàâçéèêëîïôûùüÿœ]+)(?![\w’'-])"
)
# What ties a complement to the noun before it: "X of the Kiel Institute", "X, de l'institut Y".
_OF_COMPLEMENT = re.compile(r",?\s+(?:of|at|from|de|du|des|d['’])\s*(?:(?:the|la|le|les|l['’])\s*)?", re.IGNORECASE)
# A relative clause between a subject and its verb, set off by commas: ", who met Y on Sunday,".
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|qui|lequel|laquelle)\b[^;:«»“”\"]*?,\s*$", re.IGNORECASE)
# An institution's kind after a definite article, standing for the last one named of that kind.
_BODY_ANAPHOR = re.compile(
    r"(?<![\w-])(?:[Tt]he|[Ll]['’]|[Ll]a|[Ll]e)\s*(embassy|ambassade|mission diplomatique|diplomatic mission|"
    r"ministry|ministère|department|département|presidency|présidence)(?![\w-])"
)
_BODY_KIND = {"embassy": "Embassy", "ambassade": "Embassy", "mission diplomatique": "Embassy",
              "diplomatic mission": "Embassy", "ministry": "Ministry", "ministere": "Ministry",
              "department": "Department", "departement": "Department", "presidency": "Presidency",
              "presidence": "Presidency"}
# Prepositions that turn the head word after them into an addressee, not part of the role before.
_ADDRESSEE_PREP = frozenset("a au aux to devant before".split())
# A preposition with its article before a capitalised run: what follows first is a thing, not a person
# ("de la Confédération", "du Conseil", "of the Commission").
_NOUN_COMPLEMENT_BEFORE = re.compile(r"(?<![\w’'-])(?:de\s+la|du|des|of\s+the)\s+$")
# The labelled lines of the news-agency layout: "Source: X on Telegram" then "Quote: \"…\"".
_QUOTE_LABEL = re.compile(r"\s*(?:Quote|Quotes|Direct speech|Citation|Zitat|Цитата|Пряма мова)\s*:", re.IGNORECASE)
_SOURCE_LABEL = re.compile(r"\s*(?:Source|Sources|Джерело|Quelle)\s*:", re.IGNORECASE)
# Where an embassy sits: "l'ambassade de Russie en France", "the Russian Embassy in London".
_EMBASSY_POST = re.compile(rf"\s+(?:in|en|au|aux|à|to)\s+(?:the\s+)?({_NAME_TOKEN})(?![\w-])")
_POST_ENGLISH = {
    "Allemagne": "Germany", "Autriche": "Austria", "Belgique": "Belgium", "Danemark": "Denmark",
    "Espagne": "Spain", "Finlande": "Finland", "Grèce": "Greece", "Hongrie": "Hungary", "Irlande": "Ireland",
    "Italie": "Italy", "Japon": "Japan", "Lituanie": "Lithuania", "Lettonie": "Latvia", "Estonie": "Estonia",
    "Norvège": "Norway", "Pologne": "Poland", "Roumanie": "Romania", "Suède": "Sweden", "Suisse": "Switzerland",
    "Tchéquie": "Czechia", "Turquie": "Turkey", "Ukraine": "Ukraine", "Australie": "Australia",
    "Brésil": "Brazil", "Chine": "China", "Inde": "India", "Moldavie": "Moldova", "Slovaquie": "Slovakia",
    # A capital stands for its country, but for the embassies English names by their city.
    "Londres": "London", "Berne": "Switzerland", "Bern": "Switzerland", "Canberra": "Australia",
    "Ottawa": "Canada", "Oslo": "Norway", "Paris": "France", "Berlin": "Germany", "Varsovie": "Poland",
    "Warsaw": "Poland", "Vienne": "Austria", "Vienna": "Austria", "Rome": "Italy", "Madrid": "Spain",
    "Tokyo": "Japan", "Stockholm": "Sweden", "Helsinki": "Finland", "Copenhague": "Denmark",
    "Copenhagen": "Denmark", "Prague": "Czechia", "Budapest": "Hungary", "Dublin": "Ireland", "Athènes": "Greece",
    "Athens": "Greece", "La Haye": "Netherlands", "Kiev": "Ukraine", "Kyiv": "Ukraine",
}
# Between a participle and its own subject: at most a clitic ("X y voyant", "X le jugeant", "X calling").
_OWN_SUBJECT_GAP = re.compile(r"\s+(?:(?:y|en|le|la|les|l['’]|lui|leur|se|s['’])\s*)?")
# A relative clause set off by commas after a subject, its closing comma maybe inside a quote's marks.
_RELATIVE_THEN = re.compile(
    r",\s*(?:who|which|qui|lequel|laquelle)\b[^;:.!?«»“”]{1,200}?,[\"”’]?\s*", re.IGNORECASE
)
# An English verb in the simple past right after its subject: "Zelensky thanked", "Harris said".
_SIMPLE_PAST = re.compile(
    r"\s*(?<![\w-])(?:[a-z]{2,}ed|said|told|wrote|spoke|made|gave|took|met|sent|saw|came|went|held|put|set|felt|"
    r"thought|brought|sought|warned|struck|won|lost|left|kept|led|paid|urged|vowed)\b"
)
# A relative pronoun: the words after it are another clause, whose mentions are not the verb's subject.
_RELATIVE = re.compile(r"(?<![\w’'-])(?:qui|que|qu['’]|dont|lequel|laquelle|who|which|whom|whose)(?![\w’'-])",
                       re.IGNORECASE)
_COMPANY_NOUN = (r"(?:company|firm|maker|manufacturer|producer|group|corporation|conglomerate|contractor|"
                 r"entreprise|société|groupe|fabricant|constructeur|industriel|motoriste|chantier)")
# A company named after its kind, or the kind alone after a definite article ("the company said").
_WORD_EDGE = re.compile(r"[\w-]")
_COMPANY_WORD = re.compile(rf"(?=[cfmpgesi])(?<![\w-]){_COMPANY_NOUN}(?![\w’'-])")
# What follows a company noun that names the company: an adjective of nationality at most, then the name.
_COMPANY_NAME = re.compile(
    rf"(?:\s+[a-zà-ÿ]+(?:ais|ois|and|an|ien|que|ain|ish|ese))?\s+({_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}})(?![\w-])"
)
_COMPANY_DET = re.compile(r"(?:\b[Tt]he\s+|\b[Ll]['’]|\b[Ll][ae]\s+)$")
# An indefinite subject right before its verb: "beaucoup parlaient", "d'autres ont dénoncé", "many said".
_INDEFINITE_SUBJECT = re.compile(
    r"(?<![\w’'-])(?:beaucoup|certains|certaines|d['’]autres|plusieurs|la plupart|nombreux|tous|toutes|on|"
    r"many|some|others|several|most|few|critics|observers|observateurs|critiques)\s+"
    r"(?:(?:ne|n['’]|y|en|s['’]|se|also|have|had|ont|avaient|sont|étaient)\s*){0,2}$",
    re.IGNORECASE,
)
# An object pronoun right before a verb or its auxiliary: "nous confie", "lui a répondu", "leur a dit".
_OBJECT_CLITIC = re.compile(r"(?<![\w’'-])(?:nous|vous|me|te|lui|leur)\s+$", re.IGNORECASE)
# A written record after a source preposition: "selon un compte rendu de", "according to a readout of".
_RECORD_AFTER = re.compile(
    r"\s*(?:(?:un|une|le|la|l['’]|les|des|the|a|an)\s*)?(?:[\w-]+\s+){0,2}?"
    r"(?:compte[- ]rendu|comptes[- ]rendus|relevé|résumé|transcription|verbatim|readout|transcript|summary|"
    r"record)(?![\w-])",
    re.IGNORECASE,
)
# A verb right after a subject, however inflected ("X vise", "X estime"), a clitic or an apposition between:
# a lower-case word that is no article, preposition or conjunction.
_LOOSE_VERB = re.compile(
    r"(?:\s*,[^,.;:«»“”\"]{1,80},)?\s+(?:(?:ne|n['’]|s['’]|se|l['’]|lui|leur|y|en)\s*)?"
    r"(?!(?:de|du|des|d|la|le|les|l|un|une|et|ou|à|au|aux|en|qui|que|dont|of|and|or|the|a|an|in|on|at|to|"
    r"for|with|who|which|whose|from|by)(?![\w’'-]))[a-zàâçéèêëîïôûùüÿœ]{2,}(?![\w’'-])"
)
# First words of a quoted phrase that is words said rather than a term: a determiner, a number, a
# preposition or a clause word ("« un million de drones »", "« 300 chars »", "« dans les airs »", "« si »").
_PHRASE_START = re.compile(
    r"(?:\d|(?:un|une|des|le|la|les|l|du|ce|cette|ces|notre|nos|leur|leurs|dans|sur|sous|à|au|aux|de|d|pour|"
    r"avec|sans|contre|en|entre|par|jusqu|que|qu|si|plus|moins|très|trop|tout|toute|tous|a|an|the|this|these|"
    r"our|their|in|on|at|to|for|with|without|against|by|from|into|more|less|very|too|all|every|no|not|"
    r"ne|pas|jamais|never)(?:['’]|$))",
    re.IGNORECASE,
)
# A finite verb standing alone as the quote: "les Etats-Unis « étudient » le document".
_FINITE_VERB = re.compile(r"[a-zà-ÿ]{3,}(?:ent|ons|ez|ait|aient|era|eront|ra|ront)")
# Where another clause begins, whose subject may be another: a semicolon, a colon, a dash, a relative.
_CLAUSE_BREAK = re.compile(r"[;:—–]|(?<![\w’'-])(?:qui|dont|lequel|laquelle|who|which|whose|while|tandis|alors que|whereas)(?![\w’'-])",
                           re.IGNORECASE)
_AGENT = re.compile(r"\s+(?:par|by)\b")  # "a été annoncé par": a passive, not a speaker's verb
_PUNCTUATED_GAP = re.compile(r"\s*[,;—–-]")


class Article:
    """An article read for attribution: its mentions, sentences and frames."""

    def __init__(self, text: str, quotes: list[QuoteSpan], published: PartialDate | None, language: str):
        self.text = text
        self.language = language if language in ("fr", "en") else "fr"
        self.quotes = sorted(quotes, key=lambda q: q.open_at)
        self.lo, self.hi = _period(published)
        self.masked = _mask(text, self.quotes)
        self.folded = fold_keep_length(self.masked)
        self._translit: set[str] = set()  # gazetteer people named in another transliteration
        self.mentions = self._find_mentions()
        self.bound: dict[str, list[Role]] = {}
        self._holders: dict[tuple[Role, str], list[str]] = {}
        self._fitting: dict[tuple[Role, str, str, bool], bool] = {}
        self.clusters = self._cluster()
        self._cluster_starts = [c[0].start for c in self.clusters]  # ascending, for bisection
        self.sentences = self._sentences()
        self._resolve_mentions()
        self.frames: dict[int, list[Frame]] = {}
        self.history: list[tuple[int, str, str]] = []  # (sentence index, speaker, gender) per attributed quote

    # -- names, roles, institutions

    @cached_property
    def present(self) -> set[str]:
        """People the article names in full (or by a strong alias), quotes included.

        Read on demand: only weak or shared aliases and offices of several holders ask, and most articles
        have none, which saves a scan of the whole text."""
        lex = LEXICON
        found: set[str] = set(self._translit)
        for m in lex.alias_re.finditer(self.text):
            alias = _key(m.group())
            if alias in lex.weak_aliases:
                continue
            names = lex.alias_to.get(alias, [])
            if len(names) == 1 or " " in alias:
                found.update(names)
        return found

    def _find_mentions(self) -> list[Mention]:
        """Person, name, role, institution and pronoun mentions outside quotes, overlaps removed."""
        masked = self.masked
        found: list[Mention] = []
        for m in LEXICON.alias_re.finditer(masked):
            person = self._person_for(m.group(), m.start())
            if person:
                found.append(Mention(m.start(), m.end(), "person", person, LEXICON.people[person].gender))
        bodies: list[tuple[int, str]] = []
        posted: dict[str, str] = {}  # embassy -> the post the article gave it last
        for m in LEXICON.institution_re.finditer(masked):
            institution = LEXICON.institutions[_key(m.group())]
            if institution.endswith("Embassy"):
                post = _EMBASSY_POST.match(masked, m.end())
                if post:
                    posted[institution] = _POST_ENGLISH.get(post.group(1), post.group(1))
                if institution in posted:
                    institution = f"{institution} in {posted[institution]}"
            found.append(Mention(m.start(), m.end(), "inst", institution))
            bodies.append((m.start(), institution))
        if bodies:
            found.extend(self._body_anaphors(bodies))
        found.extend(self._roles())
        found.extend(self._companies())
        names: list[Mention] = []
        for m in _NAME_RUN.finditer(masked):
            names.extend(self._names_in_run(m))
        names.extend(self._surnames(names))
        found.extend(self._transliterated(n) for n in names)
        for m in _PRONOUN.finditer(masked):
            found.append(Mention(m.start(), m.end(), "pron", gender="m" if m.group("m") else "f"))
        for m in _LATTER.finditer(masked):
            found.append(Mention(m.start(), m.end(), "pron", gender="m" if m.group("m") else "f" if m.group("f") else "",
                                 det="latter"))
        rank = {"person": 0, "role": 1, "inst": 2, "name": 3, "pron": 4}
        # Kept mentions never overlap, so in start order their ends ascend too: the ones a new mention
        # clashes with are one slice, found by bisection.
        kept: list[Mention] = []
        starts: list[int] = []
        ends: list[int] = []
        for mention in sorted(found, key=lambda x: (rank[x.kind], x.start, -(x.end - x.start))):
            first, last = bisect_right(ends, mention.start), bisect_left(starts, mention.end)
            if first >= last:
                at = bisect_left(starts, mention.start)
                kept.insert(at, mention)
                starts.insert(at, mention.start)
                ends.insert(at, mention.end)
            elif mention.kind == "inst":
                for k in kept[first:last]:
                    if k.kind == "role" and k.inst is None:
                        k.inst = mention.name
        return kept

    def _transliterated(self, mention: Mention) -> Mention:
        """A name the gazetteer knows in another transliteration ("Denys Chmygal", "M. Peskow") as that
        person; a first name must then be one the gazetteer gives them. Other names stay as they are."""
        words = (mention.name or "").split()
        person = _TRANSLIT_SURNAME.get(translit_key(words[-1])) if words else None
        if person is None or (len(words) > 1 and translit_key(words[0]) not in _TRANSLIT_FIRSTS.get(person, ())):
            return mention
        if "present" in self.__dict__:
            self.present.add(person)
        self._translit.add(person)
        return Mention(mention.start, mention.end, "person", person, LEXICON.people[person].gender)

    def _body_anaphors(self, bodies: list[tuple[int, str]]) -> list[Mention]:
        """"l'ambassade", "the ministry", "la mission diplomatique": the last institution named of that kind."""
        out = []
        for m in _BODY_ANAPHOR.finditer(self.masked):
            kind = _BODY_KIND[fold(m.group(1))]
            named = [name for at, name in bodies if at < m.start(1) and kind in name]
            if named:
                out.append(Mention(m.start(1), m.end(1), "inst", named[-1]))
        return out

    def _person_for(self, alias: str, at: int) -> str | None:
        """The canonical person an alias names here, or None when a weak alias stands alone."""
        lex = LEXICON
        alias = _key(alias)
        names = lex.alias_to.get(alias, [])
        if not names:
            return None
        if alias in lex.weak_aliases and not (set(names) & self.present) and not _TITLE_BEFORE.search(
            self.masked[max(0, at - 14) : at]
        ):
            return None
        if len(names) == 1:
            return names[0]
        present = [n for n in names if n in self.present]
        if len(present) == 1:
            return present[0]
        current = [n for n in (present or names) if lex.people[n].roles_between(self.lo, self.hi)]
        return (current or present or names)[0]

    def _roles(self) -> list[Mention]:
        """Role phrases: a head word widened over the words roles are made of ('premier ministre britannique')."""
        masked = self.masked
        tokens = list(_TOKEN.finditer(masked))
        words = [t.group() for t in tokens]
        vocab = LEXICON.role_vocab
        out: list[Mention] = []
        # Head words are a few tokens in a hundred: find them in one pass, then widen each into its phrase.
        heads = [i for i, word in enumerate(words) if _is_head(word)]
        free = 0  # first token not yet part of a role phrase
        for i in heads:
            if i < free:
                continue
            lo = hi = i
            while lo > 0 and _joined(masked, tokens[lo - 1], tokens[lo]) and _role_word(words[lo - 1], vocab):
                lo -= 1
            while hi + 1 < len(tokens) and _joined(masked, tokens[hi], tokens[hi + 1]) and (
                _role_word(words[hi + 1], vocab) or stem(words[hi + 1]) in _ROLE_STOP
            ):
                if fold(words[hi + 1]) in _ADDRESSEE_PREP and hi + 2 < len(tokens) and _is_head(words[hi + 2]):
                    break  # "a déclaré le président aux députés", "told the minister to lawmakers": whom to
                hi += 1
            while hi > i and stem(words[hi]) in _ROLE_STOP:
                hi -= 1
            start, end = tokens[lo].start(), tokens[hi].end()
            det = fold(words[lo - 1]) if lo > 0 and _joined(masked, tokens[lo - 1], tokens[lo]) else ""
            free = hi + 1
            capitalised = any(w[:1].isupper() for w in words[lo : hi + 1])
            before = masked[max(0, start - 3) : start].strip()
            name_next = hi + 1 < len(tokens) and words[hi + 1][:1].isupper()
            if det not in _ROLE_DETS and not before.endswith(",") and not capitalised and not name_next:
                continue  # "envoyées à Kiev", "aide militaire": the head word is no role here
            role = parse_role(masked[start:end])
            head = next(w for w in words[lo : hi + 1] if _is_head(w))
            plural = fold(head).endswith("s") and (det in _PLURAL_DETS or not det)
            gender = _role_gender(head, det, words[lo : hi + 1])
            out.append(Mention(start, end, "role", role=role, det=det, gender=gender, plural=plural))
        return out

    def _names_in_run(self, m: re.Match[str]) -> list[Mention]:
        """Unknown personal names in a run of capitalised words: the parts of two words or more that hold no
        common word, place or role word; one word after a title ("M. Dupont")."""
        out: list[Mention] = []
        parts: list[re.Match[str]] = []
        tokens = list(_NON_SPACE.finditer(m.group()))
        if len(tokens) > 2 and _NOUN_COMPLEMENT_BEFORE.search(self.masked, max(0, m.start() - 8), m.start()):
            tokens = tokens[1:]  # "le président de la Confédération Ignazio Cassis": a body, then the name
        for tok in tokens:
            word = tok.group()
            if word.lower() in _PARTICLES and parts:
                parts.append(tok)
                continue
            if _breaks_name(word) or (not parts and _ELIDED_ARTICLE.match(word)):  # "L’ambassadrice Yulia X"
                out.extend(self._name_from(m.start(), parts))
                parts = []
            else:
                parts.append(tok)
        out.extend(self._name_from(m.start(), parts))
        return out

    def _companies(self) -> list[Mention]:
        """Companies, as speakers: one named after its kind ("drone maker Baykar", "le groupe allemand
        Rheinmetall"), then "the company", "l'entreprise" standing for the last one named."""
        out: list[Mention] = []
        last: str | None = None
        masked = self.masked
        for m in _COMPANY_WORD.finditer(masked):
            named = _COMPANY_NAME.match(masked, m.end())
            if named:
                last = " ".join(named.group(1).split())
                out.append(Mention(named.start(1), named.end(1), "inst", last))
            elif last and _COMPANY_DET.search(masked, max(0, m.start() - 5), m.start()):
                out.append(Mention(m.start(), m.end(), "inst", last))
        return out

    def _surnames(self, names: list[Mention]) -> list[Mention]:
        """Lone surnames of people the article names in full ("Andrius Tapinas … Tapinas told"), found by a
        scan of those surnames only: one capitalised word alone is too often no name to be taken otherwise."""
        surnames = {n.name.split()[-1] for n in names if n.name and " " in n.name}
        surnames = {w for w in surnames if len(w) > 2 and not _breaks_name(w)}
        if not surnames:
            return []
        masked = self.masked
        out = []
        for word in surnames:  # a few words: str.find beats compiling a pattern per article
            at = masked.find(word)
            while at >= 0:
                end = at + len(word)
                if not _WORD_EDGE.match(masked[at - 1 : at]) and not _WORD_EDGE.match(masked[end : end + 1]):
                    out.append(Mention(at, end, "name", word))
                at = masked.find(word, end)
        return out

    def _name_from(self, base: int, parts: list[re.Match[str]]) -> list[Mention]:
        """A name mention from consecutive tokens of a capitalised run."""
        while parts and parts[-1].group().lower() in _PARTICLES:
            parts = parts[:-1]
        if not parts:
            return []
        start, end = base + parts[0].start(), base + parts[-1].end()
        if len(parts) == 1 and not _TITLE_BEFORE.search(self.masked[max(0, start - 12) : start]):
            return []
        return [Mention(start, end, "name", " ".join(self.masked[start:end].split()))]

    def _cluster(self) -> list[list[Mention]]:
        """Mentions that name one referent together: 'le chancelier allemand Olaf Scholz', 'X, porte-parole de Y,'."""
        clusters: list[list[Mention]] = []
        for m in self.mentions:
            last = clusters[-1][-1] if clusters else None
            if last is not None and self._apposed(last, m):
                clusters[-1].append(m)
            else:
                clusters.append([m])
        return clusters

    def _apposed(self, a: Mention, b: Mention) -> bool:
        """True when b stands next to a as the same referent: a name and its role, side by side."""
        kinds = {a.kind, b.kind}
        if "pron" in kinds or not kinds & {"person", "name"}:
            return False
        gap = self.masked[a.end : b.start]
        if not _APPOSITION_GAP.fullmatch(gap) or gap.count(",") > 1:
            return False
        person = next((m for m in (a, b) if m.kind == "person"), None)
        role = next((m for m in (a, b) if m.kind == "role"), None)
        if person and role and role.role and role.role.nat:
            countries = {c for *_, c in LEXICON.people[person.name or ""].spans}
            if role.role.nat not in countries:
                return False  # "le pape François, le président ukrainien a …": two people
        if "," in gap and b.kind == "role" and _VERB_NEXT.match(self.masked, b.end) and not _VERB_NEXT.match(
            self.masked, a.end
        ):
            return False
        return True

    def _sentences(self) -> list[Sentence]:
        """Sentences of the text, merged where a quote straddles a boundary."""
        raw = split_sentences(self.text)
        merged: list[list[int]] = []
        qi = 0
        quotes = self.quotes
        for s in raw:
            if merged:
                prev = merged[-1]
                while qi < len(quotes) and quotes[qi].close_at <= prev[1]:
                    qi += 1
                straddling = [q for q in quotes[qi : qi + 4] if q.open_at < prev[1] and q.close_at > s.start]
                if straddling and q_ends_sentence(self.text, straddling[-1], s.start) and straddling[-1].close_at < s.end:
                    # 'as "a signal that the world sees our pain." Prime Minister X told': the split fell
                    # between the quote's full stop and its closing mark; the mark ends the sentence.
                    prev[1] = straddling[-1].close_at
                    merged.append([straddling[-1].close_at, s.end, s.paragraph])
                    continue
                if straddling:
                    prev[1] = s.end
                    continue
            merged.append([s.start, s.end, s.paragraph])
        return [Sentence(a, b, p, i) for i, (a, b, p) in enumerate(merged)]

    # -- resolution of mentions, in text order

    def _resolve_mentions(self) -> None:
        """Give each person, name and role mention its person; record roles the article binds to names."""
        for cluster in self.clusters:
            person = next((m for m in cluster if m.kind in ("person", "name")), None)
            if person and person.kind == "name":
                person.name = self._full_name(person.name or "", person.start)
                person.gender = _guess_gender(person.name)
            for m in cluster:
                if m.kind == "role" and person is not None and m.role:
                    self.bound.setdefault(person.name or "", []).append(m.role)
                    if not person.gender and m.gender:
                        person.gender = m.gender
        seen: list[tuple[int, str]] = []
        for cluster in self.clusters:
            for m in cluster:
                if m.kind == "role" and not any(c.kind in ("person", "name") for c in cluster):
                    m.name = self._holder(m, seen, cluster[0].start)
                if m.kind in ("person", "name") and m.name:
                    seen.append((m.start, m.name))
                if m.kind == "role" and m.name:
                    seen.append((m.start, m.name))
        self.seen = seen

    def _full_name(self, name: str, at: int) -> str:
        """A lone surname widened to the full name the article gave earlier ('Dupont' -> 'Jean Dupont')."""
        if " " in name:
            return name
        by_first = None  # "President Yoon" after "Yoon Suk Yeol": a family name written first
        for c in self.clusters:
            for m in c:
                if m.start >= at:
                    break
                if m.kind in ("name", "person") and m.name:
                    parts = m.name.split()
                    if parts[-1] == name:
                        return m.name
                    if by_first is None and len(parts) > 1 and parts[0] == name:
                        by_first = m.name
        return by_first or name

    def _roles_of(self, name: str, word: str) -> list[tuple[Role, str | None]]:
        """Roles holding `word` that a person holds in this article: gazetteer roles of the period, and
        appositions. A role only fits roles that hold all its words, so one of them picks the few to try."""
        person = LEXICON.people.get(name)
        roles: list[tuple[Role, str | None]] = []
        if person:
            roles.extend(person.roles_with(word, self.lo, self.hi))
        roles.extend((r, person.country if person else None) for r in self.bound.get(name, ()) if word in r.words)
        return roles

    def _fits(self, mention: Mention, name: str, exact: bool = False) -> bool:
        """True when a role mention can name this person (role words, country, gender)."""
        role = mention.role
        if role is None or not role.words:
            return False
        # An article asks the same role about the same people again and again (each role mention tries
        # every person named before it): remember the answers. Only asked once every apposition is bound.
        key = (role, mention.gender, name, exact)
        if key not in self._fitting:
            fits = _gender_allows(mention, name) and any(
                role.fits(r, c, exact) for r, c in self._roles_of(name, min(role.words))
            )
            if not fits and not exact and role.words & _FORMER and _gender_allows(mention, name):
                fits = self._fits_past(Role(role.words - _FORMER, role.nat), name)
            self._fitting[key] = fits
        return self._fitting[key]

    def _fits_past(self, bare: Role, name: str) -> bool:
        """True when a person held a role before the article's period ("l'ancienne Première ministre")."""
        person = LEXICON.people.get(name)
        if person is None or not bare.words:
            return False
        before = self.lo if self.lo != dt.date.min else dt.date.max
        return any(
            end < before and bare.fits(r, c) for start, end, r, c in person.by_word.get(min(bare.words), ())
        )

    def _office_holders(self, mention: Mention) -> list[str]:
        """The people a role mention fits exactly (by the gazetteer for the period or by an apposition of
        this article), in gazetteer order.

        Only gazetteer roles of the very same words can fit exactly, so the lexicon's offices by words are
        read instead of trying every person."""
        if mention.role is None:
            return []
        names = set(_gazetteer_holders(mention.role, mention.gender, self.lo, self.hi))
        names |= {name for name in self.bound if name in LEXICON.people and self._fits(mention, name, exact=True)}
        return sorted(names, key=_GAZETTEER_ORDER.__getitem__)

    def _holder(self, mention: Mention, seen: list[tuple[int, str]], at: int) -> str | None:
        """The person a role mention names: the last one named with that role, else the only holder of the
        office at the date, else the next one named with it."""
        if mention.role is None or not (mention.role.words & _HEADS) or mention.plural or mention.det in _INDEFINITE:
            return None  # "les dirigeants", "un diplomate européen": nobody in particular
        if mention.role.words & _COUNTERPART:
            return self._counterpart(mention, seen)
        fitting = [(start, name) for start, name in reversed(seen) if self._fits(mention, name)]
        if fitting:
            return self._in_focus(mention, fitting)
        key = (mention.role, mention.gender)
        if key not in self._holders:
            # Unnamed in the article: only a full title ("le porte-parole du Kremlin") names its holder.
            self._holders[key] = self._office_holders(mention)
        # Never a person the article does not name: an unnamed "porte-parole du Kremlin" stays the Kremlin's.
        holders = [n for n in self._holders[key] if n in self.present or n in self.bound]
        if len(holders) == 1:
            return holders[0]
        later = [m.name for c in self.clusters for m in c if m.start > at and m.kind in ("person", "name") and m.name]
        return next((n for n in later if self._fits(mention, n)), None)

    def _counterpart(self, mention: Mention, seen: list[tuple[int, str]]) -> str | None:
        """"son homologue britannique": the last person named of that country who is not the one named last
        (whose counterpart they are); nobody when the role names no country."""
        nat = mention.role.nat if mention.role else None
        if nat is None or not seen:
            return None
        other = seen[-1][1]
        return next((name for _, name in reversed(seen) if name != other and self._country_of(name) == nat), None)

    def _country_of(self, name: str) -> str | None:
        """A person's country: the gazetteer's, else that of a role the article gives them."""
        person = LEXICON.people.get(name)
        if person:
            return person.country
        return next((r.nat for r in self.bound.get(name, ()) if r.nat), None)

    def _in_focus(self, mention: Mention, fitting: list[tuple[int, str]]) -> str:
        """Of the people a bare role fits (last named first), the one in focus: the last named, unless only
        a preposition's object ("la menace brandie par Vladimir Poutine. Le président a refusé …") while
        another holder was a subject shortly before."""
        last_at, last = fitting[0]
        if mention.role is None or mention.role.nat or not self._governed(last_at):
            return last
        for start, name in fitting[1:]:
            if last_at - start > 600:
                break
            if name != last and not self._governed(start):
                return name
        return last

    def _governed(self, start: int) -> bool:
        """True when a preposition governs the mention starting at `start` (an object, not a subject)."""
        return _GOVERNED.search(self.folded, max(0, start - 12), start) is not None

    # -- frames

    def sentence_of(self, offset: int) -> Sentence:
        """The sentence holding an offset (the last one starting at or before it)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return self.sentences[lo]

    def clusters_in(self, start: int, end: int) -> list[list[Mention]]:
        """Clusters whose first mention starts in [start, end)."""
        starts = self._cluster_starts
        return self.clusters[bisect_left(starts, start) : bisect_left(starts, end)]

    def frames_of(self, sent: Sentence) -> list[Frame]:
        """Speech frames of a sentence, in text order (cached)."""
        if sent.index not in self.frames:
            self.frames[sent.index] = self._frames(sent)
        return self.frames[sent.index]

    def _frames(self, sent: Sentence) -> list[Frame]:
        """Find the speech verbs and source prepositions of a sentence and their subjects."""
        masked = self.masked
        lang = self.language
        forms = LEXICON.verbs[lang]
        frames: list[Frame] = []
        for m in LEXICON.verb_re[lang].finditer(self.folded, sent.start, sent.end):
            form = " ".join(m.group().split())
            lemma, kind = forms.get(form, ("", "speech"))
            v0, v1 = m.span()
            prev = _WORD.findall(masked[max(sent.start, v0 - 20) : v0])
            if kind not in ("prep", "lead") and prev and fold(prev[-1]) in _NOUN_DETS[lang] and not _is_participle(form):
                continue
            after = masked[v1 : min(sent.end, v1 + 12)]
            if _AGENT.match(after) and not form.endswith("ing"):  # "quoted as saying by RIA" is no passive
                continue
            frames.append(self._frame(sent, m, kind, form))
        if lang == "fr":
            frames.extend(self._narrative_infinitives(sent))
        for q in self.quotes:
            if sent.start <= q.open_at < sent.end and masked[sent.start : q.open_at].rstrip().endswith(":"):
                colon = masked.rindex(":", sent.start, q.open_at)
                if not any(f.verb_end <= colon and not self._words(f.verb_end, colon) > 3 for f in frames):
                    frame = Frame(colon, colon, colon + 1, "colon")
                    if _QUOTE_LABEL.fullmatch(masked, sent.start, colon + 1):
                        frame.speaker = self._labelled_source(sent)
                    else:
                        frame.speaker, frame.subject_at = self._subject_before(sent, colon, colon)
                    frames.append(frame)
        frames.sort(key=lambda f: f.verb_start)
        for i, f in enumerate(frames):
            if f.participle and f.speaker is None:
                f.speaker = self._participle_subject(sent, frames[:i], f)
        return frames

    def _labelled_source(self, sent: Sentence) -> Speaker | None:
        """Who a "Quote: …" line quotes in the news-agency layout: the first speaker of the "Source: …" line
        above it (Ukrainska Pravda, Ukrinform), else the one the sentences before speak of."""
        for k in range(sent.index - 1, max(-1, sent.index - 8), -1):
            prev = self.sentences[k]
            label = _SOURCE_LABEL.match(self.masked, prev.start)
            if label is None:
                continue
            for cluster in self.clusters_in(label.end(), prev.end):
                speaker = self._speaker_of(cluster, prev)
                if speaker and speaker.name:
                    return speaker
            break
        return self._narrator(sent)

    def _narrative_infinitives(self, sent: Sentence) -> list[Frame]:
        """"Et d'ajouter : « … »", "Puis de conclure, …": an infinitive of speech that carries on the
        subject of the sentences before."""
        frames = []
        for m in _NARRATIVE_INFINITIVE.finditer(self.masked, sent.start, sent.end):
            if fold(m.group("verb")) not in _SPEECH_LEMMAS:
                continue
            if m.start() > sent.start and not self.masked[sent.start : m.start()].rstrip().endswith((",", ";")):
                continue
            frames.append(Frame(m.start(), m.start("verb"), m.end("verb"), "speech", speaker=self._narrator(sent)))
        return frames

    def _narrator(self, sent: Sentence) -> Speaker | None:
        """Who the sentences just before speak of: their last speaker, else their subject."""
        for back in (1, 2):
            k = sent.index - back
            if k < 0 or self.sentences[k].paragraph < sent.paragraph - 1:
                break
            spoken = [n for i, n, _ in self.history if i == k]
            if spoken:
                return Speaker(spoken[-1], how="pronoun")
            prev = self.sentences[k]
            subject, _, _ = self._subject_person(self.clusters_in(prev.start, prev.end), "")
            if subject:
                return Speaker(subject, how="pronoun")
        return None

    def _frame(self, sent: Sentence, m: re.Match[str], kind: str, form: str) -> Frame:
        """One frame: the verb, its auxiliary, and its subject before or after it."""
        masked = self.masked
        v0, v1 = m.span()
        aux = _AUX.search(masked, max(sent.start, v0 - 60), v0)
        lead = aux.start("aux") if aux else v0
        clitic = _OBJECT_CLITIC.search(masked, max(sent.start, lead - 8), lead)
        if clitic:
            lead = clitic.start()  # « … », nous confie X / lui a répondu X: the object, not the subject
        pron = (aux.group("pron") if aux else None) or _pron_after(masked[v1 : v1 + 8])
        frame = Frame(lead, v0, v1, kind, participle=_is_participle(form))
        if pron:
            frame.speaker = self._pronoun(sent, lead, pron)
            return frame
        if kind == "lead":
            if not re.fullmatch(r"\s*(?:(?:Mais|Et|Or|But|And)\s*)?", masked[sent.start : v0]):
                frame.kind = "none"
                return frame
            frame.speaker = self._subject_after(sent, v1, stop_at_comma=True)
            return frame
        if kind == "prep":
            frame.speaker = self._subject_after(sent, v1, stop_at_comma=True)
            frame.document = _RECORD_AFTER.match(masked, v1) is not None
            return frame
        if frame.participle:
            return frame
        after_comma = masked[sent.start : lead].rstrip().endswith(",") and not self._apposed_subject(sent, lead)
        inverted = self._subject_after(sent, v1, stop_at_comma=False, within=3) if after_comma else None
        if inverted is not None:
            frame.speaker = inverted  # "…de son sol, a affirmé le ministre": the subject follows
            return frame
        frame.speaker, frame.subject_at = self._subject_before(sent, lead, v0)
        if frame.subject_at < 0 and self._words(self._region_start(sent, lead), lead) == 0:
            # Nothing but a quote or a comma before the verb: the subject comes after it (« … », a dit X),
            # maybe past complements of time, place and addressee ("a averti lundi devant les élus la ministre X").
            frame.speaker = self._subject_after(sent, v1, stop_at_comma=False) or self._subject_past_complements(sent, v1)
        return frame

    def _subject_past_complements(self, sent: Sentence, at: int) -> Speaker | None:
        """The inverted subject of a verb after the complements that precede it: the first mention within
        sixteen words that no preposition governs ("devant la commission", "aux élus", "to lawmakers")."""
        end = sent.end
        for q in self.quotes:
            if at <= q.open_at < end:
                end = q.open_at
        cut = _SUBJECT_STOP[False].search(self.masked, at, end)
        limit = cut.start() if cut else end
        for cluster in self.clusters_in(at, limit):
            start = cluster[0].start
            if self._words(at, start) > 16 or _RELATIVE.search(self.masked, at, start):
                return None
            if _GOVERNED_AFTER.search(self.masked, max(at, start - 30), start):
                continue
            return self._cluster_speaker(cluster, sent, limit)
        return None

    def _cluster_speaker(self, cluster: list[Mention], sent: Sentence, limit: int) -> Speaker | None:
        """The speaker of a subject cluster after its verb: the name a role announces after its complements
        ("a expliqué le ministre danois de la Défense par intérim, X") before any guess from the role."""
        if not any(m.kind in ("person", "name") for m in cluster):
            named = self._named_apposition(cluster, limit)
            if named is not None:
                return named
        return self._speaker_of(cluster, sent)

    def _named_apposition(self, cluster: list[Mention], limit: int) -> Speaker | None:
        """The name set off by a comma after a role and its complements: "la directrice du budget de la
        Maison Blanche, X", "the head of the agency's budget office, X"."""
        if cluster[-1].kind != "role":
            return None
        end = cluster[-1].end
        for nxt in self.clusters_in(end, limit)[:4]:
            named = next((m for m in nxt if m.kind in ("person", "name") and m.name), None)
            if named is None:
                continue
            gap = self.masked[end : named.start]
            if _COMPLEMENT_THEN_COMMA.fullmatch(gap) and self._words(end, named.start) <= 10:
                return Speaker(named.name, how=named.kind)
            return None
        return None

    def _apposed_subject(self, sent: Sentence, lead: int) -> bool:
        """True when the comma before a verb closes the clause's subject: an apposition ("Lee Jae-myung,
        South Korea's president, said Seoul …", "Son porte-parole, le général X, a accusé …") or a relative
        clause ("X, qui réclamait ces systèmes, a remercié Y"). The subject is then before the verb."""
        region = self._region_start(sent, lead)
        relative = _RELATIVE_CLAUSE.search(self.masked, region, lead)
        end = relative.start() if relative else lead
        clusters = self.clusters_in(region, end)
        if not clusters or self._words(region, clusters[0][0].start) > 1:
            return False
        if not any(m.kind in ("person", "name", "role", "inst") for c in clusters for m in c):
            return False
        for a, b in zip(clusters, clusters[1:], strict=False):
            if not _APPOSITION_GAP.fullmatch(self.masked, a[-1].end, b[0].start):
                return False
        if relative:
            return re.fullmatch(r"\s*", self.masked[clusters[-1][-1].end : end]) is not None
        if len(clusters) == 1 and len(clusters[0]) < 2:
            return False  # "Zelensky, a déclaré X" is too rare to tell from a fronted complement
        return re.fullmatch(r"\s*,\s*", self.masked[clusters[-1][-1].end : lead]) is not None

    def _region_start(self, sent: Sentence, at: int) -> int:
        """Where the clause of a verb at `at` can start: after the last quote closed before it."""
        start = sent.start
        for q in self.quotes:
            if sent.start <= q.close_at <= at:
                start = max(start, q.close_at)
        return start

    def _subject_before(self, sent: Sentence, lead: int, verb: int) -> tuple[Speaker | None, int]:
        """The subject written before a verb: the nearest mention cluster in its clause, or the sentence's
        first one when the verb is coordinated ('X a remercié Y et a qualifié …')."""
        region = self._region_start(sent, lead)
        if _INDEFINITE_SUBJECT.search(self.masked, max(region, verb - 40), verb):
            return Speaker(None, anonymous=True, how="anonymous"), lead  # "beaucoup parlaient d'un « … »"
        relative = _RELATIVE_CLAUSE.search(self.masked, region, lead)
        if relative:
            lead = relative.start()  # "X, who met Y on Sunday, said": Y is in another clause
        clusters = self.clusters_in(region, lead)
        coordinated = _COORDINATION.search(self.masked[clusters[-1][-1].end if clusters else region : lead].strip())
        if coordinated:
            firsts = self.clusters_in(sent.start, lead)
            if firsts:
                return self._speaker_of(firsts[0], sent), firsts[0][0].start
        if not clusters:
            return None, -1
        cluster = clusters[-1]
        while len(clusters) > 1 and _OF_COMPLEMENT.fullmatch(self.masked, clusters[-2][-1].end, cluster[0].start) and any(
            m.kind in ("person", "name", "role") for m in clusters[-2]
        ):
            named = self._apposed_name(clusters[-2], cluster)
            if named is not None:
                # "le président du Vlaams Belang, Tom Van Grieken, a dénoncé": the name set off after the complement
                return Speaker(named.name, how=named.kind), clusters[-2][0].start
            clusters = clusters[:-1]  # "Anna Weber of the Kiel Institute said": the person, not her institute
            cluster = clusters[-1]
        if self._words(cluster[-1].end, lead) > 12:
            return None, -1
        return self._speaker_of(cluster, sent), cluster[0].start

    def _apposed_name(self, role: list[Mention], complement: list[Mention]) -> Mention | None:
        """The name that a complement cluster after a role ends on, set off by a comma: in "le président du
        Vlaams Belang, Tom Van Grieken", Tom Van Grieken; None when the complement holds no such name."""
        if role[-1].kind != "role":
            return None
        for m in complement:
            if m.kind in ("person", "name") and m.name and _COMPLEMENT_THEN_COMMA.fullmatch(self.masked, role[-1].end, m.start):
                return m
        return None

    def _subject_after(self, sent: Sentence, at: int, stop_at_comma: bool, within: int = 5) -> Speaker | None:
        """The subject written after a verb ('a déclaré lundi le ministre X', 'said X', 'selon X')."""
        masked = self.masked
        end = sent.end
        for q in self.quotes:
            if at <= q.open_at < end:
                end = q.open_at
        cut = _SUBJECT_STOP[stop_at_comma].search(masked, at, end)
        limit = cut.start() if cut else end
        for cluster in self.clusters_in(at, limit):
            if self._words(at, cluster[0].start) > within:
                break
            return self._cluster_speaker(cluster, sent, limit)
        # A lone surname the mention finder could not vouch for: "said Smith", "selon Dupont".
        lone = (_LONE_NAME if self.language == "fr" else _LONE_NAME_EN).match(masked, at, limit)
        if lone and not _breaks_name(lone.group(1)) and fold(lone.group(1)) not in _PLACES:
            return Speaker(self._full_name(lone.group(1), at), how="name")
        return None

    def _speaker_of(self, cluster: list[Mention], sent: Sentence) -> Speaker | None:
        """A cluster's referent: named person > role holder > institution; unnamed sources are anonymous."""
        for kind in ("person", "name"):
            for m in cluster:
                if m.kind == kind and m.name:
                    return Speaker(m.name, how=kind)
        for m in cluster:
            if m.kind == "role" and m.name:
                return Speaker(m.name, how="role")
        for m in cluster:
            if m.kind == "inst":
                return Speaker(m.name, how="inst")
        for m in cluster:
            if m.kind == "role":
                if m.inst:
                    return Speaker(m.inst, how="inst")
                if m.det in _DEMONSTRATIVE and self.history:
                    return Speaker(self.history[-1][1], how="demonstrative")
                if m.det in _INDEFINITE:
                    return Speaker(None, anonymous=True, how="anonymous")
                described = self._definite_anaphor(m, sent)
                if described is None and m.det in _DEFINITE and not m.plural and self._names_nobody_before(m):
                    return Speaker(None, anonymous=True, how="anonymous")  # "a déclaré le président français", unnamed
                return described
        for m in cluster:
            if m.kind == "pron" and m.det == "latter":
                return self._latter(m)
            if m.kind == "pron":
                return self._pronoun(sent, m.start, "elle" if m.gender == "f" else "il")
        return None

    def _definite_anaphor(self, m: Mention, sent: Sentence) -> Speaker | None:
        """A definite role no office explains ("a répondu le général à la retraite", "the former envoy
        said"): the person the article is speaking of, as a pronoun would name them, when the role's
        nationality does not contradict theirs."""
        if m.det not in _DEFINITE or m.plural or m.role is None:
            return None
        found = self._referent(sent, m.start, m.gender)
        if found is None or not found.name or self._is_body(found.name):
            return None  # a role is a person: not "le Kremlin" that a pronoun could stand for
        person = LEXICON.people.get(found.name)
        if not (m.role.words & _DESCRIPTIVE_HEADS):
            # An office ("le chancelier", "le chef de l'État") only names someone who holds it at some time;
            # of someone the gazetteer does not know, only the speaker just quoted ("le conseiller fédéral").
            bare = Role(m.role.words - _FORMER, m.role.nat)
            if person is None:
                if not (self._just_spoke(found.name, sent) or self._subject_just_before(found.name, sent)):
                    return None
            elif not any(bare.fits(r, c) for *_, roles, c in person.spans for r in roles):
                return None
        if person and m.role.nat:
            states = {c for *_, c in person.spans if len(c) == 3 and c not in ("IMF", "EIB", "G20")}
            if states and m.role.nat not in states:
                return None  # "le diplomate portugais" is not Putin; an EU or UN official's own country is unknown
        return Speaker(found.name, how="role")

    def _is_body(self, name: str) -> bool:
        """True for an institution or a company the article names, which no role describes."""
        return name in _INSTITUTION_NAMES or any(m.kind == "inst" and m.name == name for m in self.mentions)

    def _referent(self, sent: Sentence, at: int, gender: str) -> Speaker | None:
        """The person a definite description stands for: as il/elle would when its gender is known; else
        ("l'économiste", "le diplomate" read as either) the last speaker, or the nearer of the two."""
        if gender:
            return self._pronoun(sent, at, "elle" if gender == "f" else "il")
        found = [s for s in (self._pronoun(sent, at, "il"), self._pronoun(sent, at, "elle")) if s and s.name]
        if len(found) < 2 or found[0].name == found[1].name:
            return found[0] if found else None
        for _, name, _ in reversed(self.history):
            if name in (found[0].name, found[1].name):
                return next(s for s in found if s.name == name)
        return None

    def _subject_just_before(self, name: str, sent: Sentence) -> bool:
        """True when `name` is the subject of the sentence before, in the same paragraph ("X a plaidé … « … »,
        a lancé le chef de l'État sud-africain")."""
        if sent.index == 0 or self.sentences[sent.index - 1].paragraph != sent.paragraph:
            return False
        prev = self.sentences[sent.index - 1]
        return self._subject_person(self.clusters_in(prev.start, prev.end), "")[0] == name

    def _just_spoke(self, name: str, sent: Sentence) -> bool:
        """True when `name` is the last speaker, quoted in this sentence or one of the two before."""
        return bool(self.history) and self.history[-1][1] == name and sent.index - self.history[-1][0] <= 2

    def _pronoun(self, sent: Sentence, at: int, pron: str) -> Speaker | None:
        """il/elle/he/she: the first person of the sentence so far, else the last speaker or the subject of
        the sentences before (up to four back, one paragraph back at most). A person only mentioned there
        (an object, "le plan de Donald Trump") yields to a pronoun subject that carries an earlier one on."""
        gender = {"il": "m", "he": "m", "lui": "m", "him": "m", "elle": "f", "she": "f", "her": "f"}.get(pron.lower(), "")
        if not gender:
            return None
        clusters = self.clusters_in(sent.start, at)
        subject, mentioned, governed = self._subject_person(clusters, gender)
        if subject or mentioned:
            return Speaker(subject or mentioned, how="pronoun")
        unnamed = self._unnamed_subject(clusters, gender, sent)
        if unnamed is not None:
            # "le dirigeant américain a été reçu … « … », a-t-il déclaré": that role's referent, maybe nobody named
            return Speaker(unnamed, how="pronoun") if unnamed else None
        deferred = governed  # "Après un échange avec Donald Trump, il a dit": rarely Trump himself
        for back in range(1, 5):
            k = sent.index - back
            if k < 0 or self.sentences[k].paragraph < sent.paragraph - 1:
                break
            prev = self.sentences[k]
            newcomer = self._subject_after_quote(prev, gender)
            if newcomer:
                return Speaker(newcomer, how="pronoun")  # "« … », a dit X. Y a nuancé. « … », a-t-elle ajouté"
            spoken = [n for i, n, g in self.history if i == k and (not g or g == gender)]
            if spoken:
                return Speaker(spoken[-1], how="pronoun")
            clusters = self.clusters_in(prev.start, prev.end)
            subject, mentioned, governed = self._subject_person(clusters, gender)
            if subject:
                return Speaker(subject, how="pronoun")
            unnamed = self._unnamed_subject(clusters, gender, prev)
            if unnamed is not None:
                return Speaker(unnamed, how="pronoun") if unnamed else None
            if self._pronoun_subject(clusters, gender):
                deferred = deferred or mentioned or governed  # its subject is someone named before it
            elif mentioned or governed:
                return Speaker(mentioned or governed, how="pronoun")
        return Speaker(deferred, how="pronoun") if deferred else None

    def _subject_after_quote(self, sent: Sentence, gender: str) -> str | None:
        """The person who opens a new clause after the last quote of a sentence ("…rearm Europe.” Giorgia
        Meloni, the Italian prime minister, struck a different note"): the splitter keeps such a clause with
        the quote, but its subject is more recent than the speaker of the quote."""
        last = max((q for q in self.quotes if sent.start < q.close_at <= sent.end), key=lambda q: q.close_at, default=None)
        if last is None or self.text[last.start : last.end].rstrip()[-1:] not in (".", "!", "?", "…"):
            return None  # no quote, or one that does not end a sentence: what follows is its attribution
        close = last.close_at
        clusters = self.clusters_in(close, sent.end)
        if not clusters or self._words(close, clusters[0][0].start) > 1:
            return None
        return self._person_in(clusters[0], gender)

    def _latter(self, m: Mention) -> Speaker | None:
        """"ce dernier", "the latter": the last person named before it, of its gender."""
        for cluster in reversed(self.clusters_in(max(0, m.start - 600), m.start)):
            name = self._person_in(cluster, m.gender)
            if name:
                return Speaker(name, how="pronoun")
        return None

    def _unnamed_subject(self, clusters: list[list[Mention]], gender: str, sent: Sentence) -> str | None:
        """When a sentence's subject is a definite role no office resolves ("le président français a
        déclaré", "le chef du gouvernement a précisé"), the person it describes ("" when the article never
        names them): a pronoun after it stands for that person. None when there is no such subject."""
        for cluster in clusters:
            role = next((m for m in cluster if m.kind == "role"), None)
            if role is None or any(m.name for m in cluster) or role.inst or role.plural or role.det not in _DEFINITE:
                continue
            if role.gender and gender and role.gender != gender:
                continue
            end = cluster[-1].end
            if self._verb_follows(end):
                described = self._definite_anaphor(role, sent)
                if described and described.name:
                    return described.name
                return "" if self._names_nobody_before(role) else None
        return None

    def _names_nobody_before(self, role: Mention) -> bool:
        """True when no person named before a role can be the one it describes: none is named, or each is of
        another country than the role's ("le dirigeant américain" after only Ukrainians)."""
        for _, name in self.seen:
            if _ >= role.start:
                break
            person = LEXICON.people.get(name)
            countries = {c for *_, c in person.spans} if person else set()
            if not (role.role and role.role.nat and countries and role.role.nat not in countries):
                return False
        return True

    def _verb_follows(self, end: int) -> bool:
        """True when a verb follows a mention ending at `end`, so that it is the subject: at once ("X a …",
        "X said"), past an apposition ("X, role, a …") or past a relative clause ("X, who came to …, thanked")."""
        masked = self.masked
        if _VERB_NEXT.match(masked, end) or (masked.startswith(", ", end) and _VERB_NEXT.match(masked, end + 1)):
            return True
        if self.language == "en" and _SIMPLE_PAST.match(masked, end):
            return True
        relative = _RELATIVE_THEN.match(masked, end)
        return relative is not None and (
            _VERB_NEXT.match(masked, relative.end()) is not None
            or (self.language == "en" and _SIMPLE_PAST.match(masked, relative.end()) is not None)
        )

    def _pronoun_subject(self, clusters: list[list[Mention]], gender: str) -> bool:
        """True when a sentence has a subject pronoun of this gender ("…, il les a sermonnés"): its subject
        is someone named before it."""
        for cluster in clusters:
            m = cluster[0]
            if m.kind == "pron" and m.gender == gender and fold(self.masked[m.start : m.end]) in ("il", "elle", "he", "she"):
                return True
        return False

    def _subject_person(self, clusters: list[list[Mention]], gender: str) -> tuple[str | None, str | None, str | None]:
        """The people a pronoun may stand for among a sentence's clusters: the first one in subject position
        (a verb follows), the first one merely mentioned, and the first object of a preposition ("avec
        Donald Trump", "with Trump")."""
        mentioned = governed = None
        for cluster in clusters:
            name = self._person_in(cluster, gender)
            if not name:
                continue
            end = cluster[-1].end
            if self._verb_follows(end):
                return name, None, None  # "X a …", "X, role, a …", "Le ministre, X, a …"
            if _GOVERNED.search(self.folded, max(0, cluster[0].start - 12), cluster[0].start):
                governed = governed or name
            else:
                mentioned = mentioned or name
        return None, mentioned, governed

    def _person_in(self, cluster: list[Mention], gender: str) -> str | None:
        """The person a cluster names when their gender allows the pronoun."""
        for m in cluster:
            if m.kind in ("person", "name", "role") and m.name and (not m.gender or not gender or m.gender == gender):
                person = LEXICON.people.get(m.name)
                if gender and person and person.gender and person.gender != gender:
                    continue
                return m.name
        return None

    def _participle_subject(self, sent: Sentence, before: list[Frame], frame: Frame) -> Speaker | None:
        """'…, promettant de « … »': the speaker of the clause before, else the sentence's first mention; but
        a participle with its own subject ("…, le porte-parole X y voyant « … »") is that subject's."""
        own = self.clusters_in(max(sent.start, frame.verb_start - 80), frame.verb_start)
        if own and _OWN_SUBJECT_GAP.fullmatch(self.masked, own[-1][-1].end, frame.verb_start):
            speaker = self._speaker_of(own[-1], sent)
            if speaker and speaker.name and speaker.how in ("person", "name", "role"):
                return speaker
        for f in reversed(before):
            if f.speaker and (f.speaker.name or f.speaker.anonymous):
                return f.speaker
        for cluster in self.clusters_in(sent.start, frame.verb_start):
            speaker = self._speaker_of(cluster, sent)
            if speaker:
                return speaker
        return self._pronoun(sent, sent.start, "il") or self._pronoun(sent, sent.start, "elle")

    def _words(self, start: int, end: int) -> int:
        """Words in text[start:end] outside quotes."""
        return len(_WORD.findall(self.masked[start:end]))

    # -- attribution

    def speaker_for(self, q: QuoteSpan) -> tuple[Speaker | None, Sentence, str]:
        """The speaker of a quote, the sentence it sits in, and how it was found."""
        sent = self.sentence_of(q.open_at)
        frames = [f for f in self.frames_of(sent) if f.kind != "none"]
        post = self._post_frames(q, frames, sent)
        for f, near in post:
            if near and f.speaker and (f.speaker.name or f.speaker.anonymous):
                if f.document and f.speaker.how == "inst":
                    reporter = self._reported_subject(q, sent)
                    if reporter is not None:
                        return reporter, sent, "post"
                return self._spokesperson(q, f.speaker, frames, sent), sent, "post"
        pre = [f for f in frames if f.verb_end <= q.open_at and (f.kind != "incise" or self._announces(f, q))]
        for f in reversed(pre):
            if self._words(f.verb_end, q.open_at) > 40:
                break
            if f.speaker and (f.speaker.name or f.speaker.anonymous):
                return self._spokesperson(q, f.speaker, frames, sent), sent, "pre"
        for f, near in post:
            if not near and f.speaker and f.speaker.name and not self._looks_like_title(q):
                return f.speaker, sent, "post-far"
        if self._standalone(q, sent):
            return self._continuation(q, sent), sent, "continuation"
        echoed = self._echoed_subject(q, sent)
        if echoed:
            return echoed, sent, "post-far"
        acting = self._acting_subject(q, sent)
        if acting:
            return acting, sent, "clause"
        return None, sent, "none"

    def _acting_subject(self, q: QuoteSpan, sent: Sentence) -> Speaker | None:
        """A partial quote in the clause of a named person who acts by speaking, with no speech verb: "X a
        fixé ses besoins à « 300 chars »", "X vise « un million de drones »", "X proposed a truce "in the air
        and at sea"": the subject's words. The nearest subject before the quote, no other speaker between."""
        words = q.text(self.text).split()
        if not words or words[0][:1].isupper() or self._looks_like_title(q):
            return None
        if not (_PHRASE_START.match(words[0]) or _FINITE_VERB.fullmatch(words[0])):
            return None  # "un plan « plan de victoire »", "une « coalition des volontaires »": a term, not words
        for cluster in reversed(self.clusters_in(sent.start, q.open_at)):
            if any(m.kind == "pron" for m in cluster):
                return None
            if _GOVERNED_AFTER.search(self.masked, max(sent.start, cluster[0].start - 30), cluster[0].start):
                continue  # "avec Olaf Scholz", "to the minister": an object, not the one who acts
            end = cluster[-1].end
            if not (self._verb_follows(end) or _LOOSE_VERB.match(self.masked, end)):
                return None
            if self._words(end, q.open_at) > 16 or _CLAUSE_BREAK.search(self.masked, end, q.open_at):
                return None
            speaker = self._speaker_of(cluster, sent)
            if speaker is None or speaker.how not in ("person", "name", "role") or not speaker.name:
                return None
            return speaker
        return None

    def _echoed_subject(self, q: QuoteSpan, sent: Sentence) -> Speaker | None:
        """A clause-like partial quote in a sentence with no speech verb, whose subject is quoted in the
        sentence just before or after ("X a ordonné un inventaire, pour être prêt « si une décision est
        prise ». « … », a-t-il affirmé"): that subject's words."""
        words = q.text(self.text).split()
        if len(words) < 3 or not words[0][:1].islower() or self._looks_like_title(q):
            return None
        if len(words) < 5 and fold(re.split(r"['’]", words[0])[0]) not in _CLAUSE_STARTS:
            return None  # "un plan en cinq points « plan de victoire »": a name, not a clause
        subject, _, _ = self._subject_person(self.clusters_in(sent.start, q.open_at), "")
        if not subject:
            return None
        if self.history and self.history[-1][1] == subject and self.history[-1][0] == sent.index - 1:
            return Speaker(subject, how="pronoun")
        k = sent.index + 1
        if k < len(self.sentences) and self.sentences[k].paragraph == sent.paragraph:
            nxt = self.sentences[k]
            first = next((o for o in self.quotes if nxt.start <= o.open_at < nxt.end), None)
            if first is not None:
                for f, near in self._post_frames(first, self.frames_of(nxt), nxt):
                    if near and f.speaker and f.speaker.name == subject:
                        return Speaker(subject, how="pronoun")
        return None

    def _reported_subject(self, q: QuoteSpan, sent: Sentence) -> Speaker | None:
        """The person whose words an institution's record quotes: the subject of the clause that holds the
        quote ("X s'est engagé à fournir « … », selon un compte rendu de la Maison Blanche"; "X promised
        "…", according to a White House readout"). The record reports them; the person said them."""
        for cluster in reversed(self.clusters_in(sent.start, q.open_at)):
            if not self._verb_follows(cluster[-1].end):
                continue
            person = next((m for m in reversed(cluster) if m.kind in ("person", "name") and m.name), None)
            if person is None or person.name in _INSTITUTION_NAMES:
                return None
            return Speaker(person.name, how=person.kind)
        return None

    def _spokesperson(self, q: QuoteSpan, speaker: Speaker, frames: list[Frame], sent: Sentence) -> Speaker:
        """An institution's words that the same sentence also gives to a named person after the quote
        ("The Kremlin warned …, spokesman Dmitry Peskov told reporters"; "…, selon son porte-parole X"):
        the person, when no other quote follows for that frame to attribute."""
        if speaker.how != "inst":
            return speaker
        if any(o.open_at > q.close_at and o.open_at < sent.end for o in self.quotes):
            return speaker
        for f in frames:
            if f.verb_start > q.close_at and f.speaker and f.speaker.name and f.speaker.how in ("person", "name", "role"):
                return f.speaker
        return speaker

    def _post_frames(self, q: QuoteSpan, frames: list[Frame], sent: Sentence) -> list[tuple[Frame, bool]]:
        """Frames after a quote that can attribute it, each flagged near (right after it) or far."""
        out: list[tuple[Frame, bool]] = []
        for f in frames:
            anchor = f.lead if f.subject_at < 0 else min(f.lead, f.subject_at)
            if anchor < q.close_at or f.kind == "colon":
                continue
            if f.subject_at >= 0 and f.subject_at < q.close_at:
                continue
            if any(g is not f and q.close_at <= g.verb_start < f.verb_start and g.kind != "prep" for g in frames):
                break
            gap_words = self._words(q.close_at, anchor)
            gap = self.masked[q.close_at : anchor]
            punctuated = (
                self.text[q.end - 1 : q.end] in ",.!?…;" or _PUNCTUATED_GAP.match(gap) is not None
                or gap.rstrip().endswith(",") or self._other_quote_in(q, anchor)
            )
            if f.subject_at >= 0 and f.subject_at > q.close_at:
                near = gap_words == 0 and punctuated
            else:
                near = gap_words <= 4 and punctuated
            out.append((f, near))
            if near:
                break
        return out

    def _other_quote_in(self, q: QuoteSpan, end: int) -> bool:
        """True when another quote lies between q and `end` (« A » à « B », a déclaré X)."""
        return any(o.open_at >= q.close_at and o.close_at <= end for o in self.quotes)

    def _announces(self, f: Frame, q: QuoteSpan) -> bool:
        """True when an incise verb announces the quote after it: 'X a lancé : « … »', or the second half
        of a quote split by its incise (« A, a-t-il lancé. B »)."""
        gap = self.masked[f.verb_end : q.open_at]
        if gap.rstrip().endswith(":") and self._words(f.verb_end, q.open_at) <= 6:
            return True
        return q.open_at == q.start and self._words(f.verb_end, q.open_at) <= 2

    def _looks_like_title(self, q: QuoteSpan) -> bool:
        """A short quote after an article and before more of the clause reads as a name, not as speech."""
        before = self.masked[max(0, q.open_at - 12) : q.open_at]
        words = q.text(self.text).split()
        return len(words) <= 4 and re.search(r"\b(?:le|la|l['’]|les|son|sa|ses|leur|the|its|his|her|their|cette|ce)\s*$",
                                             before, re.IGNORECASE) is not None

    def _standalone(self, q: QuoteSpan, sent: Sentence) -> bool:
        """True when the quote is (nearly) the whole sentence: it speaks for itself."""
        outside = self._words(sent.start, sent.end)
        return outside <= 2 and len(q.text(self.text).split()) >= 3

    def _continuation(self, q: QuoteSpan, sent: Sentence) -> Speaker | None:
        """A quote standing alone: announced by a colon before, taken up by the next quote's frame, or
        carrying on the last speaker's words."""
        k = sent.index
        if k > 0:
            prev = self.sentences[k - 1]
            if prev.paragraph >= sent.paragraph - 1 and (
                self.masked[prev.start : prev.end].rstrip().endswith(":") or self._reports_speech(prev)
            ):
                for f in reversed(self.frames_of(prev)):
                    if f.speaker and f.speaker.name:
                        return f.speaker
                speaker, _ = self._subject_before(prev, prev.end - 1, prev.end - 1)
                if speaker:
                    return speaker
        if k + 1 < len(self.sentences) and self.sentences[k + 1].paragraph == sent.paragraph:
            nxt = self.sentences[k + 1]
            first = next((o for o in self.quotes if nxt.start <= o.open_at < nxt.end), None)
            if first is not None and self._words(nxt.start, first.open_at) == 0:
                for f, near in self._post_frames(first, self.frames_of(nxt), nxt):
                    if near and f.speaker and f.speaker.name:
                        return f.speaker
        if self.history:
            idx, name, _ = self.history[-1]
            last = self.sentences[idx]
            if k - idx <= 3 and last.paragraph >= sent.paragraph - 1:
                return Speaker(name, how="continuation")
        if k > 0 and self.sentences[k - 1].paragraph < sent.paragraph:
            question = self.text[self.sentences[k - 1].start : self.sentences[k - 1].end].rstrip()
            if question.endswith("?"):
                return self._interviewee()
        return None

    def _reports_speech(self, sent: Sentence) -> bool:
        """True when a sentence without quotes ends on its speech verb ("Olaf Scholz said.", "Le ministre a
        réagi.") or reports a named speaker's words ("X told reporters that Seoul's position had not
        changed."): the quote that follows carries on that speaker."""
        if any(sent.start <= o.open_at < sent.end for o in self.quotes):
            return False
        frames = [f for f in self.frames_of(sent) if f.kind in ("speech", "incise")]
        if not frames:
            return False
        return self._words(frames[-1].verb_end, sent.end) <= 2 or any(
            f.speaker and f.speaker.name and f.speaker.how in ("person", "name", "role") for f in frames
        )

    def _interviewee(self) -> Speaker | None:
        """Who answers an interview's questions: the last speaker, else the first person the article names."""
        if self.history:
            return Speaker(self.history[-1][1], how="continuation")
        for cluster in self.clusters:
            name = self._person_in(cluster, "")
            if name:
                return Speaker(name, how="continuation")
        return None

    def record(self, sent: Sentence, speaker: str) -> None:
        """Remember who spoke in a sentence, for pronouns and quotes that carry on."""
        person = LEXICON.people.get(speaker)
        gender = person.gender if person else _guess_gender(speaker)
        self.history.append((sent.index, speaker, gender))


def q_ends_sentence(text: str, q: QuoteSpan, split_at: int) -> bool:
    """True when a sentence split falls inside a quote only before its closing mark, after a full stop
    ("…our pain. \" Prime Minister"), and a capitalised word starts the next sentence."""
    if not q.closed or q.end > split_at or q.end < 1 or text[q.end - 1] != ".":  # "…!" X wrote: one sentence
        return False
    rest = text[q.close_at : q.close_at + 3].lstrip()
    return bool(rest) and rest[0].isupper() and not text[split_at : q.close_at].strip(" \t«»“”\"'’")


def _pron_after(text: str) -> str | None:
    m = _POST_PRONOUN.match(text)
    return m.group("pron") if m else None


def _is_participle(form: str) -> bool:
    last = form.split()[-1]
    return last.endswith("ant") or (last.endswith("ing") and len(last) > 5)


_JOINING = re.compile(r"\s*['’]?\s*|-")


def _joined(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    """True when only spaces or an apostrophe separate two tokens."""
    return _JOINING.fullmatch(text, a.end(), b.start()) is not None


@lru_cache(maxsize=4096)
def _gazetteer_holders(role: Role, gender: str, lo: dt.date, hi: dt.date) -> frozenset[str]:
    """People the gazetteer gives a role of exactly these words at some time in [lo, hi], of a gender that
    does not contradict `gender` (cached: articles of the same days ask the same titles)."""
    return frozenset(
        name
        for name, start, end, r, country in LEXICON.offices.get(role.words, ())
        if start <= hi and end >= lo and role.fits(r, country, exact=True)
        and not (gender and LEXICON.people[name].gender and LEXICON.people[name].gender != gender)
    )


@lru_cache(maxsize=65536)
def _is_head(token: str) -> bool:
    """True for the head word of a role, also after "ex-" ("l'ex-président"); "ministère" (a ministry, whose
    stem is the English "minister") is an institution, no person."""
    if fold(token).startswith("ministere"):
        return False
    return stem(token) in _HEADS or (token[:3].lower() == "ex-" and stem(token[3:]) in _HEADS)


@lru_cache(maxsize=65536)
def _role_word(token: str, vocab: frozenset[str]) -> bool:
    return stem(token) in vocab or _nationality(token) is not None


@lru_cache(maxsize=65536)
def _breaks_name(word: str) -> bool:
    """True for a capitalised word that is no part of a personal name: a common word, a place, a role word."""
    return fold(word).strip(".") in _NOT_NAMES or stem(word) in LEXICON.role_vocab or _nationality(word) is not None


def _gender_allows(mention: Mention, name: str) -> bool:
    """False when a role mention's gender ('la ministre') contradicts the person's."""
    person = LEXICON.people.get(name)
    gender = person.gender if person else ""
    return not (mention.gender and gender and mention.gender != gender)


def _role_gender(head: str, det: str, phrase: Iterable[str] = ()) -> str:
    """f/m from a role's head word, its adjectives or its article ('la ministre', "l'ancienne ministre"),
    '' when none tells."""
    word = fold(head)
    if word in _FEMININE_HEADS:
        return "f"
    if word in _MASCULINE_HEADS:
        return "m"
    folded = {fold(w) for w in phrase}
    if folded & _FEMININE_WORDS:
        return "f"
    if folded & _MASCULINE_WORDS:
        return "m"
    if det in _FEMININE_DETS:
        return "f"
    if det in _MASCULINE_DETS:
        return "m"
    return ""


_NOT_NEWLINE = re.compile(r"[^\n]+")


def _mask(text: str, quotes: Iterable[QuoteSpan]) -> str:
    """The text with the words inside quotes blanked out (same length, offsets kept)."""
    pieces: list[str] = []
    done = 0  # text[:done] is in pieces
    for q in sorted(quotes, key=lambda q: q.start):
        start = max(q.start, done)
        if q.end <= start:
            continue  # inside a quote already blanked
        pieces.append(text[done:start])
        pieces.append(_NOT_NEWLINE.sub(lambda m: " " * len(m.group()), text[start : q.end]))
        done = q.end
    pieces.append(text[done:])
    return "".join(pieces)


def _period(published: PartialDate | None) -> tuple[dt.date, dt.date]:
    """The span of days a publication date covers; all time when unknown."""
    if published is None:
        return dt.date.min, dt.date.max
    on = published.on
    if published.precision == "day":
        return on, on
    if published.precision == "month":
        nxt = dt.date(on.year + (on.month == 12), on.month % 12 + 1, 1)
        return on, nxt - dt.timedelta(days=1)
    return dt.date(on.year, 1, 1), dt.date(on.year, 12, 31)


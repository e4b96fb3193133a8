"""Aid pledges in an article: who commits what (an amount or named equipment) to whom, and how firmly.

The reading is done sentence by sentence with regular expressions and gazetteers (no parser):
amounts are found by `transforms.money`, actors by `transforms.actors`, equipment by
`transforms.items`, and the words that decide status, aid type and whether money is aid at all
by `gazetteers/pledge_cues.tsv`. Mentions of one pledge in the title, the lead and later
paragraphs are merged at the end.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from transforms.actors import Mention, actor, can_donate, find_actors
from transforms.dates import resolve_date, story_date
from transforms.gazetteers import load_table
from transforms.items import (
    AlternationScanner,
    ItemMention,
    canonical_items,
    find_items,
    fold_apostrophes,
    lower_same_length,
    overlap,
    split_alternatives,
    subsumes,
)
from transforms.model import Document, PartialDate, Pledge
from transforms.money import Money, find_money
from transforms.sentences import Sentence, split_sentences

STATUS_KINDS = ("announced", "passive", "proposed", "considered", "total", "request", "refused")
# Within one clause a hedge or a total outweighs a plain "announced" verb nearer the amount:
# "a annoncé qu'elle envisageait de fournir" is a consideration, "it has already pledged" a total.
_CLAUSE_PRIORITY = ("total", "considered", "proposed", "request")
# How far after an amount already governed by a giving verb a hedge or a request still qualifies it.
_HEDGE_AFTER_REACH = 60
_HEDGE_ORDER = {"refused": 0, "considered": 1, "request": 2, "proposed": 2, "announced": 3, "passive": 3}
_CLAUSE_BREAK = re.compile(r"[;:()]|\s[—–]\s|,\s+(?:et|and|mais|but|while|alors que|tandis que|ce qui|qui port\w*|qui (?:fait|font) passer|which|après|"
                           r"avant|after|before|selon|according|portant|bringing|raising|taking|ainsi que|as well as)\b")
_GROUP_GAP = re.compile(r"\s*(?:,|et|and|&|ainsi que|as well as)\s*(?:l['’]|la\s+|le\s+|les\s+|the\s+)?")
_GAPPING_LEAD = re.compile(r"[,;]\s*(?:et\s+|and\s+)?(?:l['’]|la\s+|le\s+|les\s+|the\s+)?$")
# "..., la Lettonie des Stinger et la Lituanie deux hélicoptères": once a gapped clause has opened the list, a
# plain "et"/"and" opens the next one.
_GAPPING_AND = re.compile(r"\s(?:et|and)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?$", re.IGNORECASE)
# "les Pays-Bas 24": a gapped clause whose object is a bare count of the equipment named before.
_GAPPED_COUNT = re.compile(r"\s+(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|two|three|"
                           r"four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)\b(?!\s*(?:%|pour))",
                           re.IGNORECASE)
_NEW_CLAUSE_LEAD = re.compile(r"[,;:]\s*(?:l['’]|la\s+|le\s+|les\s+|the\s+)?$")
_AGENT_LEAD = re.compile(r"(?:\bpar|\bby|\bde|\bfrom|\bauprès de|\bde la part de)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?$")
_ITEM_TO_PARTICIPLE = re.compile(r"[\w\s'’-]{0,30}")
_CURRENCY_BEFORE = re.compile(r"\b(?:dollars?|couronnes?|francs?|livres?)\s+$", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(r"\s+(?:dollars?|kroner|kronor|crowns?|francs?|pounds?)\b", re.IGNORECASE)
# "ces blindés", "these systems": equipment named again, not a new pledge.
_DEMONSTRATIVE = re.compile(r"\b(?:ces|cet|cette|ce|these|those|leurs|their)\s+(?:[\w-]+\s+)?$",
                            re.IGNORECASE)
# "did not, however, approve", "n'a, pour l'instant, pas livré": the aside does not end the negation's scope.
_HEDGED_NEGATION = re.compile(r"(?:\bnot|\bno longer)\s+rul\w*\s+out[”\"»]?\s+$|\bn['’]exclu\w*\s+(?:pas|plus)\s+(?:de\s+|d['’])?$",
                              re.IGNORECASE)
_INTERPOSED = re.compile(r",\s*(?:however|though|yet|so far|for now|at least|cependant|toutefois|pourtant|pour l['’]instant|"
                         r"pour le moment|jusqu['’]ici|encore)\s*,", re.IGNORECASE)
# "mais sans les chars Leopard 2", "but not the F-16s": equipment the pledge leaves out.
_EXCLUDED_ITEM = re.compile(r"\b(?:sans|without|hormis|excepté|sauf|except|excluding|mais pas|but not)\s+"
                            r"(?!précédent|délai|attendre|condition|delay)"
                            r"(?:(?:les|des|de|d['’]|la|le|ses|leurs|the|any|its|their)\s+)?(?:[\w-]+\s+){0,3}$",
                            re.IGNORECASE)
# "un nouveau paquet de", "a fresh $2bn package": a new pledge, whatever "déjà" or "since" says elsewhere.
_NEW_AMOUNT = re.compile(r"\b(?:nouve(?:au|l|lle|aux|lles)|new|fresh|latest|additional|supplémentaires?|"
                         r"plus (?:important|gros|grand)e?s?|largest|biggest|record)\s+"
                         r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# "il s'agit du plus important paquet depuis", "the largest package since": "since" dates the comparison, not a sum.
_SUPERLATIVE = re.compile(r"\b(?:plus (?:important|gros|grand)e?s?|largest|biggest)\s+(?:[\w'’-]+\s+){0,5}?"
                          r"(?:depuis|since)\b", re.IGNORECASE)
# "a separate 50 million pound package": a pledge of its own, not the value of the equipment just named.
_SEPARATE = re.compile(r"\b(?:separate|distinct|séparée?s?|distincte?s?)\s+(?:[\w'’-]+\s+){0,1}$", re.IGNORECASE)
# "$61 billion US aid package", "61 milliards de dollars d'aide américaine": the adjective names the donor.
_DONOR_ADJECTIVE_GAP = re.compile(r"\s*(?:(?:in|of|de|d['’])\s*)?(?:[\w-]+\s+){0,3}")
# "un don de 150 millions de dollars de la Norvège", "$2bn in loans from the EU": the donor closes the amount's
# noun phrase as its genitive (at most two nouns between, no verb, no comma).
_GENITIVE_DONOR = re.compile(r"\s*(?:(?:de|d['’]|in|of)\s*[\w-]+\s+){0,2}?(?:de la part\s+|de\s+|du\s+|des\s+|d['’]|from\s+|by\s+)"
                             r"(?:l['’]|la\s+|le\s+|les\s+|the\s+)?(?:(?:gouvernement|government|État|state)\s+)?",
                             re.IGNORECASE)
# ", qui agrège les engagements des bailleurs, dont l'UE": an actor in a relative clause is no inverted subject.
_GENITIVE_LEAD = re.compile(r"(?:\bde|\bdu|\bdes|\bd['’]|\bof|\bfrom)\s*(?:l['’]|la\s+|le\s+|les\s+|the\s+)?$",
                            re.IGNORECASE)
# "des sept", "aux quatre", "the 14": a counted noun left out, the equipment named just before.
_ELLIPTIC_COUNT = re.compile(r"\b(?:des|les|aux|ces|the|those|these)\s+(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
                             r"douze|quinze|vingt|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)"
                             r"\s+(?:autres\s+|other\s+|déjà\s+|already\s+)?$", re.IGNORECASE)
# A relative pronoun that is the subject of its clause ("a package that also covers Israel", "qui couvre
# aussi Israël") opens a clause of its own even without a comma: what follows is no agent.
_AGENT_STOP = re.compile(r",\s*(?:qui|dont|which|who|that|où|where|tandis que|alors que|mais|while|whereas|but)\b|[;:]|\s[—–]\s|"
                         r"\s(?:qui|that|which|who)\s+(?!(?:the\s+|l['’]|la\s+|le\s+|les\s+)?(?-i:[A-ZÀ-Ý]))", re.IGNORECASE)
_AID_NOUN_AFTER = re.compile(r"\s+(?:military\s+|financial\s+)?(?:aid|package|loan|support|funding|assistance|grant)",
                             re.IGNORECASE)
# ", qui réclamait le feu vert de Berlin,", ", which holds the G7 presidency,": a relative clause between commas.
_RELATIVE_ASIDE = re.compile(r",\s*(?:qui|dont|which|who|whose)\b[^,.;:()«»“”\"]{1,120},", re.IGNORECASE)
# The class an anaphoric noun names: "ces appareils" points back to aircraft, "the same tanks" to tanks.
_ANAPHOR_CLASSES = ("fighter jets", "tanks", "armored vehicles")
_ANAPHOR_CLASS = re.compile(r"\b(?:(appareils|avions|jets|aircraft|planes)|(chars|tanks)|(blindés|armou?red vehicles))\b",
                            re.IGNORECASE)
_RECIPIENT_LEAD = re.compile(r"(?:\bà|\bau|\baux|\bpour|\bvers|\bto|\bfor|\btowards)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?$",
                             re.IGNORECASE)
# A collective of donors as a subject: their figure is no single country's.
_COLLECTIVE_SUBJECT = re.compile(
    r"\b(?:l['’]Europe|les (?:alliés|Européens|Occidentaux|partenaires|bailleurs|donateurs|pays (?:occidentaux|européens|"
    r"membres|donateurs)|Vingt-Sept|27)|l['’]Occident|the (?:allies|Europeans|West|partners|donors|member states|"
    r"Western (?:allies|countries|partners))|Europe (?:has|had|have|gave|provided|pledged|committed|allocated)|"
    r"(?:les|the) (?:\w+ )?(?:instituts?|institute|tracker))\b", re.IGNORECASE)
# "commandés à la France", "acheté aux États-Unis", "bought for Ukraine from": the seller, not the recipient.
_SUPPLIER_LEAD = re.compile(r"\b(?:command|achet|acquis|acquér|fabriqu|produit|conçu|bought|purchas|order|procur|buy|"
                            r"made|built|manufactur)\w*\s+(?:[\w'’-]+\s+){0,2}?(?:à|au|aux|auprès d[eu]s?|from|in|by)\s+"
                            r"(?:l['’]|la\s+|le\s+|les\s+|the\s+)?$", re.IGNORECASE)
# A sentence about the package named before: "Le programme doit encore...", "The package still needs...".
_PACKAGE_SUBJECT = re.compile(r"^(?:le|la|ce|cette|l['’]|the|this|that|such a)\s*(?:[\w-]+\s+){0,2}?(?:programmes?|program|paquets?|"
                              r"plan|enveloppe|packages?|bill|loi|draft|budget|projet|aide|aid|fonds|fund|facilité|facility|"
                              r"accord|agreement|deal|tranche|montant|sum|somme|money|argent|financement|funding)\b", re.IGNORECASE)
# A single dated act: "en décembre", "in March", "pour 2023", "for 2024" -- not "depuis mars", "since 2022".
_MONTHS = (r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|January|February|"
           r"March|April|May|June|July|August|September|October|November|December")
_POINT_IN_TIME = re.compile(rf"(?<!depuis )(?<!since )(?<!entre )(?<!between )(?<!from )(?<!de )\b(?:en|in|on|le|for|pour)\s+"
                            rf"(?:(?:\d{{1,2}}(?:er)?\s+)?(?:{_MONTHS})\b|20\d\d\b(?!\s*(?:et|and|à|to|-)))")
_FUTURE_BEFORE = re.compile(r"\b(?:doit|doivent|devra|devront|va|vont|will|shall|is to|are to|(?:fourni|verse|donne|accorde|"
                            r"prête|débloque|apporte)(?:ra|ront))\s+(?:\w+\s+)?$", re.IGNORECASE)
_EARLIER = re.compile(r"\b(?:avait|avaient|had)\s+(?:déjà\s+|already\s+|previously\s+|earlier\s+)?\w+(?:é|ée|és|ées|is|it|u|ed)\b|"
                      r"\b(?:déjà|already|previously|auparavant|earlier|précédemment)\b", re.IGNORECASE)
_HOME_DOLLARS = frozenset({"CAD", "AUD", "NZD"})
_MARKED_DOLLAR = re.compile(r"(?:\bUS|\bU\.S\.|\bC|\bCA|\bA|\bAU|\bNZ)\$|\b(?:US|U\.S\.|American) dollars?\b")
_PACKAGE_NOUN = re.compile(r"\b(?:paquets?|enveloppes?|packages?|tranches?)\b", re.IGNORECASE)
_PARENTHESIS = re.compile(r"\s*\([^()]{0,80}\)")
# "Ces appareils, d'une valeur de 95 millions", "These systems, worth $1bn": a demonstrative subject and a value
# price the equipment just named, whatever the noun.
_ANAPHORIC_VALUE = re.compile(
    r"^(?:(?:le|la|l['’]|the)\s*(?:[\w-]+\s+){0,2}?(?:don|livraison|système|systèmes|cession|transfert|"
    r"équipement|donation|system|systems|delivery|transfer|equipment)\b|(?:ce|cet|cette|ces|this|these|those)\s+[\w-]+"
    r"(?:\s+[\w-]+)?)[^.]{0,30}?(?:valeur|montant|worth|valued|estimé|coût|estimated)|"
    r"^(?:d['’]une\s+valeur|d['’]un\s+montant|worth|valued\s+at|with\s+a\s+(?:total\s+)?value)\b",
    re.IGNORECASE)
_COMPOSITION = re.compile(
    r"^(?:the|this|that|le|ce|cette|l['’])\s*(?:new\s+|nouveau\s+|nouvelle\s+|latest\s+)?(?:package|paquet|enveloppe|"
    r"aide|aid|assistance|montant|sum|tranche|plan)\w*\s+(?:\w+\s+){0,2}?(?:combin\w*|compren\w*|comprend|inclu\w*|"
    r"se compose\w*|se répartit|consist\w*|comprises?|is split|splits?)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _CueRule:
    kind: str
    where: str
    window: int | None
    requires: re.Pattern | None
    regex: re.Pattern


@dataclass(frozen=True)
class Cue:
    kind: str
    start: int
    end: int
    rule: _CueRule


@dataclass
class _Mention:
    """One sentence's statement of a pledge, before mentions of the same pledge merge."""

    donor: str
    amount: float | None
    currency: str | None
    status: str
    explicit: bool  # a cue word decided the status (not a default)
    recipient: str
    item_sets: list[tuple[str, ...]]
    types: set[str]
    sentence: Sentence
    in_title: bool
    announced: PartialDate | None
    donor_in_sentence: bool
    component: bool = False
    anaphoric: bool = False  # "Le don, d'une valeur de...": the amount of equipment named just before
    sentence_has_items: bool = False  # the sentence names equipment, whether or not this pledge took it
    package: bool = False  # the amount is a package's ("un nouveau paquet de", "a $2bn package")
    lists: bool = False  # the sentence lists what something contains ("notamment", "including")
    distinct: bool = False  # "qui s'ajoutent aux quatre promis par Ottawa": an earlier pledge set apart from this one
    pending: bool = False  # a later sentence about the package says it still awaits approval
    rough: bool = False  # the amount is rounded or a bound ("plus de 3 milliards", "about $1bn")


@dataclass
class _Group:
    mentions: list[_Mention] = field(default_factory=list)


def _compile(pattern: str) -> re.Pattern:
    """A gazetteer pattern, case-insensitive, any apostrophe matching ' and ’."""
    return re.compile(fold_apostrophes(pattern), re.IGNORECASE)


def _at_word_start(regex: re.Pattern) -> re.Pattern:
    """`\\ba|\\bb` as `\\b(?:a|b)`: the same matches, but `re` gives up at once inside a word."""
    alternatives = split_alternatives(regex.pattern)
    if not all(a.startswith(r"\b") for a in alternatives):
        return regex
    return re.compile(r"\b(?:" + "|".join(a[2:] for a in alternatives) + ")", regex.flags)


@lru_cache(maxsize=1)
def _rules() -> tuple[_CueRule, ...]:
    """pledge_cues.tsv compiled once.

    The plain status rules keep their alternatives apart for the status scanner; the others are
    searched one by one, so each gets its word boundary factored out.
    """
    def compiled(row: dict[str, str]) -> re.Pattern:
        regex = _compile(row["pattern"])
        return regex if row["kind"] in STATUS_KINDS and not row["requires"] else _at_word_start(regex)

    return tuple(
        _CueRule(row["kind"], row["where"] or "any", int(row["window"]) if row["window"] else None,
                 _at_word_start(_compile(row["requires"])) if row["requires"] else None, compiled(row))
        for row in load_table("pledge_cues")
    )


@cache
def _rules_of(kind: str) -> tuple[_CueRule, ...]:
    return tuple(r for r in _rules() if r.kind == kind)


# Order of the combined alternation: at one position the first kind listed wins, so a passive
# ("promis par") beats the bare verb ("promis"), and a total or a hedge beats "announced".
_SCAN_ORDER = ("passive", "total", "considered", "proposed", "request", "refused", "announced")


_ESCAPE_OR_TEXT = re.compile(r"\\.|[^\\]+", re.DOTALL)


def lower_pattern(pattern: str) -> str:
    r"""A regex for lower-cased text: literals lower-cased, escapes kept (``\S`` must not become ``\s``).

    >>> lower_pattern(r"Kiel\S+\bUS")
    'kiel\\S+\\bus'
    """
    return _ESCAPE_OR_TEXT.sub(lambda m: m.group() if m.group().startswith("\\") else m.group().lower(), pattern)


@lru_cache(maxsize=1)
def _status_scanner() -> tuple[AlternationScanner, tuple[tuple[_CueRule, re.Pattern], ...], tuple[_CueRule, ...]]:
    """One scan over all unconditional status cues per sentence, the rules it tells apart, and the conditional rules."""
    plain = tuple(r for k in _SCAN_ORDER for r in _rules_of(k) if r.requires is None)
    conditional = tuple(r for r in _rules() if r.kind in STATUS_KINDS and r.requires is not None)
    # Matched against lower-cased text without IGNORECASE: several times faster in `re`.
    lowered = tuple((r, re.compile(lower_pattern(r.regex.pattern))) for r in plain)
    alternatives = [a for _, regex in lowered for a in split_alternatives(regex.pattern)]
    lead = ""
    if all(a.startswith(r"\b") for a in alternatives):  # the scan then only stops at word starts
        lead, alternatives = r"\b", [a[2:] for a in alternatives]
    return AlternationScanner(alternatives, lead), lowered, conditional


def find_cues(text: str, context: str = "") -> list[Cue]:
    """Status cues in a sentence, in order; where two overlap the longer one stands.

    `context` holds the article's words that count for a conditional cue in every sentence (an article
    citing the Kiel Institute's tracker reports cumulative commitments: "ont engagé 77 milliards").
    """
    scanner, lowered, conditional = _status_scanner()
    lower = lower_same_length(text)
    found = []
    for m in scanner.finditer(lower):
        # The rules are in scan order: the first that matches here is the one whose alternative matched.
        rule = next(r for r, regex in lowered if regex.match(lower, m.start()))
        found.append(Cue(rule.kind, m.start(), m.end(), rule))
    found += [Cue(r.kind, m.start(), m.end(), r) for r in conditional
              if r.requires is not None and (r.requires.search(text) or (context and r.requires.search(context)))
              for m in r.regex.finditer(text) if m.end() > m.start()]
    # "U.S.-provided ATACMS", "Western-supplied tanks": a compound adjective naming earlier aid, no predicate.
    found = [c for c in found if not (c.start and text[c.start - 1] == "-")]
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Cue] = []
    for c in found:
        if out and c.start < out[-1].end:
            continue
        out.append(c)
    return out


_NE = re.compile(r"\bne\b|\bn['’]$|\bn['’]\s", re.IGNORECASE)
_PAS_AFTER = re.compile(r"^[^.,;]{0,22}?\b(?:pas|plus|jamais|point|aucun\w*|nullement)\b", re.IGNORECASE)
_NOT_BEFORE = re.compile(r"\b(?:not|never|no longer|sans|nullement)\b[^.,;]{0,12}$|n['’]t\s+(?:\w+\s+)?$", re.IGNORECASE)


def _is_negated(text: str, cue: Cue) -> bool:
    """'ne livrera pas', 'will not send', 'sans fournir'."""
    before = _INTERPOSED.sub(" ", text[max(0, cue.start - 40) : cue.start])[-22:]
    after = text[cue.end : cue.end + 30]
    if _HEDGED_NEGATION.search(before):
        return False  # "not ruling out sending", "n'exclut plus de livrer": a hedge, not a refusal
    if _NE.search(before) and _PAS_AFTER.match(after):
        return True
    return bool(_NOT_BEFORE.search(before))


def _local_hit(kind: str, text: str, start: int, end: int) -> bool:
    """Whether a cue of `kind` stands within its window before/after the span [start, end)."""
    for rule in _rules_of(kind):
        if rule.requires is not None and not rule.requires.search(text):
            continue
        window = rule.window or 200
        if rule.where in ("after", "any"):
            anchored = rule.regex.pattern.startswith("^")
            tail = text[end : end + (200 if anchored else window)]
            if rule.regex.search(tail):
                return True
        if rule.where in ("before", "any"):
            head = text[max(0, start - window) : start]
            if rule.regex.search(head):
                return True
    return False


def _marked(text: str, mention: Mention) -> bool:
    """Whether a mention is a recipient or a place ("à la Pologne", "in Kyiv", "la guerre de la Russie")."""
    for rule in _rules_of("marker"):
        if rule.regex.search(text[max(0, mention.start - (rule.window or 12)) : mention.start]):
            return True
    return False


# ---------------------------------------------------------------- donors and recipients


def _group_backwards(text: str, mentions: list[Mention], index: int) -> list[str]:
    """The codes of the coordinated subject ending at mentions[index] ("Les États-Unis, l'Allemagne et la Roumanie")."""
    codes = [mentions[index].code]
    i = index
    while i > 0 and _GROUP_GAP.fullmatch(text[mentions[i - 1].end : mentions[i].start]):
        i -= 1
        if mentions[i].code != "UKR":
            codes.insert(0, mentions[i].code)
    return list(dict.fromkeys(codes))


def _group_forwards(text: str, mentions: list[Mention], index: int) -> list[str]:
    """The codes of the coordinated agent starting at mentions[index] ("par le Danemark et les Pays-Bas")."""
    codes = [mentions[index].code]
    i = index
    while i + 1 < len(mentions) and _GROUP_GAP.fullmatch(text[mentions[i].end : mentions[i + 1].start]):
        i += 1
        codes.append(mentions[i].code)
    return list(dict.fromkeys(codes))


def _agent_after(text: str, mentions: list[Mention], pos: int, limit: int = 90) -> list[str] | None:
    """Donors named after `pos` as the agent ("par X", "from X") or as an inverted subject ("a annoncé X")."""
    stop = _AGENT_STOP.search(text, pos, pos + limit)
    if stop:
        limit = stop.start() - pos
    for i, m in enumerate(mentions):
        if m.start < pos or m.start > pos + limit or m.code == "UKR" or not can_donate(m.code):
            continue  # "a loan repaid with Russian assets": an adversary is never the agent of aid
        lead = text[max(0, m.start - 25) : m.start]
        if _AGENT_LEAD.search(lead):
            return _group_forwards(text, mentions, i)
        if _NEW_CLAUSE_LEAD.search(lead):
            continue  # "les alliés promettent des blindés, Berlin temporise": Berlin is the next clause's subject
        if not _marked(text, m):
            return _group_forwards(text, mentions, i)
    return None


def _closed_asides(text: str, pos: int) -> list[tuple[int, int]]:
    """Relative clauses closed before `pos` ("Japan, which holds the G7 presidency, pledged"): spans whose
    actors are not the subject of what follows."""
    return [(m.start(), m.end()) for m in _RELATIVE_ASIDE.finditer(text, 0, pos)]


def _subject_before(text: str, mentions: list[Mention], pos: int, floor: int = 0) -> tuple[list[str] | None, bool]:
    """(donor codes, whether Ukraine is the subject) from the nearest unmarked actor before `pos`."""
    ukraine_subject = False
    asides = _closed_asides(text, pos) if any(m.end <= pos for m in mentions) else []
    for i in range(len(mentions) - 1, -1, -1):
        m = mentions[i]
        if m.end > pos or m.start < floor:
            continue
        if any(a <= m.start and m.end <= b for a, b in asides):
            continue
        if not can_donate(m.code) and m.code != "UKR" and (
                text.startswith(("'s", "’s"), m.end) or _GENITIVE_LEAD.search(text, max(0, m.start - 12), m.start)):
            continue  # "since Russia's full-scale invasion", "l'invasion à grande échelle de la Russie": an adversary
            # as a possessive or a genitive modifies a noun
        if _marked(text, m):
            continue
        if m.code == "UKR":
            ukraine_subject = True
            continue
        return _group_backwards(text, mentions, i), ukraine_subject
    return None, ukraine_subject


def _recipient(text: str, mentions: list[Mention], start: int, end: int) -> str:
    """UKR when Ukraine is named in the sentence; else a marked state in the span; else UKR."""
    if any(m.code == "UKR" for m in mentions):
        return "UKR"
    for m in mentions:
        if start <= m.start < end and m.code != "UKR" and _RECIPIENT_LEAD.search(text, max(0, m.start - 12), m.start) \
                and not _SUPPLIER_LEAD.search(text, max(0, m.start - 40), m.start):
            return m.code  # "à la Pologne", "to Moldova"; not a place or a war ("l'invasion russe", "in Germany")
    return "UKR"


# ---------------------------------------------------------------- amounts


def _clause(text: str, amounts: list[Money], money: Money) -> tuple[int, int]:
    """The clause holding an amount: bounded by the neighbouring amounts and by clause breaks."""
    left = max([a.end for a in amounts if a.end <= money.start] + [0])
    right = min([a.start for a in amounts if a.start >= money.end] + [len(text)])
    asides = _asides_between(text, left, money.start)
    for b in _CLAUSE_BREAK.finditer(text, left, money.start):
        if not any(a <= b.start() and b.end() <= e for a, e in asides):  # "X, which reimburses ..., with €5bn": one clause
            left = b.end()
    after = _CLAUSE_BREAK.search(text, money.end, right)
    return left, (after.start() if after else right)


def _asides_between(text: str, left: int, pos: int) -> list[tuple[int, int]]:
    """Relative clauses closed between `left` and `pos`: the verbs in them are not the amount's."""
    return [(a, b) for a, b in _closed_asides(text, pos) if a >= left] if "," in text[left:pos] else []


def _distance(cue: Cue, money: Money, amounts: list[Money]) -> float:
    """How far a cue stands from an amount; a cue after the amount or beyond another amount counts as farther."""
    if cue.end <= money.start:
        gap, lo, hi = money.start - cue.end, cue.end, money.start
        factor = 1.0
    else:
        gap, lo, hi = max(0, cue.start - money.end), money.end, cue.start
        factor = 1.5
    crossed = sum(1 for a in amounts if a is not money and lo <= a.start < hi)
    return gap * factor + 60 * crossed


def _money_status(text: str, amounts: list[Money], money: Money, cues: list[Cue]) -> tuple[Cue | None, str | None]:
    """(governing cue, status) for an amount; status None when no cue decides."""
    left, right = _clause(text, amounts, money)
    asides = _asides_between(text, left, money.start)
    cues = [c for c in cues if not any(a <= c.start < e for a, e in asides)]
    nxt = min([a.start for a in amounts if a.start >= money.end] + [len(text)])
    if _NEW_AMOUNT.search(text[max(0, money.start - 50) : money.start]) or _SUPERLATIVE.search(
            text, money.end, min(nxt, money.end + 120)) or _POINT_IN_TIME.search(
            text, max(left, money.start - 60), min(right, money.end + 40)):
        # "a new package", "a débloqué en décembre sa part de": one dated act, not a running sum
        cues = [Cue("announced", c.start, c.end, c.rule) if c.kind == "total" and c.rule.requires is not None else c
                for c in cues]
    # "l'UE doit fournir au total 18,1 milliards", "will provide a total of": the sum of a commitment still to come
    cues = [c for c in cues if not (c.kind == "total" and _FUTURE_BEFORE.search(text, max(0, c.start - 30), c.start))]
    live = [c for c in cues if not _is_negated(text, c) or c.kind == "refused"]
    negated = [c for c in cues if c not in live]
    in_clause = [c for c in live if c.end > left and c.start < right]
    if any(c.kind in ("announced", "passive") and c.end <= money.start for c in in_clause):
        # "Austin announced a new $250 million package ..., while Zelensky pleaded for permission": a hedge or a
        # request far after an amount that a giving verb already governs belongs to another predicate; one
        # right after it still qualifies it ("$61 billion that Congress has yet to approve").
        in_clause = [c for c in in_clause if c.end <= money.start or c.kind == "total"
                     or c.start - money.end <= _HEDGE_AFTER_REACH]
    if any(c.kind == "refused" and c.end <= money.start for c in in_clause):
        return None, "refused"  # "Trump paused all aid, including $1 billion": the refusal governs the amount
    for kind in _CLAUSE_PRIORITY:
        hits = [c for c in in_clause if c.kind == kind]
        if hits:
            best = min(hits, key=lambda c: _distance(c, money, amounts))
            return best, kind
    if any(c.end > left and c.start < right for c in negated) and not in_clause:
        return None, "refused"
    if not live:
        return None, None
    # Outside its own clause an amount is the object of a verb before it; a verb after it, beyond a clause
    # break, heads a new predicate (", and will send body armour").
    before = [c for c in live if c.end <= money.start]
    after_clause = [c for c in live if c.start >= right]
    if before and after_clause:
        live = [c for c in live if c not in after_clause]
    best = min(live, key=lambda c: _distance(c, money, amounts))
    return best, "announced" if best.kind == "passive" else best.kind


def _aid_types(text: str, start: int, end: int) -> set[str]:
    """Aid types named in text[start:end]."""
    span = text[start:end]
    return {kind for kind in ("military", "financial", "humanitarian")
            if any(r.regex.search(span) for r in _rules_of(kind))}


def _money_types(text: str, amounts: list[Money], money: Money) -> set[str]:
    """Aid types said of an amount: the phrase right after it ("d'aide militaire"), else its clause before it."""
    nxt = min([a.start for a in amounts if a.start >= money.end] + [len(text)])
    paren = _PARENTHESIS.match(text, money.end)
    begin = paren.end() if paren else money.end
    after_end = max(begin, min(nxt, begin + 60))
    b = _CLAUSE_BREAK.search(text, begin, after_end)
    comma = text.find(",", begin, after_end)
    stop = min(b.start() if b else after_end, comma if comma >= 0 else after_end)
    found = _aid_types(text, begin, stop)
    if found:
        return found
    left, _ = _clause(text, amounts, money)
    return _aid_types(text, left, money.start)


_AND = re.compile(r"\b(?:et|and)\b")


def _continues(text: str, amounts: list[Money], money: Money) -> bool:
    """Whether an amount only continues the one before it ("1,7 milliard en 2022 et 2,1 milliards en 2023")."""
    before = [a for a in amounts if a.end <= money.start]
    if not before:
        return False
    gap = text[before[-1].end : money.start]
    return len(gap) <= 30 and "," not in gap and bool(_AND.search(gap))


def _grown_total(amounts: list[Money], money: Money, cue: Cue | None, status: str) -> bool:
    """Whether a total's cue stands between it and the amount before it ("X, portant à Y le total", "bringing the
    total to Y"): the sum just stated grows the total."""
    before = [a for a in amounts if a.end <= money.start]
    return status == "total" and cue is not None and bool(before) and before[-1].end <= cue.start < money.start


_DESTINATION_LEAD = re.compile(r"(?:\bvers|\bdans|\bpour|\bau|\bà|\bto|\binto|\bfor)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+|its\s+|their\s+|"
                               r"son\s+|sa\s+|leur\s+)?$", re.IGNORECASE)
_GOVERNING_KINDS = frozenset({"announced", "passive", "proposed", "considered", "request"})


def _headed_by_non_aid(text: str, amounts: list[Money], money: Money, cues: list[Cue]) -> bool:
    """Whether the amount is predicated of a cost, budget, need or spending noun ("Le coût de l'opération est
    estimé par Prague à 1,5 milliard", "raising defence spending to 2.5% of GDP, an extra £13bn"): the noun
    stands before it in the sentence with no pledge verb and no other amount between them."""
    floor = max([a.end for a in amounts if a.end <= money.start] + [0])
    for rule in _rules_of("noaidhead"):
        head = None
        for m in rule.regex.finditer(text, max(floor, money.start - (rule.window or 140)), money.start):
            head = m
        if head is None or ";" in text[head.end() : money.start] \
                or _DESTINATION_LEAD.search(text, max(0, head.start() - 16), head.start()):
            continue  # "acheminer 40 milliards vers le budget ukrainien": the budget receives, it does not cost
        if not any(c.kind in _GOVERNING_KINDS and head.end() <= c.start < money.start for c in cues):
            return True
    return False


def _has_aid_noun(text: str, money: Money) -> bool:
    return _local_hit("aidnoun", text, money.start, money.end)


# ---------------------------------------------------------------- reading one sentence


@dataclass
class _Reader:
    """State carried from sentence to sentence: the implicit subject, the last pledge, the last items."""

    doc: Document
    amounts: list[Money]
    actors: list[Mention]
    items: list[ItemMention]
    mentions: list[_Mention] = field(default_factory=list)
    last_subject: str | None = None
    last_donor: str | None = None
    sentence: Sentence | None = None  # the sentence being read
    last_items: list[ItemMention] = field(default_factory=list)
    last_items_free: bool = False
    last_paragraph: int = -1
    context: str = ""  # article-level words that satisfy conditional cues (find_cues)
    seen_items: list[tuple[int, ItemMention]] = field(default_factory=list)  # (paragraph, mention) read so far
    # A headerless article's lead may date its story ("Réunis dimanche 2 mars 2025"): the lead and the paragraph
    # after it tell that event, later paragraphs tell background that is left undated.
    story: PartialDate | None = None

    def carried(self, pos: int) -> str | None:
        """The implicit subject of the sentence being read, for a predicate at `pos`: the previous donor, unless
        a collective names the subject ("l'Europe a alloué 132 milliards", "the allies agreed on 40 billion
        euros", "les Occidentaux ont livré"): a figure of many donors is not the last country's."""
        s = self.sentence
        if s is not None and _COLLECTIVE_SUBJECT.search(s.text, 0, pos):
            return None
        return self.last_subject or self.last_donor

    def date(self, sentence: Sentence, text: str, scopes: tuple[str, ...] = (), whole: bool = True) -> PartialDate | None:
        """The pledge date the sentence gives; "le même jour" repeats the previous pledge's date.

        `scopes` are parts of the sentence closer to the pledge, tried first: a date in another actor's
        clause ("following Britain, which began supplying ... in May") is not this pledge's date.
        """
        if self.mentions and any(r.regex.search(text) for r in _rules_of("same_date")):
            days = [m.announced for m in self.mentions if m.announced and m.announced.precision == "day"]
            return days[-1] if days else self.mentions[-1].announced
        base = self.doc.published or (self.story if sentence.paragraph <= 1 else None)
        for scope in scopes:
            if scope and scope != text:
                found = _resolve_date(scope, base, self.doc.language)
                if found != base:
                    return found
        return _resolve_date(text, base, self.doc.language) if whole or not scopes else base


# A sentence stating several pledges dates each of them: resolve it once.
_resolve_date = lru_cache(maxsize=256)(resolve_date)


def _items_in(items: list[ItemMention], start: int, end: int, claimed: set[int]) -> list[ItemMention]:
    return [it for it in items if start <= it.start < end and id(it) not in claimed]


def _money_mentions(r: _Reader, s: Sentence, local: list[Money], actors: list[Mention], items: list[ItemMention],
                    cues: list[Cue], claimed: set[int], used_cues: set[int]) -> None:
    """Pledges stated by an amount in sentence `s`."""
    text = s.text
    component_sentence = bool(_COMPOSITION.match(text))
    anaphoric = bool(_ANAPHORIC_VALUE.match(text))
    previous_types: set[str] = set()
    for money in local:
        if _local_hit("noaid", text, money.start, money.end) or _headed_by_non_aid(text, local, money, cues):
            continue
        cue, status = _money_status(text, local, money, cues)
        if status == "refused":
            continue
        if status is None:
            if not (_has_aid_noun(text, money) or anaphoric):  # "These vehicles, worth $100m, will arrive"
                continue
            status = "announced"
        # "dont 61 milliards pour l'Ukraine": the part earmarked for Ukraine is the pledge itself
        is_component = component_sentence or (_local_hit("component", text, money.start, money.end) and not any(
            m.code == "UKR" and money.end <= m.start < money.end + 40 and _marked(text, m) for m in actors))
        # "80 millions pour l'aide humanitaire, portant à 100 millions l'enveloppe": a total grown by the sum
        # just stated counts the same kind of aid
        types = _money_types(text, local, money) or (
            previous_types if _continues(text, local, money) or _grown_total(local, money, cue, status) else set())
        previous_types = types
        donors, explicit_donor = _money_donors(r, text, actors, money, cue)
        if not donors:
            continue
        left, right = _clause(text, local, money)
        # "will send 70 vehicles, and set up a separate £50m package": an amount coordinated after the
        # equipment is a pledge of its own and leaves the verb to the equipment.
        if cue is not None and not (cue.end <= left and (
                _SEPARATE.search(text[max(0, money.start - 30) : money.start])
                or _items_in(items, cue.end, left, claimed))):
            used_cues.add(id(cue))
        anchor = _predicate_start(cues, items, left, money.start)
        nxt = min([a.start for a in local if a.start >= money.end] + [len(text)])
        stop = _items_stop(text, actors, donors, money.end, nxt)
        # "will provide $150m ..., and will send body armour": equipment after a new clause's verb is that verb's
        stop = min([c.start for c in cues if right <= c.start < stop and c.kind != "total"] + [stop])
        mine = _items_in(items, anchor, stop, claimed)
        claimed.update(id(it) for it in mine)
        status = "proposed" if status == "request" else status
        if status == "announced" and _past_year_sum(text, left, right, r.doc.published):
            status = "total"
        package = bool(_PACKAGE_NOUN.search(text, max(left, money.start - 60), min(right, money.end + 40)))
        currency = money.currency  # find_money already gave a bare amount the preceding currency
        for donor in donors:
            if not can_donate(donor):
                continue
            cur = _home_dollar(r, money, donor) or currency or actor(donor).currency
            recipient = _recipient(text, actors, money.start, len(text))
            recipient = "UKR" if recipient == donor else recipient
            if recipient == "RUS" or (recipient != "UKR" and not can_donate(recipient)):
                continue
            r.mentions.append(_Mention(
                donor, money.value, cur, status, cue is not None, recipient, [canonical_items(mine)],
                types, s, s.start < r.doc.title_end, r.date(s, text, (text[left:max(right, nxt)], text[:nxt])),
                explicit_donor,
                component=is_component, anaphoric=anaphoric and not mine, sentence_has_items=bool(items),
                package=package, rough=money.approx or money.bound is not None))
            r.last_donor = donor


# "a fourni 2,3 milliards de livres en 2022", "1,7 milliard fournis en 2022", "provided $2bn in 2022": what a donor
# handed over in the course of a year is a running sum, not one pledge.
_YEAR_SUM = re.compile(r"\b(?:fourni|livré|versé|donné|dépensé|apporté|cédé|provided|delivered|given|gave|spent|"
                       r"disbursed|sent)\w*\b(?:[^.;:]|\.\d){0,80}?\b(?:en|in|au cours de l['’]année|during)\s+(20\d\d)\b(?!\s*(?:et|and|à|to|-))",
                       re.IGNORECASE)


def _past_year_sum(text: str, left: int, right: int, published: PartialDate | None) -> bool:
    """Whether the clause says the amount was delivered over a calendar year before the article's."""
    m = _YEAR_SUM.search(text, left, right)
    return m is not None and published is not None and int(m.group(1)) < published.on.year


def _predicate_start(cues: list[Cue], items: list[ItemMention], left: int, pos: int) -> int:
    """Start of the verb chain governing an amount at `pos`: "livrera 30 F-16 et débloque 977 millions" leaves
    the F-16 to "livrera", since equipment between two verbs is the first verb's object."""
    anchor = pos
    for c in sorted((c for c in cues if left <= c.start < pos), key=lambda c: c.start, reverse=True):
        if anchor < pos and c.kind != "total" and any(c.end <= it.start < anchor for it in items):
            break
        anchor = c.start
    return anchor


def _home_dollar(r: _Reader, money: Money, donor: str) -> str | None:
    """An unmarked dollar of a dollar-country donor is its own dollar: a bare "$" ("Australia will send ... a
    $245 million package") unless the article marks its dollars ("US$", "C$", "A$"), and a bare "dollars"
    ("Ottawa a engagé 650 millions de dollars") and a sum with no currency word after it ("l'enveloppe de 500
    millions")."""
    home = actor(donor).currency
    if home not in _HOME_DOLLARS or money.currency not in (None, "USD"):
        return None
    if money.text.startswith("$") and not _MARKED_DOLLAR.search(r.doc.text):
        return home
    # "2,4 milliards $": the sign after the number is the Canadian (Québec) way of writing the home dollar
    if money.text.endswith("$") and r.sentence is not None and not _US_AFTER.match(r.sentence.text, money.end):
        return home
    # "Ottawa a engagé 650 millions de dollars": a dollar-country's own sums are in its dollar unless marked US
    if _BARE_DOLLARS.search(money.text) or not money.has_currency_word:
        return home
    return None


_US_AFTER = re.compile(r"\s*(?:US|U\.S\.|américains?|des [ÉE]tats-Unis|É\.-U\.)", re.IGNORECASE)
_BARE_DOLLARS = re.compile(r"\bdollars?$", re.IGNORECASE)
def _money_donors(r: _Reader, text: str, actors: list[Mention], money: Money,
                  cue: Cue | None) -> tuple[list[str], bool]:
    """Donor codes for an amount and whether the sentence names them."""
    if cue is not None and cue.kind == "passive":
        agent = _agent_after(text, actors, cue.end, 60)
        if agent:
            return agent, True
    if cue is not None and cue.kind == "request" and _ukraine_asks(text, actors, cue):
        return [], False
    for m in actors:
        if m.start >= money.end:
            if m.code != "UKR" and m.start - money.end <= 40 and can_donate(m.code) and (
                    m.kind == "adjective" and _DONOR_ADJECTIVE_GAP.fullmatch(text, money.end, m.start)
                    or m.kind != "adjective" and _GENITIVE_DONOR.fullmatch(text, money.end, m.start)
                    and not _nominative_subject(text, actors, money.start)
                    or not text[money.end : m.start].strip() and _AID_NOUN_AFTER.match(text, m.end)):
                return [m.code], True
            break
    subject, ukraine_subject = _subject_before(text, actors, money.start)
    if subject:
        return subject, True
    if cue is not None and cue.kind == "request" and ukraine_subject:
        return [], False
    after = _agent_after(text, actors, money.end)
    if after:
        return after, True
    if ukraine_subject:
        return [], False
    carried = r.carried(money.start)
    return ([carried] if carried else []), False


def _nominative_subject(text: str, actors: list[Mention], pos: int) -> bool:
    """Whether the nearest donor before `pos` is a subject ("Le Royaume-Uni s'est engagé à fournir 3 milliards
    de garanties de la Banque mondiale"), not itself a genitive ("une garantie du Japon et un don de la Norvège")."""
    subject, _ = _subject_before(text, actors, pos)
    if not subject:
        return False
    m = next(a for a in reversed(actors) if a.end <= pos and a.code == subject[-1])
    return not _GENITIVE_LEAD.search(text, max(0, m.start - 12), m.start)


def _ukraine_asks(text: str, actors: list[Mention], cue: Cue) -> bool:
    """Whether Ukraine is the one asking: its name stands before the request verb, unmarked."""
    return any(m.code == "UKR" and m.end <= cue.start and not _marked(text, m) for m in actors)


def _items_stop(text: str, actors: list[Mention], donors: list[str], start: int, end: int) -> int:
    """Where the equipment of an amount's pledge ends: at the next amount or a new donor's clause."""
    for m in actors:
        if start <= m.start < end and m.code not in donors and m.code != "UKR" and m.kind != "adjective" \
                and not _marked(text, m) and can_donate(m.code):
            return m.start
    return end


# ---------------------------------------------------------------- in-kind pledges


def _chains(text: str, cues: list[Cue], items: list[ItemMention], actors: list[Mention]) -> list[list[Cue]]:
    """Consecutive cues with nothing between them read as one predicate ("a annoncé qu'elle allait livrer")."""
    chains: list[list[Cue]] = []
    for c in cues:
        if chains:
            prev = chains[-1][-1]
            between_items = any(prev.end <= it.start < c.start for it in items)
            between_actors = any(prev.end <= m.start < c.start for m in actors)
            if not between_items and not between_actors and not _CLAUSE_BREAK.search(text, prev.end, c.start) \
                    and c.kind != "passive":
                chains[-1].append(c)
                continue
        chains.append([c])
    return chains


def _chain_status(text: str, chain: list[Cue]) -> str:
    """The most hedged status in a chain; a negated verb is a refusal."""
    kinds = ["refused" if _is_negated(text, c) and c.kind != "refused" else c.kind for c in chain]
    kinds = [k for k in kinds if k != "total"] or ["announced"]
    best = min(kinds, key=lambda k: _HEDGE_ORDER.get(k, 3))
    return "announced" if best == "passive" else best


def _passive_objects(text: str, chains: list[list[Cue]], items: list[ItemMention],
                     claimed: set[int]) -> dict[int, list[ItemMention]]:
    """For each passive predicate, the equipment noun right before it ("des F-16 promis par le Danemark")."""
    out: dict[int, list[ItemMention]] = {}
    for i, chain in enumerate(chains):
        if chain[-1].kind != "passive":
            continue
        prev_end = chains[i - 1][-1].end if i else 0
        before = _items_in(items, prev_end, chain[0].start, claimed)
        if before:
            gap = text[before[-1].end : chain[0].start]
            if _ITEM_TO_PARTICIPLE.fullmatch(gap) and "," not in gap:
                out[i] = [before[-1]]
                claimed.add(id(before[-1]))
                continue
        if _ELLIPTIC_COUNT.search(text, max(0, chain[0].start - 40), chain[0].start):
            # "en plus des sept promis par l'Allemagne": the counted noun is the equipment named last
            named = [it for it in items if it.end <= chain[0].start]
            if named:
                out[i] = [named[-1]]
    return out


def _subject_end(text: str, actors: list[Mention], floor: int, pos: int) -> int | None:
    """End of the nearest unmarked actor between `floor` and `pos`: items after it and before the verb are its object."""
    for m in reversed(actors):
        if floor <= m.start and m.end <= pos and m.code != "UKR" and not _marked(text, m):
            return m.end
    return None


def _inkind_mentions(r: _Reader, s: Sentence, actors: list[Mention], items: list[ItemMention], cues: list[Cue],
                     claimed: set[int], used_cues: set[int], previous_free: list[ItemMention]) -> None:
    """Pledges of named equipment without an amount in sentence `s`."""
    text = s.text
    # "avait déjà promis quatorze chars": without an amount, a past promise is no cumulative figure.
    past = {id(c): Cue("announced", c.start, c.end, c.rule) for c in cues if c.kind == "total" and c.rule.requires}
    used_cues = used_cues | {id(past[k]) for k in past if k in used_cues}
    chains = _chains(text, [past.get(id(c), c) for c in cues if c.kind != "total" or id(c) in past], items, actors)
    # "Cette somme servira à fournir 50 blindés": a sentence whose subject is the package lists its content
    lists = any(rule.regex.search(text) for rule in _rules_of("inclusion")) or bool(_PACKAGE_SUBJECT.match(text))
    reserved = _passive_objects(text, chains, items, claimed)
    for i, chain in enumerate(chains):
        # "L'Estonie a dévoilé un programme de 113 millions d'euros, la Lettonie des Stinger": the amount took
        # the verb, the gapped clauses after it still share it
        gapped_only = any(id(c) in used_cues for c in chain)
        status = _chain_status(text, chain)
        start, end = chain[0].start, chain[-1].end
        next_start = chains[i + 1][0].start if i + 1 < len(chains) else len(text)
        prev_end = chains[i - 1][-1].end if i > 0 else 0
        elliptic = i in reserved and chain[-1].kind == "passive" and bool(
            _ELLIPTIC_COUNT.search(text, max(0, start - 40), start))
        # "aux quatre promis par Ottawa": the elliptic count is the whole object, what follows is another's
        region = reserved.get(i, []) + ([] if elliptic else _items_in(items, end, next_start, claimed))
        subject_end = _subject_end(text, actors, prev_end, start)
        if subject_end is not None:
            region = _items_in(items, subject_end, start, claimed) + region
        groups = _donor_groups(r, text, actors, chain, region, start, end, next_start, chain[-1].kind == "passive")
        groups = _share_counted(text, actors, groups, end, next_start)
        if gapped_only:
            groups = groups[1:]
        elif groups and not groups[0][1]:
            if any(rule.regex.search(text) for rule in _rules_of("anaphor")):
                free = _of_anaphor_class(text, [it for it in previous_free if id(it) not in claimed])
                groups[0] = (groups[0][0], free or _antecedent(r, s), groups[0][2])
            groups = _share_counted(text, actors, groups, end, next_start)
            if not any(g_items for _, g_items, _ in groups):
                continue
        claimed.update(id(it) for _, g_items, _ in groups for it in g_items)
        if status == "refused":
            continue
        for donors, g_items, explicit in groups:
            if not g_items or not donors or (status == "request" and not explicit):
                continue
            for donor in donors:
                recipient = _recipient(text, actors, end, next_start)
                recipient = "UKR" if recipient == donor else recipient
                if not can_donate(donor) or recipient == "RUS":
                    continue
                r.mentions.append(_Mention(
                    donor, None, None, "proposed" if status == "request" else status, True, recipient,
                    [canonical_items(g_items)], set(), s, s.start < r.doc.title_end,
                    r.date(s, text, (text[:next_start],), whole=i + 1 == len(chains)), explicit, lists=lists,
                    distinct=elliptic))
                r.last_donor = donor


def _antecedent(r: _Reader, s: Sentence) -> list[ItemMention]:
    """The equipment an anaphor points back to when the previous sentence left none free: the latest named
    in this paragraph or the one before, of the class the anaphor's noun names ("six appareils du même
    type", "leurs premiers avions" -> the last aircraft named)."""
    return _of_anaphor_class(s.text, [it for p, it in r.seen_items if 0 <= s.paragraph - p <= 1])[-1:]


def _of_anaphor_class(text: str, items: list[ItemMention]) -> list[ItemMention]:
    """The items of the class the sentence's anaphoric noun names; all of them when it names none."""
    noun = _ANAPHOR_CLASS.search(text)
    if not noun:
        return items
    cls = next(c for c, word in zip(_ANAPHOR_CLASSES, noun.groups(), strict=True) if word)
    return [it for it in items if it.item == cls or subsumes(it.item, cls)]


def _donor_groups(r: _Reader, text: str, actors: list[Mention], chain: list[Cue], region: list[ItemMention],
                  start: int, end: int, next_start: int,
                  passive: bool) -> list[tuple[list[str], list[ItemMention], bool]]:
    """(donors, items, named in sentence) for a predicate, split where a gapped clause names a new donor
    ("Les États-Unis fourniront des Patriot, les Pays-Bas des composants, et l'Italie un SAMP/T")."""
    if passive:
        agent = _agent_after(text, actors, end, 40)
        if agent:
            return [(agent, region, True)]
    if any(c.kind == "request" for c in chain) and _ukraine_asks(text, actors, chain[0]):
        return []
    subject, ukraine_subject = _subject_before(text, actors, start)
    explicit = subject is not None
    if subject is None:
        if chain[-1].kind == "request" and ukraine_subject:
            return []
        subject = _agent_after(text, actors, end, 80)
        explicit = subject is not None
        if subject is None and not ukraine_subject:
            carried = r.carried(start)
            subject = [carried] if carried else None
    if subject is None:
        return []
    split_points = _gapped_donors(text, actors, end, next_start)
    bounds = [m.start for m, _ in split_points] + [next_start]
    groups = [(subject, [it for it in region if it.start < bounds[0]], explicit)]
    for k, (_, idx) in enumerate(split_points):
        g_items = [it for it in region if bounds[k] <= it.start < bounds[k + 1]]
        groups.append((_group_forwards(text, actors, idx), g_items, True))
    return groups


def _share_counted(text: str, actors: list[Mention], groups: list[tuple[list[str], list[ItemMention], bool]],
                   end: int, next_start: int) -> list[tuple[list[str], list[ItemMention], bool]]:
    """"Le Danemark a promis 19 F-16, les Pays-Bas 24 et la Norvège six": a gapped clause that only counts
    takes the equipment of the clause before it."""
    counted = {m.code for m, _ in _gapped_donors(text, actors, end, next_start) if _GAPPED_COUNT.match(text, m.end)}
    out = groups[:1]
    for donors, g_items, explicit in groups[1:]:
        if not g_items and donors[0] in counted:
            g_items = out[-1][1]
        out.append((donors, g_items, explicit))
    return out


def _gapped_donors(text: str, actors: list[Mention], end: int, next_start: int) -> list[tuple[Mention, int]]:
    """Donors opening a verb-less clause after a predicate ("X fournira des Patriot, les Pays-Bas des composants
    et l'Italie un SAMP/T"): each inherits the verb and names its own equipment."""
    out: list[tuple[Mention, int]] = []
    for idx, m in enumerate(actors):
        if not (end <= m.start < next_start) or m.kind == "adjective" or m.code == "UKR" or _marked(text, m):
            continue
        lead = text[max(0, m.start - 12) : m.start]
        if _GAPPING_LEAD.search(lead) or out and _GAPPING_AND.search(lead) and m.start > out[-1][0].end + 3:
            out.append((m, idx))
    return out


# ---------------------------------------------------------------- inclusion and components


def _attach_leftovers(r: _Reader, s: Sentence, items: list[ItemMention], claimed: set[int], first_new: int) -> None:
    """Equipment listed in a sentence that states no pledge of its own goes to the package it describes."""
    free = [it for it in items if id(it) not in claimed]
    if not free:
        return
    text = s.text
    lists_package = any(rule.regex.search(text) for rule in _rules_of("inclusion"))
    if not lists_package or len(r.mentions) > first_new:
        return
    target = _package_target(r)
    if target is None:
        return
    target.item_sets.append(canonical_items(free))
    claimed.update(id(it) for it in free)


def _package_target(r: _Reader) -> _Mention | None:
    """The most recent whole pledge (not a component of one) read so far."""
    whole = [m for m in r.mentions if not m.component and m.status != "total"]
    if not whole:
        return None
    latest = [m for m in whole if m.sentence.start == whole[-1].sentence.start]
    return next((m for m in latest if m.amount is not None), latest[-1])


def _fold_components(mentions: list[_Mention]) -> list[_Mention]:
    """A component amount is no pledge of its own: its equipment goes to the package before it."""
    out: list[_Mention] = []
    part_types: dict[int, list[set[str]]] = {}
    for m in mentions:
        if m.component and m.amount is not None:
            parent = next((p for p in reversed(out) if p.donor == m.donor and p.amount is not None
                           and (p.amount or 0) > (m.amount or 0)), None)
            if parent is not None and parent.status == "total" and parent.sentence is m.sentence:
                # "88 milliards au total, dont 33 milliards d'aide militaire": a part of a total is a total too
                m.component, m.status = False, "total"
                out.append(m)
                continue
            if parent is None and any(p.status == "total" and p.sentence is m.sentence and p.amount is not None
                                      and p.amount > (m.amount or 0) for p in out):
                # "40 milliards acheminés, dont 22 milliards de dons américains": a part of another donor's total
                m.component, m.status = False, "total"
                out.append(m)
                continue
            if parent is not None:
                parent.item_sets.extend(m.item_sets)
                part_types.setdefault(id(parent), []).append(m.types)
                continue
            m.component = False
        out.append(m)
    # "dont 33 milliards de prêts et 17 milliards de subventions": parts that all say one type type the whole
    for p in out:
        parts = part_types.get(id(p), [])
        if not p.types and len(parts) >= 2 and all(len(t) == 1 and t == parts[0] for t in parts):
            p.types = set(parts[0])
    return out


# ---------------------------------------------------------------- merging mentions


def _same_amount(a: _Mention, b: _Mention) -> bool:
    return (a.amount is not None and b.amount is not None and a.currency == b.currency
            and abs(a.amount - b.amount) <= 0.005 * max(abs(b.amount), 1.0))


def _roughly_same(a: _Mention, b: _Mention) -> bool:
    """A title's rounded figure and the body's exact one: within 3 %, the rounded one marked as such."""
    title = a if a.in_title else b
    return (title.rough and a.currency == b.currency and a.status == b.status
            and abs((a.amount or 0) - (b.amount or 0)) <= 0.03 * max(abs(a.amount or 0), abs(b.amount or 0)))


def _dates_agree(a: PartialDate | None, b: PartialDate | None) -> bool:
    """Whether two dates can name one event: equal at the coarser precision ("le 16 mars" and "mercredi" in an
    April article are two packages of the same sum, not one)."""
    if a is None or b is None:
        return True
    if a.on.year != b.on.year:
        return False
    if "year" in (a.precision, b.precision) or a.on.month == b.on.month and "month" in (a.precision, b.precision):
        return True
    return a.on == b.on


def _earlier_package(a: _Mention, b: _Mention) -> bool:
    """Whether two mentions of one sum are two packages: one says it came before ("Le 16 mars, Biden avait déjà
    annoncé une enveloppe de 800 millions", "had previously pledged") and their dates disagree."""
    if a.in_title or b.in_title or _dates_agree(a.announced, b.announced):
        return False
    return any(_EARLIER.search(x.sentence.text) for x in (a, b))


def _items_of(group: _Group) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for m in group.mentions for s in m.item_sets for i in s))


def _merge(mentions: list[_Mention]) -> list[_Group]:
    """Mentions of one pledge -> one group: same donor and amount, or same donor and overlapping equipment."""
    groups: list[_Group] = []
    for m in [m for m in mentions if m.amount is not None]:
        target = next((g for g in groups if g.mentions[0].donor == m.donor and _same_amount(g.mentions[0], m)
                       and not any(_earlier_package(x, m) for x in g.mentions)), None)
        # "le Canada promet plus de 3 milliards" in the title, "3,02 milliards" in the lead: one package
        target = target or next((g for g in groups if g.mentions[0].donor == m.donor and len(g.mentions) == 1
                                 and g.mentions[0].in_title != m.in_title and _roughly_same(g.mentions[0], m)), None)
        if target is None:
            groups.append(_Group([m]))
        else:
            target.mentions.append(m)
    for m in [m for m in mentions if m.amount is None]:
        items = tuple(i for s in m.item_sets for i in s)
        target = None if m.distinct else next((g for g in groups if g.mentions[0].donor == m.donor and not
                                               g.mentions[0].distinct and overlap(items, _items_of(g))), None)
        target = target or next((g for g in groups if g.mentions[0].anaphoric and g.mentions[0].donor == m.donor
                                 and not _items_of(g) and g.mentions[0].sentence.start > m.sentence.start), None)
        target = target or _package_before(groups, m)
        if target is None:
            groups.append(_Group([m]))
        else:
            target.mentions.append(m)
    # An earlier pledge set apart ("aux quatre promis par Ottawa") is listed after the pledges of the article.
    return sorted(_merge_inkind_groups(groups), key=lambda g: g.mentions[0].distinct)


def _package_before(groups: list[_Group], m: _Mention) -> _Group | None:
    """The donor's package stated just before without naming its equipment, which equipment named next
    belongs to ("La Suède a annoncé un paquet de 13 milliards. Stockholm enverra également ses blindés")."""
    if m.in_title or m.status != "announced":
        return None
    before = [g for g in groups if g.mentions[0].amount is not None and g.mentions[0].donor == m.donor
              and g.mentions[0].status == "announced" and not g.mentions[0].component
              and 0 <= m.sentence.paragraph - g.mentions[0].sentence.paragraph <= 1
              and g.mentions[0].sentence.start < m.sentence.start and not _items_of(g)
              and (g.mentions[0].package or m.lists)]
    if not before:
        return None
    latest = max(g.mentions[0].sentence.start for g in before)
    return next(g for g in before if g.mentions[0].sentence.start == latest)


def _merge_inkind_groups(groups: list[_Group]) -> list[_Group]:
    """Join in-kind groups of one donor whose equipment came to overlap as mentions were added."""
    merged = True
    while merged:
        merged = False
        for i, a in enumerate(groups):
            for b in groups[i + 1 :]:
                if b.mentions[0].amount is None and a.mentions[0].donor == b.mentions[0].donor \
                        and not (a.mentions[0].distinct or b.mentions[0].distinct) and overlap(_items_of(a), _items_of(b)):
                    a.mentions.extend(b.mentions)
                    groups.remove(b)
                    merged = True
                    break
            if merged:
                break
    return groups


def _final_items(group: _Group) -> tuple[str, ...]:
    """Items of all mentions; a class named in one mention is dropped when another names a system of it."""
    sets = [s for m in group.mentions for s in m.item_sets if s]
    union = list(dict.fromkeys(i for s in sets for i in s))
    keep = []
    for item in union:
        together = [s for s in sets if item in s]
        elsewhere = {i for s in sets if item not in s for i in s}
        in_own = {i for s in together for i in s}
        if any(subsumes(x, item) and x not in in_own for x in elsewhere):
            continue
        keep.append(item)
    return tuple(keep)


def _final_date(group: _Group) -> PartialDate | None:
    """The lead mention's date, refined by a more precise date of another mention that agrees with it."""
    ordered = sorted(group.mentions, key=lambda m: (m.in_title, m.sentence.start))
    best = ordered[0].announced
    rank = {"year": 0, "month": 1, "day": 2}
    for m in ordered[1:]:
        d = m.announced
        if d is None or best is None or rank[d.precision] <= rank[best.precision]:
            continue
        if best.precision == "year" and d.on.year == best.on.year or \
                best.precision == "month" and (d.on.year, d.on.month) == (best.on.year, best.on.month):
            best = d
    return best


def _final_type(group: _Group, items: tuple[str, ...], article_type: Callable[[], str | None] = lambda: None) -> str | None:
    """One aid type the mentions agree on; equipment means military; else the donor's usual type;
    else equipment named in the pledge's sentences; else the type the article is about."""
    types = {t for m in group.mentions for t in m.types}
    if len(types) == 1:
        return next(iter(types))
    if types:
        return None
    if items:
        return "military"
    default = actor(group.mentions[0].donor).aid_type
    if default or group.mentions[0].status != "announced":
        return default  # a bill or a running total covers every kind of aid the article may discuss
    if group.mentions[0].sentence_has_items:
        return "military"
    return article_type()


def _article_type(text: str, items: list[ItemMention]) -> str | None:
    """The aid type an article is about, when its words name one far more than the others
    (a round-up of contributions to an ammunition initiative is military even where a sentence only gives sums)."""
    counts = {kind: sum(len(r.regex.findall(text)) for r in _rules_of(kind))
              for kind in ("military", "financial", "humanitarian")}
    counts["military"] += len(items)
    best = max(counts, key=counts.__getitem__)
    rest = sum(counts.values()) - counts[best]
    return best if counts[best] >= 3 and counts[best] >= 3 * rest else None


def _to_pledge(group: _Group, doc: Document, article_type: Callable[[], str | None] = lambda: None) -> Pledge:
    """A merged group -> the Pledge record."""
    body = [m for m in group.mentions if not m.in_title] or group.mentions
    lead = body[0]
    decided = [m for m in body if m.explicit] or [m for m in group.mentions if m.explicit] or body
    money = next((m for m in body if m.amount is not None), None) or next(
        (m for m in group.mentions if m.amount is not None), lead)
    items = _final_items(group)
    confidence = 0.35 + 0.2 * any(m.explicit for m in group.mentions) + 0.15 * any(
        m.donor_in_sentence for m in group.mentions) + 0.1 * min(len(group.mentions) - 1, 2)
    confidence += 0.05 if money.amount is not None else 0.0
    status = decided[0].status
    if status == "announced" and any(m.pending for m in group.mentions):
        status = "proposed"
    # A cumulative figure is dated by the article that reports it, not by the years it sums up.
    announced = doc.published if status == "total" else _final_date(group)
    return Pledge(
        donor=lead.donor, recipient=lead.recipient, amount=money.amount, currency=money.currency,
        status=status, aid_type=_final_type(group, items, article_type), items=items, announced=announced,
        evidence=lead.sentence.text, start=lead.sentence.start, end=lead.sentence.end,
        confidence=round(min(confidence, 0.95), 2))


# ---------------------------------------------------------------- the article


def _subject_of(text: str, actors: list[Mention]) -> str | None:
    """The first unmarked donor-capable actor of a sentence: the implicit subject of the next one."""
    for m in actors:
        if m.code != "UKR" and can_donate(m.code) and not _marked(text, m):
            return m.code
    return None


def _names_currency(text: str, mention: Mention) -> bool:
    """'dollars canadiens', 'US dollars': an adjective that names a currency, not an actor."""
    return mention.kind == "adjective" and bool(
        _CURRENCY_BEFORE.search(text[max(0, mention.start - 14) : mention.start])
        or _CURRENCY_AFTER.match(text, mention.end))


def _by_sentence(found: list, sentences: list[Sentence]) -> list[list]:
    """Mentions found in the whole text dealt out to the sentences that hold them whole, in order.

    Done once per article: filtering every list for every sentence grew with the square of its length.
    Sentences are disjoint and in order, so only the last one starting at or before a mention can hold it.
    """
    starts = [s.start for s in sentences]
    out: list[list] = [[] for _ in sentences]
    for m in found:
        i = bisect_right(starts, m.start) - 1
        if i >= 0 and m.end <= sentences[i].end:
            out[i].append(m)
    return out


def _read_sentence(r: _Reader, s: Sentence, amounts: list[Money], actors_in: list[Mention],
                   items_in: list[ItemMention]) -> None:
    """Collect the pledge mentions of one sentence into the reader (`*_in`: the article's mentions it holds)."""
    text = s.text
    r.sentence = s
    local = [Money(m.value, m.currency, m.start - s.start, m.end - s.start, m.text, m.approx, m.bound,
                   m.has_currency_word, m.has_scale) for m in amounts]
    actors = [a for a in (m.shifted(-s.start) for m in actors_in) if not any(m.start <= a.start < m.end for m in local)
              and not _names_currency(text, a)]
    items = [it for it in (m.shifted(-s.start) for m in items_in)
             if not _DEMONSTRATIVE.search(text[max(0, it.start - 30) : it.start])
             and not _EXCLUDED_ITEM.search(text[max(0, it.start - 45) : it.start])]
    cues = find_cues(text, r.context)
    claimed: set[int] = set()
    used: set[int] = set()
    first_new = len(r.mentions)
    if s.paragraph != r.last_paragraph:
        r.last_items_free = False
    previous_free = r.last_items if r.last_items_free else []
    _money_mentions(r, s, local, actors, items, cues, claimed, used)
    _inkind_mentions(r, s, actors, items, cues, claimed, used, previous_free)
    _attach_leftovers(r, s, items, claimed, first_new)
    if not local and len(r.mentions) == first_new:
        _mark_pending(r, s, cues)
    r.last_items = [it for it in items if id(it) not in claimed]
    r.last_items_free = bool(r.last_items) and len(r.mentions) == first_new
    r.last_paragraph = s.paragraph
    r.seen_items += [(s.paragraph, it) for it in items]
    subject = _subject_of(text, actors) or (r.mentions[-1].donor if len(r.mentions) > first_new else None)
    if subject:
        r.last_subject = subject


def _mark_pending(r: _Reader, s: Sentence, cues: list[Cue]) -> None:
    """"Le programme doit encore être adopté par le Storting", "The package still needs Congress's approval": a
    sentence whose subject is the package just announced, and whose verb says it awaits a decision, makes that
    package proposed."""
    if not _PACKAGE_SUBJECT.match(s.text) or not any(c.kind == "proposed" and not _is_negated(s.text, c) for c in cues):
        return
    recent = [m for m in r.mentions if m.amount is not None and not m.component and m.status == "announced"
              and 0 <= s.paragraph - m.sentence.paragraph <= 1]
    for m in recent:
        if m.donor == recent[-1].donor:  # the package and the parts the paragraph gives of it
            m.pending = True


def _article_context(text: str) -> str:
    """The article's `tracker` words (pledge_cues.tsv): a round-up of cumulative aid by donor."""
    return " ".join(m.group(0) for r in _rules_of("tracker") for m in r.regex.finditer(text))


def extract_pledges(doc: Document) -> list[Pledge]:
    """The pledges an article reports, one per distinct pledge.

    >>> from transforms.model import Document
    >>> [(p.donor, p.amount, p.currency, p.status) for p in extract_pledges(Document(
    ...     "a", "Le Pentagone a annoncé une aide militaire de 425 millions de dollars à l’Ukraine.", "fr"))]
    [('USA', 425000000.0, 'USD', 'announced')]
    """
    # Actors and equipment are found in one pass over the whole text, then dealt out to sentences.
    reader = _Reader(doc, find_money(doc.text, doc.language), find_actors(doc.text), find_items(doc.text),
                     context=_article_context(doc.text),
                     story=None if doc.published else story_date(doc.text, doc.language))
    sentences = split_sentences(doc.text)
    dealt = zip(_by_sentence(reader.amounts, sentences), _by_sentence(reader.actors, sentences),
                _by_sentence(reader.items, sentences), strict=True)
    for s, (amounts, actors_in, items_in) in zip(sentences, dealt, strict=True):
        _read_sentence(reader, s, amounts, actors_in, items_in)
    mentions = _fold_components(reader.mentions)
    groups = _merge(mentions)
    article_type = lru_cache(maxsize=1)(lambda: _article_type(doc.text, reader.items))
    return [_to_pledge(g, doc, article_type) for g in groups]

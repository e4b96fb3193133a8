"""Statements of an article: each quoted span the article attributes to a speaker."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from transforms.dates import resolve_date
from transforms.model import Document, PartialDate, Statement
from transforms.quotes import QuoteSpan, find_quotes, split_incises
from transforms.speakers import LEXICON, SCARE_BEFORE, Article, Sentence, Speaker, english_spelling, fold

# How sure each way of finding the speaker is; a pronoun or a carried-on quote can go wrong.
_CONFIDENCE = {"post": 0.9, "pre": 0.8, "post-far": 0.6, "clause": 0.55, "continuation": 0.5}
_HOW_FACTOR = {"person": 1.0, "name": 0.9, "role": 0.85, "inst": 0.9, "pronoun": 0.8, "demonstrative": 0.7,
               "continuation": 0.8}
# Time words that send the reader back to the sentence before for the date ("s'était alors félicité").
_BACK_IN_TIME = re.compile(r"\b(?:alors|à l['’]époque|ce jour-là|then|at the time|that day)\b", re.IGNORECASE)
_FOLD = re.compile(r"[^\w]+")


def extract_statements(doc: Document) -> list[Statement]:
    """Quotes of `doc` with their speakers; quotes nobody is said to utter (titles, scare quotes) are left out.

    >>> from transforms.model import Document
    >>> [(s.speaker, s.quote) for s in extract_statements(Document("a", "« Nous tiendrons », a déclaré Emmanuel Macron.", "fr"))]
    [('Emmanuel Macron', 'Nous tiendrons')]
    """
    text = doc.text
    # A speaker's incise inside the marks (« A, a-t-il dit, B ») names the speaker, so the pieces around it
    # are attributed one by one; the row is still the text between the marks, incise included.
    pieces = [(i, q) for i, span in enumerate(find_quotes(text, single=doc.language == "en"))
              for q in split_incises(text, [span]) if _speechlike(text, q)]
    if not pieces:
        return []
    article = Article(text, [q for _, q in pieces], doc.published, doc.language)
    out: list[tuple[int, Statement]] = []
    said_on: dict[int, PartialDate | None] = {}  # by sentence index: quotes of one sentence share its date
    for span_index, q in pieces:
        speaker, sent, how = article.speaker_for(q)
        if speaker is None or not speaker.name:
            continue
        article.record(sent, speaker.name)
        if sent.index not in said_on:
            said_on[sent.index] = _said(doc, article, sent)
        out.append((span_index, _statement(doc, q, speaker, sent, how, said_on[sent.index])))
    return _deduplicated(_rejoined(text, out))


def _rejoined(text: str, rows: list[tuple[int, Statement]]) -> list[Statement]:
    """Statements of the pieces of one marked span joined back into one row, when one speaker said them all."""
    out: list[Statement] = []
    last_span = -1
    for span_index, row in rows:
        prev = out[-1] if out else None
        if span_index == last_span and prev is not None and prev.speaker == row.speaker:
            out[-1] = replace(prev, quote=" ".join(text[prev.start : row.end].split()), end=row.end,
                              confidence=min(prev.confidence, row.confidence))
        else:
            out.append(row)
        last_span = span_index
    return out


def _speechlike(text: str, q: QuoteSpan) -> bool:
    """False for what quote marks hold but nobody says: a name in title case, a lone symbol, a so-called term."""
    words = q.text(text).split()
    if not words or not any(ch.isalpha() for ch in "".join(words)):
        return False
    if len(words) <= 5 and all(w[:1].isupper() or not w[:1].isalpha() for w in words) and len(words) > 1:
        return False
    before = text[max(0, q.open_at - 40) : q.open_at]
    if (len(words) <= 4 and _OWNED_NAME.search(before) and not _SPOKEN_BEFORE.search(before)
            and not _JUDGED_FOR.search(text, max(0, q.open_at - 90), q.open_at)):
        return False  # 'to press his "victory plan"', 'son « plan de la victoire »': a name, not words said
    if len(words) <= 5 and (_NAMING_NOUN.search(before) or (words[0][:1].isupper() and _NAMING_NOUN_CAPITAL.search(before))):
        # 'l'opération « Toile d'araignée »', 'the "Build Back Better" bill': a name; but a lower-case judgement
        # after a judging verb is said ('called the initiative "a game-changer"', 'qualifié le projet d'« absurde »')
        if words[0][:1].isupper() or not _JUDGING.search(before):
            return False
    if len(words) == 1 and words[0][:1].isupper() and _NAME_DET.search(before):
        return False  # 'le « Sarmat »', 'the "Oreshnik"': a capitalised term named, not said
    if len(words) == 1 and _is_noun_complement(before):
        return False  # 'une tranche d'« armes »', 'a batch of "weapons"': a noun put at a distance, not words said
    if _QUESTION_ABOUT.search(text, max(0, q.open_at - 120), q.open_at):
        return False  # "Interrogé sur un éventuel « plan B », il a répondu": the question's words, not the answer's
    scare = SCARE_BEFORE.search(before)
    return scare is None or _SAYER_BEFORE.search(before, 0, scare.start()) is not None


# One quoted word as the complement of the noun before it: "une tranche d'« armes »", "a shipment of "aid"".
_COMPLEMENT_OF = re.compile(r"(?<![\w’'-])([^\W\d_]+)\s+(?:de\s+|d['’]\s*|des\s+|du\s+|of\s+)$", re.IGNORECASE)
# Endings of verbs and participles, whose complement a quoted word can be as words said ("qualifié de « … »").
_VERB_ENDING = re.compile(r"(?:é|ée|és|ées|er|ant|ait|aient|ir|it|is|ent|ed|ing)$")
# A verb that judges what follows, its object between ("a qualifié la rencontre d'« utile »", "called the
# talks "useful""): the quoted word is the judgement said.
_JUDGING = re.compile(
    r"(?<![\w’'-])(?:qualifi|jug|trait|tax|accus|parl|évoqu|décri|descri|call|brand|label|term|dénonç|dénonc)\w*"
    r"\s+(?:[^\s«»“”\"]+\s+){0,4}$",
    re.IGNORECASE,
)


def _is_noun_complement(before: str) -> bool:
    """True when the text before a one-word quote ends on a noun and its 'de'/'of': the word is not said."""
    m = _COMPLEMENT_OF.search(before)
    if m is None:
        return False
    head = m.group(1).lower()
    return len(head) > 2 and not _VERB_ENDING.search(head) and not _JUDGING.search(before, 0, m.start(1))


# A question put to the speaker, still open at the quote (no clause break since): "Interrogé sur un éventuel",
# "Questionnée à propos du", "Asked about the so-called", "When pressed on whether".
_QUESTION_ABOUT = re.compile(
    r"(?<![\w’'-])(?:interrogée?s?|questionnée?s?|sollicitée?s?|asked|questioned|quizzed|pressed)\s+"
    r"(?:(?:à\s+)?(?:sur|à propos|au sujet|quant)|about|on|over|whether|if|why|how|what)\b[^,;:.!?«»“”\"]*$",
    re.IGNORECASE,
)


# A possessive just before a short quote: the quote names something the owner has (a plan, an operation).
_OWNED_NAME = re.compile(r"(?:^|[\s(])(?:son|sa|ses|leur|leurs|notre|nos|his|her|their|its|our)\s*$", re.IGNORECASE)
# Nouns whose name follows them in quote marks: operations, laws, books, units, media.
_NAMING_NOUN = re.compile(
    r"\b(?:opération|operation|programme|program|initiative|projet|project|loi|law|bill|act|traité|treaty|"
    r"doctrine|formule|formula|exercice|exercise|livre|book|ouvrage|film|documentaire|documentary|slogan|"
    r"hashtag|unité|unit|brigade|bataillon|battalion|régiment|regiment|parti|party|mouvement|movement|"
    r"festival|émission|show|chaîne|channel|journal|newspaper|magazine|quotidien|hebdomadaire|blog|"
    r"compte|account|navire|ship|vessel|code-named|nom de code)\s*$",
    re.IGNORECASE,
)
# Nouns that take a name ("le plan « Horizon »") but also a quoted judgement ("un accord « historique »"):
# a name only when the quote starts with a capital.
_NAMING_NOUN_CAPITAL = re.compile(
    r"\b(?:plan|accords?|deal|pacte|pact|coalition|alliance|sommet|summit|forum|stratégie|strategy|groupe|"
    r"group|réseau|network|fonds|fund|mécanisme|mechanism|mission|format|site|conférence|conference)\s*$",
    re.IGNORECASE,
)
_NAME_DET = re.compile(r"(?:^|[\s(])(?:le|la|les|l['’]|un|une|des|du|the|a|an)\s*$", re.IGNORECASE)
# A speech verb before the possessive keeps the words said ("dénonçant son « cynisme »").
_SPOKEN_BEFORE = re.compile(
    r"\b(?:dénon\w*|fustig\w*|qualifi\w*|salu\w*|critiqu\w*|condamn\w*|denounc\w*|prais\w*|condemn\w*|"
    r"criticiz\w*|criticis\w*|slamm?\w*|hail\w*)\s+(?:son|sa|ses|leur|leurs|notre|nos|his|her|their|its|our)\s*$",
    re.IGNORECASE,
)
# A verb of thanks, praise or blame whose reason is the quote: "a remercié le Canada pour son « leadership »",
# "praised Berlin for its "courage"".
_JUDGED_FOR = re.compile(
    r"\b(?:remerci\w*|félicit\w*|salu\w*|lou\w*|critiqu\w*|reproch\w*|accus\w*|blâm\w*|thank\w*|prais\w*|"
    r"commend\w*|applaud\w*|congratulat\w*|criticiz\w*|criticis\w*|blam\w*|accus\w*)\s+"
    r"(?:[^\s.;:!?«»“”\"]+\s+){0,5}(?:pour|for|de|d['’]|of)\s*"
    r"(?:son|sa|ses|leur|leurs|notre|nos|his|her|their|its|our)\s*$",
    re.IGNORECASE,
)
# Someone who names the thing himself: "what he called", "ce qu'il a appelé", "which Kyiv has dubbed".
_SAYER_BEFORE = re.compile(
    r"(?:\b(?:he|she|they|we|I|il|elle|ils|elles|on|nous)|\b(?!(?:The|A|An|Le|La|Les|Un|Une|Des|This|That|"
    r"Its|His|Her|Their|Ce|Cette|Son|Sa|Ses)\b)[A-Z][\w’'-]+)(?:\s+(?:a|avait|ont|avaient|has|had|have))?\s+$"
)


def _statement(doc: Document, q: QuoteSpan, speaker: Speaker, sent: Sentence, how: str, said: PartialDate | None) -> Statement:
    """The Statement row of an attributed quote said on `said`."""
    text = doc.text
    evidence = " ".join(text[sent.start : sent.end].split())
    confidence = _CONFIDENCE.get(how, 0.5) * _HOW_FACTOR.get(speaker.how, 0.8)
    if not q.closed:
        confidence *= 0.7
    name = speaker.name or ""
    if doc.language == "fr" and name not in LEXICON.people:
        name = english_spelling(name)  # "Alexandre Jiline", whom the gazetteer does not know: Alexander Zhilin
    return Statement(name, q.text(text), said, evidence, q.start, q.end, round(confidence, 2))


def _said(doc: Document, article: Article, sent: Sentence) -> PartialDate | None:
    """When the words were said: a date of the sentence, or of the one before when it says 'alors'."""
    masked = " ".join(article.masked[sent.start : sent.end].split())
    said = resolve_date(masked, doc.published, doc.language)
    if said == doc.published and _BACK_IN_TIME.search(masked) and sent.index > 0:
        prev = article.sentences[sent.index - 1]
        earlier = resolve_date(" ".join(article.masked[prev.start : prev.end].split()), doc.published, doc.language)
        if earlier is not None:
            return earlier
    return said


def _key(text: str) -> list[str]:
    """Accent-free lower-case words, as the scorer compares quotes."""
    return _FOLD.sub(" ", fold(text)).split()


def _overlap(wa: Counter[str], wb: Counter[str]) -> float:
    """Word-level F1 of two quotes' words, each counted."""
    if not wa or not wb:
        return 0.0
    common = sum((wa & wb).values())
    if not common:
        return 0.0
    p, r = common / wa.total(), common / wb.total()
    return 2 * p * r / (p + r)


def _deduplicated(statements: list[Statement]) -> list[Statement]:
    """One row per quote: a title repeating a body quote, or the same words quoted twice, count once."""
    kept: list[tuple[Statement, Counter[str]]] = []
    for s in sorted(statements, key=lambda s: -s.confidence):
        words = Counter(_key(s.quote))
        if any(k.speaker == s.speaker and _overlap(words, kw) >= 0.8 for k, kw in kept):
            continue
        kept.append((s, words))
    return sorted((k for k, _ in kept), key=lambda s: s.start)

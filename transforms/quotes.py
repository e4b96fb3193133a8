"""Quoted spans of an article: the words between quote marks, with offsets into the text.

Handles the marks real articles use (« », “ ”, straight "…", ‘…’ and, in English, straight '…'), and
their noise: a lone » or ” that opens a quote, a German „…“ folded to “…“, reversed »…« (glued or spaced), a quote that runs over
several paragraphs (the opening mark repeated at each paragraph start, no closing mark before: one
span per paragraph), spaced straight marks (" texte "), a
stray opening mark that never closes, and a speaker's incise inside the marks (« A, a-t-il dit, B »),
which makes two quoted spans.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.speakers import speech_forms


@dataclass(frozen=True)
class QuoteSpan:
    """A quoted span: `start`/`end` index the words inside the marks; `open_at`/`close_at` include the marks."""

    start: int
    end: int
    open_at: int
    close_at: int
    closed: bool = True  # False when the paragraph ended before a closing mark

    def text(self, source: str) -> str:
        """The quoted words, whitespace collapsed, without the marks repeated at each paragraph start."""
        return " ".join(_REPEATED_MARK.sub(" ", source[self.start : self.end]).split())


_PARAGRAPH = re.compile(r"[^\n]+")
_MARK = re.compile(r"[«»“”\"‘’']")
_REPEATED_MARK = re.compile(r"\n\s*[«“\"»”]\s*")
_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE_END = ".!?…:;"
# Characters after which a straight quote mark opens rather than closes.
_OPEN_CONTEXT = " \t\n([{—–-/«“‘:"
_PAIRS = {"«": "»", "“": "”", '"': '"', "‘": "’", "'": "'"}


def _is_letter(ch: str) -> bool:
    return bool(ch) and bool(_LETTER.match(ch))


def _can_open_straight(para: str, i: int) -> bool:
    """A straight mark opens when it follows a space or an opening bracket and precedes a word."""
    before = para[i - 1] if i else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    return before in _OPEN_CONTEXT and not after.isspace()


def _can_close_straight(para: str, i: int) -> bool:
    """A straight mark closes when it follows a word or punctuation and precedes a space or punctuation."""
    before = para[i - 1] if i else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    return not before.isspace() and not _is_letter(after) and not after.isdigit()


def _is_apostrophe(para: str, i: int) -> bool:
    """’ or ' between two letters (don’t, l’Ukraine) is an apostrophe, not a mark."""
    return 0 < i < len(para) - 1 and _is_letter(para[i - 1]) and _is_letter(para[i + 1])


def _lone_closer_opens(para: str, i: int) -> bool:
    """A » or ” at a paragraph or sentence start, before a word, with another one later: a broken opener."""
    j = i - 1
    while j >= 0 and para[j] in " \t":
        j -= 1
    if j >= 0 and para[j] not in _SENTENCE_END:
        return False
    k = i + 1
    while k < len(para) and para[k] in " \t":
        k += 1
    if k >= len(para) or not (_is_letter(para[k]) or para[k].isdigit()):
        return False
    return para.find(para[i], k) != -1


def _reversed_opens(para: str, i: int) -> bool:
    """German-style reversed marks, »texte«: a » glued to the word after it, a « glued to the word before it
    later in the paragraph."""
    before = para[i - 1] if i else " "
    if before not in _OPEN_CONTEXT or not _is_letter(para[i + 1 : i + 2]):
        return False
    j = para.find("«", i + 2)
    return j > 0 and not para[j - 1].isspace() and not _is_letter(para[j + 1 : j + 2])


def _spaced_reversed_opens(para: str, i: int) -> bool:
    """Reversed marks with spaces, as a mangled encoding leaves them: "rien. » Texte «, a dit X". A » at a
    paragraph or sentence start, before a word, whose next guillemet is a « that no word follows."""
    j = i - 1
    while j >= 0 and para[j] in " \t":
        j -= 1
    if j >= 0 and para[j] not in _SENTENCE_END:
        return False
    first = para[i + 1 :].lstrip(" \t")[:1]
    if not (_is_letter(first) or first.isdigit()):
        return False
    nxt = _GUILLEMET.search(para, i + 1)
    if nxt is None or nxt.group() != "«":
        return False
    after = para[nxt.end() :].lstrip(" \t")
    return not after or after[0] in ",.;:!?)—–-"


_GUILLEMET = re.compile(r"[«»]")


def _spaced_straight_opens(para: str, i: int) -> bool:
    """A straight mark with a space on each side (' " texte " ') opens when another one follows."""
    before = para[i - 1] if i else " "
    after = para[i + 1] if i + 1 < len(para) else ""
    return before in _OPEN_CONTEXT and after in " \t" and para.find('"', i + 1) != -1


def _opener_at(para: str, i: int, single: bool) -> str | None:
    """The closing mark expected when `para[i]` opens a quote, else None."""
    ch = para[i]
    if ch in "«“":
        return _PAIRS[ch]
    if ch == "»" and (_reversed_opens(para, i) or _spaced_reversed_opens(para, i)):
        return "«"
    if ch in "»”":
        return ch if _lone_closer_opens(para, i) else None
    if ch == '"':
        return '"' if _can_open_straight(para, i) or _spaced_straight_opens(para, i) else None
    if ch == "‘":
        return "’" if "’" in para[i + 1 :] else None
    if ch == "'" and single and _can_open_straight(para, i) and _is_letter(para[i + 1 : i + 2]):
        return "'"
    return None


@dataclass
class _Open:
    """A quote being read: where it opened, what closes it, how deep nested marks of its kind go."""

    open_at: int
    start: int
    closer: str
    opener: str
    depth: int = 1
    inner: list[tuple[int, int, int, int]] | None = None  # nested quotes of the same kind
    inner_open: int = -1


def _step(state: _Open, para: str, i: int, base: int) -> bool:
    """Feed character i to an open quote; True when it closes the quote."""
    ch = para[i]
    closer = state.closer
    if closer in "'’":
        return ch in "'’" and not _is_apostrophe(para, i) and _can_close_straight(para, i)
    if closer == '"':
        after = para[i + 1 : i + 2]
        # a mark before no word closes, spaced (' autres ". ') or not
        return ch == '"' and (_can_close_straight(para, i) or not _can_open_straight(para, i)
                              or not (_is_letter(after) or after.isdigit()))
    if closer == "”" and ch == "“" and not _is_letter(para[i + 1 : i + 2]):
        return True  # „…“ folded to “…“: the second “ closes
    if ch == state.opener or (closer == "»" and ch == "«"):
        state.depth += 1
        if state.depth == 2:
            state.inner_open = i
        return False
    if ch == closer:
        state.depth -= 1
        if state.depth == 1 and state.inner_open >= 0:
            state.inner = (state.inner or []) + [(base + state.inner_open, base + state.inner_open + 1, base + i, base + i + 1)]
            state.inner_open = -1
        return state.depth <= 0
    return False


def _continues(next_para: str, state: _Open) -> int:
    """Offset of the repeated opening mark when the next paragraph carries an open quote on, else -1."""
    stripped = len(next_para) - len(next_para.lstrip())
    if stripped < len(next_para) and next_para[stripped] in (state.opener, state.closer, "«"):
        if state.closer in "'’":
            return -1
        return stripped
    return -1


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """`start`/`end` moved inwards past spaces."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quotes(text: str, single: bool = False) -> list[QuoteSpan]:
    """Quoted spans of `text` in order; `single` also reads straight single quotes (English texts).

    >>> text = "Il a dit « oui, « non » et peut-être »."
    >>> [text[q.start:q.end] for q in find_quotes(text)]
    ['oui, « non » et peut-être']
    """
    paras = [(m.start(), m.group()) for m in _PARAGRAPH.finditer(text)]
    spans: list[QuoteSpan] = []
    state: _Open | None = None
    for p_index, (base, para) in enumerate(paras):
        first = 0
        if state is not None:  # carried over from the previous paragraph
            first = _continues(para, state) + 1
        for mark in _MARK.finditer(para, first):
            i = mark.start()
            if state is None:
                closer = _opener_at(para, i, single)
                if closer:
                    state = _Open(base + i, base + i + 1, closer, para[i] if para[i] in "«“\"‘'" else "«")
                    if para[i] == "”":
                        state.opener = "“"
                    elif closer == "«":
                        state.opener = "»"
            elif _step(state, para, i, base):
                start, end = _trimmed(text, state.start, base + i)
                if end > start:
                    spans.append(QuoteSpan(start, end, state.open_at, base + i + 1))
                state = None
        if state is None:
            continue
        nxt = paras[p_index + 1][1] if p_index + 1 < len(paras) else ""
        if _continues(nxt, state) >= 0 and state.depth == 1:
            # The mark reopened at the next paragraph: each paragraph is a contiguous quoted span, one row.
            start, end = _trimmed(text, state.start, base + len(para))
            if end > start:
                spans.append(QuoteSpan(start, end, state.open_at, base + len(para)))
            state = None
            continue
        if _continues(nxt, state) >= 0:
            continue
        spans.extend(_unclosed(text, state, base + len(para)))
        state = None
    return spans


def _unclosed(text: str, state: _Open, para_end: int) -> list[QuoteSpan]:
    """What an opening mark that never closed gives: its nested quotes, else the rest of the paragraph."""
    if state.inner:
        inner = [(*_trimmed(text, o + 1, c), o, c + 1) for o, _, c, _ in state.inner]
        return [QuoteSpan(*span) for span in inner if span[0] < span[1]]
    if state.closer in "'’":
        return []
    start, end = _trimmed(text, state.start, para_end)
    if end - start < 2:
        return []
    return [QuoteSpan(start, end, state.open_at, para_end, closed=False)]


# An incise inside the marks: « A, a-t-il dit, B », « A, estime le ministre. B ».
_PRONOUN_INVERSION = r"(?:(?:a|avait|aurait)-t-(?:il|elle|on)\s+[\w’'-]+|[\w’'-]+?(?:-t)?-(?:il|elle|on))"


def _incise_pattern() -> re.Pattern[str]:
    """Compile the incise regex from the French speech verbs."""
    forms = sorted(speech_forms("fr"), key=len, reverse=True)
    verbs = "|".join(re.escape(f) for f in forms if " " not in f and "'" not in f)
    named = (
        rf"(?:(?:a|avait|aurait)\s+(?:\w+\s+)?(?:{verbs})|(?:{verbs}))"
        r"\s+(?:(?:le|la|l['’]|les|un|une|M\.|Mme|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*|[A-ZÀ-Ý])"
        r"[^,.;:!?«»“”\"]{0,80}"
    )
    return re.compile(
        rf",\s+(?:{_PRONOUN_INVERSION}(?:\s+[^,.;:!?«»“”\"]{{0,60}})?|{named})(?:,|\.)\s+(?=\S)"
    )


_INCISE = _incise_pattern()


def split_incises(text: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """Each span with a speaker's incise inside split in two around it: each contiguous quoted span is one row.

    >>> s = "« Nous tiendrons, a-t-il assuré, jusqu'au bout »"
    >>> [s[q.start:q.end] for q in split_incises(s, find_quotes(s))]
    ['Nous tiendrons', "jusqu'au bout"]
    """
    out: list[QuoteSpan] = []
    for span in spans:
        pieces = [span]
        while True:
            last = pieces[-1]
            m = _INCISE.search(text, last.start, last.end)
            if not m or len(text[last.start : m.start()].split()) < 2 or len(text[m.end() : last.end].split()) < 2:
                break
            head = QuoteSpan(last.start, m.start(), last.open_at, m.start(), True)
            tail = QuoteSpan(m.end(), last.end, m.end(), last.close_at, last.closed)
            pieces[-1:] = [head, tail]
        out.extend(pieces)
    return out

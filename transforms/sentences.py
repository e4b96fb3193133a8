"""Split normalised text into sentences, keeping offsets."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph (blank-line or newline separated) holding it


# Abbreviations whose full stop does not end a sentence (lower-cased, without the dot).
_ABBREVIATIONS = {
    "m", "mm", "mme", "mmes", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt",
    "gov", "sen", "rep", "prof", "etc", "env", "p", "no", "n", "vol", "jan", "feb", "fév", "mar", "apr",
    "avr", "jun", "jul", "juil", "aug", "sep", "sept", "oct", "nov", "dec", "déc", "u.s", "u.k", "e.g",
    "i.e", "vs", "inc", "ltd", "co", "corp", "dept",
}

# A sentence ends at . ! ? (optionally followed by closing quotes) then whitespace and an upper-case
# letter, a digit or an opening quote. Quotes are kept whole: a full stop inside « … » does not split.
_BOUNDARY = re.compile(r"[.!?…]+[»”\"’)]*\s+(?=[«“\"‘(]?\s?[A-ZÀ-ÖØ-Þ0-9«“\"])")
_OPENERS = "«“"
_CLOSERS = "»”"
_QUOTE_MARKS = re.compile(f"[{_OPENERS}{_CLOSERS}]")


_LAST_WORD = re.compile(r"([\w.]+)\.+$")
_PARAGRAPH = re.compile(r"[^\n]+")


def _last_word(text: str) -> str:
    """The word before the final full stop of a piece of one paragraph (no newline), lower-cased; "" if none."""
    text = text.rstrip("»”\"’) \t")
    if not text or text[-1].isspace():
        return ""
    # A match holds no whitespace: the last token gives the same one as the whole piece, which grows with
    # the paragraph (searching all of it at every candidate full stop made splitting quadratic).
    m = _LAST_WORD.search(text.rsplit(None, 1)[-1])
    return m.group(1).lower() if m else ""


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text`, paragraph by paragraph; offsets index `text`.

    >>> [s.text for s in split_sentences("Il a dit oui. Elle a dit non.\\nFin.")]
    ['Il a dit oui.', 'Elle a dit non.', 'Fin.']
    """
    return list(_split(text))  # a list of its own: the caller may change it, the cached tuple stays


# Pledges and statements each split the article they are given: the second split is the first one again.
@lru_cache(maxsize=1)
def _split(text: str) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    for p_index, para in enumerate(_PARAGRAPH.finditer(text)):
        p_start, chunk = para.start(), para.group()
        cursor = 0
        depth = 0
        scan = 0
        for m in _BOUNDARY.finditer(chunk):
            # Track « » nesting between the last boundary and this one.
            for q in _QUOTE_MARKS.finditer(chunk, scan, m.start()):  # only the marks, not every character
                if q.group() in _OPENERS:
                    depth += 1
                elif depth:
                    depth -= 1
            scan = m.start()
            if depth or _last_word(chunk[cursor : m.start() + 1]) in _ABBREVIATIONS:
                continue
            end = m.end()
            piece = chunk[cursor:end].rstrip()
            if piece.strip():
                lead = len(chunk[cursor:end]) - len(chunk[cursor:end].lstrip())
                out.append(Sentence(p_start + cursor + lead, p_start + cursor + len(piece), piece.strip(), p_index))
            cursor = end
        piece = chunk[cursor:]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append(Sentence(p_start + cursor + lead, p_start + cursor + len(piece.rstrip()), piece.strip(), p_index))
    return tuple(out)

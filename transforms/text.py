"""Raw article bytes -> a decoded, normalised article with a map back to the raw offsets."""
from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from transforms.model import Document, PartialDate

# cp1252 leaves these five bytes undefined; latin-1 maps them (and 0x80-0x9f) to C1 controls.
_C1 = re.compile(r"[\x80-\x9f]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


class Rejected(ValueError):
    """The file cannot be an article; `str(exc)` is the reason kept in quarantine."""


def decode(raw: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding name); raises Rejected when the bytes are no text.

    >>> decode("été".encode("cp1252"))
    ('été', 'cp1252')
    """
    if not raw:
        raise Rejected("empty file (0 bytes)")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise Rejected(f"undecodable: UTF-16 byte-order mark but invalid UTF-16 ({exc.reason})") from None
    if b"\x00" in raw:
        nul_count = raw.count(0)
        raise Rejected(f"binary content: {nul_count} NUL bytes, not a text file")
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise Rejected(f"undecodable: UTF-8 byte-order mark but invalid UTF-8 at byte {exc.start + 3}") from None
    try:
        text, encoding = raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = raw.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, encoding = raw.decode("latin-1"), "latin-1"
    controls = len(_CONTROL.findall(text)) + len(_C1.findall(text))
    if controls > max(4, len(text) // 100):
        raise Rejected(f"undecodable: {controls} control characters after decoding as {encoding}; binary or unknown encoding")
    return text, encoding


_HEADER = re.compile(r"\A\ufeff?[ \t]*date[ \t]+(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?=[ \t]|$)[ \t]*")


def parse_header(text: str) -> tuple[PartialDate | None, int]:
    """The ` date YYYY[-MM[-DD]] ` header -> (publication date, offset where the title starts).

    No header, or a date that does not exist -> (None, 0): the file is body only.

    >>> parse_header(" date 2024-10 Titre\\nCorps")
    (PartialDate(on=datetime.date(2024, 10, 1), precision='month'), 14)
    """
    m = _HEADER.match(text)
    if not m:
        return None, 0
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        if day:
            return PartialDate(dt.date(int(year), int(month), int(day)), "day"), m.end()
        if month:
            return PartialDate(dt.date(int(year), int(month), 1), "month"), m.end()
        return PartialDate(dt.date(int(year), 1, 1), "year"), m.end()
    except ValueError:
        return None, m.end()


@dataclass(frozen=True)
class OffsetMap:
    """Maps offsets in normalised text back to the raw text.

    Stored as anchors: from `norm[i]` on, raw offset = norm offset + `delta[i]`, until the next anchor.
    """

    norm: tuple[int, ...]
    delta: tuple[int, ...]

    def to_raw(self, offset: int) -> int:
        i = bisect.bisect_right(self.norm, offset) - 1
        return offset + (self.delta[i] if i >= 0 else 0)


_SPACES = "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000\t\f\v"
_DROP = "\ufeff\u200b\u200c\u200d\u2060\u00ad"
# Apostrophe variants between letters become the typographic one; other quote variants fold to the
# marks the quote finder knows.
_QUOTE_FOLD = {"„": "“", "‟": "“", "〝": "“", "〞": "”", "‹": "«", "›": "»", "`": "’", "´": "’", "ʼ": "’", "′": "’"}
_NORMALISE = re.compile(
    r"(?P<newline>[ " + _SPACES + r"]*(?:\r\n|\r|\n)(?:[ " + _SPACES + r"\r\n]*(?:\r\n|\r|\n))?[ " + _SPACES + r"]*)"
    r"|(?P<space>[ " + _SPACES + r"]{2,}|[" + _SPACES + r"])"
    r"|(?P<drop>[" + _DROP + r"])"
    r"|(?P<combining>.[\u0300-\u036f]+)"
    r"|(?P<apostrophe>(?<=\w)'(?=\w))"
    r"|(?P<twoquotes>''|``)"
    r"|(?P<fold>[" + "".join(_QUOTE_FOLD) + r"])"
    r"|(?P<glued>(?<=[a-zà-ÿ»”\"%)])[.!?](?=[«“\"]?\s?[A-ZÀ-ÖØ-Þ]))"
)


def normalise(text: str) -> tuple[str, OffsetMap]:
    """NFC, one space between words, one newline between paragraphs, folded quote marks, a space
    restored after a full stop glued to the next sentence; with the map back to `text` offsets.

    >>> normalise("Il  a dit.Le\\r\\n\\r\\nfin")[0]
    'Il a dit. Le\\nfin'
    """
    out: list[str] = []
    anchors_norm: list[int] = [0]
    anchors_delta: list[int] = [0]
    length = 0
    pos = 0

    def emit(piece: str, raw_at: int) -> None:
        nonlocal length
        if raw_at - length != anchors_delta[-1]:
            if anchors_norm[-1] == length:
                anchors_delta[-1] = raw_at - length
            else:
                anchors_norm.append(length)
                anchors_delta.append(raw_at - length)
        out.append(piece)
        length += len(piece)

    for m in _NORMALISE.finditer(text):
        if m.start() > pos:
            emit(text[pos : m.start()], pos)
        kind, value = m.lastgroup, m.group()
        if kind == "newline":
            if length and out[-1][-1:] != "\n":
                emit("\n", m.start())
        elif kind == "space":
            if length and out[-1][-1:] not in (" ", "\n"):
                emit(" ", m.start())
        elif kind == "combining":
            emit(unicodedata.normalize("NFC", value), m.start())
        elif kind == "apostrophe":
            emit("’", m.start())
        elif kind == "twoquotes":
            emit('"', m.start())
        elif kind == "fold":
            emit(_QUOTE_FOLD[value], m.start())
        elif kind == "glued":
            emit(value + " ", m.start())
        pos = m.end()
    if pos < len(text):
        emit(text[pos:], pos)
    result = "".join(out).rstrip()
    return result, OffsetMap(tuple(anchors_norm), tuple(anchors_delta))


_FR = set("le la les des du de un une et est que qui dans pour pas sur au aux avec il elle ont a été sont ce cette".split())
_EN = set("the of and to in is that for on with as was were by it he she have has be are this from at an".split())


def detect_language(text: str) -> str:
    """'fr' or 'en' by function words; French wins a tie (most of what arrives is French).

    >>> detect_language("The president said that the aid was sent.")
    'en'
    """
    words = re.findall(r"[a-zà-ÿ]+", text[:4000].lower())
    fr = sum(w in _FR for w in words)
    en = sum(w in _EN for w in words)
    return "en" if en > fr else "fr"


@dataclass(frozen=True)
class PreparedArticle:
    article_id: str
    source_path: str  # path relative to the input folder, with / separators
    source_file: str  # base name
    content_sha256: str
    size_bytes: int
    encoding: str
    published: PartialDate | None
    title: str | None
    language: str
    text: str  # normalised: title line (if any), newline, body
    title_end: int
    raw_text: str  # decoded, as in the file
    offsets: OffsetMap  # Document.text offset -> raw_text offset

    def document(self) -> Document:
        """What the extractors read of this article."""
        return Document(self.article_id, self.text, self.language, self.published, self.title_end)


def article_id_for(source_path: str) -> str:
    """Stable identity of a source file: a hash of its path under the input folder.

    >>> article_id_for("000_9a81c3a1897297b3.txt")
    'af44ae276cded770'
    """
    return hashlib.sha256(source_path.encode("utf-8")).hexdigest()[:16]


def prepare_article(raw: bytes, source_path: str) -> PreparedArticle:
    """Decode, parse the header, normalise and detect the language; raises Rejected for non-articles."""
    text, encoding = decode(raw)
    published, title_start = parse_header(text)
    body_raw = text[title_start:]
    norm, offsets = normalise(body_raw)
    if not re.search(r"\w{2,}", norm):
        raise Rejected("no text: the file holds only whitespace or punctuation")
    offsets = OffsetMap(offsets.norm, tuple(d + title_start for d in offsets.delta))
    title, title_end = None, 0
    if title_start:
        first_line_end = norm.find("\n")
        title_end = len(norm) if first_line_end < 0 else first_line_end
        title = norm[:title_end].strip() or None
    return PreparedArticle(
        article_id=article_id_for(source_path),
        source_path=source_path,
        source_file=source_path.rsplit("/", 1)[-1],
        content_sha256=hashlib.sha256(raw).hexdigest(),
        size_bytes=len(raw),
        encoding=encoding,
        published=published,
        title=title,
        language=detect_language(norm),
        text=norm,
        title_end=title_end,
        raw_text=text,
        offsets=offsets,
    )

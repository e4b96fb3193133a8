"""Article preparation: decoding, header, normalisation with its offset map, language."""
from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.model import PartialDate
from transforms.text import Rejected, decode, detect_language, normalise, parse_header, prepare_article


@pytest.mark.parametrize(("raw", "text", "encoding"), [
    ("Kiev reçoit l’aide".encode(), "Kiev reçoit l’aide", "utf-8"),
    (b"\xef\xbb\xbf" + "été".encode(), "été", "utf-8-sig"),
    ("« élevé » à 5 €".encode("cp1252"), "« élevé » à 5 €", "cp1252"),
    ("déjà".encode("utf-16"), "déjà", "utf-16"),
    (b"caf\xe9 \x81", "café \x81", "latin-1"),  # 0x81 is undefined in cp1252
])
def test_decode(raw: bytes, text: str, encoding: str) -> None:
    assert decode(raw) == (text, encoding)


@pytest.mark.parametrize(("raw", "reason"), [
    (b"", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content"),
    (bytes(range(1, 32)) * 20, "undecodable"),
])
def test_decode_rejects(raw: bytes, reason: str) -> None:
    with pytest.raises(Rejected, match=reason):
        decode(raw)


@pytest.mark.parametrize(("text", "published", "title_start"), [
    (" date 2024-10 Titre\nCorps", PartialDate(dt.date(2024, 10, 1), "month"), 14),
    ("date 2022-12-21 Titre", PartialDate(dt.date(2022, 12, 21), "day"), 16),
    (" date 2023 Title", PartialDate(dt.date(2023, 1, 1), "year"), 11),
    ("Le président a daté sa lettre.", None, 0),
    (" date 2024-13 Titre", None, 14),  # no such month: header dropped, date unknown
    ("dated 2024-10 x", None, 0),
])
def test_parse_header(text: str, published: PartialDate | None, title_start: int) -> None:
    assert parse_header(text) == (published, title_start)


@pytest.mark.parametrize(("raw", "expected"), [
    ("a  b\t c", "a b c"),
    ("un.\r\n\r\n\r\ndeux", "un.\ndeux"),
    ("pas.Le 24 avril", "pas. Le 24 avril"),
    ("russes.« Ils", "russes. « Ils"),
    ("fatigue.\"Our", "fatigue. \"Our"),
    ("U.S. aid", "U.S. aid"),
    ("l'Ukraine", "l’Ukraine"),
    ("„Zitat“", "“Zitat“"),
    ("«\u00a0oui\u202f»", "« oui »"),
    ("e\u0301te\u0301", "été"),
    ("\ufeffdébut", "début"),
])
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw)[0] == expected


@given(st.text(alphabet=st.sampled_from(list("ab é.L«»\"'\n\r\t\u00a0\u0301\ufeff,'")), max_size=200))
def test_offset_map_points_at_the_same_characters(raw: str) -> None:
    text, offsets = normalise(raw)
    for i, ch in enumerate(text):
        if ch.isalpha():  # a composed letter maps to its base letter in the raw text
            base = unicodedata.normalize("NFD", ch)[0]
            assert unicodedata.normalize("NFD", raw[offsets.to_raw(i)])[0] == base


@pytest.mark.parametrize(("text", "language"), [
    ("Le président américain a annoncé une aide de 500 millions de dollars à l’Ukraine.", "fr"),
    ("The president announced $500 million in aid for Ukraine on Monday.", "en"),
    ("", "fr"),
])
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_prepare_article_keeps_title_and_maps_offsets() -> None:
    raw = " date 2024-10 Biden promet\r\n\r\nLe  président a dit.Ensuite".encode("cp1252")
    a = prepare_article(raw, "sub/001_x.txt")
    assert (a.title, a.source_file, a.encoding, a.published.iso()) == ("Biden promet", "001_x.txt", "cp1252", "2024-10")
    assert a.text == "Biden promet\nLe président a dit. Ensuite"
    start = a.text.index("Ensuite")
    assert a.raw_text[a.offsets.to_raw(start):].startswith("Ensuite")


def test_prepare_article_rejects_whitespace_only() -> None:
    with pytest.raises(Rejected, match="no text"):
        prepare_article(b" \r\n\t \n", "x.txt")


@given(st.binary(max_size=300))
def test_prepare_article_returns_or_rejects(raw: bytes) -> None:
    try:
        a = prepare_article(raw, "x.txt")
    except Rejected as exc:
        assert str(exc)
    else:
        assert a.language in {"fr", "en"} and a.text

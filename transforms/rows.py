"""Records <-> lake rows: prepared articles and extractions as dicts with the lake's columns."""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter

from transforms.model import Document, Extraction, PartialDate
from transforms.text import OffsetMap, PreparedArticle


def content_key(*parts: object) -> str:
    """A 16-hex key derived from content, so a re-run writes the same keys.

    >>> content_key("a", 1, None)
    '7f094b042c5521ac'
    """
    return hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode()).hexdigest()[:16]


def article_row(article: PreparedArticle, mtime_ns: int) -> dict:
    return {
        "article_id": article.article_id,
        "source_file": article.source_file,
        "source_path": article.source_path,
        "title": article.title,
        "published_on": article.published.on if article.published else None,
        "published_precision": article.published.precision if article.published else None,
        "language": article.language,
        "encoding": article.encoding,
        "content_sha256": article.content_sha256,
        "size_bytes": article.size_bytes,
        "mtime_ns": mtime_ns,
        "text": article.text,
        "offset_map_norm": list(article.offsets.norm),
        "offset_map_delta": list(article.offsets.delta),
    }


def document_from_row(row: dict) -> tuple[Document, OffsetMap]:
    """The extractor's view of a lake article row, and its map back to raw offsets."""
    text = row["text"]
    published = (PartialDate(_as_date(row["published_on"]), row["published_precision"])
                 if row.get("published_on") else None)
    title_end = 0
    if row.get("title"):
        newline = text.find("\n")
        title_end = len(text) if newline < 0 else newline
    doc = Document(row["article_id"], text, row["language"], published, title_end)
    return doc, OffsetMap(tuple(row["offset_map_norm"]), tuple(row["offset_map_delta"]))


def _as_date(value: dt.date | str) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def extraction_rows(doc: Document, offsets: OffsetMap, extraction: Extraction,
                    extractor_version: str) -> tuple[list[dict], list[dict]]:
    """Pledge and statement rows of one article, keyed by content.

    Two pledges alike in every field and sentence ("quatre chars Leopard 2, qui s'ajoutent aux quatre
    promis en janvier") are two rows: a repeat gets its rank in the key, so the same extraction always
    gives the same keys and nothing the extractor found is lost.
    """
    pledges: dict[str, dict] = {}
    seen: Counter[tuple] = Counter()
    for p in extraction.pledges:
        fields = (doc.article_id, p.donor, p.recipient, p.amount, p.currency, p.status, "|".join(p.items), p.start)
        key = content_key(*fields, *((seen[fields],) if seen[fields] else ()))
        seen[fields] += 1
        pledges.setdefault(key, {
            "pledge_id": key, "article_id": doc.article_id, "donor": p.donor, "recipient": p.recipient,
            "amount": p.amount, "currency": p.currency, "status": p.status, "aid_type": p.aid_type,
            "items": list(p.items),
            "announced_on": p.announced.on if p.announced else None,
            "announced_precision": p.announced.precision if p.announced else None,
            "evidence": p.evidence, "evidence_start": p.start, "evidence_end": p.end,
            "raw_start": offsets.to_raw(p.start), "raw_end": offsets.to_raw(p.end),
            "confidence": p.confidence, "extractor_version": extractor_version,
        })
    statements: dict[str, dict] = {}
    for s in extraction.statements:
        key = content_key(doc.article_id, s.start, s.end)
        statements.setdefault(key, {
            "statement_id": key, "article_id": doc.article_id, "speaker": s.speaker, "quote": s.quote,
            "said_on": s.said.on if s.said else None, "said_precision": s.said.precision if s.said else None,
            "evidence": s.evidence, "quote_start": s.start, "quote_end": s.end,
            "raw_start": offsets.to_raw(s.start), "raw_end": offsets.to_raw(s.end),
            "confidence": s.confidence, "extractor_version": extractor_version,
        })
    return list(pledges.values()), list(statements.values())

"""The records that flow between the transforms: an article's text in, pledges and statements out."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Precision = Literal["day", "month", "year"]
PRECISIONS: tuple[str, ...] = ("day", "month", "year")

PLEDGE_STATUSES: tuple[str, ...] = ("announced", "proposed", "considered", "total")
AID_TYPES: tuple[str, ...] = ("military", "financial", "humanitarian")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to a given precision; a month-precision date is stored as the 1st of that month.

    >>> PartialDate(dt.date(2024, 10, 1), "month").iso()
    '2024-10'
    """

    on: dt.date
    precision: Precision

    def iso(self) -> str:
        return {"day": self.on.isoformat(), "month": self.on.isoformat()[:7], "year": str(self.on.year)}[
            self.precision
        ]


@dataclass(frozen=True)
class Document:
    """What the extractors read: an article's normalised text and what its header says.

    `text` is the title line (when the file has a header) followed by the body, after
    normalisation; every offset an extractor returns points into it.
    """

    article_id: str
    text: str
    language: str  # "fr" | "en"
    published: PartialDate | None = None
    title_end: int = 0  # offset just after the title in `text`; 0 when there is no title


@dataclass(frozen=True)
class Pledge:
    donor: str  # ISO 3166-1 alpha-3 or organisation code (EU, NATO, G7, IMF, WB, EIB, UN)
    recipient: str | None
    amount: float | None  # currency units
    currency: str | None  # ISO 4217
    status: str  # one of PLEDGE_STATUSES
    aid_type: str | None  # one of AID_TYPES
    items: tuple[str, ...]
    announced: PartialDate | None
    evidence: str  # the sentence that states the pledge
    start: int  # offsets of `evidence` in Document.text
    end: int
    confidence: float = 0.5


@dataclass(frozen=True)
class Statement:
    speaker: str | None
    quote: str  # between the marks, without them, whitespace collapsed
    said: PartialDate | None
    evidence: str  # the sentence(s) holding the quote
    start: int  # offsets of the quoted text in Document.text
    end: int
    confidence: float = 0.5


@dataclass(frozen=True)
class Extraction:
    pledges: list[Pledge] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)

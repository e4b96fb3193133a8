"""Dates mentioned in a sentence, resolved against the article's publication date.

PLACEHOLDER (being replaced in this session): returns the base date.
"""
from __future__ import annotations

from transforms.model import PartialDate


def resolve_date(text: str, base: PartialDate | None, language: str) -> PartialDate | None:
    """The date `text` speaks of, no more precise than the text allows; `base` when it names none."""
    return base

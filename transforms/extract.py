"""One article in, its pledges and statements out."""
from __future__ import annotations

from transforms.model import Document, Extraction
from transforms.pledges import extract_pledges
from transforms.statements import extract_statements

# Bump when extraction output can change: stored articles are then re-extracted from the
# warehouse's normalised text on the next run, without re-reading the raw files.
EXTRACTOR_VERSION = "0.1.0"


def extract(doc: Document) -> Extraction:
    return Extraction(pledges=extract_pledges(doc), statements=extract_statements(doc))

"""Lake rows from extractions: stable content keys, and nothing the extractor found is lost."""
from __future__ import annotations

from transforms.model import Document, Extraction, Pledge, Statement
from transforms.rows import extraction_rows
from transforms.text import OffsetMap

DOC = Document("a1", "Le Canada enverra quatre chars Leopard 2, qui s’ajoutent aux quatre promis en janvier.", "fr")
TANKS = Pledge("CAN", "UKR", None, None, "announced", "military", ("Leopard 2",), None, DOC.text, 0, len(DOC.text))
QUOTE = Statement("Justin Trudeau", "quatre chars", None, DOC.text, 18, 30)
NO_SHIFT = OffsetMap((0,), (3,))


def test_two_alike_pledges_in_one_sentence_are_two_rows() -> None:
    pledges, _ = extraction_rows(DOC, NO_SHIFT, Extraction([TANKS, TANKS], []), "v1")
    assert len(pledges) == 2
    assert len({p["pledge_id"] for p in pledges}) == 2


def test_keys_are_stable_and_offsets_map_to_the_raw_text() -> None:
    first = extraction_rows(DOC, NO_SHIFT, Extraction([TANKS, TANKS], [QUOTE]), "v1")
    again = extraction_rows(DOC, NO_SHIFT, Extraction([TANKS, TANKS], [QUOTE]), "v2")
    assert [p["pledge_id"] for p in first[0]] == [p["pledge_id"] for p in again[0]]
    assert first[1][0]["statement_id"] == again[1][0]["statement_id"]
    (statement,) = first[1]
    assert (statement["quote_start"], statement["raw_start"], statement["raw_end"]) == (18, 21, 33)
    assert again[0][0]["extractor_version"] == "v2"

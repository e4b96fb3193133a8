"""Explicit pyarrow schemas of the lake's Parquet files (column meanings: warehouse/sql/*.sql)."""
from __future__ import annotations

import pyarrow as pa

ARTICLES = pa.schema([
    ("article_id", pa.string()),
    ("source_file", pa.string()),
    ("source_path", pa.string()),
    ("title", pa.string()),
    ("published_on", pa.date32()),
    ("published_precision", pa.string()),
    ("language", pa.string()),
    ("encoding", pa.string()),
    ("content_sha256", pa.string()),
    ("size_bytes", pa.int64()),
    ("mtime_ns", pa.int64()),
    ("text", pa.string()),
    ("offset_map_norm", pa.list_(pa.int32())),
    ("offset_map_delta", pa.list_(pa.int32())),
])

PLEDGES = pa.schema([
    ("pledge_id", pa.string()),
    ("article_id", pa.string()),
    ("donor", pa.string()),
    ("recipient", pa.string()),
    ("amount", pa.float64()),
    ("currency", pa.string()),
    ("status", pa.string()),
    ("aid_type", pa.string()),
    ("items", pa.list_(pa.string())),
    ("announced_on", pa.date32()),
    ("announced_precision", pa.string()),
    ("evidence", pa.string()),
    ("evidence_start", pa.int32()),
    ("evidence_end", pa.int32()),
    ("raw_start", pa.int32()),
    ("raw_end", pa.int32()),
    ("confidence", pa.float64()),
    ("extractor_version", pa.string()),
])

STATEMENTS = pa.schema([
    ("statement_id", pa.string()),
    ("article_id", pa.string()),
    ("speaker", pa.string()),
    ("quote", pa.string()),
    ("said_on", pa.date32()),
    ("said_precision", pa.string()),
    ("evidence", pa.string()),
    ("quote_start", pa.int32()),
    ("quote_end", pa.int32()),
    ("raw_start", pa.int32()),
    ("raw_end", pa.int32()),
    ("confidence", pa.float64()),
    ("extractor_version", pa.string()),
])

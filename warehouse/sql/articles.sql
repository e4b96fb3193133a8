-- One row per source file currently in the warehouse: its latest readable version.
create table if not exists articles (
    article_id varchar primary key,
    source_file varchar not null,
    source_path varchar not null,
    title varchar,
    published_on date,
    published_precision varchar check (published_precision in ('day', 'month', 'year')),
    language varchar not null check (language in ('fr', 'en')),
    encoding varchar not null,
    content_sha256 varchar not null,
    size_bytes bigint not null,
    mtime_ns bigint not null,
    text varchar not null,
    offset_map_norm integer[] not null,
    offset_map_delta integer[] not null,
    extractor_version varchar not null,
    extraction_error varchar,
    run_id varchar not null,
    loaded_at timestamp not null
);
comment on table articles is 'One row per source article file (its latest readable version), normalised. Offsets in pledges and statements point into articles.text.';
comment on column articles.article_id is 'Stable id of the source file: first 16 hex of sha256 of its path under the input folder.';
comment on column articles.source_file is 'Base name of the raw file, e.g. 000_9a81c3a1897297b3.txt.';
comment on column articles.source_path is 'Path of the raw file relative to the input folder, / separated.';
comment on column articles.title is 'Title from the header line; null when the file has no header.';
comment on column articles.published_on is 'Publication date from the header; a month- or year-precision date is the first day of that period. Null when the file has no header.';
comment on column articles.published_precision is 'Precision of published_on: day, month or year; null when published_on is null.';
comment on column articles.language is 'Detected language: fr or en.';
comment on column articles.encoding is 'Encoding the raw bytes were decoded with: utf-8, utf-8-sig (BOM), utf-16, cp1252 or latin-1.';
comment on column articles.content_sha256 is 'sha256 of the raw file bytes (hex): identifies this version of the file.';
comment on column articles.size_bytes is 'Size of the raw file in bytes when loaded.';
comment on column articles.mtime_ns is 'Modification time of the raw file when loaded, in nanoseconds since the Unix epoch (UTC).';
comment on column articles.text is 'Normalised text (Unicode NFC, single spaces, one newline between paragraphs, folded quote marks): title line then body.';
comment on column articles.offset_map_norm is 'Offset map to the raw file: anchor offsets in text, ascending.';
comment on column articles.offset_map_delta is 'Offset map to the raw file: from offset_map_norm[i] on, raw offset = text offset + offset_map_delta[i] (characters of the decoded raw file).';
comment on column articles.extractor_version is 'Version of transforms.extract that produced this article''s pledges and statements.';
comment on column articles.extraction_error is 'Why extraction failed on this article (exception type and message), null when it succeeded. The article is loaded without pledges or statements and is retried when extractor_version changes.';
comment on column articles.run_id is 'Run that loaded this version of the article (runs.run_id).';
comment on column articles.loaded_at is 'When this version was loaded, UTC.';

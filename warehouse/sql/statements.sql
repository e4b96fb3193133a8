create table if not exists statements (
    statement_id varchar primary key,
    article_id varchar not null,
    speaker varchar,
    quote varchar not null,
    said_on date,
    said_precision varchar check (said_precision in ('day', 'month', 'year')),
    evidence varchar not null,
    quote_start integer not null,
    quote_end integer not null,
    raw_start integer not null,
    raw_end integer not null,
    confidence double not null,
    extractor_version varchar not null
);
comment on table statements is 'One row per quoted span attributed to a speaker (spec/ANNOTATION.md): who said what, and when.';
comment on column statements.statement_id is 'Content-derived key: sha256 of article_id and the quote offsets (16 hex).';
comment on column statements.article_id is 'Article the quotation comes from (articles.article_id).';
comment on column statements.speaker is 'Full name in its usual English spelling (Volodymyr Zelensky), or an institution''s English name (White House, Kremlin); null when no speaker could be found.';
comment on column statements.quote is 'The words between the quote marks, marks removed, whitespace collapsed.';
comment on column statements.said_on is 'When the words were said; a month- or year-precision date is the first day of that period. Null when unknown.';
comment on column statements.said_precision is 'Precision of said_on: day, month or year.';
comment on column statements.evidence is 'The sentence(s) of the article holding the quotation and its attribution.';
comment on column statements.quote_start is 'Start of the quoted words in articles.text (character offset, 0-based).';
comment on column statements.quote_end is 'End of the quoted words in articles.text (exclusive).';
comment on column statements.raw_start is 'Start of the quoted words in the decoded raw file (character offset).';
comment on column statements.raw_end is 'End of the quoted words in the decoded raw file (exclusive).';
comment on column statements.confidence is 'Extractor confidence in the row (quote and speaker), 0 to 1.';
comment on column statements.extractor_version is 'Version of transforms.extract that produced the row.';

create table if not exists pledges (
    pledge_id varchar primary key,
    article_id varchar not null,
    donor varchar not null,
    recipient varchar,
    amount double,
    currency varchar,
    status varchar not null check (status in ('announced', 'proposed', 'considered', 'total')),
    aid_type varchar check (aid_type in ('military', 'financial', 'humanitarian')),
    items varchar[] not null,
    announced_on date,
    announced_precision varchar check (announced_precision in ('day', 'month', 'year')),
    evidence varchar not null,
    evidence_start integer not null,
    evidence_end integer not null,
    raw_start integer not null,
    raw_end integer not null,
    confidence double not null,
    extractor_version varchar not null
);
comment on table pledges is 'One row per distinct pledge per article: a donor''s commitment of aid as the article reports it (spec/ANNOTATION.md).';
comment on column pledges.pledge_id is 'Content-derived key: sha256 of article_id, donor, amount, currency and items (16 hex).';
comment on column pledges.article_id is 'Article the pledge comes from (articles.article_id).';
comment on column pledges.donor is 'ISO 3166-1 alpha-3 code of the donor state, or EU, NATO, G7, IMF, WB (World Bank), EIB, UN.';
comment on column pledges.recipient is 'Recipient code, same code list; UKR when Ukraine is among the recipients.';
comment on column pledges.amount is 'Value in units of currency (not thousands or millions); null for an in-kind pledge with no stated value. A parenthetical conversion keeps the first-stated amount.';
comment on column pledges.currency is 'ISO 4217 code of amount; null when amount is null.';
comment on column pledges.status is 'announced: unveiled, committed, approved, promised, sent or delivered. proposed: requested or pending a further decision. considered: the donor is considering it. total: a cumulative figure of earlier aid, NOT new money.';
comment on column pledges.aid_type is 'military, financial or humanitarian; null when the article does not say.';
comment on column pledges.items is 'Canonical equipment names (spec/ANNOTATION.md), a named system rather than its generic class; empty when none is named.';
comment on column pledges.announced_on is 'When the pledge was made; a month- or year-precision date is the first day of that period. Null when unknown.';
comment on column pledges.announced_precision is 'Precision of announced_on: day, month or year.';
comment on column pledges.evidence is 'The sentence of the article that states the pledge.';
comment on column pledges.evidence_start is 'Start of evidence in articles.text (character offset, 0-based).';
comment on column pledges.evidence_end is 'End of evidence in articles.text (exclusive).';
comment on column pledges.raw_start is 'Start of evidence in the decoded raw file (character offset, 0-based).';
comment on column pledges.raw_end is 'End of evidence in the decoded raw file (exclusive).';
comment on column pledges.confidence is 'Extractor confidence in the row, 0 to 1.';
comment on column pledges.extractor_version is 'Version of transforms.extract that produced the row.';

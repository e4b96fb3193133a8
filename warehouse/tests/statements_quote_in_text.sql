-- The quote is the text at its offsets, whitespace collapsed.
select s.statement_id from statements as s join articles as a using (article_id)
where regexp_replace(substr(a.text, s.quote_start + 1, s.quote_end - s.quote_start), '\s+', ' ', 'g') <> s.quote;

-- Evidence offsets point at the evidence inside the article text.
select p.pledge_id from pledges as p join articles as a using (article_id)
where substr(a.text, p.evidence_start + 1, p.evidence_end - p.evidence_start) <> p.evidence;

-- Why a view: totals restate earlier money; summing them with new pledges double counts.
create or replace view pledges_new as
select p.*, a.source_file, a.title, a.published_on
from pledges as p
join articles as a using (article_id)
where p.status <> 'total';
comment on view pledges_new is 'Pledges that are new commitments (status announced, proposed or considered): cumulative totals excluded, so amounts may be summed with care (the same package reported by several articles still appears once per article).';

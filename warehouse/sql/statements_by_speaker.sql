create or replace view statements_by_speaker as
select
    s.speaker,
    count(*) as statements,
    count(distinct s.article_id) as articles,
    min(coalesce(s.said_on, a.published_on)) as first_said_on,
    max(coalesce(s.said_on, a.published_on)) as last_said_on
from statements as s
join articles as a using (article_id)
where s.speaker is not null
group by s.speaker;
comment on view statements_by_speaker is 'Per speaker: number of quotations, articles, and first and last date said (publication date when said_on is unknown).';

create or replace view pledge_totals_by_donor as
with announced as (
    select donor, currency, coalesce(announced_on, published_on) as on_date, amount, article_id
    from pledges_new
    where status = 'announced' and amount is not null
),

final as (
    select
        donor,
        currency,
        date_trunc('month', on_date)::date as month,
        count(*) as pledges,
        count(distinct article_id) as articles,
        sum(amount) as amount
    from announced
    group by all
)

select * from final;
comment on view pledge_totals_by_donor is 'Announced (not total, proposed or considered) pledge amounts by donor, currency and month of announcement (publication month when unknown). Amounts are in currency units and are never converted; one package reported by several articles is counted once per article.';

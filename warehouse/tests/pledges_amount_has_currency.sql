-- A pledge with an amount names its currency, and one without has none.
select pledge_id, amount, currency from pledges
where (amount is null) <> (currency is null);

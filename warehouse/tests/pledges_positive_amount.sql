select pledge_id, amount from pledges where amount is not null and amount <= 0;

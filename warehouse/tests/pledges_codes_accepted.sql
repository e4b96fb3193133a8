-- accepted_values: donor and recipient are ISO alpha-3 or one of the organisation codes; currency is ISO 4217.
select pledge_id, donor, recipient, currency from pledges
where not regexp_full_match(donor, '[A-Z]{3}|EU|NATO|G7|IMF|WB|EIB|UN')
   or (recipient is not null and not regexp_full_match(recipient, '[A-Z]{3}|EU|NATO|G7|IMF|WB|EIB|UN'))
   or (currency is not null and not regexp_full_match(currency, '[A-Z]{3}'));

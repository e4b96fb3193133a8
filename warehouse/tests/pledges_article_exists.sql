-- relationships: every pledge comes from a loaded article.
select p.pledge_id from pledges as p anti join articles as a using (article_id);

-- relationships: every statement comes from a loaded article.
select s.statement_id from statements as s anti join articles as a using (article_id);

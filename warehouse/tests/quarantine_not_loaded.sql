-- A file is either an article or in quarantine, never both.
select q.source_path from quarantine as q join articles as a using (source_path);

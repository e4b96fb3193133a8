create table if not exists runs (
    run_id varchar primary key,
    flow_run_id varchar,
    started_at timestamp not null,
    ended_at timestamp not null,
    input_dir varchar not null,
    is_full_refresh boolean not null,
    extractor_version varchar not null,
    files_seen integer not null,
    files_unchanged integer not null,
    articles_loaded integer not null,
    articles_reextracted integer not null,
    extraction_failures integer not null,
    files_quarantined integer not null,
    pledges_loaded integer not null,
    statements_loaded integer not null,
    status varchar not null check (status in ('completed'))
);
comment on table runs is 'One row per pipeline run that reached the warehouse. A run that fails before the load leaves the warehouse untouched and is visible in Prefect.';
comment on column runs.run_id is 'Pipeline run id (UTC timestamp plus a random suffix).';
comment on column runs.flow_run_id is 'Prefect flow run id, to find the run and its artifact in the UI.';
comment on column runs.started_at is 'Start of the run, UTC.';
comment on column runs.ended_at is 'End of the load transaction, UTC.';
comment on column runs.input_dir is 'Input folder the run read.';
comment on column runs.is_full_refresh is 'True when the warehouse was rebuilt from the raw files.';
comment on column runs.extractor_version is 'Extractor version used by the run.';
comment on column runs.files_seen is 'Raw *.txt files found in the input folder.';
comment on column runs.files_unchanged is 'Files skipped because their size, mtime or sha256 matched the warehouse.';
comment on column runs.articles_loaded is 'New or changed articles loaded by the run.';
comment on column runs.articles_reextracted is 'Stored articles re-extracted because extractor_version changed.';
comment on column runs.extraction_failures is 'Articles loaded whose extraction raised an error (articles.extraction_error says why).';
comment on column runs.files_quarantined is 'Files the run put in quarantine.';
comment on column runs.pledges_loaded is 'Pledge rows written by the run.';
comment on column runs.statements_loaded is 'Statement rows written by the run.';
comment on column runs.status is 'completed: the run''s transaction committed (failed runs never reach this table).';

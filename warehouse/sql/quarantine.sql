create table if not exists quarantine (
    source_path varchar primary key,
    source_file varchar not null,
    reason varchar not null,
    size_bytes bigint,
    mtime_ns bigint,
    content_sha256 varchar,
    run_id varchar not null,
    quarantined_at timestamp not null
);
comment on table quarantine is 'Input files that could not be read as articles, with the reason. A file stays here until a later version of it loads.';
comment on column quarantine.source_path is 'Path of the raw file relative to the input folder.';
comment on column quarantine.source_file is 'Base name of the raw file.';
comment on column quarantine.reason is 'Why the file was not loaded (empty, binary, undecodable, unreadable, over the size limit...).';
comment on column quarantine.size_bytes is 'Size of the file in bytes when seen.';
comment on column quarantine.mtime_ns is 'Modification time of the file when seen, nanoseconds since the Unix epoch (UTC).';
comment on column quarantine.content_sha256 is 'sha256 of the bytes, when they could be read; null otherwise.';
comment on column quarantine.run_id is 'Run that quarantined the file (runs.run_id).';
comment on column quarantine.quarantined_at is 'When the file was quarantined, UTC.';

-- Files (module files): the one store of uploaded files, in PostgreSQL so every node sees them.
-- stored_file is what an upload is (name, type, size, checksum, who and when): metadata queries never touch bytes.
-- stored_file_content is the content, once per tenant and SHA-256: the same file uploaded again gets its own
-- stored_file row (its own name and uploader) over the content already stored. The bytes are split into chunks of
-- chunk_size bytes (the last may be shorter), so a file is read chunk by chunk, never whole.
create table stored_file_content (
    tenant_id   uuid        not null default cotrain_tenant() references tenant (id),
    sha256      char(64)    not null,
    size_bytes  bigint      not null,
    chunk_size  integer     not null,
    created_at  timestamptz not null,
    primary key (tenant_id, sha256),
    constraint stored_file_content_size check (size_bytes > 0 and chunk_size > 0)
);

create table stored_file_chunk (
    tenant_id  uuid     not null default cotrain_tenant(),
    sha256     char(64) not null,
    chunk_no   integer  not null,
    data       bytea    not null,
    primary key (tenant_id, sha256, chunk_no),
    foreign key (tenant_id, sha256) references stored_file_content (tenant_id, sha256)
);
-- pdf, images and office files are compressed already: store them as they are, out of line
alter table stored_file_chunk alter column data set storage external;

create table stored_file (
    id            uuid         primary key,
    tenant_id     uuid         not null default cotrain_tenant() references tenant (id),
    original_name varchar(255) not null,
    kind          varchar(16)  not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        char(64)     not null,
    created_at    timestamptz  not null,
    created_by    varchar(100) not null,
    foreign key (tenant_id, sha256) references stored_file_content (tenant_id, sha256)
);
create index stored_file_sha256 on stored_file (tenant_id, sha256);

do $$
declare t text;
begin
    foreach t in array array['stored_file_content', 'stored_file_chunk', 'stored_file'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (tenant_id = cotrain_tenant()) with check (tenant_id = cotrain_tenant())',
                       t || '_scope', t);
    end loop;
end $$;

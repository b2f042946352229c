-- Import previews (module spreadsheet): the parsed rows and errors of an uploaded file, kept for about an
-- hour between "preview" and "apply". Never the file itself.
create table import_preview (
    id           uuid primary key,
    tenant_id    uuid         not null,
    schema_name  varchar(64)  not null,
    owner        varchar(100),
    file_name    varchar(255) not null,
    row_count    integer      not null,
    error_count  integer      not null,
    payload      jsonb        not null,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null
);
create index import_preview_expiry_idx on import_preview (tenant_id, expires_at);

alter table import_preview enable row level security;
alter table import_preview force row level security;
create policy import_preview_scope on import_preview
    using (tenant_id = cotrain_tenant()) with check (tenant_id = cotrain_tenant());

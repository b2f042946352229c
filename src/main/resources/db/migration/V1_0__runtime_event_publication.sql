-- Spring Modulith's event publication registry (JPA), incomplete and archived publications.
create table event_publication (
    id                     uuid primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       varchar      not null,
    publication_date       timestamptz  not null,
    completion_date        timestamptz,
    last_resubmission_date timestamptz,
    completion_attempts    integer      not null default 0,
    status                 varchar(32)
);
create index event_publication_incomplete_idx on event_publication (publication_date) where completion_date is null;

create table event_publication_archive (like event_publication including defaults);
alter table event_publication_archive add primary key (id);

-- Row-level security: the scope of the current connection, set by the tenant-scoped DataSource.
create function cotrain_tenant() returns uuid
    language sql stable
as $$ select nullif(current_setting('cotrain.tenant_id', true), '')::uuid $$;

create function cotrain_region_visible(region uuid) returns boolean
    language sql stable
as $$
    select coalesce(current_setting('cotrain.region_ids', true), '') = '*'
        or region::text = any (string_to_array(current_setting('cotrain.region_ids', true), ','))
$$;

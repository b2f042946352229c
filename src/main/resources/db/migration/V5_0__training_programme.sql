-- Collaborative training (issue 5): the programme and its versions. A programme keeps its id for life; what it contains
-- belongs to a version (programme_id, version). Content tables of later migrations carry a stable `key` (uuid) that a new
-- version copies, so progress keyed to it survives versions.
create table programme (
    id           uuid primary key,
    tenant_id    uuid         not null default cotrain_tenant() references tenant (id),
    code         varchar(50)  not null,
    name         varchar(200) not null,
    status       varchar(16)  not null,
    created_at   timestamptz  not null,
    created_by   varchar(100) not null,
    constraint programme_code unique (tenant_id, code),
    constraint programme_status check (status in ('DRAFT', 'ACTIVE', 'CLOSED'))
);

-- what a version says about the programme itself; the content tables hang off (programme_id, version)
create table programme_version (
    programme_id uuid         not null references programme (id),
    version      integer      not null,
    tenant_id    uuid         not null default cotrain_tenant() references tenant (id),
    status       varchar(16)  not null,
    name         varchar(200) not null,
    joint_goal   text         not null,
    need_id      uuid references training_need (id),
    scenario_id  uuid references work_scenario (id),
    starts_on    date         not null,
    ends_on      date         not null,
    note         varchar(500),
    created_at   timestamptz  not null,
    created_by   varchar(100) not null,
    published_at timestamptz,
    primary key (programme_id, version),
    constraint programme_version_status check (status in ('DRAFT', 'PUBLISHED', 'SUPERSEDED')),
    constraint programme_version_period check (ends_on >= starts_on)
);
-- at most one draft and one published version per programme
create unique index programme_version_draft on programme_version (programme_id) where status = 'DRAFT';
create unique index programme_version_published on programme_version (programme_id) where status = 'PUBLISHED';

create table programme_region (
    programme_id uuid not null,
    version      integer not null,
    tenant_id    uuid not null default cotrain_tenant() references tenant (id),
    region_id    uuid not null references region (id),
    primary key (programme_id, version, region_id),
    foreign key (programme_id, version) references programme_version (programme_id, version)
);

do $$
declare t text;
begin
    foreach t in array array['programme', 'programme_version', 'programme_region'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (tenant_id = cotrain_tenant()) with check (tenant_id = cotrain_tenant())',
                       t || '_scope', t);
    end loop;
end $$;

-- Materials library (issue 5): files (in the files module's store, referenced by id only — the store's rows are its
-- own) or links, each for an audience (CLERK, CADRE or JOINT) and tagged with the employee module's tags, by which they
-- are matched to collaboration groups. Materials are tenant-wide (not region rows).
create table training_material (
    id          uuid primary key,
    tenant_id   uuid          not null default cotrain_tenant() references tenant (id),
    code        varchar(32),
    title       varchar(200)  not null,
    description varchar(2000),
    kind        varchar(8)    not null,
    file_id     uuid,
    url         varchar(1000),
    audience    varchar(8)    not null,
    created_at  timestamptz   not null,
    created_by  varchar(100)  not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(100)  not null,
    constraint training_material_kind check (kind in ('FILE', 'LINK')),
    constraint training_material_audience check (audience in ('CLERK', 'CADRE', 'JOINT')),
    constraint training_material_content check (kind = 'FILE' and file_id is not null and url is null
                                                or kind = 'LINK' and url is not null and file_id is null)
);
create unique index training_material_code on training_material (tenant_id, code) where code is not null;
create index training_material_title_idx on training_material (tenant_id, title);

-- a tag deleted in the employee module leaves the materials it was on (cascade)
create table training_material_tag (
    material_id uuid not null references training_material (id) on delete cascade,
    tag_id      uuid not null references tag (id) on delete cascade,
    tenant_id   uuid not null default cotrain_tenant() references tenant (id),
    primary key (material_id, tag_id)
);
create index training_material_tag_tag_idx on training_material_tag (tag_id);

do $$
declare t text;
begin
    foreach t in array array['training_material', 'training_material_tag'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (tenant_id = cotrain_tenant()) with check (tenant_id = cotrain_tenant())',
                       t || '_scope', t);
    end loop;
end $$;

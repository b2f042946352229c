-- Learning paths (issue 5): one per role per programme version, ordered items (a course or a task step, named by its
-- stable key), each FLEXIBLE (any time before its due date) or FIXED (at a scheduled time: the occurrences of a JOINT
-- LIVE/OFFLINE course), with prerequisites and checkpoints. Items and checkpoints carry stable keys like all content.
create table learning_path (
    id           uuid primary key,
    tenant_id    uuid         not null default cotrain_tenant() references tenant (id),
    programme_id uuid         not null,
    version      integer      not null,
    key          uuid         not null,
    role         varchar(8)   not null,
    foreign key (programme_id, version) references programme_version (programme_id, version),
    constraint learning_path_key unique (programme_id, version, key),
    constraint learning_path_role unique (programme_id, version, role),
    constraint learning_path_role_check check (role in ('CLERK', 'CADRE'))
);

create table path_item (
    id          uuid primary key,
    tenant_id   uuid         not null default cotrain_tenant() references tenant (id),
    path_id     uuid         not null references learning_path (id) on delete cascade,
    key         uuid         not null,
    kind        varchar(10)  not null,
    ref_key     uuid         not null,
    schedule    varchar(8)   not null,
    due_on      date,
    position    integer      not null,
    constraint path_item_key unique (path_id, key),
    constraint path_item_ref unique (path_id, kind, ref_key),
    constraint path_item_kind check (kind in ('COURSE', 'TASK_STEP')),
    constraint path_item_schedule check (schedule in ('FLEXIBLE', 'FIXED'))
);

create table path_item_prerequisite (
    item_id          uuid not null references path_item (id) on delete cascade,
    requires_item_id uuid not null references path_item (id) on delete cascade,
    tenant_id        uuid not null default cotrain_tenant() references tenant (id),
    primary key (item_id, requires_item_id),
    constraint path_item_prerequisite_self check (item_id <> requires_item_id)
);

create table path_checkpoint (
    id               uuid primary key,
    tenant_id        uuid         not null default cotrain_tenant() references tenant (id),
    path_id          uuid         not null references learning_path (id) on delete cascade,
    key              uuid         not null,
    due_on           date         not null,
    expected_percent integer      not null,
    label            varchar(200),
    constraint path_checkpoint_key unique (path_id, key),
    constraint path_checkpoint_percent check (expected_percent between 1 and 100)
);

create index path_item_path_idx on path_item (path_id, position);
create index path_item_prerequisite_requires_idx on path_item_prerequisite (requires_item_id);

do $$
declare t text;
begin
    foreach t in array array['learning_path', 'path_item', 'path_item_prerequisite', 'path_checkpoint'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (tenant_id = cotrain_tenant()) with check (tenant_id = cotrain_tenant())',
                       t || '_scope', t);
    end loop;
end $$;

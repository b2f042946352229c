-- Collaboration groups (issue 5, DOMAIN.md §3.12): per programme (not per version) one cadre and 1..k clerks, each
-- with a mentor (the cadre a department manager, each clerk a frontline supervisor), the points the pairs and mentors
-- scored and why (reasons: [{"key", "args", "points"}], message keys). An employee is in at most one group of a
-- programme: the cadre once per programme here, each clerk once per programme in the member table (the service keeps a
-- cadre from also being a clerk, under the programme's row lock). Employees are referenced by id only (no foreign keys
-- into the employee module).
create table collaboration_group (
    id                   uuid primary key,
    tenant_id            uuid         not null default cotrain_tenant(),
    programme_id         uuid         not null references programme (id),
    number               integer      not null,
    cadre_employee_id    uuid         not null,
    cadre_mentor_id      uuid,
    score                integer      not null,
    cadre_mentor_reasons jsonb        not null default '[]',
    created_at           timestamptz  not null,
    created_by           varchar(100) not null,
    constraint collaboration_group_number unique (programme_id, number),
    constraint collaboration_group_cadre_once unique (programme_id, cadre_employee_id),
    constraint collaboration_group_of_programme unique (id, programme_id)
);
create index collaboration_group_cadre_idx on collaboration_group (tenant_id, cadre_employee_id);
create index collaboration_group_mentor_idx on collaboration_group (tenant_id, cadre_mentor_id) where cadre_mentor_id is not null;

create table collaboration_group_member (
    group_id           uuid    not null,
    programme_id       uuid    not null,
    tenant_id          uuid    not null default cotrain_tenant(),
    clerk_employee_id  uuid    not null,
    mentor_employee_id uuid,
    score              integer not null,
    reasons            jsonb   not null default '[]',
    mentor_reasons     jsonb   not null default '[]',
    primary key (group_id, clerk_employee_id),
    foreign key (group_id, programme_id) references collaboration_group (id, programme_id) on delete cascade,
    constraint collaboration_group_member_once unique (programme_id, clerk_employee_id)
);
create index collaboration_group_member_clerk_idx on collaboration_group_member (tenant_id, clerk_employee_id);
create index collaboration_group_member_mentor_idx on collaboration_group_member (tenant_id, mentor_employee_id)
    where mentor_employee_id is not null;

-- A group is visible with any of its members: the employee policy decides (a region admin sees the groups with a
-- cadre or a clerk of its regions). Members are read through their visible group only; their own policy is the
-- tenant's (a policy naming collaboration_group here would recurse into the group's policy).
alter table collaboration_group enable row level security;
alter table collaboration_group force row level security;
create policy collaboration_group_scope on collaboration_group
    using (tenant_id = cotrain_tenant()
           and (exists (select 1 from employee e where e.id = collaboration_group.cadre_employee_id)
                or exists (select 1 from collaboration_group_member m join employee e on e.id = m.clerk_employee_id
                           where m.group_id = collaboration_group.id)))
    with check (tenant_id = cotrain_tenant());

alter table collaboration_group_member enable row level security;
alter table collaboration_group_member force row level security;
create policy collaboration_group_member_scope on collaboration_group_member
    using (tenant_id = cotrain_tenant()) with check (tenant_id = cotrain_tenant());

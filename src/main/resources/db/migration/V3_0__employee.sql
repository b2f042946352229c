-- Employee module (issue 3): the organisation, employees with effective-dated assignments, typed tags.
-- No foreign keys to other modules' tables (tenant, region): row-level security pins every row to the scope's
-- tenant, and the service checks that a region exists before it is used.

create table org_unit (
    id          uuid primary key,
    tenant_id   uuid         not null,
    parent_id   uuid         references org_unit (id),
    code        varchar(32)  not null,
    name        varchar(200) not null,
    kind        varchar(16)  not null,
    region_id   uuid,
    created_at  timestamptz  not null,
    version     bigint       not null default 0,
    constraint org_unit_code_unique unique (tenant_id, code),
    constraint org_unit_kind check (kind in ('COMPANY', 'DEPARTMENT', 'TEAM')),
    constraint org_unit_not_own_parent check (parent_id is distinct from id)
);
create index org_unit_parent_idx on org_unit (tenant_id, parent_id);

create table job_position (
    id          uuid primary key,
    tenant_id   uuid         not null,
    code        varchar(32)  not null,
    name        varchar(200) not null,
    name_en     varchar(200),
    role_type   varchar(16)  not null,
    grade       integer      not null,
    created_at  timestamptz  not null,
    version     bigint       not null default 0,
    constraint job_position_code_unique unique (tenant_id, code),
    constraint job_position_role_type check (role_type in ('CLERK', 'CADRE', 'SUPERVISOR', 'MANAGER', 'HR', 'OTHER')),
    constraint job_position_grade check (grade between 0 and 99)
);

-- The current assignment (region, org unit, position, manager) is copied here from employee_assignment, so lists
-- filter on plain columns and region row security works on region_id. next_change_on is the date of the next
-- future-dated assignment, when there is one.
create table employee (
    id              uuid primary key,
    tenant_id       uuid         not null,
    employee_no     varchar(32)  not null,
    name            varchar(100) not null,
    phone           varchar(16),
    email           varchar(200),
    region_id       uuid         not null,
    org_unit_id     uuid         references org_unit (id),
    position_id     uuid         not null references job_position (id),
    manager_id      uuid         references employee (id),
    hire_date       date         not null,
    status          varchar(8)   not null default 'ACTIVE',
    left_on         date,
    terminal_pin    varchar(32)  not null,
    next_change_on  date,
    erased_at       timestamptz,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0,
    constraint employee_number_unique unique (tenant_id, employee_no),
    constraint employee_pin_unique unique (tenant_id, terminal_pin),
    constraint employee_status check (status in ('ACTIVE', 'LEFT')),
    constraint employee_left_on check ((status = 'LEFT') = (left_on is not null)),
    constraint employee_not_own_manager check (manager_id is distinct from id)
);
create index employee_region_idx on employee (tenant_id, region_id, employee_no);
create index employee_status_idx on employee (tenant_id, status, employee_no);
create index employee_org_unit_idx on employee (tenant_id, org_unit_id);
create index employee_position_idx on employee (tenant_id, position_id);
create index employee_manager_idx on employee (tenant_id, manager_id);
create index employee_lower_name_idx on employee (tenant_id, lower(name) varchar_pattern_ops);
create index employee_next_change_idx on employee (tenant_id, region_id, next_change_on) where next_change_on is not null;

-- Every change of region, org unit, position or manager, with the date it takes effect; never updated.
-- Several rows may share a date: the one recorded last (highest seq) wins.
create table employee_assignment (
    id              uuid primary key,
    tenant_id       uuid         not null,
    employee_id     uuid         not null references employee (id),
    effective_from  date         not null,
    region_id       uuid         not null,
    org_unit_id     uuid         references org_unit (id),
    position_id     uuid         not null references job_position (id),
    manager_id      uuid         references employee (id),
    recorded_at     timestamptz  not null,
    recorded_by     varchar(100) not null,
    -- the order of recording, also between changes recorded at the same instant
    seq             bigint       generated always as identity
);
create index employee_assignment_employee_idx on employee_assignment (tenant_id, employee_id, effective_from);
create index employee_assignment_position_idx on employee_assignment (tenant_id, position_id, effective_from);

create table tag (
    id          uuid primary key,
    tenant_id   uuid         not null,
    type        varchar(24)  not null,
    name        varchar(64)  not null,
    created_at  timestamptz  not null,
    version     bigint       not null default 0,
    constraint tag_name_unique unique (tenant_id, type, name),
    constraint tag_type check (type in ('SKILL', 'SCENARIO', 'AVAILABILITY', 'MENTOR_SPECIALTY', 'FREE'))
);

-- tenant_id defaults to the connection's scope: the rows are written by JPA as an element collection of employee.
create table employee_tag (
    tenant_id    uuid not null default cotrain_tenant(),
    employee_id  uuid not null references employee (id),
    tag_id       uuid not null references tag (id) on delete cascade,
    primary key (employee_id, tag_id)
);
create index employee_tag_tag_idx on employee_tag (tenant_id, tag_id);

-- Row-level security. Org units without a region are tenant-wide: visible to region admins, written only in an
-- all-regions scope (cotrain_region_visible(null) is true only there).
alter table org_unit enable row level security;
alter table org_unit force row level security;
create policy org_unit_scope on org_unit
    using (tenant_id = cotrain_tenant() and (region_id is null or cotrain_region_visible(region_id)))
    with check (tenant_id = cotrain_tenant() and cotrain_region_visible(region_id));

alter table job_position enable row level security;
alter table job_position force row level security;
create policy job_position_scope on job_position
    using (tenant_id = cotrain_tenant()) with check (tenant_id = cotrain_tenant());

-- Employees are region-owned: a region admin sees, changes and creates only employees of its regions, and the
-- check refuses moving one into another region.
alter table employee enable row level security;
alter table employee force row level security;
create policy employee_scope on employee
    using (tenant_id = cotrain_tenant() and cotrain_region_visible(region_id))
    with check (tenant_id = cotrain_tenant() and cotrain_region_visible(region_id));

-- An assignment is visible with its employee (a region admin sees the whole history of its employees, also
-- their time in other regions) or by its own region (the time someone spent in the admin's region before moving
-- away); a new one may only name a region of the scope (no scheduled move out either).
alter table employee_assignment enable row level security;
alter table employee_assignment force row level security;
create policy employee_assignment_scope on employee_assignment
    using (tenant_id = cotrain_tenant()
           and (cotrain_region_visible(region_id)
                or exists (select 1 from employee e where e.id = employee_assignment.employee_id)))
    with check (tenant_id = cotrain_tenant() and cotrain_region_visible(region_id));

alter table tag enable row level security;
alter table tag force row level security;
create policy tag_scope on tag
    using (tenant_id = cotrain_tenant()) with check (tenant_id = cotrain_tenant());

alter table employee_tag enable row level security;
alter table employee_tag force row level security;
create policy employee_tag_scope on employee_tag
    using (tenant_id = cotrain_tenant() and exists (select 1 from employee e where e.id = employee_tag.employee_id))
    with check (tenant_id = cotrain_tenant() and exists (select 1 from employee e where e.id = employee_tag.employee_id));

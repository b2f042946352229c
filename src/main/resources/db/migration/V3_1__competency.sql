-- Competency module (issue 3): the competency model, required levels per position, assessments, KPI definitions
-- and monthly records, work scenarios and saved training needs. Every table is tenant-owned (tenant_id defaults to
-- the connection's scope and row security pins it). Employees and positions are referenced by id only (employee
-- module's tables; row security decides what is visible).

create table competency (
    id          uuid primary key,
    tenant_id   uuid         not null default cotrain_tenant(),
    code        varchar(32)  not null,
    name_zh     varchar(200) not null,
    name_en     varchar(200),
    category    varchar(16)  not null,
    level1_zh   text, level1_en text,
    level2_zh   text, level2_en text,
    level3_zh   text, level3_en text,
    level4_zh   text, level4_en text,
    level5_zh   text, level5_en text,
    created_at  timestamptz  not null,
    constraint competency_code_unique unique (tenant_id, code),
    constraint competency_category check (category in ('EXECUTION', 'MANAGEMENT', 'COLLABORATION'))
);

create table position_requirement (
    tenant_id       uuid    not null default cotrain_tenant(),
    position_id     uuid    not null,
    competency_id   uuid    not null references competency (id),
    required_level  integer not null,
    primary key (position_id, competency_id),
    constraint position_requirement_level check (required_level between 1 and 5)
);
create index position_requirement_tenant_idx on position_requirement (tenant_id, position_id);

create table assessment (
    id             uuid primary key,
    tenant_id      uuid         not null default cotrain_tenant(),
    employee_id    uuid         not null,
    competency_id  uuid         not null references competency (id),
    level          integer      not null,
    assessed_on    date         not null,
    source         varchar(8)   not null,
    assessor       varchar(100),
    recorded_at    timestamptz  not null,
    constraint assessment_level check (level between 1 and 5),
    constraint assessment_source check (source in ('SELF', 'MENTOR', 'TEST'))
);
create index assessment_employee_idx on assessment (tenant_id, employee_id, competency_id, assessed_on);

create table kpi_definition (
    id          uuid primary key,
    tenant_id   uuid          not null default cotrain_tenant(),
    code        varchar(32)   not null,
    name_zh     varchar(200)  not null,
    name_en     varchar(200),
    unit        varchar(16)   not null,
    direction   varchar(24)   not null,
    target      numeric(18,6) not null,
    created_at  timestamptz   not null,
    constraint kpi_definition_code_unique unique (tenant_id, code),
    constraint kpi_definition_direction check (direction in ('LOWER_IS_BETTER', 'HIGHER_IS_BETTER'))
);

create table kpi_competency (
    tenant_id      uuid not null default cotrain_tenant(),
    kpi_id         uuid not null references kpi_definition (id) on delete cascade,
    competency_id  uuid not null references competency (id),
    primary key (kpi_id, competency_id)
);

create table kpi_record (
    id           uuid primary key,
    tenant_id    uuid          not null default cotrain_tenant(),
    employee_id  uuid          not null,
    kpi_id       uuid          not null references kpi_definition (id),
    month        date          not null,
    value        numeric(18,6) not null,
    recorded_at  timestamptz   not null,
    constraint kpi_record_unique unique (tenant_id, employee_id, kpi_id, month),
    constraint kpi_record_first_of_month check (extract(day from month) = 1)
);
create index kpi_record_kpi_idx on kpi_record (tenant_id, kpi_id, month);

create table work_scenario (
    id           uuid primary key,
    tenant_id    uuid         not null default cotrain_tenant(),
    code         varchar(32)  not null,
    name_zh      varchar(200) not null,
    name_en      varchar(200),
    description  text,
    created_at   timestamptz  not null,
    constraint work_scenario_code_unique unique (tenant_id, code)
);

create table scenario_position (
    tenant_id    uuid not null default cotrain_tenant(),
    scenario_id  uuid not null references work_scenario (id) on delete cascade,
    position_id  uuid not null,
    primary key (scenario_id, position_id)
);

create table scenario_kpi (
    tenant_id    uuid not null default cotrain_tenant(),
    scenario_id  uuid not null references work_scenario (id) on delete cascade,
    kpi_id       uuid not null references kpi_definition (id),
    primary key (scenario_id, kpi_id)
);

create table training_need (
    id           uuid primary key,
    tenant_id    uuid         not null default cotrain_tenant(),
    scenario_id  uuid         not null references work_scenario (id),
    joint_goal   text         not null,
    snapshot     jsonb        not null,
    saved_at     timestamptz  not null,
    saved_by     varchar(100) not null
);
create index training_need_scenario_idx on training_need (tenant_id, scenario_id, saved_at);

do $$
declare t text;
begin
    foreach t in array array['competency', 'position_requirement', 'assessment', 'kpi_definition', 'kpi_competency',
                             'kpi_record', 'work_scenario', 'scenario_position', 'scenario_kpi', 'training_need'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (tenant_id = cotrain_tenant()) with check (tenant_id = cotrain_tenant())',
                       t || '_scope', t);
    end loop;
end $$;

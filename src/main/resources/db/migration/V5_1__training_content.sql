-- Training content (issue 5): courses with their competencies, units and quiz questions, and collaborative task
-- templates with steps and step dependencies. Every row belongs to a programme version; each carries a `key` that a
-- new version copies unchanged (ids are new), so progress keyed to it survives versions. Every table is tenant-owned
-- (tenant_id defaults to the connection's scope and row security pins it).

create table course (
    id           uuid primary key,
    tenant_id    uuid          not null default cotrain_tenant() references tenant (id),
    programme_id uuid          not null,
    version      integer       not null,
    key          uuid          not null,
    code         varchar(32)   not null,
    title_zh     varchar(200)  not null,
    title_en     varchar(200),
    description  text,
    audience     varchar(8)    not null,
    mode         varchar(8)    not null,
    credit_hours numeric(5,2)  not null,
    position     integer       not null,
    foreign key (programme_id, version) references programme_version (programme_id, version),
    constraint course_key unique (programme_id, version, key),
    constraint course_code unique (programme_id, version, code),
    constraint course_audience check (audience in ('CLERK', 'CADRE', 'JOINT')),
    constraint course_mode check (mode in ('ONLINE', 'LIVE', 'OFFLINE')),
    constraint course_hours check (credit_hours > 0)
);

create table course_competency (
    course_id     uuid not null references course (id) on delete cascade,
    competency_id uuid not null references competency (id),
    tenant_id     uuid not null default cotrain_tenant() references tenant (id),
    primary key (course_id, competency_id)
);

create table course_unit (
    id               uuid primary key,
    tenant_id        uuid         not null default cotrain_tenant() references tenant (id),
    course_id        uuid         not null references course (id) on delete cascade,
    key              uuid         not null,
    kind             varchar(8)   not null,
    title            varchar(200) not null,
    body             text,
    url              varchar(2000),
    min_seconds      integer      not null default 0,
    duration_minutes integer      not null,
    pass_mark        integer,
    position         integer      not null,
    constraint course_unit_key unique (course_id, key),
    constraint course_unit_kind check (kind in ('DOCUMENT', 'VIDEO', 'TEXT', 'QUIZ')),
    constraint course_unit_min_seconds check (min_seconds >= 0),
    constraint course_unit_duration check (duration_minutes > 0),
    constraint course_unit_pass_mark check ((kind = 'QUIZ') = (pass_mark is not null) and (pass_mark is null or pass_mark between 1 and 100))
);

create table quiz_question (
    id        uuid primary key,
    tenant_id uuid         not null default cotrain_tenant() references tenant (id),
    unit_id   uuid         not null references course_unit (id) on delete cascade,
    key       uuid         not null,
    prompt    varchar(1000) not null,
    kind      varchar(8)   not null,
    options   jsonb        not null,
    correct   jsonb        not null,
    points    integer      not null,
    position  integer      not null,
    constraint quiz_question_key unique (unit_id, key),
    constraint quiz_question_kind check (kind in ('SINGLE', 'MULTIPLE')),
    constraint quiz_question_options check (jsonb_typeof(options) = 'array' and jsonb_typeof(correct) = 'array'),
    constraint quiz_question_points check (points > 0)
);

create table task_template (
    id           uuid primary key,
    tenant_id    uuid         not null default cotrain_tenant() references tenant (id),
    programme_id uuid         not null,
    version      integer      not null,
    key          uuid         not null,
    code         varchar(32)  not null,
    title_zh     varchar(200) not null,
    title_en     varchar(200),
    description  text,
    grace_hours  integer      not null,
    position     integer      not null,
    foreign key (programme_id, version) references programme_version (programme_id, version),
    constraint task_template_key unique (programme_id, version, key),
    constraint task_template_code unique (programme_id, version, code),
    constraint task_template_grace check (grace_hours >= 0)
);

create table task_competency (
    task_id       uuid not null references task_template (id) on delete cascade,
    competency_id uuid not null references competency (id),
    tenant_id     uuid not null default cotrain_tenant() references tenant (id),
    primary key (task_id, competency_id)
);

create table task_step (
    id              uuid primary key,
    tenant_id       uuid          not null default cotrain_tenant() references tenant (id),
    task_id         uuid          not null references task_template (id) on delete cascade,
    key             uuid          not null,
    role            varchar(8)    not null,
    title           varchar(200)  not null,
    description     text,
    credit_hours    numeric(5,2)  not null,
    evidence        varchar(8)[]  not null,
    due_offset_days integer       not null,
    position        integer       not null,
    constraint task_step_key unique (task_id, key),
    constraint task_step_role check (role in ('CLERK', 'CADRE', 'JOINT')),
    constraint task_step_hours check (credit_hours > 0),
    constraint task_step_evidence check (cardinality(evidence) > 0 and evidence <@ array['FILE', 'TEXT', 'LINK']::varchar(8)[]),
    constraint task_step_due check (due_offset_days >= 0)
);

-- a step may start only when the steps it requires are done; the service refuses cycles (and steps of other tasks)
create table task_step_dependency (
    step_id          uuid not null references task_step (id) on delete cascade,
    requires_step_id uuid not null references task_step (id) on delete cascade,
    tenant_id        uuid not null default cotrain_tenant() references tenant (id),
    primary key (step_id, requires_step_id),
    constraint task_step_dependency_self check (step_id <> requires_step_id)
);

create index course_unit_course_idx on course_unit (course_id, position);
create index quiz_question_unit_idx on quiz_question (unit_id, position);
create index task_step_task_idx on task_step (task_id, position);
create index task_step_dependency_requires_idx on task_step_dependency (requires_step_id);
create index course_competency_competency_idx on course_competency (competency_id);
create index task_competency_competency_idx on task_competency (competency_id);

do $$
declare t text;
begin
    foreach t in array array['course', 'course_competency', 'course_unit', 'quiz_question', 'task_template', 'task_competency',
                             'task_step', 'task_step_dependency'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (tenant_id = cotrain_tenant()) with check (tenant_id = cotrain_tenant())',
                       t || '_scope', t);
    end loop;
end $$;

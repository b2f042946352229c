-- Enrolment and earned progress (issue 5, item 6). Everything refers to a programme and to the stable keys of its
-- content (course_key, unit_key), never to a version's row ids, so progress survives new versions. Rows belong to an
-- employee and are visible with the employee (the employee policy decides, as for assessments).

-- Who learns in an active programme: every member of its groups, enrolled when it is activated or when they join a
-- group later; the role is the one they have in their group.
create table training_enrolment (
    tenant_id    uuid        not null default cotrain_tenant(),
    programme_id uuid        not null references programme (id),
    employee_id  uuid        not null,
    role         varchar(10) not null check (role in ('CLERK', 'CADRE')),
    enrolled_at  timestamptz not null,
    primary key (programme_id, employee_id)
);
create index training_enrolment_employee_idx on training_enrolment (tenant_id, employee_id);

-- A learner's time with a unit: first opened, the time counted from heartbeats (capped per beat), the confirmation of a
-- video, and when the unit was completed (the reading time reached, the video confirmed after its minimum time, the
-- quiz passed).
create table unit_progress (
    tenant_id      uuid        not null default cotrain_tenant(),
    programme_id   uuid        not null references programme (id),
    employee_id    uuid        not null,
    course_key     uuid        not null,
    unit_key       uuid        not null,
    opened_at      timestamptz not null,
    last_beat_at   timestamptz not null,
    seconds_open   integer     not null default 0 check (seconds_open >= 0),
    confirmed_at   timestamptz,
    completed_at   timestamptz,
    primary key (programme_id, employee_id, unit_key)
);

-- Every graded quiz attempt: the first is the pre-score, the latest the post-score (learning evidence for evaluation).
create table quiz_attempt (
    id           uuid primary key,
    tenant_id    uuid         not null default cotrain_tenant(),
    programme_id uuid         not null references programme (id),
    employee_id  uuid         not null,
    course_key   uuid         not null,
    unit_key     uuid         not null,
    version      integer      not null,
    attempt      integer      not null,
    points       integer      not null,
    max_points   integer      not null,
    percent      numeric(5, 2) not null,
    pass_mark    integer      not null,
    passed       boolean      not null,
    answers      jsonb        not null,
    submitted_at timestamptz  not null,
    constraint quiz_attempt_number unique (programme_id, employee_id, unit_key, attempt)
);

-- A course completed by a learner, once: from its units (online) or from attendance (joint live and offline sessions).
-- The row is the milestone: the partners are told when it is inserted, never again.
create table course_completion (
    tenant_id    uuid        not null default cotrain_tenant(),
    programme_id uuid        not null references programme (id),
    employee_id  uuid        not null,
    course_key   uuid        not null,
    source       varchar(12) not null check (source in ('UNITS', 'ATTENDANCE')),
    completed_at timestamptz not null,
    primary key (programme_id, employee_id, course_key)
);

alter table training_enrolment enable row level security;
alter table training_enrolment force row level security;
create policy training_enrolment_scope on training_enrolment
    using (tenant_id = cotrain_tenant() and exists (select 1 from employee e where e.id = training_enrolment.employee_id))
    with check (tenant_id = cotrain_tenant());

alter table unit_progress enable row level security;
alter table unit_progress force row level security;
create policy unit_progress_scope on unit_progress
    using (tenant_id = cotrain_tenant() and exists (select 1 from employee e where e.id = unit_progress.employee_id))
    with check (tenant_id = cotrain_tenant());

alter table quiz_attempt enable row level security;
alter table quiz_attempt force row level security;
create policy quiz_attempt_scope on quiz_attempt
    using (tenant_id = cotrain_tenant() and exists (select 1 from employee e where e.id = quiz_attempt.employee_id))
    with check (tenant_id = cotrain_tenant());

alter table course_completion enable row level security;
alter table course_completion force row level security;
create policy course_completion_scope on course_completion
    using (tenant_id = cotrain_tenant() and exists (select 1 from employee e where e.id = course_completion.employee_id))
    with check (tenant_id = cotrain_tenant());

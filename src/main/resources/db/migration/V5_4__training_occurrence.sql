-- Occurrences of JOINT LIVE/OFFLINE courses (issue 5): the scheduled training sessions of a programme's course (named by
-- its stable key, so an occurrence survives new versions), in one region (its time zone), at a venue or an online link,
-- with the collaboration groups invited. Operational rows, not versioned content. Attendance per invited member is
-- recorded by the mentor for now (source MENTOR); issue 6 attaches check-in windows, punches and other sources to these
-- rows (new columns and source values), so the session of a check-in is a course_occurrence.
create table course_occurrence (
    id           uuid primary key,
    tenant_id    uuid          not null default cotrain_tenant() references tenant (id),
    programme_id uuid          not null references programme (id),
    course_key   uuid          not null,
    region_id    uuid          not null references region (id),
    starts_at    timestamptz   not null,
    ends_at      timestamptz   not null,
    venue        varchar(300),
    online_url   varchar(1000),
    note         varchar(1000),
    status       varchar(16)   not null default 'SCHEDULED',
    created_at   timestamptz   not null,
    created_by   varchar(100)  not null,
    updated_at   timestamptz   not null,
    updated_by   varchar(100)  not null,
    constraint course_occurrence_status check (status in ('SCHEDULED', 'CANCELLED')),
    constraint course_occurrence_period check (ends_at > starts_at)
);
create index course_occurrence_programme_idx on course_occurrence (programme_id, starts_at);
create index course_occurrence_course_idx on course_occurrence (programme_id, course_key);

create table course_occurrence_group (
    occurrence_id uuid not null references course_occurrence (id) on delete cascade,
    group_id      uuid not null references collaboration_group (id),
    tenant_id     uuid not null default cotrain_tenant() references tenant (id),
    primary key (occurrence_id, group_id)
);
create index course_occurrence_group_group_idx on course_occurrence_group (group_id);

-- one row per roster member and occurrence: the latest outcome; every change is in the audit log
create table course_attendance (
    occurrence_id uuid         not null references course_occurrence (id) on delete cascade,
    employee_id   uuid         not null,
    tenant_id     uuid         not null default cotrain_tenant() references tenant (id),
    status        varchar(16)  not null,
    source        varchar(16)  not null,
    note          varchar(500),
    recorded_at   timestamptz  not null,
    recorded_by   varchar(100) not null,
    primary key (occurrence_id, employee_id),
    constraint course_attendance_status check (status in ('PRESENT', 'LATE', 'ABSENT', 'EXCUSED')),
    constraint course_attendance_source check (source in ('MENTOR'))
);
create index course_attendance_employee_idx on course_attendance (tenant_id, employee_id);

-- an occurrence is a region's row (a region admin sees those of its regions); its invitations and attendance follow it
alter table course_occurrence enable row level security;
alter table course_occurrence force row level security;
create policy course_occurrence_scope on course_occurrence
    using (tenant_id = cotrain_tenant() and cotrain_region_visible(region_id))
    with check (tenant_id = cotrain_tenant() and cotrain_region_visible(region_id));

alter table course_occurrence_group enable row level security;
alter table course_occurrence_group force row level security;
create policy course_occurrence_group_scope on course_occurrence_group
    using (tenant_id = cotrain_tenant()
           and exists (select 1 from course_occurrence o where o.id = course_occurrence_group.occurrence_id))
    with check (tenant_id = cotrain_tenant()
                and exists (select 1 from course_occurrence o where o.id = course_occurrence_group.occurrence_id));

alter table course_attendance enable row level security;
alter table course_attendance force row level security;
create policy course_attendance_scope on course_attendance
    using (tenant_id = cotrain_tenant()
           and exists (select 1 from course_occurrence o where o.id = course_attendance.occurrence_id))
    with check (tenant_id = cotrain_tenant()
                and exists (select 1 from course_occurrence o where o.id = course_attendance.occurrence_id));

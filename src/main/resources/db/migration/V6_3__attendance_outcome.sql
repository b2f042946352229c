-- The outcome of each roster member of a closed session (issue 6), written when the check-in window closes: the status
-- (PRESENT, LATE, ABSENT, EXCUSED; kept current when a correction is approved later) and whether the member's group was
-- jointly present. The employee's training archive and, later, hours and evaluation read it.
create table checkin_outcome (
    occurrence_id   uuid         not null references course_occurrence (id) on delete cascade,
    employee_id     uuid         not null,
    tenant_id       uuid         not null default cotrain_tenant() references tenant (id),
    group_id        uuid         not null,
    status          varchar(8)   not null check (status in ('PRESENT', 'LATE', 'ABSENT', 'EXCUSED')),
    jointly_present boolean      not null,
    closed_at       timestamptz  not null,
    updated_at      timestamptz  not null,
    primary key (occurrence_id, employee_id)
);
create index checkin_outcome_employee_idx on checkin_outcome (tenant_id, employee_id);

alter table checkin_outcome enable row level security;
alter table checkin_outcome force row level security;
create policy checkin_outcome_scope on checkin_outcome
    using (tenant_id = cotrain_tenant() and exists (select 1 from course_occurrence o where o.id = checkin_outcome.occurrence_id))
    with check (tenant_id = cotrain_tenant() and exists (select 1 from course_occurrence o where o.id = checkin_outcome.occurrence_id));

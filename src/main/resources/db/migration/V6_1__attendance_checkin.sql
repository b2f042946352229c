-- Training check-in (issue 6). A session is an occurrence of a JOINT LIVE/OFFLINE course (table course_occurrence of
-- module training); these rows hang off it and follow its row security (a region admin sees those of its regions).

-- A session's own check-in rules where HR changed them; without a row the tenant's settings apply (attendance.*).
create table checkin_policy (
    occurrence_id     uuid primary key references course_occurrence (id) on delete cascade,
    tenant_id         uuid          not null default cotrain_tenant() references tenant (id),
    opens_before_min  integer       not null check (opens_before_min between 0 and 240),
    closes_after_min  integer       not null check (closes_after_min between 0 and 480),
    late_after_min    integer       not null check (late_after_min between 0 and 240),
    joint_within_min  integer       not null check (joint_within_min between 1 and 240),
    methods           varchar(8)    not null check (methods in ('QR', 'FACE', 'BOTH')),
    ip_ranges         varchar(1000),
    geo_latitude      double precision check (geo_latitude between -90 and 90),
    geo_longitude     double precision check (geo_longitude between -180 and 180),
    geo_radius_m      integer       check (geo_radius_m between 10 and 100000),
    updated_at        timestamptz   not null,
    updated_by        varchar(100)  not null,
    constraint checkin_policy_geofence check ((geo_latitude is null) = (geo_longitude is null)
                                              and (geo_latitude is null) = (geo_radius_m is null))
);

-- One check-in per session and roster member: the first that counted. Evidence: how (QR, face terminal, approved
-- correction), the browser's fingerprint and IP (QR), the browser's location when the session has a geofence, the punch
-- (terminal).
create table checkin (
    id              uuid primary key,
    tenant_id       uuid          not null default cotrain_tenant() references tenant (id),
    occurrence_id   uuid          not null references course_occurrence (id) on delete cascade,
    employee_id     uuid          not null,
    method          varchar(12)   not null check (method in ('QR', 'TERMINAL', 'CORRECTION')),
    status          varchar(8)    not null check (status in ('PRESENT', 'LATE')),
    checked_in_at   timestamptz   not null,
    fingerprint     varchar(128),
    ip              varchar(64),
    user_agent      varchar(500),
    latitude        double precision,
    longitude       double precision,
    accuracy_m      double precision,
    device_id       uuid,
    punch_id        uuid,
    recorded_at     timestamptz   not null,
    constraint checkin_once unique (occurrence_id, employee_id)
);
create index checkin_employee_idx on checkin (tenant_id, employee_id);
create index checkin_fingerprint_idx on checkin (occurrence_id, fingerprint);

-- Suspected proxy check-in (代签), for review: one browser checking in several people of a session (SHARED_DEVICE), or
-- one person checking in from a second browser (SECOND_DEVICE).
create table checkin_flag (
    id            uuid primary key,
    tenant_id     uuid          not null default cotrain_tenant() references tenant (id),
    occurrence_id uuid          not null references course_occurrence (id) on delete cascade,
    employee_id   uuid          not null,
    kind          varchar(16)   not null check (kind in ('SHARED_DEVICE', 'SECOND_DEVICE')),
    fingerprint   varchar(128),
    ip            varchar(64),
    other_employee_id uuid,
    detected_at   timestamptz   not null,
    review        varchar(12)   not null default 'OPEN' check (review in ('OPEN', 'CONFIRMED', 'DISMISSED')),
    reviewed_at   timestamptz,
    reviewed_by   varchar(100),
    review_note   varchar(500)
);
create index checkin_flag_occurrence_idx on checkin_flag (occurrence_id, review);

-- Corrections (补卡): the employee asks with a reason, the mentor or HR decides.
create table checkin_correction (
    id            uuid primary key,
    tenant_id     uuid          not null default cotrain_tenant() references tenant (id),
    occurrence_id uuid          not null references course_occurrence (id) on delete cascade,
    employee_id   uuid          not null,
    reason        varchar(500)  not null,
    requested_at  timestamptz   not null,
    requested_by  varchar(100)  not null,
    state         varchar(10)   not null default 'PENDING' check (state in ('PENDING', 'APPROVED', 'REJECTED')),
    decided_at    timestamptz,
    decided_by    varchar(100),
    decision_note varchar(500)
);
create unique index checkin_correction_pending on checkin_correction (occurrence_id, employee_id) where state = 'PENDING';
create index checkin_correction_employee_idx on checkin_correction (tenant_id, employee_id, requested_at);

-- A session whose window has closed: its absences were recorded and its outcome published, once.
create table checkin_session_closed (
    occurrence_id uuid primary key references course_occurrence (id) on delete cascade,
    tenant_id     uuid          not null default cotrain_tenant() references tenant (id),
    closed_at     timestamptz   not null
);

do $$
declare t text;
begin
    foreach t in array array['checkin_policy', 'checkin', 'checkin_flag', 'checkin_correction', 'checkin_session_closed'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format($p$create policy %1$s_scope on %1$I
            using (tenant_id = cotrain_tenant() and exists (select 1 from course_occurrence o where o.id = %1$I.occurrence_id))
            with check (tenant_id = cotrain_tenant() and exists (select 1 from course_occurrence o where o.id = %1$I.occurrence_id))$p$, t);
    end loop;
end $$;

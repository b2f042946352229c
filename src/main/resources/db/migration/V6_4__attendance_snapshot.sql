-- PIPL (issue 6, DOMAIN.md §5): CoTrain keeps no face images by default. When a tenant enables snapshot evidence
-- (setting attendance.snapshots.enabled), a terminal's snapshot is kept only for an employee who consented separately,
-- encrypted (AES-GCM with the master key, bound to its row id) and deleted when it expires (attendance.snapshots.retention)
-- or when the consent is withdrawn. Rows belong to the employee and are visible with the employee.
create table snapshot_consent (
    employee_id   uuid primary key,
    tenant_id     uuid         not null default cotrain_tenant() references tenant (id),
    consented_at  timestamptz,
    withdrawn_at  timestamptz,
    updated_by    varchar(100) not null
);

create table checkin_snapshot (
    id            uuid primary key,
    tenant_id     uuid         not null default cotrain_tenant() references tenant (id),
    employee_id   uuid         not null,
    punch_id      uuid,
    taken_at      timestamptz  not null,
    expires_at    timestamptz  not null,
    content_type  varchar(50)  not null,
    sealed        bytea        not null,
    created_at    timestamptz  not null
);
create index checkin_snapshot_employee_idx on checkin_snapshot (tenant_id, employee_id);
create index checkin_snapshot_expiry_idx on checkin_snapshot (tenant_id, expires_at);
create index checkin_snapshot_punch_idx on checkin_snapshot (punch_id);

do $$
declare t text;
begin
    foreach t in array array['snapshot_consent', 'checkin_snapshot'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format($p$create policy %1$s_scope on %1$I
            using (tenant_id = cotrain_tenant() and exists (select 1 from employee e where e.id = %1$I.employee_id))
            with check (tenant_id = cotrain_tenant() and exists (select 1 from employee e where e.id = %1$I.employee_id))$p$, t);
    end loop;
end $$;

-- Face terminals (issue 6): ZKTeco PUSH and Hikvision ISAPI devices, their raw punches, stamps and command queues.

-- A registered device: one tenant and region; the secret (ZKTeco pushcommkey, Hikvision URL token) is encrypted with
-- runtime.SecretCipher. A region's row: region admins see and register the devices of their regions.
create table terminal_device (
    id               uuid primary key,
    tenant_id        uuid          not null default cotrain_tenant() references tenant (id),
    region_id        uuid          not null references region (id),
    vendor           varchar(10)   not null check (vendor in ('ZKTECO', 'HIKVISION')),
    serial_no        varchar(64)   not null,
    name             varchar(100)  not null,
    location         varchar(300),
    time_zone        varchar(64)   not null,
    secret           varchar(600),
    enabled          boolean       not null default true,
    last_contact_at  timestamptz,
    last_contact_ip  varchar(64),
    created_at       timestamptz   not null,
    created_by       varchar(100)  not null,
    updated_at       timestamptz   not null,
    updated_by       varchar(100)  not null,
    constraint terminal_device_serial unique (tenant_id, serial_no)
);

-- The global lookup a device request starts from (it names no tenant): serial numbers and Hikvision tokens (as
-- SHA-256) → tenant and device. Like tenant, no row security: read only by attendance.terminal.DeviceLookup, the one
-- place that crosses tenants; it holds no data of the tenant beyond these keys.
create table terminal_registry (
    kind             varchar(8)    not null check (kind in ('SERIAL', 'TOKEN')),
    lookup_key       varchar(128)  not null,
    tenant_id        uuid          not null references tenant (id),
    device_id        uuid          not null,
    resolutions      bigint        not null default 0,
    last_resolved_at timestamptz,
    primary key (kind, lookup_key)
);
create index terminal_registry_device_idx on terminal_registry (device_id);

-- The Stamp of the last stored upload per device and table, returned at the next handshake.
create table terminal_stamp (
    device_id   uuid          not null references terminal_device (id) on delete cascade,
    table_name  varchar(16)   not null,
    tenant_id   uuid          not null default cotrain_tenant() references tenant (id),
    stamp       varchar(32)   not null,
    updated_at  timestamptz   not null,
    primary key (device_id, table_name)
);

-- The PINs a ZKTeco device reported holding (OPERLOG USER lines): PIN only, no names or biometric templates.
create table terminal_device_pin (
    device_id   uuid          not null references terminal_device (id) on delete cascade,
    pin         varchar(32)   not null,
    tenant_id   uuid          not null default cotrain_tenant() references tenant (id),
    seen_at     timestamptz   not null,
    primary key (device_id, pin)
);

-- Commands queued for a ZKTeco device (DATA UPDATE USERINFO …): sent on getrequest until devicecmd confirms them.
create sequence terminal_command_id;
create table terminal_command (
    id            bigint        primary key default nextval('terminal_command_id'),
    device_id     uuid          not null references terminal_device (id) on delete cascade,
    tenant_id     uuid          not null default cotrain_tenant() references tenant (id),
    command       varchar(2000) not null,
    queued_at     timestamptz   not null,
    queued_by     varchar(100)  not null,
    sent_at       timestamptz,
    sent_count    integer       not null default 0,
    confirmed_at  timestamptz,
    return_code   integer
);
create index terminal_command_open_idx on terminal_command (device_id, id) where confirmed_at is null;

-- Raw punches, stored before the device gets its OK; matched to employee and session afterwards.
-- ZKTeco: unique per device, PIN and device-local time; Hikvision: per device and event serialNo.
create table terminal_punch (
    id            uuid primary key,
    tenant_id     uuid          not null default cotrain_tenant() references tenant (id),
    region_id     uuid          not null references region (id),
    device_id     uuid          not null references terminal_device (id),
    source        varchar(8)    not null check (source in ('PUSH', 'USB', 'ISAPI')),
    pin           varchar(32)   not null,
    punched_at    timestamptz   not null,
    local_time    varchar(32)   not null,
    status        varchar(16),
    verify        varchar(32),
    workcode      varchar(32),
    event_serial  bigint,
    raw           varchar(4000) not null,
    received_at   timestamptz   not null,
    state         varchar(20)   not null check (state in ('NEW', 'CHECKED_IN', 'ALREADY', 'UNMATCHED_EMPLOYEE',
                                  'UNMATCHED_SESSION', 'REJECTED', 'QUARANTINED', 'ASSIGNED', 'DISMISSED')),
    reason        varchar(100),
    employee_id   uuid,
    occurrence_id uuid,
    decided_at    timestamptz,
    decided_by    varchar(100),
    note          varchar(500)
);
create unique index terminal_punch_zk_once on terminal_punch (device_id, pin, local_time) where event_serial is null;
create unique index terminal_punch_hik_once on terminal_punch (device_id, event_serial) where event_serial is not null;
create index terminal_punch_new_idx on terminal_punch (tenant_id, received_at) where state = 'NEW';
create index terminal_punch_state_idx on terminal_punch (tenant_id, state, punched_at desc);

do $$
declare t text;
begin
    execute 'alter table terminal_device enable row level security';
    execute 'alter table terminal_device force row level security';
    execute $p$create policy terminal_device_scope on terminal_device
        using (tenant_id = cotrain_tenant() and cotrain_region_visible(region_id))
        with check (tenant_id = cotrain_tenant() and cotrain_region_visible(region_id))$p$;
    execute 'alter table terminal_punch enable row level security';
    execute 'alter table terminal_punch force row level security';
    execute $p$create policy terminal_punch_scope on terminal_punch
        using (tenant_id = cotrain_tenant() and cotrain_region_visible(region_id))
        with check (tenant_id = cotrain_tenant() and cotrain_region_visible(region_id))$p$;
    foreach t in array array['terminal_stamp', 'terminal_device_pin', 'terminal_command'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format($p$create policy %1$s_scope on %1$I
            using (tenant_id = cotrain_tenant() and exists (select 1 from terminal_device d where d.id = %1$I.device_id))
            with check (tenant_id = cotrain_tenant() and exists (select 1 from terminal_device d where d.id = %1$I.device_id))$p$, t);
    end loop;
end $$;

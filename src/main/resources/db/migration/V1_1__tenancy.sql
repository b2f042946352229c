-- Tenants are the registry of customer companies; not tenant-owned, so no row security here.
create table tenant (
    id          uuid primary key,
    code        varchar(32)  not null unique,
    name        varchar(200) not null,
    name_en     varchar(200),
    kind        varchar(16)  not null default 'CUSTOMER',
    active      boolean      not null default true,
    created_at  timestamptz  not null,
    version     bigint       not null default 0,
    constraint tenant_code_format check (code ~ '^[a-z0-9][a-z0-9-]{1,31}$')
);

create table region (
    id                    uuid primary key,
    tenant_id             uuid         not null references tenant (id),
    code                  varchar(32)  not null,
    name                  varchar(200) not null,
    time_zone             varchar(64)  not null,
    locale                varchar(16)  not null,
    phone_country         varchar(2)   not null,
    created_at            timestamptz  not null,
    version               bigint       not null default 0,
    constraint region_code_unique unique (tenant_id, code),
    constraint region_code_format check (code ~ '^[a-z0-9][a-z0-9-]{1,31}$')
);

create table account (
    id               uuid primary key,
    tenant_id        uuid         not null references tenant (id),
    username         varchar(100) not null,
    display_name     varchar(200) not null,
    password_hash    varchar(255) not null,
    roles            varchar(32)[] not null,
    region_ids       uuid[]       not null default '{}',
    employee_id      uuid,
    locale           varchar(16)  not null,
    enabled          boolean      not null default true,
    failed_attempts  integer      not null default 0,
    locked_until     timestamptz,
    last_login_at    timestamptz,
    password_changed_at timestamptz,
    created_at       timestamptz  not null,
    version          bigint       not null default 0,
    constraint account_username_unique unique (tenant_id, username)
);
create unique index account_employee_unique on account (tenant_id, employee_id) where employee_id is not null;

create table api_token (
    id            uuid primary key,
    tenant_id     uuid         not null references tenant (id),
    account_id    uuid         not null references account (id),
    name          varchar(100) not null,
    token_hash    varchar(64)  not null unique,
    token_prefix  varchar(48)  not null,
    created_at    timestamptz  not null,
    expires_at    timestamptz,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    version       bigint       not null default 0
);
create index api_token_account_idx on api_token (tenant_id, account_id);

-- no foreign key to tenant: entries are written with JDBC in the same transaction as JPA changes
-- that may not be flushed yet, and the log must outlive anything it names.
create table audit_event (
    id            uuid primary key,
    tenant_id     uuid         not null,
    occurred_at   timestamptz  not null,
    actor_id      uuid,
    actor         varchar(100) not null,
    action        varchar(64)  not null,
    subject_type  varchar(64)  not null,
    subject_id    varchar(64),
    details       jsonb        not null default '{}'::jsonb,
    remote_addr   varchar(64)
);
create index audit_event_tenant_time_idx on audit_event (tenant_id, occurred_at desc);
create index audit_event_subject_idx on audit_event (tenant_id, subject_type, subject_id);

-- Isolation by construction: every tenant-owned table is filtered by the connection's scope.
alter table region enable row level security;
alter table region force row level security;
create policy region_scope on region
    using (tenant_id = cotrain_tenant() and cotrain_region_visible(id))
    with check (tenant_id = cotrain_tenant() and cotrain_region_visible(id));

alter table account enable row level security;
alter table account force row level security;
create policy account_scope on account
    using (tenant_id = cotrain_tenant()) with check (tenant_id = cotrain_tenant());

alter table api_token enable row level security;
alter table api_token force row level security;
create policy api_token_scope on api_token
    using (tenant_id = cotrain_tenant()) with check (tenant_id = cotrain_tenant());

-- The audit log is append-only: rows can be added and read in scope, never changed or removed.
alter table audit_event enable row level security;
alter table audit_event force row level security;
create policy audit_event_read on audit_event for select using (tenant_id = cotrain_tenant());
create policy audit_event_append on audit_event for insert with check (tenant_id = cotrain_tenant());

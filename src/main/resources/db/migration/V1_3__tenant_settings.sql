-- Numbers are data: a tenant's (or one region's) value of a setting that a module declares with its default.
create table tenant_setting (
    id          uuid primary key,
    tenant_id   uuid         not null references tenant (id),
    region_id   uuid,
    key         varchar(100) not null,
    value       varchar(200) not null,
    updated_at  timestamptz  not null,
    updated_by  varchar(100) not null,
    version     bigint       not null default 0
);
create unique index tenant_setting_key on tenant_setting (tenant_id, key) where region_id is null;
create unique index tenant_setting_region_key on tenant_setting (tenant_id, region_id, key) where region_id is not null;

alter table tenant_setting enable row level security;
alter table tenant_setting force row level security;
create policy tenant_setting_scope on tenant_setting
    using (tenant_id = cotrain_tenant() and (region_id is null or cotrain_region_visible(region_id)))
    with check (tenant_id = cotrain_tenant() and (region_id is null or cotrain_region_visible(region_id)));

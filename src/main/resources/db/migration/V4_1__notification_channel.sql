-- Notification channels (issue 4): each tenant's SMS gateway, mail server and group robots (tenant-wide or one per
-- region). The settings without their secret are JSON; the secret (SMPP password, HTTP auth header value, SMTP
-- password, robot signing secret) is encrypted with the installation's master key (runtime.SecretCipher).
create table notification_channel_config (
    id         uuid primary key,
    tenant_id  uuid         not null references tenant (id),
    channel    varchar(16)  not null,
    region_id  uuid references region (id),
    provider   varchar(16)  not null,
    settings   jsonb        not null,
    secret     text,
    version    integer      not null default 0,
    updated_at timestamptz  not null,
    updated_by varchar(200),
    constraint notification_channel_config_channel check (channel in ('SMS', 'MAIL', 'ROBOT')),
    constraint notification_channel_config_region check (region_id is null or channel = 'ROBOT')
);
create unique index notification_channel_config_tenant on notification_channel_config (tenant_id, channel) where region_id is null;
create unique index notification_channel_config_region on notification_channel_config (tenant_id, channel, region_id) where region_id is not null;

-- A provider's receipt that arrived before the delivery it is about recorded the provider's message id (the SMSC can
-- answer faster than the worker commits); the worker applies it as soon as the id is there.
create table notification_receipt (
    id                  uuid primary key,
    tenant_id           uuid         not null references tenant (id),
    provider_message_id varchar(200) not null,
    status              varchar(16)  not null,
    error               varchar(500),
    received_at         timestamptz  not null
);
create index notification_receipt_provider on notification_receipt (tenant_id, provider_message_id);

alter table notification_channel_config enable row level security;
alter table notification_channel_config force row level security;
create policy notification_channel_config_scope on notification_channel_config
    using (tenant_id = cotrain_tenant()) with check (tenant_id = cotrain_tenant());

alter table notification_receipt enable row level security;
alter table notification_receipt force row level security;
create policy notification_receipt_scope on notification_receipt
    using (tenant_id = cotrain_tenant()) with check (tenant_id = cotrain_tenant());

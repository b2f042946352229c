-- Notification centre (issue 4): the outbox (notices and one delivery per channel, written in the caller's
-- transaction), the attempt log, the in-app inbox, tenant template overrides and channel preferences.
create table notification_notice (
    id                    uuid primary key,
    tenant_id             uuid         not null references tenant (id),
    template_key          varchar(100) not null,
    params                jsonb        not null default '{}'::jsonb,
    recipient_account_id  uuid,
    recipient_employee_id uuid,
    link                  varchar(500),
    mandatory             boolean      not null default false,
    dedupe_key            varchar(200),
    created_at            timestamptz  not null,
    constraint notification_notice_recipient check (recipient_account_id is not null or recipient_employee_id is not null)
);
create index notification_notice_dedupe on notification_notice (tenant_id, dedupe_key, created_at) where dedupe_key is not null;

create table notification_delivery (
    id                  uuid primary key,
    tenant_id           uuid         not null references tenant (id),
    notice_id           uuid         not null references notification_notice (id),
    channel             varchar(16)  not null,
    status              varchar(16)  not null,
    attempts            integer      not null default 0,
    next_attempt_at     timestamptz  not null,
    lease_owner         varchar(100),
    lease_until         timestamptz,
    provider_message_id varchar(200),
    last_error          varchar(500),
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    constraint notification_delivery_channel unique (notice_id, channel),
    constraint notification_delivery_status check (status in ('PENDING', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'CANCELLED'))
);
create index notification_delivery_due on notification_delivery (tenant_id, next_attempt_at) where status = 'PENDING';
create index notification_delivery_leased on notification_delivery (tenant_id, lease_until) where status = 'SENDING';
create index notification_delivery_provider on notification_delivery (tenant_id, provider_message_id) where provider_message_id is not null;
create index notification_delivery_log on notification_delivery (tenant_id, created_at desc);

create table notification_attempt (
    id                  uuid primary key,
    tenant_id           uuid         not null references tenant (id),
    delivery_id         uuid         not null references notification_delivery (id),
    channel             varchar(16)  not null,
    attempted_at        timestamptz  not null,
    outcome             varchar(16)  not null,
    provider_message_id varchar(200),
    detail              varchar(500)
);
create index notification_attempt_delivery on notification_attempt (delivery_id, attempted_at);

create table notification_inbox (
    id          uuid primary key,
    tenant_id   uuid         not null references tenant (id),
    account_id  uuid         not null,
    notice_id   uuid         not null references notification_notice (id),
    delivery_id uuid         not null unique references notification_delivery (id),
    subject     varchar(300) not null,
    body        text         not null,
    link        varchar(500),
    created_at  timestamptz  not null,
    read_at     timestamptz
);
create index notification_inbox_account on notification_inbox (tenant_id, account_id, created_at desc);
create index notification_inbox_unread on notification_inbox (tenant_id, account_id) where read_at is null;

create table notification_template (
    id           uuid primary key,
    tenant_id    uuid         not null references tenant (id),
    template_key varchar(100) not null,
    channel      varchar(16)  not null,
    locale       varchar(16)  not null,
    subject      varchar(300) not null,
    body         text         not null,
    updated_at   timestamptz  not null,
    constraint notification_template_unique unique (tenant_id, template_key, channel, locale)
);

-- a channel switched on or off for the whole tenant (account_id null) or for one user
create table notification_preference (
    id          uuid primary key,
    tenant_id   uuid         not null references tenant (id),
    account_id  uuid,
    channel     varchar(16)  not null,
    enabled     boolean      not null,
    updated_at  timestamptz  not null
);
create unique index notification_preference_tenant on notification_preference (tenant_id, channel) where account_id is null;
create unique index notification_preference_account on notification_preference (tenant_id, account_id, channel) where account_id is not null;

alter table notification_notice enable row level security;
alter table notification_notice force row level security;
create policy notification_notice_scope on notification_notice
    using (tenant_id = cotrain_tenant()) with check (tenant_id = cotrain_tenant());

alter table notification_delivery enable row level security;
alter table notification_delivery force row level security;
create policy notification_delivery_scope on notification_delivery
    using (tenant_id = cotrain_tenant()) with check (tenant_id = cotrain_tenant());

alter table notification_attempt enable row level security;
alter table notification_attempt force row level security;
create policy notification_attempt_scope on notification_attempt
    using (tenant_id = cotrain_tenant()) with check (tenant_id = cotrain_tenant());

alter table notification_inbox enable row level security;
alter table notification_inbox force row level security;
create policy notification_inbox_scope on notification_inbox
    using (tenant_id = cotrain_tenant()) with check (tenant_id = cotrain_tenant());

alter table notification_template enable row level security;
alter table notification_template force row level security;
create policy notification_template_scope on notification_template
    using (tenant_id = cotrain_tenant()) with check (tenant_id = cotrain_tenant());

alter table notification_preference enable row level security;
alter table notification_preference force row level security;
create policy notification_preference_scope on notification_preference
    using (tenant_id = cotrain_tenant()) with check (tenant_id = cotrain_tenant());

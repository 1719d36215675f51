-- People who use ansinh and what they may do.
create table app_user (
    id            bigint generated always as identity primary key,
    username      text        not null unique check (username ~ '^[a-z0-9._-]{3,64}$'),
    display_name  text        not null,
    password_hash text        not null,
    roles         text[]      not null check (roles <@ array['officer','approver','auditor','bank','admin']::text[]),
    bank_bin      char(6),    -- a bank user exchanges files for this bank only
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now(),
    check (not ('bank' = any(roles)) or bank_bin is not null)
);

-- The audit chain: every state change that matters to money appends one entry in the same transaction.
-- hash = SHA-256(previous_hash || canonical entry); see vn.ansinh.audit.AuditHasher for the canonical form.
create table audit_entry (
    seq           bigint      primary key check (seq > 0),
    recorded_at   timestamptz not null,
    actor         text        not null,
    action        text        not null,
    subject       text        not null,
    payload       jsonb       not null,
    previous_hash char(64)    not null,
    hash          char(64)    not null unique
);
create index audit_entry_subject on audit_entry (subject);
create index audit_entry_action on audit_entry (action, recorded_at);

-- One row holding the head of the chain. Appending locks it, which serialises appends and keeps seq gapless.
create table audit_head (
    id   smallint primary key check (id = 1),
    seq  bigint   not null,
    hash char(64) not null
);
insert into audit_head values (1, 0, repeat('0', 64));

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();

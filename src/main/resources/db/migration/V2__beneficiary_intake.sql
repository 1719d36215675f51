-- A program pays a kind of benefit in one province (payout rules arrive with payout runs).
create table program (
    code          text        primary key check (code ~ '^[A-Z0-9][A-Z0-9_-]{1,31}$'),
    name          text        not null,
    province_code char(3)     not null check (province_code ~ '^[0-9]{3}$'),
    created_at    timestamptz not null default now()
);

-- One uploaded beneficiary list. The same file (by content) is processed once per program.
create table beneficiary_list (
    id                 bigint      generated always as identity primary key,
    program_code       text        not null references program (code),
    file_name          text        not null,
    content_sha256     char(64)    not null,
    format             text        not null check (format in ('CSV', 'XLSX', 'JSON')),
    file_bytes         bigint      not null check (file_bytes > 0),
    uploaded_by        text        not null,
    uploaded_at        timestamptz not null default now(),
    status             text        not null check (status in ('RECEIVED', 'VERIFYING', 'COMPLETED', 'FAILED')),
    rows_total         bigint      not null check (rows_total >= 0),
    rows_read          bigint      not null default 0,
    rows_verified      bigint      not null default 0,
    rows_rejected      bigint      not null default 0,
    rows_needs_review  bigint      not null default 0,
    rows_pending       bigint      not null default 0,
    reading_done       boolean     not null default false,
    reader_seen_at     timestamptz,
    started_at         timestamptz,
    finished_at        timestamptz,
    failure_code       text,
    failure_detail     text
);
create unique index beneficiary_list_once on beneficiary_list (program_code, content_sha256) where status <> 'FAILED';

-- Every row of every list, with the outcome it ended in and every reason. Nothing is dropped.
create table list_row (
    list_id                 bigint   not null references beneficiary_list (id),
    row_number              bigint   not null check (row_number > 0),
    full_name               text     not null,
    cccd                    text     not null,
    date_of_birth           date,
    gender                  char(1)  check (gender in ('M', 'F')),
    amount_vnd              bigint   check (amount_vnd > 0),
    bank_input              text     not null,
    bank_bin                char(6),
    account_number          text     not null,
    account_holder_given    text,
    commune_code            text,
    phone                   text,
    outcome                 text     not null check (outcome in ('VERIFIED', 'REJECTED', 'NEEDS_REVIEW', 'PENDING')),
    reasons                 text[]   not null default '{}',
    reason_details          text[]   not null default '{}',
    -- what the counterparties said; name scores in basis points (0..10000) so no float is stored
    registry_name           text,
    registry_name_score_bp  integer  check (registry_name_score_bp between 0 and 10000),
    bank_holder_name        text,
    account_name_score_bp   integer  check (account_name_score_bp between 0 and 10000),
    pending_stage           text     check (pending_stage in ('REGISTRY', 'BANK')),
    reviewed_by             text,
    reviewed_at             timestamptz,
    review_decision         text     check (review_decision in ('ACCEPT', 'REJECT')),
    review_reason           text,
    primary key (list_id, row_number),
    check ((outcome = 'PENDING') = (pending_stage is not null))
);
create index list_row_by_outcome on list_row (list_id, outcome, row_number);
create index list_row_pending on list_row (list_id) where outcome = 'PENDING';
create index list_row_account on list_row (list_id, bank_bin, account_number);

-- The people a program pays, once each.
create table beneficiary (
    id                  bigint      generated always as identity primary key,
    program_code        text        not null references program (code),
    cccd                char(12)    not null,
    full_name           text        not null,
    date_of_birth       date        not null,
    gender              char(1)     not null check (gender in ('M', 'F')),
    commune_code        text,
    phone               text,
    benefit_amount_vnd  bigint      not null check (benefit_amount_vnd > 0),
    status              text        not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED', 'DECEASED')),
    source_list_id      bigint      not null references beneficiary_list (id),
    enrolled_at         timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    unique (program_code, cccd)
);

-- Where a beneficiary is paid, effective-dated: a change of account is a new version, never an overwrite.
create table beneficiary_account (
    id                  bigint      generated always as identity primary key,
    beneficiary_id      bigint      not null references beneficiary (id),
    bank_bin            char(6)     not null,
    account_number      text        not null,
    holder_name         text        not null,
    name_score_bp       integer     not null check (name_score_bp between 0 and 10000),
    valid_from          timestamptz not null,
    valid_to            timestamptz,
    source_list_id      bigint      not null references beneficiary_list (id),
    check (valid_to is null or valid_to >= valid_from)
);
create unique index beneficiary_account_current on beneficiary_account (beneficiary_id) where valid_to is null;
create index beneficiary_account_by_account on beneficiary_account (bank_bin, account_number) where valid_to is null;

create function beneficiary_account_is_versioned() returns trigger language plpgsql as $$
begin
    if old.valid_to is not null
       or new.bank_bin <> old.bank_bin or new.account_number <> old.account_number
       or new.holder_name <> old.holder_name or new.valid_from <> old.valid_from then
        raise exception 'beneficiary_account versions are closed, never rewritten' using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;
create trigger beneficiary_account_versioned before update on beneficiary_account
    for each row execute function beneficiary_account_is_versioned();
create trigger beneficiary_account_no_delete before delete on beneficiary_account
    for each row execute function audit_entry_is_append_only();

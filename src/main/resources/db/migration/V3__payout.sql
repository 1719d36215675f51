-- Payout runs and the payments they make. Every payment has one stable end-to-end id; money moves only through
-- the outbox, written in the same transaction as the state change that asks for it.

-- How a program pays: from which account, through which rail, within which budget, by which rule.
alter table program
    add column funding_bin           char(6),
    add column funding_account       text,
    add column funding_name          text,
    add column rail                  text   not null default 'FILE' check (rail in ('FILE', 'INSTANT')),
    add column budget_per_period_vnd bigint check (budget_per_period_vnd > 0),
    -- {"kind":"FIXED","amountVnd":500000} or {"kind":"BASE_COEFFICIENT","baseVnd":500000,
    --  "coefficientsPermille":{"A":1000,"B":1500,"C":2000,"D":2500}}; coefficients in permille, never floats
    add column benefit_rule          jsonb,
    add column approval_second_above_vnd bigint check (approval_second_above_vnd > 0);

alter table beneficiary add column category text;

create table payout_run (
    id                 bigint      generated always as identity primary key,
    program_code       text        not null references program (code),
    period             char(7)     not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    kind               text        not null default 'REGULAR' check (kind in ('REGULAR', 'REISSUE')),
    status             text        not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED',
                                                              'RELEASED', 'COMPLETED', 'CANCELLED')),
    created_by         text        not null,
    created_at         timestamptz not null default now(),
    submitted_at       timestamptz,
    decided_at         timestamptz,
    released_at        timestamptz,
    completed_at       timestamptz,
    line_count         bigint      not null default 0 check (line_count >= 0),
    total_vnd          bigint      not null default 0 check (total_vnd >= 0),
    -- SHA-256 over the canonical lines, fixed at submission; approvals sign it, release re-checks it
    lines_sha256       char(64),
    decision_reason    text
);
create index payout_run_by_program on payout_run (program_code, period);

create table run_approval (
    run_id       bigint      not null references payout_run (id),
    approver     text        not null,
    approved_at  timestamptz not null default now(),
    lines_sha256 char(64)    not null,
    primary key (run_id, approver)
);

create table payout_line (
    run_id             bigint   not null references payout_run (id),
    line_no            integer  not null check (line_no > 0),
    beneficiary_id     bigint   not null references beneficiary (id),
    cccd               char(12) not null,
    full_name          text     not null,
    bank_bin           char(6)  not null,
    account_number     text     not null,
    amount_vnd         bigint   not null check (amount_vnd > 0),
    kind               text     not null check (kind in ('BENEFIT', 'ARREARS', 'REISSUE')),
    reissue_of_payment bigint,
    primary key (run_id, line_no)
);

create table run_exclusion (
    run_id         bigint not null references payout_run (id),
    beneficiary_id bigint not null references beneficiary (id),
    reason         text   not null check (reason in ('ACCOUNT_UNDER_REVIEW', 'NO_VERIFIED_ACCOUNT', 'DECEASED',
                                                     'ALREADY_PAID_FOR_PERIOD', 'SUSPENDED')),
    detail         text   not null,
    primary key (run_id, beneficiary_id)
);

-- Nobody is paid twice for a program and period: the database refuses it, not only a query.
create table period_payment (
    program_code   text     not null,
    period         char(7)  not null,
    beneficiary_id bigint   not null references beneficiary (id),
    run_id         bigint   not null references payout_run (id),
    primary key (program_code, period, beneficiary_id)
);

create table payment (
    id                bigint      generated always as identity primary key,
    end_to_end_id     varchar(25) not null unique check (end_to_end_id ~ '^[A-Z0-9]{1,25}$'),
    run_id            bigint      not null references payout_run (id),
    line_no           integer     not null,
    program_code      text        not null,
    period            char(7)     not null,
    beneficiary_id    bigint      not null references beneficiary (id),
    debtor_bin        char(6)     not null,
    debtor_account    text        not null,
    creditor_bin      char(6)     not null,
    creditor_account  text        not null,
    creditor_name     text        not null,
    amount_vnd        bigint      not null check (amount_vnd > 0),
    rail              text        not null check (rail in ('FILE', 'INSTANT')),
    state             text        not null check (state in ('CREATED', 'SENT', 'ACCEPTED', 'SETTLED', 'REJECTED',
                                                            'RETURNED', 'UNKNOWN')),
    reason_code       text,
    bank_file_id      text,
    bank_reference    text,
    reissue_of        bigint      references payment (id),
    created_at        timestamptz not null default now(),
    state_changed_at  timestamptz not null default now(),
    unique (run_id, line_no),
    foreign key (run_id, line_no) references payout_line (run_id, line_no)
);
create index payment_by_run_state on payment (run_id, state);
create index payment_by_file on payment (bank_file_id) where bank_file_id is not null;

-- Every transition of every payment: when, from, to, which message or call caused it, who.
create table payment_event (
    payment_id  bigint      not null references payment (id),
    seq         integer     not null check (seq > 0),
    at          timestamptz not null default now(),
    from_state  text        not null,
    to_state    text        not null,
    reason_code text,
    source      text        not null,
    actor       text        not null,
    primary key (payment_id, seq)
);

-- Work that talks to a bank. Claimed with FOR UPDATE SKIP LOCKED, so engines sharing the database share the work.
create table outbox (
    id            bigint      generated always as identity primary key,
    kind          text        not null check (kind in ('SEND_INSTANT', 'QUERY_INSTANT', 'SEND_FILE', 'POLL_FILE',
                                                       'POLL_NOTIFICATIONS')),
    payment_id    bigint      references payment (id),
    run_id        bigint      references payout_run (id),
    bank_bin      char(6),
    not_before    timestamptz not null default now(),
    attempts      integer     not null default 0,
    done_at       timestamptz,
    last_error    text,
    created_at    timestamptz not null default now()
);
create index outbox_ready on outbox (not_before, id) where done_at is null;

-- Bulk files handed to a bank: one per run and paying bank, with what was declared in it.
create table bank_file (
    id              bigint      generated always as identity primary key,
    run_id          bigint      not null references payout_run (id),
    bank_bin        char(6)     not null,
    message_id      varchar(35) not null unique,
    tx_count        bigint      not null check (tx_count > 0),
    control_sum_vnd bigint      not null check (control_sum_vnd > 0),
    sha256          char(64),
    bank_file_ref   text,
    status          text        not null check (status in ('WRITTEN', 'SENT', 'ACKNOWLEDGED', 'REJECTED')),
    created_at      timestamptz not null default now(),
    unique (run_id, bank_bin)
);

-- Beneficiaries without a verified account are paid in cash at the commune, against a receipt.
create table cash_payment (
    run_id         bigint      not null references payout_run (id),
    beneficiary_id bigint      not null references beneficiary (id),
    commune_code   text,
    amount_vnd     bigint      not null check (amount_vnd > 0),
    receipt_number text,
    confirmed_by   text,
    confirmed_at   timestamptz,
    primary key (run_id, beneficiary_id)
);

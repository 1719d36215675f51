-- Reconciliation: bank statements in, matches and breaks out, the verdict an auditor signs.
-- Depends only on V1-V3 (payment, bank_file, program's funding account, audit).

-- A statement file as received: stored once by content, whoever sent it and however it came.
create table statement_file (
    id              bigint      generated always as identity primary key,
    sha256          char(64)    not null unique check (sha256 ~ '^[0-9a-f]{64}$'),
    file_name       text        not null,
    format          text        not null check (format in ('CAMT_052', 'CAMT_053', 'CAMT_054', 'MT940', 'MT942', 'CSV')),
    file_bytes      bigint      not null check (file_bytes > 0),
    channel         text        not null check (channel in ('API', 'DROP_DIRECTORY')),
    uploaded_by     text        not null,
    uploaded_at     timestamptz not null default now(),
    statement_count integer     not null check (statement_count >= 0),
    line_count      bigint      not null check (line_count >= 0)
);

-- One statement inside a file, with everything the completeness checks read (so files are never parsed again).
create table bank_statement (
    id                     bigint   generated always as identity primary key,
    file_id                bigint   not null references statement_file (id),
    position_in_file       integer  not null check (position_in_file >= 0),
    bank_bin               char(6)  not null check (bank_bin ~ '^[0-9]{6}$'),
    account                text     not null,
    format                 text     not null,
    message_id             text     not null,
    statement_ref          text     not null,  -- the bank's statement id (camt Stmt/Id, MT940 field 20)
    identity_key           text     not null,
    sequence_number        bigint,
    page_number            integer,
    currency               char(3),
    first_date             date     not null,  -- earliest balance or booking date the statement speaks of
    last_date              date     not null,
    balances               jsonb    not null,  -- [{"type","signedVnd","currency","date"}] in file order
    credit_count           bigint   not null check (credit_count >= 0),
    debit_count            bigint   not null check (debit_count >= 0),
    credit_total_vnd       bigint   not null check (credit_total_vnd >= 0),
    debit_total_vnd        bigint   not null check (debit_total_vnd >= 0),
    booked_net_vnd         bigint   not null,
    booked_net_by_value_date jsonb  not null,  -- {"2025-03-01": -1500000}
    declared_entry_count   bigint,
    declared_net_vnd       bigint,
    unique (file_id, position_in_file),
    check (first_date <= last_date)
);
create index bank_statement_by_account on bank_statement (bank_bin, account, first_date, last_date);

-- Every entry of every statement, kept as the bank reported it. Amounts are positive; direction carries the sign.
create table statement_line (
    statement_id                 bigint  not null references bank_statement (id),
    entry_index                  bigint  not null check (entry_index >= 0),
    amount_vnd                   bigint  not null check (amount_vnd >= 0),
    currency                     char(3) not null,
    direction                    text    not null check (direction in ('CREDIT', 'DEBIT')),
    status                       text    not null check (status in ('BOOKED', 'PENDING', 'INFO')),
    reversal                     boolean not null,
    booking_date                 date,
    value_date                   date,
    bank_reference               text,
    end_to_end_id                text,
    remittance_text              text    not null,
    counterparty_name            text,
    counterparty_account         text,
    bank_transaction_code        text,
    batch_message_id             text,
    batch_payment_information_id text,
    batch_transaction_count      integer,
    batch_total_vnd              bigint,
    -- [{"endToEndId","amountVnd","direction","name","account","remittance","returnReason"}]
    details                      jsonb   not null,
    primary key (statement_id, entry_index)
);

-- Payments are found by the account they were paid from.
create index payment_by_debtor on payment (debtor_bin, debtor_account, created_at);

-- One reconciliation per funding account and date range; running it again recomputes it in place.
create table reconciliation (
    id                    bigint      generated always as identity primary key,
    bank_bin              char(6)     not null check (bank_bin ~ '^[0-9]{6}$'),
    account               text        not null,
    from_date             date        not null,
    to_date               date        not null,
    as_of                 timestamptz not null,  -- the end of to_date: the moment the matching judges by
    created_by            text        not null,
    created_at            timestamptz not null default now(),
    run_count             integer     not null default 0 check (run_count >= 0),
    last_run_by           text,
    last_run_at           timestamptz,
    verdict               text        check (verdict in ('INCOMPLETE', 'BREAKS', 'RECONCILED_WITH_PENDING', 'RECONCILED')),
    bank_control_vnd      bigint      check (bank_control_vnd >= 0),
    internal_control_vnd  bigint      check (internal_control_vnd >= 0),
    matched_bank_vnd      bigint      check (matched_bank_vnd >= 0),
    matched_internal_vnd  bigint      check (matched_internal_vnd >= 0),
    written_off_vnd       bigint      check (written_off_vnd >= 0),
    residual_vnd          bigint      check (residual_vnd >= 0),
    explained_by_class    jsonb,      -- {"AMOUNT_MISMATCH": {"count": 1, "amountVnd": 50000, "writtenOffVnd": 0}}
    findings              jsonb,      -- completeness findings, in words
    result_sha256         char(64),   -- digest of every result row: equal digests, equal results
    run_audit_seq         bigint,
    run_audit_hash        char(64),
    unique (bank_bin, account, from_date, to_date),
    check (from_date <= to_date)
);

-- The statement files that fed the last run, for the auditor's page.
create table reconciliation_file (
    reconciliation_id bigint not null references reconciliation (id),
    file_id           bigint not null references statement_file (id),
    primary key (reconciliation_id, file_id)
);

-- Results of the last run: recomputed whole on every run, so a re-run can neither add nor lose anything.
create table recon_match (
    reconciliation_id bigint  not null references reconciliation (id),
    statement_id      bigint  not null,
    entry_index       bigint  not null,
    kind              text    not null check (kind in ('SINGLE', 'BATCH', 'RETURN')),
    origin            text    not null check (origin in ('AUTOMATIC', 'PROPOSAL_CONFIRMED', 'BY_HAND')),
    batch_message_id  text,
    confidence        integer not null check (confidence between 0 and 100),
    pending           boolean not null,
    bank_amount_vnd   bigint  not null check (bank_amount_vnd >= 0),
    internal_amount_vnd bigint not null check (internal_amount_vnd >= 0),
    -- a statement line is matched at most once within a reconciliation
    primary key (reconciliation_id, statement_id, entry_index),
    foreign key (statement_id, entry_index) references statement_line (statement_id, entry_index)
);

create table recon_match_payment (
    reconciliation_id bigint not null,
    statement_id      bigint not null,
    entry_index       bigint not null,
    payment_id        bigint not null references payment (id),
    side              text   not null check (side in ('OUTBOUND', 'RETURN')),
    primary key (reconciliation_id, statement_id, entry_index, payment_id),
    -- a payment's debit is matched at most once within a reconciliation, and so is its return
    unique (reconciliation_id, payment_id, side),
    foreign key (reconciliation_id, statement_id, entry_index)
        references recon_match (reconciliation_id, statement_id, entry_index) on delete cascade
);

create table recon_proposal (
    reconciliation_id bigint  not null references reconciliation (id),
    statement_id      bigint  not null,
    entry_index       bigint  not null,
    payment_id        bigint  not null references payment (id),
    confidence        integer not null check (confidence between 60 and 89),
    reason            text    not null,
    primary key (reconciliation_id, statement_id, entry_index),
    foreign key (statement_id, entry_index) references statement_line (statement_id, entry_index)
);

create table recon_break (
    reconciliation_id   bigint  not null references reconciliation (id),
    ref                 text    not null,  -- L{statement}-{entry} or P{end-to-end id}: stable across runs
    break_class         text    not null check (break_class in ('UNMATCHED_BANK_ENTRY', 'UNMATCHED_PAYMENT',
                                    'AMOUNT_MISMATCH', 'DUPLICATE_BANK_ENTRY', 'RETURN_WITHOUT_PAYMENT', 'LATE')),
    priority            text    not null check (priority in ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
    age_bucket          text    not null check (age_bucket in ('DAYS_0_1', 'DAYS_2_7', 'DAYS_8_30', 'OVER_30_DAYS')),
    amount_vnd          bigint  not null check (amount_vnd >= 0),
    bank_amount_vnd     bigint  not null check (bank_amount_vnd >= 0),
    internal_amount_vnd bigint  not null check (internal_amount_vnd >= 0),
    statement_id        bigint,
    entry_index         bigint,
    end_to_end_id       text,
    payment_id          bigint  references payment (id),
    explanation         text    not null,
    written_off         boolean not null,
    primary key (reconciliation_id, ref),
    foreign key (statement_id, entry_index) references statement_line (statement_id, entry_index)
);

-- What people decided. Kept across runs and applied on every run; withdrawn, never deleted.
create table recon_resolution (
    id                bigint      generated always as identity primary key,
    reconciliation_id bigint      not null references reconciliation (id),
    kind              text        not null check (kind in ('CONFIRM_PROPOSAL', 'MATCH', 'UNMATCH', 'WRITE_OFF', 'NOTE')),
    statement_id      bigint,
    entry_index       bigint,
    payment_ids       bigint[]    not null default '{}',
    break_ref         text,
    break_class       text,
    amount_vnd        bigint      check (amount_vnd >= 0),
    text              text        not null check (length(text) between 1 and 2000),
    actor             text        not null,
    recorded_at       timestamptz not null default now(),
    withdrawn_by      text,
    withdrawn_at      timestamptz,
    foreign key (statement_id, entry_index) references statement_line (statement_id, entry_index),
    check ((withdrawn_by is null) = (withdrawn_at is null))
);
create index recon_resolution_by_reconciliation on recon_resolution (reconciliation_id, kind) where withdrawn_at is null;
create unique index recon_write_off_once on recon_resolution (reconciliation_id, break_ref)
    where kind = 'WRITE_OFF' and withdrawn_at is null;

-- Merchants where beneficiaries spend their benefits, the one ledger of what they took (card and VietQR), the
-- daily settlement batch that pays them, and the reconciliation of card totals against the switch.
-- Money is whole đồng (bigint). Card numbers are never stored whole: BIN and last four digits only.

create table merchant (
    id                 bigint generated always as identity primary key,
    name               text        not null check (length(name) between 1 and 200),
    mcc                char(4)     not null check (mcc ~ '^[0-9]{4}$'),
    address            text        not null check (length(address) between 1 and 300),
    settlement_bin     char(6)     not null check (settlement_bin ~ '^[0-9]{6}$'),
    settlement_account text        not null check (settlement_account ~ '^[0-9]{6,19}$'),
    settlement_holder  text        not null,
    -- MDR: fee = least(amount, cap, fixed + round_half_up(amount * rate_bp / 10000)), per sale.
    mdr_rate_bp        int         not null check (mdr_rate_bp between 0 and 10000),
    mdr_fixed_vnd      bigint      not null check (mdr_fixed_vnd >= 0),
    mdr_cap_vnd        bigint      check (mdr_cap_vnd >= 0),
    status             text        not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED')),
    created_at         timestamptz not null default now(),
    created_by         text        not null
);

create table merchant_terminal (
    terminal_id text        primary key check (terminal_id ~ '^[A-Z0-9]{8}$'),
    merchant_id bigint      not null references merchant,
    status      text        not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED')),
    created_at  timestamptz not null default now(),
    created_by  text        not null
);
create index merchant_terminal_by_merchant on merchant_terminal (merchant_id);

-- A QR code issued to a merchant (optionally one terminal): the reference is its bill number (tag 62/01), which
-- the QR switch quotes back in each payment notification.
create table merchant_qr (
    reference   text        primary key check (reference ~ '^[A-Z0-9]{1,25}$'),
    merchant_id bigint      not null references merchant,
    terminal_id text        references merchant_terminal,
    amount_vnd  bigint      check (amount_vnd > 0),
    purpose     text,
    payload     text        not null check (length(payload) <= 512),
    created_at  timestamptz not null default now(),
    created_by  text        not null
);
create index merchant_qr_by_merchant on merchant_qr (merchant_id);
create sequence merchant_qr_number;

-- The acquirer host's journal (iso8583 TransactionJournal): one row per financial request, unique per terminal,
-- STAN and transmission date-time, which is what makes a repeated 0200 a duplicate (94) instead of a new sale.
create table card_transaction (
    id                  bigint generated always as identity primary key,
    terminal_id         text        not null check (length(terminal_id) = 8),
    stan                char(6)     not null,
    transmitted_at      char(10)    not null,
    merchant_id         bigint      references merchant,
    mti                 char(4)     not null,
    kind                text        not null check (kind in ('DEBIT', 'CREDIT')),
    amount_vnd          bigint      not null check (amount_vnd > 0),
    currency            char(3)     not null,
    retrieval_reference text,
    state               text        not null check (state in ('PENDING', 'APPROVED', 'DECLINED', 'REVERSED')),
    response_code       char(2),
    approval_code       text,
    pan_bin             char(6),
    pan_last4           char(4),
    received_at         timestamptz not null default now(),
    decided_at          timestamptz,
    reversed_at         timestamptz,
    batch_closed_at     timestamptz,
    unique (terminal_id, stan, transmitted_at),
    check ((state = 'PENDING') = (response_code is null)),
    check ((state in ('APPROVED', 'REVERSED')) = (response_code = '00'))
);
create index card_transaction_by_reference on card_transaction (terminal_id, stan, retrieval_reference);
create index card_transaction_open_batch on card_transaction (terminal_id) where batch_closed_at is null;

-- Every 0500 a terminal sent: what it stated, what we held open for it at that moment, and our answer.
create table terminal_batch_report (
    id                 bigint generated always as identity primary key,
    terminal_id        text        not null,
    business_date      date        not null,
    received_at        timestamptz not null default now(),
    stated_credit_count bigint     not null,
    stated_credit_vnd  bigint      not null,
    stated_debit_count bigint      not null,
    stated_debit_vnd   bigint      not null,
    our_credit_count   bigint      not null,
    our_credit_vnd     bigint      not null,
    our_debit_count    bigint      not null,
    our_debit_vnd      bigint      not null,
    response_code      char(2)     not null
);
create index terminal_batch_report_by_date on terminal_batch_report (business_date, terminal_id);

-- VietQR payments as the QR switch notified them; refunded_vnd can never exceed the payment.
create table qr_payment (
    transaction_id text        primary key check (length(transaction_id) between 1 and 64),
    reference      text        not null references merchant_qr,
    merchant_id    bigint      not null references merchant,
    terminal_id    text,
    amount_vnd     bigint      not null check (amount_vnd > 0),
    paid_at        timestamptz not null,
    payer_bank     text        not null check (length(payer_bank) between 1 and 64),
    received_at    timestamptz not null default now(),
    refunded_vnd   bigint      not null default 0 check (refunded_vnd between 0 and amount_vnd)
);

create table qr_refund (
    refund_id      text        primary key check (length(refund_id) between 1 and 64),
    transaction_id text        not null references qr_payment,
    amount_vnd     bigint      not null check (amount_vnd > 0),
    received_at    timestamptz not null default now()
);
create index qr_refund_by_payment on qr_refund (transaction_id);

-- The one ledger: every movement of a merchant's money, from either source, on the business date it was booked.
-- SALE and REFUND_REVERSAL are in the merchant's favour; REFUND and REVERSAL against it.
create table merchant_entry (
    id                  bigint generated always as identity primary key,
    merchant_id         bigint      not null references merchant,
    terminal_id         text,
    source              text        not null check (source in ('CARD', 'QR')),
    kind                text        not null check (kind in ('SALE', 'REFUND', 'REVERSAL', 'REFUND_REVERSAL')),
    amount_vnd          bigint      not null check (amount_vnd > 0),
    business_date       date        not null,
    booked_at           timestamptz not null default now(),
    card_transaction_id bigint      references card_transaction,
    qr_transaction_id   text        references qr_payment,
    qr_refund_id        text        references qr_refund,
    reverses_entry_id   bigint      references merchant_entry,
    check ((source = 'CARD') = (card_transaction_id is not null)),
    check ((source = 'QR') = (qr_transaction_id is not null)),
    check ((kind in ('REVERSAL', 'REFUND_REVERSAL')) = (reverses_entry_id is not null)),
    unique (card_transaction_id, kind)
);
create unique index merchant_entry_qr_sale on merchant_entry (qr_transaction_id) where kind = 'SALE';
create unique index merchant_entry_qr_refund on merchant_entry (qr_refund_id) where qr_refund_id is not null;
create index merchant_entry_by_date on merchant_entry (business_date, merchant_id);
create index merchant_entry_reverses on merchant_entry (reverses_entry_id) where reverses_entry_id is not null;

-- One batch per business date, READY for the payout rails; its totals are the sums of its lines.
create table settlement_batch (
    id             bigint generated always as identity primary key,
    business_date  date        not null unique,
    status         text        not null default 'READY' check (status ~ '^[A-Z_]{1,32}$'),
    merchant_count bigint      not null,
    sale_count     bigint      not null,
    gross_vnd      bigint      not null,
    reversal_count bigint      not null,
    reversals_vnd  bigint      not null,
    refund_count   bigint      not null,
    refunds_vnd    bigint      not null,
    fee_vnd        bigint      not null check (fee_vnd >= 0),
    net_vnd        bigint      not null,
    created_at     timestamptz not null default now(),
    created_by     text        not null,
    check (net_vnd = gross_vnd - reversals_vnd - refunds_vnd - fee_vnd)
);

create table settlement_line (
    batch_id           bigint  not null references settlement_batch,
    merchant_id        bigint  not null references merchant,
    settlement_bin     char(6) not null,
    settlement_account text    not null,
    settlement_holder  text    not null,
    mdr_rate_bp        int     not null,
    mdr_fixed_vnd      bigint  not null,
    mdr_cap_vnd        bigint,
    sale_count         bigint  not null,
    gross_vnd          bigint  not null check (gross_vnd >= 0),
    reversal_count     bigint  not null,
    reversals_vnd      bigint  not null check (reversals_vnd >= 0),
    refund_count       bigint  not null,
    refunds_vnd        bigint  not null check (refunds_vnd >= 0),
    fee_vnd            bigint  not null check (fee_vnd >= 0 and fee_vnd <= gross_vnd),
    net_vnd            bigint  not null,
    primary key (batch_id, merchant_id),
    check (net_vnd = gross_vnd - reversals_vnd - refunds_vnd - fee_vnd)
);

-- Clearing files from the card switch: per business date and terminal, what it cleared for us.
create table clearing_file (
    id          bigint generated always as identity primary key,
    sha256      char(64)    not null unique,
    bank_bin    char(6),
    row_count   int         not null,
    received_at timestamptz not null default now(),
    received_by text        not null
);

create table clearing_total (
    file_id        bigint not null references clearing_file,
    business_date  date   not null,
    terminal_id    text   not null,
    sale_count     bigint not null check (sale_count >= 0),
    sale_vnd       bigint not null check (sale_vnd >= 0),
    reversal_count bigint not null check (reversal_count >= 0),
    reversal_vnd   bigint not null check (reversal_vnd >= 0),
    primary key (file_id, business_date, terminal_id)
);
create index clearing_total_by_date on clearing_total (business_date, file_id);

-- Differences between our card totals and the switch's (clearing file) or a terminal's (0500), per day.
-- For CLEARING_FILE the pairs are sales and reversals; for TERMINAL_BATCH they are the 0500's debits (sales) and
-- credits (card refunds), approved and not reversed, as DE76/88 and DE74/86 state them.
create table switch_break (
    id                   bigint generated always as identity primary key,
    business_date        date        not null,
    terminal_id          text        not null,
    source               text        not null check (source in ('CLEARING_FILE', 'TERMINAL_BATCH')),
    break_class          text        not null check (break_class in
                             ('MISSING_AT_SWITCH', 'MISSING_HERE', 'AMOUNT_MISMATCH', 'COUNT_MISMATCH')),
    our_count            bigint      not null,
    our_vnd              bigint      not null,
    our_reversal_count   bigint      not null,
    our_reversal_vnd     bigint      not null,
    their_count          bigint      not null,
    their_vnd            bigint      not null,
    their_reversal_count bigint      not null,
    their_reversal_vnd   bigint      not null,
    found_at             timestamptz not null default now()
);
create index switch_break_by_date on switch_break (business_date, terminal_id);

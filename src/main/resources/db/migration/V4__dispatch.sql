-- The dispatcher's own books, beside V3's outbox: how far each paying bank's return notifications have been read,
-- and every bank answer that was refused instead of applied, kept for an operator to investigate.

-- One row per paying bank whose notifications (camt.054) the engine reads. The cursor moves in the same transaction
-- as the returns it read, so a crash between the two re-reads a page and applies nothing twice.
create table notification_cursor (
    bank_bin    char(6)     primary key check (bank_bin ~ '^[0-9]{6}$'),
    last_seq    bigint      not null default 0 check (last_seq >= 0),
    read_at     timestamptz,
    created_at  timestamptz not null default now()
);

-- A bank said something the payment state machine refused (a return before acceptance, a settlement after a
-- rejection), a return whose amount is not the payment's, or an id the engine never sent. Never applied; kept.
-- Harmless repeats (a status report read twice) are only counted in the audit entry of their batch.
create table payment_refusal (
    id             bigint      generated always as identity primary key,
    payment_id     bigint      references payment (id),
    end_to_end_id  varchar(35) not null,
    at             timestamptz not null default now(),
    state          text        not null,
    event          text        not null,
    kind           text        not null check (kind in ('NOT_ALLOWED', 'AMOUNT_MISMATCH', 'UNKNOWN_PAYMENT',
                                                        'UNREADABLE')),
    why            text        not null,
    source         text        not null
);
create index payment_refusal_by_payment on payment_refusal (payment_id) where payment_id is not null;

-- The file rail pages through a run's CREATED payments for one paying bank in id order; without this index each
-- page of a million-payment run would sort the whole run again.
create index payment_file_queue on payment (run_id, debtor_bin, id) where state = 'CREATED' and rail = 'FILE';

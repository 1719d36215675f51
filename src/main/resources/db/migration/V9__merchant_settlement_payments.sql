-- Payments for sources other than payout runs, first of all merchant settlement batches. A payment still has one
-- stable end-to-end id and moves only through the outbox; what changes is what it was issued for.

-- A payment names its source: a payout run's line (run_id, line_no, beneficiary_id as before) or another kind of
-- source (source_kind, source_id, source_line), never both. The rails know the kind only as a name.
alter table payment
    alter column run_id drop not null,
    alter column line_no drop not null,
    alter column beneficiary_id drop not null,
    add column source_kind text not null default 'PAYOUT_RUN' check (source_kind ~ '^[A-Z_]{1,32}$'),
    add column source_id   bigint,
    add column source_line bigint;
alter table payment add constraint payment_one_source check (
    (source_kind = 'PAYOUT_RUN' and run_id is not null and line_no is not null and beneficiary_id is not null
        and source_id is null and source_line is null)
    or (source_kind <> 'PAYOUT_RUN' and run_id is null and line_no is null and beneficiary_id is null
        and source_id is not null and source_line is not null));
-- One payment per line of a source, as (run_id, line_no) is for runs: issuing a source twice is refused.
create unique index payment_by_source on payment (source_kind, source_id, source_line) where source_id is not null;

-- End-to-end ids of payments issued for other sources (the ASQ form): a sequence value per payment, stored once.
create sequence payment_end_to_end_seq as bigint minvalue 1;

-- What became of each merchant's net in a batch. A positive payable is one payment; zero is nothing due; a negative
-- payable (refunds and late reversals above the day's sales) is carried into the merchant's next batch and
-- deducted there. payable = net + carried_in, so Σ payments = Σ positive payables and nothing is lost.
create table settlement_payout (
    batch_id          bigint  not null references settlement_batch,
    merchant_id       bigint  not null references merchant,
    net_vnd           bigint  not null,
    carried_in_vnd    bigint  not null check (carried_in_vnd <= 0),
    payable_vnd       bigint  not null,
    outcome           text    not null check (outcome in ('PAYMENT_ISSUED', 'NOTHING_DUE', 'CARRIED_FORWARD')),
    reason_code       text    not null check (reason_code ~ '^[A-Z_]{1,40}$'),
    payment_id        bigint  unique references payment,
    -- a CARRIED_FORWARD row is open until a later batch of the same merchant takes it in
    carried_to_batch  bigint  references settlement_batch,
    primary key (batch_id, merchant_id),
    foreign key (batch_id, merchant_id) references settlement_line (batch_id, merchant_id),
    check (payable_vnd = net_vnd + carried_in_vnd),
    check ((outcome = 'PAYMENT_ISSUED') = (payable_vnd > 0 and payment_id is not null)),
    check ((outcome = 'NOTHING_DUE') = (payable_vnd = 0)),
    check ((outcome = 'CARRIED_FORWARD') = (payable_vnd < 0)),
    check (carried_to_batch is null or outcome = 'CARRIED_FORWARD')
);
create index settlement_payout_open_carry on settlement_payout (merchant_id)
    where outcome = 'CARRIED_FORWARD' and carried_to_batch is null;

alter table settlement_batch
    add column payments_count bigint,
    add column payments_vnd   bigint,
    add column carried_in_vnd bigint,
    add column carried_out_vnd bigint;

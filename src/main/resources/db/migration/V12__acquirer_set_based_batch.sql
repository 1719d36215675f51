-- The acquirer's group commit decided set-wise: one call of card_authorize_batch reserves, decides and books every
-- 0100 and 0200 of a group with a few statements over the whole group, where card_authorize (V11) ran four
-- statements per request. Profiling the host at 50 terminals showed PostgreSQL's CPU per request as the largest
-- cost on the machine; per-row statement overhead was most of it.
--
-- The rule, the approval code, the booking and the booking lock are V11's, unchanged: approve (00) when the terminal
-- is onboarded and both it and its merchant are ACTIVE, else decline with 58; the approval code is the journal row's
-- id modulo a million, six digits; an approved 0200 books a SALE (a credit, a REFUND) on the open business date, an
-- approved 0100 books nothing. The lock is taken in a statement of its own, first: a VOLATILE function takes a fresh
-- snapshot for each later statement (READ COMMITTED), so once a cutover that held the table commits, the insert
-- below sees its batch and books onto the next business date.
--
-- A duplicate (same terminal, STAN and transmission date-time as a stored row, or as an earlier request of the same
-- group) is returned as stored and marked, never decided or booked twice. Rows are inserted in key order, so two
-- groups that share a retransmitted key wait on each other in the same order instead of deadlocking.
--
-- Returns one row per request, in the order of the arrays.
create function card_authorize_batch(
    p_terminal_id text[], p_stan text[], p_transmitted_at text[], p_mti text[], p_kind text[], p_amount_vnd bigint[],
    p_currency text[], p_retrieval_reference text[], p_pan_bin text[], p_pan_last4 text[], p_calendar_date date)
returns table (duplicate boolean, id bigint, terminal_id text, stan char(6), transmitted_at char(10), mti char(4),
    kind text, amount_vnd bigint, currency char(3), retrieval_reference text, state text, response_code char(2),
    approval_code text, booked integer)
language plpgsql volatile
as $$
#variable_conflict use_column
declare
    -- Positions (1-based) of the requests whose row this call inserted; every other one is a duplicate.
    v_decided bigint[];
begin
    if exists (select from unnest(p_mti) m where m is distinct from '0100' and m is distinct from '0200') then
        raise exception 'card_authorize_batch decides 0100 and 0200 only';
    end if;
    lock table merchant_entry in row exclusive mode;

    with request as (
        -- Materialised once (nextval is volatile): each request's would-be id, consumed even by a duplicate.
        select u.*, nextval('card_transaction_id_seq') as new_id
        from unnest(p_terminal_id, p_stan::char(6)[], p_transmitted_at::char(10)[], p_mti::char(4)[], p_kind,
            p_amount_vnd, p_currency::char(3)[], p_retrieval_reference, p_pan_bin::char(6)[],
            p_pan_last4::char(4)[]) with ordinality
            as u(terminal_id, stan, transmitted_at, mti, kind, amount_vnd, currency, retrieval_reference, pan_bin,
                pan_last4, n)),
    decided as (
        select r.*, t.merchant_id, coalesce(t.status = 'ACTIVE' and m.status = 'ACTIVE', false) as approved
        from request r
        left join merchant_terminal t on t.terminal_id = r.terminal_id
        left join merchant m on m.id = t.merchant_id),
    inserted as (
        insert into card_transaction as c (id, terminal_id, stan, transmitted_at, mti, kind, amount_vnd, currency,
            retrieval_reference, state, response_code, approval_code, decided_at, merchant_id, pan_bin, pan_last4)
        overriding system value
        select d.new_id, d.terminal_id, d.stan, d.transmitted_at, d.mti, d.kind, d.amount_vnd, d.currency,
            d.retrieval_reference, case when d.approved then 'APPROVED' else 'DECLINED' end,
            case when d.approved then '00' else '58' end,
            case when d.approved then lpad((d.new_id % 1000000)::text, 6, '0') end, now(), d.merchant_id,
            d.pan_bin, d.pan_last4
        from decided d
        order by d.terminal_id, d.stan, d.transmitted_at, d.n
        on conflict on constraint card_transaction_terminal_id_stan_transmitted_at_key do nothing
        returning c.id, c.merchant_id, c.terminal_id, c.mti, c.kind, c.amount_vnd, c.state),
    booked as (
        -- The business date as Ledger.openDateSql decides it: the calendar's, or the day after the last settled.
        insert into merchant_entry (merchant_id, terminal_id, source, kind, amount_vnd, business_date,
            card_transaction_id)
        select i.merchant_id, i.terminal_id, 'CARD', case i.kind when 'DEBIT' then 'SALE' else 'REFUND' end,
            i.amount_vnd, (select greatest(p_calendar_date, coalesce(max(b.business_date) + 1, p_calendar_date))
                from settlement_batch b), i.id
        from inserted i
        where i.state = 'APPROVED' and i.mti = '0200')
    select coalesce(array_agg(r.n), '{}') into v_decided
    from inserted i join request r on r.new_id = i.id;

    -- A fresh snapshot: a duplicate of a row that another group committed while this one waited on its key is
    -- visible here, though it was not to the insert.
    return query
    select not (u.n = any (v_decided)), c.id, c.terminal_id, c.stan, c.transmitted_at, c.mti, c.kind, c.amount_vnd,
        c.currency, c.retrieval_reference, c.state, c.response_code, c.approval_code,
        (u.n = any (v_decided) and c.state = 'APPROVED' and c.mti = '0200')::integer
    from unnest(p_terminal_id, p_stan::char(6)[], p_transmitted_at::char(10)[]) with ordinality
        as u(terminal_id, stan, transmitted_at, n)
    join card_transaction c
        on c.terminal_id = u.terminal_id and c.stan = u.stan and c.transmitted_at = u.transmitted_at
    order by u.n;
end
$$;

-- Superseded by card_authorize_batch: nothing calls it any more.
drop function card_authorize(text, char(6), char(10), char(4), text, bigint, char(3), text, char(6), char(4), date);

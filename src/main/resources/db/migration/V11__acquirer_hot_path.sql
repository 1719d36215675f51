-- The acquirer host's hot path in one round trip: a 0100 or 0200 is reserved against duplicates, decided and booked
-- by one call of this function, committed once (with the flush wait) by the caller's single statement. Before, the
-- same work took six round trips and three commits.
--
-- The rule it decides by: approve (00) when the terminal is one we onboarded and both it and its merchant are
-- ACTIVE; decline with 58 (not permitted to terminal) otherwise. The approval code is the journal row's id modulo a
-- million, six digits. An approved 0200 books a SALE (a credit, a REFUND) on the open business date; an approved
-- 0100 moves no money and books nothing.
--
-- Why a PL/pgSQL function rather than one statement: the booking lock (see vn.ansinh.merchant.ledger.Ledger) must
-- be taken in a statement of its own, so that what comes after reads with a snapshot taken once any cutover that
-- held the table has committed. A VOLATILE function takes a fresh snapshot for each statement it runs (READ
-- COMMITTED), which gives exactly that inside one call.
--
-- Returns the journal row as stored, and whether it was there already: a duplicate (same terminal, STAN and
-- transmission date-time) is returned untouched, never decided or booked twice.
create function card_authorize(
    p_terminal_id text, p_stan char(6), p_transmitted_at char(10), p_mti char(4), p_kind text, p_amount_vnd bigint,
    p_currency char(3), p_retrieval_reference text, p_pan_bin char(6), p_pan_last4 char(4), p_calendar_date date)
returns table (duplicate boolean, id bigint, terminal_id text, stan char(6), transmitted_at char(10), mti char(4),
    kind text, amount_vnd bigint, currency char(3), retrieval_reference text, state text, response_code char(2),
    approval_code text, booked integer)
language plpgsql volatile
as $$
#variable_conflict use_column
declare
    v_id          bigint := nextval('card_transaction_id_seq');
    v_state       text;
    v_code        char(2);
    v_approval    text;
    v_merchant_id bigint;
    v_approved    boolean;
    v_booked      integer := 0;
begin
    if p_mti not in ('0100', '0200') then
        raise exception 'card_authorize decides 0100 and 0200 only, not %', p_mti;
    end if;
    lock table merchant_entry in row exclusive mode;

    select t.merchant_id, coalesce(t.status = 'ACTIVE' and m.status = 'ACTIVE', false)
    into v_merchant_id, v_approved
    from merchant_terminal t join merchant m on m.id = t.merchant_id
    where t.terminal_id = p_terminal_id;
    v_approved := coalesce(v_approved, false);
    v_state := case when v_approved then 'APPROVED' else 'DECLINED' end;
    v_code := case when v_approved then '00' else '58' end;
    v_approval := case when v_approved then lpad((v_id % 1000000)::text, 6, '0') end;

    insert into card_transaction as c (id, terminal_id, stan, transmitted_at, mti, kind, amount_vnd, currency,
        retrieval_reference, state, response_code, approval_code, decided_at, merchant_id, pan_bin, pan_last4)
    overriding system value
    values (v_id, p_terminal_id, p_stan, p_transmitted_at, p_mti, p_kind, p_amount_vnd, p_currency,
        p_retrieval_reference, v_state, v_code, v_approval, now(), v_merchant_id, p_pan_bin, p_pan_last4)
    on conflict on constraint card_transaction_terminal_id_stan_transmitted_at_key do nothing;

    if not found then
        return query select true, c.id, c.terminal_id, c.stan, c.transmitted_at, c.mti, c.kind, c.amount_vnd,
            c.currency, c.retrieval_reference, c.state, c.response_code, c.approval_code, 0
        from card_transaction c
        where c.terminal_id = p_terminal_id and c.stan = p_stan and c.transmitted_at = p_transmitted_at;
        return;
    end if;

    if v_approved and p_mti = '0200' then
        -- The business date as Ledger.openDateSql decides it: the calendar's, or the day after the last settled.
        insert into merchant_entry (merchant_id, terminal_id, source, kind, amount_vnd, business_date,
            card_transaction_id)
        values (v_merchant_id, p_terminal_id, 'CARD', case p_kind when 'DEBIT' then 'SALE' else 'REFUND' end,
            p_amount_vnd, greatest(p_calendar_date,
                (select coalesce(max(b.business_date) + 1, p_calendar_date) from settlement_batch b)), v_id);
        v_booked := 1;
    end if;

    -- What was inserted, from the arguments rather than read back: the row is this call's own.
    return query select false, v_id, p_terminal_id, p_stan, p_transmitted_at, p_mti, p_kind, p_amount_vnd,
        p_currency, p_retrieval_reference, v_state, v_code, v_approval, v_booked;
end
$$;

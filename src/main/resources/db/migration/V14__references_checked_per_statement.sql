-- The tables a run fills a row per beneficiary (lines, period claims, payments, their events and outbox rows) lose
-- their per-row foreign keys: PostgreSQL checks those one row at a time, an index probe and a row lock per row and
-- per reference, and at a million lines that was most of creating and releasing a run. The same promise, that
-- every reference names a row that exists, is now kept in two halves:
--  * each INSERT is checked once, as a whole, by an anti-join against the referenced table (planned for the
--    statement's real size, hence EXECUTE rather than a cached plan);
--  * the referenced rows (beneficiaries, runs, lines, payments) can never be deleted, so a reference that held
--    when written holds for good. That is what the foreign keys' row locks were for.
-- The referencing columns are never updated; a trigger refuses it, so updates need no check.

alter table payout_line drop constraint payout_line_beneficiary_id_fkey, drop constraint payout_line_run_id_fkey;
alter table period_payment drop constraint period_payment_beneficiary_id_fkey,
    drop constraint period_payment_run_id_fkey;
alter table payment drop constraint payment_beneficiary_id_fkey, drop constraint payment_run_id_fkey,
    drop constraint payment_run_id_line_no_fkey;
alter table payment_event drop constraint payment_event_payment_id_fkey;
alter table outbox drop constraint outbox_payment_id_fkey;

-- references_exist(key, table, match, …): every inserted row n whose key is not null has a row r in the table that
-- matches, else foreign_key_violation naming the first missing key. Arguments come in threes.
create function references_exist() returns trigger language plpgsql as $$
declare
    missing text;
    i int := 0;
begin
    while i < tg_nargs loop
        execute format('select (%1$s)::text from inserted n where (%1$s) is not null and not exists '
                || '(select 1 from %2$I r where %3$s) limit 1',
                tg_argv[i], tg_argv[i + 1], tg_argv[i + 2]) into missing;
        if missing is not null then
            raise exception 'insert into % refers to % % that does not exist', tg_table_name, tg_argv[i + 1], missing
                using errcode = 'foreign_key_violation';
        end if;
        i := i + 3;
    end loop;
    return null;
end $$;

create trigger payout_line_references after insert on payout_line referencing new table as inserted
    for each statement execute function references_exist(
        'n.beneficiary_id', 'beneficiary', 'r.id = n.beneficiary_id',
        'n.run_id', 'payout_run', 'r.id = n.run_id');
create trigger period_payment_references after insert on period_payment referencing new table as inserted
    for each statement execute function references_exist(
        'n.beneficiary_id', 'beneficiary', 'r.id = n.beneficiary_id',
        'n.run_id', 'payout_run', 'r.id = n.run_id');
-- A settlement payment has neither run nor line; the key run/line is null then, and nothing is checked.
create trigger payment_references after insert on payment referencing new table as inserted
    for each statement execute function references_exist(
        'n.beneficiary_id', 'beneficiary', 'r.id = n.beneficiary_id',
        'n.run_id', 'payout_run', 'r.id = n.run_id',
        'n.run_id || ''/'' || n.line_no', 'payout_line', 'r.run_id = n.run_id and r.line_no = n.line_no');
create trigger payment_event_references after insert on payment_event referencing new table as inserted
    for each statement execute function references_exist('n.payment_id', 'payment', 'r.id = n.payment_id');
create trigger outbox_references after insert on outbox referencing new table as inserted
    for each statement execute function references_exist('n.payment_id', 'payment', 'r.id = n.payment_id');

create function reference_is_fixed() returns trigger language plpgsql as $$
begin
    raise exception 'the references of % rows are never changed', tg_table_name using errcode = 'insufficient_privilege';
end $$;
create trigger period_payment_reference_fixed before update of beneficiary_id, run_id on period_payment
    for each row execute function reference_is_fixed();
create trigger payment_reference_fixed before update of beneficiary_id, run_id, line_no on payment
    for each row execute function reference_is_fixed();
create trigger payment_event_reference_fixed before update of payment_id on payment_event
    for each row execute function reference_is_fixed();
create trigger outbox_reference_fixed before update of payment_id on outbox
    for each row execute function reference_is_fixed();

create function referenced_row_is_kept() returns trigger language plpgsql as $$
begin
    raise exception '% rows are referenced by payments and runs and are never deleted: % refused', tg_table_name,
        tg_op using errcode = 'insufficient_privilege';
end $$;
create trigger beneficiary_kept before delete on beneficiary for each statement execute function referenced_row_is_kept();
create trigger beneficiary_not_truncated before truncate on beneficiary
    for each statement execute function referenced_row_is_kept();
create trigger payout_run_kept before delete on payout_run for each statement execute function referenced_row_is_kept();
create trigger payout_run_not_truncated before truncate on payout_run
    for each statement execute function referenced_row_is_kept();
create trigger payment_kept before delete on payment for each statement execute function referenced_row_is_kept();
create trigger payment_not_truncated before truncate on payment
    for each statement execute function referenced_row_is_kept();

-- A run's fresh registry check reads a program's beneficiaries a page at a time in id order.
create index beneficiary_by_program on beneficiary (program_code, id);

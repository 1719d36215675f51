-- The reference checks of V14 probed the referenced table once per inserted row. Measured on 1,000,000 payments
-- written with their CREATED events in chunks of 20,000: 16.2 s without the statement checks, 21.4 s with them.
-- Two kinds of probe were waste:
--  * a run's lines, claims and payments all name the same run, so probing payout_run for every row asked one
--    question a million times; it is now asked once per distinct value;
--  * a payment names its run, its line and its beneficiary, but its line already names the run and the
--    beneficiary, and that line was checked when it was written and can never be deleted. One probe of the line,
--    which must name the same beneficiary, proves all three, and says more: a payment pays its line's beneficiary.

-- distinct_references_exist(key, table, column, …): every distinct non-null value of the key among the inserted
-- rows is a value of the table's column, else foreign_key_violation naming the first missing value. In pairs of
-- three like references_exist; for keys that repeat across the rows of a statement.
create function distinct_references_exist() returns trigger language plpgsql as $$
declare
    missing text;
    i int := 0;
begin
    while i < tg_nargs loop
        execute format('select d.k::text from (select distinct (%1$s) as k from inserted n) d where d.k is not null '
                || 'and not exists (select 1 from %2$I r where r.%3$I = d.k) limit 1',
                tg_argv[i], tg_argv[i + 1], tg_argv[i + 2]) into missing;
        if missing is not null then
            raise exception 'insert into % refers to % % that does not exist', tg_table_name, tg_argv[i + 1], missing
                using errcode = 'foreign_key_violation';
        end if;
        i := i + 3;
    end loop;
    return null;
end $$;

drop trigger payout_line_references on payout_line;
create trigger payout_line_references after insert on payout_line referencing new table as inserted
    for each statement execute function references_exist('n.beneficiary_id', 'beneficiary', 'r.id = n.beneficiary_id');
create trigger payout_line_run_exists after insert on payout_line referencing new table as inserted
    for each statement execute function distinct_references_exist('n.run_id', 'payout_run', 'id');

drop trigger period_payment_references on period_payment;
create trigger period_payment_references after insert on period_payment referencing new table as inserted
    for each statement execute function references_exist('n.beneficiary_id', 'beneficiary', 'r.id = n.beneficiary_id');
create trigger period_payment_run_exists after insert on period_payment referencing new table as inserted
    for each statement execute function distinct_references_exist('n.run_id', 'payout_run', 'id');

-- A settlement payment has neither run nor line nor beneficiary (payment_one_source); its key is null and it is
-- not checked. reissue_of was still a per-row foreign key, which queued a trigger event for every payment, NULL or
-- not; it is checked here the same way, payment_kept keeps the payment it names, and it is never changed.
drop trigger payment_references on payment;
alter table payment drop constraint payment_reissue_of_fkey;
create trigger payment_references after insert on payment referencing new table as inserted
    for each statement execute function references_exist(
        'n.run_id || ''/'' || n.line_no || ''/'' || n.beneficiary_id', 'payout_line',
            'r.run_id = n.run_id and r.line_no = n.line_no and r.beneficiary_id = n.beneficiary_id',
        'n.reissue_of', 'payment', 'r.id = n.reissue_of');
-- After, not before: an update that would re-issue a payment twice still meets payment_reissued_once first.
create trigger payment_reissue_of_fixed after update of reissue_of on payment
    for each row execute function reference_is_fixed();

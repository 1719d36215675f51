-- A payment names its run, its line and its beneficiary, and V14 checked each against its table: three probes per
-- payment. But its line already names the run and the beneficiary, was checked when it was written, and can never
-- be deleted; one probe of the line, which must name the same beneficiary, proves all three, and says more: a
-- payment pays its line's beneficiary. Measured writing payments with their CREATED events in chunks of 20,000:
-- the reference triggers cost about 5 s a million with V14's checks, under 1 s with this one.
--
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

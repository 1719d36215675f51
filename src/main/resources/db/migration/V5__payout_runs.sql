-- Payout runs: what V3 leaves to the code that runs them. Depends only on V1–V3.

-- Who moved the run, beside when; and how many approvals it needs, fixed when it is submitted so that a later
-- change of the program's threshold cannot lower the bar for a run already in front of approvers.
alter table payout_run
    add column submitted_by       text,
    add column decided_by         text,
    add column released_by        text,
    add column approvals_required smallint check (approvals_required between 1 and 2),
    add check ((status = 'DRAFT') = (lines_sha256 is null) or status = 'CANCELLED');

-- A failed payment is paid again at most once: the database refuses a second re-issue, not only a query.
create unique index payment_reissued_once on payment (reissue_of) where reissue_of is not null;
create index payout_line_reissue on payout_line (reissue_of_payment) where reissue_of_payment is not null;
create index payment_failed_by_program on payment (program_code, id) where state in ('REJECTED', 'RETURNED');
create index period_payment_by_run on period_payment (run_id);

-- The registry no longer knowing an enrolled CCCD (merged or revoked) is a reason not to pay, distinct from death.
alter table run_exclusion drop constraint run_exclusion_reason_check;
alter table run_exclusion add constraint run_exclusion_reason_check check (reason in ('ACCOUNT_UNDER_REVIEW',
    'NO_VERIFIED_ACCOUNT', 'DECEASED', 'ALREADY_PAID_FOR_PERIOD', 'SUSPENDED', 'NOT_IN_REGISTRY'));

-- Lines are written once, while their run is a DRAFT, and never changed: a run is cancelled and made again, not
-- edited. The lines hash catches what these triggers cannot (a superuser who disables them).
create function payout_record_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception '% rows are never changed: % refused', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end $$;
create trigger payout_line_no_update before update or delete on payout_line
    for each row execute function payout_record_is_immutable();
create trigger payout_line_no_truncate before truncate on payout_line
    for each statement execute function payout_record_is_immutable();

create function payout_line_only_into_draft() returns trigger language plpgsql as $$
begin
    if exists (select 1 from inserted i join payout_run r on r.id = i.run_id where r.status <> 'DRAFT') then
        raise exception 'lines are added only to a DRAFT run' using errcode = 'insufficient_privilege';
    end if;
    return null;
end $$;
create trigger payout_line_into_draft after insert on payout_line
    referencing new table as inserted for each statement execute function payout_line_only_into_draft();

-- Once submitted, what approvers sign (the lines hash, the count, the total) and what the run is never change.
create function payout_run_is_frozen_after_submit() returns trigger language plpgsql as $$
begin
    if old.lines_sha256 is not null and (new.lines_sha256, new.line_count, new.total_vnd, new.program_code,
            new.period, new.kind, new.created_by) is distinct from (old.lines_sha256, old.line_count, old.total_vnd,
            old.program_code, old.period, old.kind, old.created_by) then
        raise exception 'a submitted run keeps its lines hash, count, total and identity' using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;
create trigger payout_run_frozen after update on payout_run
    for each row execute function payout_run_is_frozen_after_submit();

create trigger run_approval_no_update before update or delete on run_approval
    for each row execute function payout_record_is_immutable();

-- Enrolment writes a list's rows, its people and their account versions a million at a time, and per-row foreign
-- keys were about half of closing a large list (four checks per person, each an index probe and a row lock). As
-- for the run tables (V14): each INSERT is checked once, as a whole, by references_exist(); an UPDATE that changes
-- a reference is checked row by row, which only a re-enrolled person's new source list does; and the rows referred
-- to (programs, lists, beneficiaries) are never deleted.

alter table list_row drop constraint list_row_list_id_fkey;
alter table beneficiary drop constraint beneficiary_program_code_fkey, drop constraint beneficiary_source_list_id_fkey;
alter table beneficiary_account drop constraint beneficiary_account_beneficiary_id_fkey,
    drop constraint beneficiary_account_source_list_id_fkey;

create trigger list_row_references after insert on list_row referencing new table as inserted
    for each statement execute function references_exist('n.list_id', 'beneficiary_list', 'r.id = n.list_id');
create trigger beneficiary_references after insert on beneficiary referencing new table as inserted
    for each statement execute function references_exist(
        'n.program_code', 'program', 'r.code = n.program_code',
        'n.source_list_id', 'beneficiary_list', 'r.id = n.source_list_id');
create trigger beneficiary_account_references after insert on beneficiary_account referencing new table as inserted
    for each statement execute function references_exist(
        'n.beneficiary_id', 'beneficiary', 'r.id = n.beneficiary_id',
        'n.source_list_id', 'beneficiary_list', 'r.id = n.source_list_id');

create function beneficiary_source_list_exists() returns trigger language plpgsql as $$
begin
    if new.source_list_id is not null and not exists (select 1 from beneficiary_list where id = new.source_list_id) then
        raise exception 'beneficiary % refers to list % that does not exist', new.id, new.source_list_id
            using errcode = 'foreign_key_violation';
    end if;
    return new;
end $$;
create trigger beneficiary_source_list_checked before update of source_list_id on beneficiary
    for each row when (new.source_list_id is distinct from old.source_list_id)
    execute function beneficiary_source_list_exists();
create trigger beneficiary_program_fixed before update of program_code on beneficiary
    for each row when (new.program_code is distinct from old.program_code) execute function reference_is_fixed();
create trigger list_row_list_fixed before update of list_id on list_row
    for each row when (new.list_id is distinct from old.list_id) execute function reference_is_fixed();
create trigger beneficiary_account_owner_fixed before update of beneficiary_id, source_list_id on beneficiary_account
    for each row when ((new.beneficiary_id, new.source_list_id) is distinct from (old.beneficiary_id, old.source_list_id))
    execute function reference_is_fixed();

create trigger program_kept before delete on program for each statement execute function referenced_row_is_kept();
create trigger program_not_truncated before truncate on program
    for each statement execute function referenced_row_is_kept();
create trigger beneficiary_list_kept before delete on beneficiary_list
    for each statement execute function referenced_row_is_kept();
create trigger beneficiary_list_not_truncated before truncate on beneficiary_list
    for each statement execute function referenced_row_is_kept();

-- Said of more tables now than the run tables it was written for.
create or replace function referenced_row_is_kept() returns trigger language plpgsql as $$
begin
    raise exception '% rows are referred to by other records and are never deleted: % refused', tg_table_name,
        tg_op using errcode = 'insufficient_privilege';
end $$;

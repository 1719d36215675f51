-- Closing a list asks, for every row, whether its account is enrolled for another person. Asked through the owner's
-- beneficiary row, that was one random look-up per enrolled version of the account: a person enrolled in three
-- programs made three per row, and a million-row list into a fourth program spent 6.6 s of its close there (with
-- fresh statistics; a bench run whose statistics were stale spent 470 s on the close). Each account version now
-- carries its owner's CCCD, fixed like its owner, so the question is answered from the account index alone.

alter table beneficiary_account add column cccd char(12);

alter table beneficiary_account disable trigger beneficiary_account_versioned;
update beneficiary_account a set cccd = b.cccd from beneficiary b where b.id = a.beneficiary_id;
alter table beneficiary_account enable trigger beneficiary_account_versioned;
alter table beneficiary_account alter column cccd set not null;

-- Every inserted version names its owner's CCCD as the owner has it.
drop trigger beneficiary_account_references on beneficiary_account;
create trigger beneficiary_account_references after insert on beneficiary_account referencing new table as inserted
    for each statement execute function references_exist(
        'n.beneficiary_id', 'beneficiary', 'r.id = n.beneficiary_id and r.cccd = n.cccd',
        'n.source_list_id', 'beneficiary_list', 'r.id = n.source_list_id');

-- And neither side changes afterwards: a beneficiary is one person of one program.
drop trigger beneficiary_account_owner_fixed on beneficiary_account;
create trigger beneficiary_account_owner_fixed before update of beneficiary_id, source_list_id, cccd
    on beneficiary_account
    for each row when ((new.beneficiary_id, new.source_list_id, new.cccd)
        is distinct from (old.beneficiary_id, old.source_list_id, old.cccd))
    execute function reference_is_fixed();
create trigger beneficiary_cccd_fixed before update of cccd on beneficiary
    for each row when (new.cccd is distinct from old.cccd) execute function reference_is_fixed();

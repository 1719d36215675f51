-- The acquirer's hot path writes a journal row per authorisation and a ledger entry per approved sale, each naming
-- its merchant. As foreign keys, those references were checked a row at a time, and each check locked the merchant
-- row FOR KEY SHARE: the two group committers lock the same merchants at once, so every batch turned those locks
-- into multixacts, WAL records and page writes on a handful of hot merchant rows. The promise stays, kept as V14
-- keeps it for payments: each INSERT is checked once, as a whole, and merchants are never deleted, so a reference
-- that held when written holds for good; the references themselves are never changed.
--
-- The checks are static SQL rather than V14's EXECUTE: a batch is tens of rows, and a cached plan (compiled per
-- table by PL/pgSQL) costs less than planning each statement for its size.

alter table card_transaction drop constraint card_transaction_merchant_id_fkey;
alter table merchant_entry drop constraint merchant_entry_merchant_id_fkey;

create function merchant_references_exist() returns trigger language plpgsql as $$
declare
    missing bigint;
begin
    select n.merchant_id into missing from inserted n
    where n.merchant_id is not null and not exists (select 1 from merchant r where r.id = n.merchant_id)
    limit 1;
    if found then
        raise exception 'insert into % refers to merchant % that does not exist', tg_table_name, missing
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end $$;

create trigger card_transaction_merchant_exists after insert on card_transaction referencing new table as inserted
    for each statement execute function merchant_references_exist();
create trigger merchant_entry_merchant_exists after insert on merchant_entry referencing new table as inserted
    for each statement execute function merchant_references_exist();

create trigger card_transaction_merchant_fixed before update of merchant_id on card_transaction
    for each row execute function reference_is_fixed();
create trigger merchant_entry_merchant_fixed before update of merchant_id on merchant_entry
    for each row execute function reference_is_fixed();

create trigger merchant_kept before delete on merchant for each statement execute function referenced_row_is_kept();
create trigger merchant_not_truncated before truncate on merchant
    for each statement execute function referenced_row_is_kept();

-- card_authorize_batch finds each request's journal row by its key at the end. PL/pgSQL keeps a session's plans,
-- and a plan made while the journal was still empty (a new installation, its first minutes) hash-joins the whole
-- journal on every batch until the next ANALYZE: measured, the host fell from over 5,000 to 2,000 authorisations/s
-- in its first run on a fresh database. Without sequential scans every plan it can make probes the key's index.
alter function card_authorize_batch(text[], text[], text[], text[], text[], bigint[], text[], text[], text[], text[],
    date) set enable_seqscan = off;

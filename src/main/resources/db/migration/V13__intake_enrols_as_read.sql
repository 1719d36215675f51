-- Intake enrols verified people chunk by chunk as a list is read, instead of all at once when it closes: closing a
-- million-row list in one transaction on one backend took longer than reading and verifying it.
--
-- What makes that safe is knowing, before the first chunk, which accounts the file gives for more than one CCCD:
-- their rows may end SHARED_ACCOUNT, so they wait for the close, where the exact check decides. The upload's full
-- read finds them (a superset: a hash collision only makes a row wait) and stores them here with the list.
create table list_shared_account (
    list_id         bigint  not null references beneficiary_list (id),
    bank_bin        char(6) not null,
    account_number  text    not null,
    primary key (list_id, bank_bin, account_number)
);

-- enrols_as_read: the list's shared accounts were found at upload, so its other rows are enrolled as they are
-- stored. Lists accepted before this stay false and are enrolled whole when they close, as they were.
-- accounts_opened: account versions opened so far by the list's chunks, for the closing audit entry.
alter table beneficiary_list
    add column enrols_as_read  boolean not null default false,
    add column accounts_opened bigint  not null default 0;

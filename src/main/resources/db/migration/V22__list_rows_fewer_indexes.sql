-- Every stored list row paid for two indexes that earned little. Storing a million rows (the intake's largest cost
-- in the database) took 10.3 s with both, 5.3 s without the first, 4.2 s without either.
--
-- list_row_account (list_id, bank_bin, account_number) served one statement, the search for accounts given for two
-- people when a list closes, at an insert in a random place per row. That search now groups the list's rows by
-- account in a hash table, which reads the list once (1.1-1.4 s for a million rows, against 1.7 s walking this
-- index in order), and finds accounts enrolled for other people through beneficiary_account_by_account.
drop index list_row_account;

-- list_row_by_outcome (list_id, outcome, row_number) was meant for officers paging a list by outcome. The page
-- query takes the outcome as an optional parameter, which its generic plan cannot match to this index: it scans the
-- list through the primary key and filters, as it did before (a page of a million-row list: 0.13-0.41 s). PENDING
-- rows, which the resumer claims, keep their own partial index (list_row_pending).
drop index list_row_by_outcome;

-- list_row_account (list_id, bank_bin, account_number) served one statement, the search for accounts given for two
-- people when a list closes, and cost every stored row an insert at a random place in it: storing a million rows
-- took 10.3 s with it and 5.3 s without. That search now groups the list's rows by account in a hash table, which
-- reads the list once (1.1-1.4 s for a million rows, against 1.7 s walking this index in order), and looks up
-- accounts enrolled for other people through beneficiary_account_by_account.
drop index list_row_account;

-- beneficiary_account_by_account answers one question, whether a current account is someone else's, always by
-- equality. As a B-tree on (bank_bin, account_number) it was the one index of the enrolment that every new account
-- entered at a random place: the close of a million-row list spent about a third of its account inserts there.
-- A hash index on the account number takes each entry in a bucket instead of descending and splitting a tree; the
-- bank is compared on the row it finds (the same number at two banks is rare and still found). Closing the same
-- million-row list from one snapshot, six runs each alternated: the enrolment statement 11.8-15.0 s with this
-- index, 13.0-18.4 s with the B-tree, 2.1 s less on average.
drop index beneficiary_account_by_account;
create index beneficiary_account_by_account on beneficiary_account using hash (account_number) where valid_to is null;

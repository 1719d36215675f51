-- A payment changes state up to five times (CREATED, SENT, ACCEPTED, SETTLED, maybe RETURNED). While its state
-- or file reference was in an index, or in an index's predicate, every change wrote a new entry into every index of
-- the table: marking a million-payment file SENT cost as much as inserting it. With neither indexed, a change is a
-- heap-only (HOT) update: one new row version on the same page and no index work. Reads that filtered by state
-- through an index now find the run's, the file's or the program's rows by index and check the state on the row.
drop index payment_by_run_state;                 -- payment_run_id_line_no_key leads with run_id
drop index payment_file_queue;
create index payment_file_queue on payment (run_id, debtor_bin, id) where rail = 'FILE';
drop index payment_failed_by_program;
create index payment_by_program on payment (program_code, id);
drop index payment_by_file;                      -- every read by file also names the run and the paying bank

-- Room on each page for the next version of each row, which HOT needs: a file moves all of a page's payments in
-- one transaction, before any old version can be pruned, so half of each page is kept free when rows are inserted.
alter table payment set (fillfactor = 50);

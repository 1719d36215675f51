-- Two index entries fewer for every authorisation the acquirer books. Measured with card_authorize_batch called in
-- groups of ten by two clients against a journal of 1.75 million rows, PostgreSQL's CPU per call fell by 13 %
-- (1,440 to 1,240 µs) and its calls per second rose by 19 %.
--
-- card_transaction_by_reference (terminal, STAN, RRN) duplicated the unique key (terminal, STAN, transmission
-- time): a reversal found by STAN and RRN probes that key's (terminal, STAN) prefix and filters the RRN among the
-- handful of rows a STAN's wrap-around leaves, as cheaply as its own index did.
drop index card_transaction_by_reference;

-- merchant_entry_qr_sale indexed every card sale too (its predicate named the kind only), each under a NULL QR
-- transaction id that can never conflict. The same uniqueness for QR sales, without the card rows: a lookup by
-- qr_transaction_id still implies the new predicate.
drop index merchant_entry_qr_sale;
create unique index merchant_entry_qr_sale on merchant_entry (qr_transaction_id)
    where kind = 'SALE' and qr_transaction_id is not null;

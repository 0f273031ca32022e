-- A version's document (deflated, about 4 KB for 4 weeks) stays in the row when the row fits a page: stored out of
-- line it cost every new version an insert into the TOAST table and its index, and every read a look-up there.
ALTER TABLE plan_version SET (toast_tuple_target = 8160);

-- Lifting an entry ban or ending a watch-list entry keeps the record: the day it stops applying, who lifted
-- it and on what basis; valid_until is moved to the day before and its former value kept. A guardian on record carries its basis
-- (birth certificate, guardianship authority's decision) and who recorded it.
alter table border_ban add column lifted_on date;
alter table border_ban add column lifted_by varchar(100);
alter table border_ban add column lift_basis varchar(200);
alter table border_ban add column until_before_lifting date;
alter table border_guardian add column basis varchar(100);
alter table border_guardian add column recorded_by varchar(100);

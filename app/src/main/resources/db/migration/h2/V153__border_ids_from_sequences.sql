-- Crossings and cards take their ids from named sequences, so that a batch draws its ids first and inserts
-- each row once, complete: a card's serial (the root of its number) is known before the card is signed.
create sequence border_crossing_seq;
create sequence border_card_seq;
alter sequence border_crossing_seq restart with (select coalesce(max(id), 0) + 1 from border_crossing);
alter sequence border_card_seq restart with (select coalesce(max(id), 0) + 1 from border_card);
alter table border_crossing alter column id drop identity;
alter table border_crossing alter column id set default nextval('border_crossing_seq');
alter table border_card alter column id drop identity;
alter table border_card alter column id set default nextval('border_card_seq');

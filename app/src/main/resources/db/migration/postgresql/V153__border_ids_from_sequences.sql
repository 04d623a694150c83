-- Crossings and cards take their ids from named sequences, so that a batch draws its ids first and inserts
-- each row once, complete: a card's serial (the root of its number) is known before the card is signed.
create sequence border_crossing_seq;
create sequence border_card_seq;
select setval('border_crossing_seq', coalesce((select max(id) from border_crossing), 0) + 1, false);
select setval('border_card_seq', coalesce((select max(id) from border_card), 0) + 1, false);
alter table border_crossing alter column id drop identity;
alter table border_crossing alter column id set default nextval('border_crossing_seq');
alter table border_card alter column id drop identity;
alter table border_card alter column id set default nextval('border_card_seq');

-- An event may carry a whole batch (border's CrossingsRecorded names every crossing of a chunk of 1,000,
-- about 120 kB as JSON): the serialized event no longer fits in 4,000 characters.
alter table event_publication alter column serialized_event set data type varchar(1000000);

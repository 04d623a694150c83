-- Issue 15, arrival and status: the kandas survey reference a traveller gave at the booth (typed, or scanned from the
-- QR code the family printed). Border keeps it with the crossing and tells the kandas module once the crossing completes.
create table border_kandas_reference (
    crossing_id bigint      not null primary key references border_crossing (id),
    reference   varchar(16) not null,
    given_at    timestamp   not null
);

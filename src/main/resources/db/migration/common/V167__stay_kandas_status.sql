-- Issue 15: the kandas application's status stay learns from kandas' KandasStatusChanged events (ids and dates only):
-- applied on a day, then granted or refused on a day. While it runs (or once granted) no overstay is counted; after
-- a refusal the ordinary stay clock restarts on the refusal day (docs/stay.md).
create table stay_kandas_status (
    person_number varchar(24) not null primary key,
    status        varchar(16) not null,
    applied_on    date        not null,
    decided_on    date,
    constraint stay_kandas_status_ck check (status in ('APPLIED', 'GRANTED', 'REFUSED'))
);

-- Issue 15: the kandas application stay learns from kandas' KandasStatusChanged events (ids and dates only): the day
-- it was made, and the decision (GRANTED or REFUSED) with its day. Each event writes its own columns, so events taken
-- in any order leave the same row. While the application runs (or once granted) no overstay is counted; after a
-- refusal the ordinary stay clock restarts on the refusal day (docs/stay.md).
create table stay_kandas_status (
    person_number varchar(24) not null primary key,
    applied_on    date,
    decision      varchar(16),
    decided_on    date,
    constraint stay_kandas_decision_ck check (decision in ('GRANTED', 'REFUSED'))
);

-- Citizens abroad (issue 17): each stay on the register of citizens abroad as the register last told it, for the
-- stock "citizens abroad on a day" by country and legal status. A later change of the same stay replaces the row.
create table reporting_abroad_stay (
    stay_id      bigint      not null primary key,
    country      varchar(3),
    kind         varchar(16) not null,
    started_on   date        not null,
    ended_on     date,
    changed_at   timestamp with time zone not null
);
create index reporting_abroad_stay_day_ix on reporting_abroad_stay (started_on, ended_on);

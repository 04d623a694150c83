-- Removal is suspended (V5, issue 12) while a reflection period, special social services or a criminal case in
-- which the person is a victim run. Stay keeps one period per ground from protection's events, which carry ids and
-- dates only; the ground is kept to end the right period and is never shown. The reflection blocks move here.
create table stay_removal_suspension (
    person_number varchar(24) not null,
    ground        varchar(16) not null,
    starts_on     date        not null,
    ends_on       date,
    primary key (person_number, ground, starts_on),
    constraint stay_removal_suspension_ground_ck check (ground in ('REFLECTION', 'SOCIAL_SERVICES', 'CRIMINAL_CASE'))
);
insert into stay_removal_suspension (person_number, ground, starts_on, ends_on)
select person_number, 'REFLECTION', starts_on, ends_on from stay_removal_block;
drop table stay_removal_block;

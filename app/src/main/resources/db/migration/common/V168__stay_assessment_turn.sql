-- One assessment of a person at a time (issue 13's burst, issue 12's victim rules): each assessment takes the
-- person's row here FOR UPDATE, in person-number order, before it reads the person's facts and violations. Without
-- it, an assessment that read the facts before a reflection period was committed could record the overstay as
-- punishable after the period's own assessment had found it suspended, and nothing would correct it.
create table stay_assessment_turn (
    person_number varchar(24) primary key
);

-- Violations found in raids and inspections (issue 16): the migration police and the labour inspection hand each
-- violation they find to stay through its API (stay.InspectionFindings). A finding that is not already an open
-- violation of the person becomes stay's own violation, detected_by 'RAID', with the raid's id and the day it was found
-- as its first day; every finding (also one the same as an open violation, which is not doubled) is kept here once per
-- raid, person and kind, with the violation it became or joined.
alter table stay_violation add column raid_id bigint;
create index stay_violation_raid_ix on stay_violation (raid_id);

create table stay_violation_finding (
    raid_id       bigint       not null,
    person_number varchar(24)  not null,
    kind          varchar(28)  not null,
    violation_id  bigint       not null references stay_violation (id),
    found_on      date         not null,
    region_code   varchar(16)  not null,
    found_by      varchar(40)  not null,
    created_at    timestamp with time zone not null,
    primary key (raid_id, person_number, kind)
);
create index stay_violation_finding_violation_ix on stay_violation_finding (violation_id);

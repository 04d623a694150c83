-- A violation that later records clear (a registration within the deadline recorded late, a permit that covers
-- the days) is withdrawn, not deleted: it leaves the queue and the statistics, and the day it was withdrawn stays
-- on record. Violations an officer handled keep their state.
alter table stay_violation drop constraint stay_violation_state_ck;
alter table stay_violation add constraint stay_violation_state_ck check (state in ('OPEN', 'HANDLED', 'WITHDRAWN'));
alter table stay_violation add column withdrawn_on date;

-- Border booth (issue 13, walkthrough): the lane of the booth that recorded a crossing, stored on the crossing (1 to
-- 99, as the shift form allows). Empty for crossings recorded before, and for a border post system that names none.
alter table border_crossing add column lane smallint;
alter table border_crossing add constraint border_crossing_lane_ck check (lane between 1 and 99);

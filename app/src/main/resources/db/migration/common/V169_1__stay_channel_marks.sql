-- Issue 16: a foreigner with a stay file who was moved through an illegal-migration channel gets the channel on the
-- file for the migration police (stay.ChannelMarks, called by the enforcement register; ids and the day only). A mark
-- is a fact on the file, never a violation: the person may be a trafficking victim.
create table stay_channel_mark (
    person_number varchar(24) not null,
    channel_id    bigint      not null,
    stopped_on    date        not null,
    marked_at     timestamp with time zone not null,
    primary key (person_number, channel_id)
);

-- What every programme's referral now tells the career centre (issue 13): the person's name as the referring side
-- knows it, languages and skills, and the contacts the person agreed to share. shared_channels is that consent
-- (PHONE, EMAIL); a phone given before this migration was an agreed phone already.
alter table employment_referral add column person_name varchar(200);
alter table employment_referral add column languages varchar(200);
alter table employment_referral add column skills varchar(300);
alter table employment_referral add column contact_email varchar(120);
alter table employment_referral add column shared_channels varchar(40) default '' not null;
update employment_referral set shared_channels = 'PHONE' where contact_phone is not null;

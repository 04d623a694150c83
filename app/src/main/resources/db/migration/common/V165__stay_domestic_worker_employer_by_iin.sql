-- L2: the limit of five domestic-worker permits per household employer counts by the employer's IIN. From now on a
-- domestic-worker permit's employer is a checked IIN, stored as its 12 digits. Existing rows: an employer written as
-- 12 digits with spaces around or inside becomes those 12 digits, so it counts against that employer. Any other text
-- cannot be attributed to an IIN and is left as it was (counted against no employer): a domestic-worker permit lasts
-- at most 3 months, so such rows fall out of the count within 3 months of this migration.
update stay_permit set employer = replace(trim(employer), ' ', '')
    where kind = 'DOMESTIC_WORKER' and length(replace(trim(employer), ' ', '')) = 12;
create index stay_permit_domestic_employer_ix on stay_permit (kind, employer, valid_from, valid_until);

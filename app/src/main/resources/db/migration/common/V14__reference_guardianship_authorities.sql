-- Guardianship authorities (органы опеки и попечительства; қорғаншылық және қамқоршылық органдары), issue 12: a
-- child victim of trafficking is referred at once to the child-protection body (rule V7), which is the guardianship
-- authority of the child's region. One per region in force, like the akimats whose departments they are.
alter table agency drop constraint agency_type_ck;
alter table agency add constraint agency_type_ck check (type in ('SYSTEM_ADMINISTRATION', 'BORDER_SERVICE',
    'MIGRATION_POLICE', 'LABOUR_MINISTRY', 'AKIMAT', 'CAREER_CENTRE', 'CRISIS_CENTRE', 'PROSECUTOR_OFFICE',
    'COMMISSION_SECRETARIAT', 'EMPLOYMENT_AGENCY', 'GUARDIANSHIP_AUTHORITY'));

insert into agency (code, type, name_ru, name_kk, name_en, region_code)
select 'GUARDIANSHIP-' || code, 'GUARDIANSHIP_AUTHORITY', 'Орган опеки и попечительства: ' || name_ru,
       'Қорғаншылық және қамқоршылық органы: ' || name_kk, 'Guardianship authority: ' || name_en, code
from region where valid_to is null;

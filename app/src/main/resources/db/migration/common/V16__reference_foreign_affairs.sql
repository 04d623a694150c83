-- The Ministry of Foreign Affairs (issue 14, "Placements and citizens abroad"): its consular service registers
-- Kazakhstan's citizens staying abroad and sends the registrations as a feed to the register of citizens abroad.
alter table agency drop constraint agency_type_ck;
alter table agency add constraint agency_type_ck check (type in ('SYSTEM_ADMINISTRATION', 'BORDER_SERVICE',
    'MIGRATION_POLICE', 'LABOUR_MINISTRY', 'AKIMAT', 'CAREER_CENTRE', 'CRISIS_CENTRE', 'PROSECUTOR_OFFICE',
    'COMMISSION_SECRETARIAT', 'EMPLOYMENT_AGENCY', 'GUARDIANSHIP_AUTHORITY', 'FOREIGN_AFFAIRS'));

insert into agency (code, type, name_ru, name_kk, name_en, region_code) values
('MFA-CONSULAR', 'FOREIGN_AFFAIRS', 'Министерство иностранных дел: консульская служба',
 'Сыртқы істер министрлігі: консулдық қызмет', 'Ministry of Foreign Affairs: consular service', null);

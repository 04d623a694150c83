-- The national hotline 11616 (телефон доверия / сенім телефоны, issue 16): run for the state by the Union of Crisis
-- Centres, 24/7, anonymous (DOMAIN.md, seed 001). Its operators log and route calls in the hotline module.
alter table agency drop constraint agency_type_ck;
alter table agency add constraint agency_type_ck check (type in ('SYSTEM_ADMINISTRATION', 'BORDER_SERVICE',
    'MIGRATION_POLICE', 'LABOUR_MINISTRY', 'AKIMAT', 'CAREER_CENTRE', 'CRISIS_CENTRE', 'PROSECUTOR_OFFICE',
    'COMMISSION_SECRETARIAT', 'EMPLOYMENT_AGENCY', 'GUARDIANSHIP_AUTHORITY', 'FOREIGN_AFFAIRS', 'HOTLINE'));

insert into agency (code, type, name_ru, name_kk, name_en, region_code) values
('HOTLINE-11616', 'HOTLINE', 'Горячая линия 11616', '11616 сенім телефоны', 'Hotline 11616', 'KZ-71');

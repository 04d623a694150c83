-- Agencies whose officers and systems use Koshi. National bodies, then one akimat and one career centre
-- per region in force, then the 13 crisis centres providing special social services on 1 January 2025
-- (seed 001: 2 state-funded, in Abai region and Shymkent; 11 under the state social order).
-- Licensed private employment agencies are registered at run time, not here.
create table agency (
    code        varchar(40)  primary key,
    type        varchar(32)  not null,
    name_ru     varchar(200) not null,
    name_kk     varchar(200) not null,
    name_en     varchar(200) not null,
    region_code varchar(16)  references region (code),
    active      boolean      not null default true,
    constraint agency_type_ck check (type in ('SYSTEM_ADMINISTRATION', 'BORDER_SERVICE', 'MIGRATION_POLICE',
        'LABOUR_MINISTRY', 'AKIMAT', 'CAREER_CENTRE', 'CRISIS_CENTRE', 'PROSECUTOR_OFFICE',
        'COMMISSION_SECRETARIAT', 'EMPLOYMENT_AGENCY'))
);

insert into agency (code, type, name_ru, name_kk, name_en, region_code) values
('KOSHI-OPS', 'SYSTEM_ADMINISTRATION', 'Администраторы системы Koshi', 'Koshi жүйесінің әкімшілері', 'Koshi system administrators', null),
('KNB-BORDER', 'BORDER_SERVICE', 'Пограничная служба КНБ', 'ҰҚК Шекара қызметі', 'Border Service of the National Security Committee', null),
('MVD-MIGRATION', 'MIGRATION_POLICE', 'Миграционная служба МВД', 'ІІМ Көші-қон қызметі', 'Migration Service of the Ministry of Internal Affairs', null),
('MLSP', 'LABOUR_MINISTRY', 'Министерство труда и социальной защиты населения', 'Еңбек және халықты әлеуметтік қорғау министрлігі', 'Ministry of Labour and Social Protection of the Population', null),
('GP', 'PROSECUTOR_OFFICE', 'Генеральная прокуратура', 'Бас прокуратура', 'Prosecutor General''s Office', null),
('IDC-SECRETARIAT', 'COMMISSION_SECRETARIAT', 'Секретариат Межведомственной комиссии по борьбе с торговлей людьми', 'Адам саудасына қарсы күрес жөніндегі ведомствоаралық комиссияның хатшылығы', 'Secretariat of the Interdepartmental Commission against trafficking in persons', null);

insert into agency (code, type, name_ru, name_kk, name_en, region_code)
select 'AKIMAT-' || code, 'AKIMAT', 'Акимат: ' || name_ru, 'Әкімдік: ' || name_kk, 'Akimat: ' || name_en, code
from region where valid_to is null;

insert into agency (code, type, name_ru, name_kk, name_en, region_code)
select 'CAREER-' || code, 'CAREER_CENTRE', 'Центр трудовой мобильности (карьерный центр): ' || name_ru,
       'Еңбек ұтқырлығы орталығы (мансап орталығы): ' || name_kk, 'Career centre: ' || name_en, code
from region where valid_to is null;

create table crisis_centre (
    agency_code varchar(40) primary key references agency (code),
    region_code varchar(16) not null references region (code),
    funding     varchar(24) not null,
    valid_from  date        not null,
    valid_to    date,
    constraint crisis_centre_funding_ck check (funding in ('STATE_FUNDED', 'STATE_SOCIAL_ORDER'))
);

insert into agency (code, type, name_ru, name_kk, name_en, region_code)
select 'CRISIS-' || code, 'CRISIS_CENTRE', 'Кризисный центр: ' || name_ru, 'Дағдарыс орталығы: ' || name_kk,
       'Crisis centre: ' || name_en, code
from region where code in ('KZ-10', 'KZ-79', 'KZ-11', 'KZ-15', 'KZ-31', 'KZ-33', 'KZ-35', 'KZ-39', 'KZ-43', 'KZ-59', 'KZ-71');

insert into agency (code, type, name_ru, name_kk, name_en, region_code)
select 'CRISIS-' || code || '-' || n, 'CRISIS_CENTRE', 'Кризисный центр №' || n || ': ' || name_ru,
       '№' || n || ' дағдарыс орталығы: ' || name_kk, 'Crisis centre No. ' || n || ': ' || name_en, code
from region cross join (select 1 as n union all select 2) numbers where code = 'KZ-61';

insert into crisis_centre (agency_code, region_code, funding, valid_from)
select code, region_code, case when region_code in ('KZ-10', 'KZ-79') then 'STATE_FUNDED' else 'STATE_SOCIAL_ORDER' end,
       date '2025-01-01'
from agency where type = 'CRISIS_CENTRE';

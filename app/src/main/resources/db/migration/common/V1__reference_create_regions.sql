-- Regions of Kazakhstan: oblasts and cities of republican significance.
-- Versioned by date because the law changes them (DOMAIN.md caveats): South Kazakhstan oblast became
-- Turkestan oblast and Shymkent a city of republican significance on 19 June 2018; Abai, Zhetisu and
-- Ulytau oblasts were formed on 8 June 2022. Codes are ISO 3166-2:KZ (numeric codes of the 2020s update;
-- the retired oblast keeps its former letter code).
create table region (
    code        varchar(16)  primary key,
    kind        varchar(16)  not null,
    name_ru     varchar(120) not null,
    name_kk     varchar(120) not null,
    name_en     varchar(120) not null,
    valid_from  date         not null,
    valid_to    date,
    replaced_by varchar(200),
    constraint region_kind_ck check (kind in ('OBLAST', 'CITY'))
);

insert into region (code, kind, name_ru, name_kk, name_en, valid_from, valid_to, replaced_by) values
('KZ-10', 'OBLAST', 'Абайская область', 'Абай облысы', 'Abai Region', date '2022-06-08', null, null),
('KZ-11', 'OBLAST', 'Акмолинская область', 'Ақмола облысы', 'Akmola Region', date '1991-12-16', null, null),
('KZ-15', 'OBLAST', 'Актюбинская область', 'Ақтөбе облысы', 'Aktobe Region', date '1991-12-16', null, null),
('KZ-19', 'OBLAST', 'Алматинская область', 'Алматы облысы', 'Almaty Region', date '1991-12-16', null, null),
('KZ-23', 'OBLAST', 'Атырауская область', 'Атырау облысы', 'Atyrau Region', date '1991-12-16', null, null),
('KZ-27', 'OBLAST', 'Западно-Казахстанская область', 'Батыс Қазақстан облысы', 'West Kazakhstan Region', date '1991-12-16', null, null),
('KZ-31', 'OBLAST', 'Жамбылская область', 'Жамбыл облысы', 'Zhambyl Region', date '1991-12-16', null, null),
('KZ-33', 'OBLAST', 'Область Жетісу', 'Жетісу облысы', 'Zhetisu Region', date '2022-06-08', null, null),
('KZ-35', 'OBLAST', 'Карагандинская область', 'Қарағанды облысы', 'Karaganda Region', date '1991-12-16', null, null),
('KZ-39', 'OBLAST', 'Костанайская область', 'Қостанай облысы', 'Kostanay Region', date '1991-12-16', null, null),
('KZ-43', 'OBLAST', 'Кызылординская область', 'Қызылорда облысы', 'Kyzylorda Region', date '1991-12-16', null, null),
('KZ-47', 'OBLAST', 'Мангистауская область', 'Маңғыстау облысы', 'Mangystau Region', date '1991-12-16', null, null),
('KZ-55', 'OBLAST', 'Павлодарская область', 'Павлодар облысы', 'Pavlodar Region', date '1991-12-16', null, null),
('KZ-59', 'OBLAST', 'Северо-Казахстанская область', 'Солтүстік Қазақстан облысы', 'North Kazakhstan Region', date '1991-12-16', null, null),
('KZ-61', 'OBLAST', 'Туркестанская область', 'Түркістан облысы', 'Turkestan Region', date '2018-06-19', null, null),
('KZ-62', 'OBLAST', 'Область Ұлытау', 'Ұлытау облысы', 'Ulytau Region', date '2022-06-08', null, null),
('KZ-63', 'OBLAST', 'Восточно-Казахстанская область', 'Шығыс Қазақстан облысы', 'East Kazakhstan Region', date '1991-12-16', null, null),
('KZ-71', 'CITY', 'Астана', 'Астана', 'Astana', date '1991-12-16', null, null),
('KZ-75', 'CITY', 'Алматы', 'Алматы', 'Almaty', date '1991-12-16', null, null),
('KZ-79', 'CITY', 'Шымкент', 'Шымкент', 'Shymkent', date '2018-06-19', null, null),
('KZ-YUZ', 'OBLAST', 'Южно-Казахстанская область', 'Оңтүстік Қазақстан облысы', 'South Kazakhstan Region', date '1991-12-16', date '2018-06-19', 'KZ-61 KZ-79');

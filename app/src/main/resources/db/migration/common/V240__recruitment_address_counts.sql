-- The public site's requests per address (licence checks, complaints) counted in fixed windows here, so every node
-- behind the load balancer counts against one limit. The address is kept only as a keyed hash (HMAC-SHA-256 under the
-- key below): the table never shows an address, and a row lives no longer than its window (a sweep deletes the rest).
create table recruitment_address_count (
    limit_name   varchar(40) not null,
    address_hash varchar(64) not null,
    window_start timestamp with time zone not null,
    window_end   timestamp with time zone not null,
    requests     int not null,
    primary key (limit_name, address_hash, window_start)
);

create index recruitment_address_count_end on recruitment_address_count (window_end);

-- The hashing key: random, made by the first node that needs it (one row; the others read it).
create table recruitment_address_key (
    id        int primary key,
    key_bytes varchar(64) not null,
    constraint recruitment_address_key_one check (id = 1)
);

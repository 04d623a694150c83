-- Failed sign-ins counted by source address in fixed windows: too many from one address slow that address
-- down, and no account is ever locked for everyone (a locked account also told who exists).
create table login_failure (
    source_address varchar(64) not null,
    window_start   timestamp with time zone not null,
    failures       int         not null,
    primary key (source_address, window_start)
);

-- Refusals of callers who name no one (no token, an unknown token, a forged form): counted here per source
-- address, kind and window, and written to the audit trail as one entry per row once the window has closed,
-- so that an anonymous loop cannot flood the trail.
create table anonymous_refusal (
    window_start   timestamp with time zone not null,
    source_address varchar(64) not null,
    kind           varchar(32) not null,
    first_request  varchar(200) not null,
    refusals       int         not null,
    primary key (window_start, source_address, kind)
);

-- Revoking a token cannot be undone: the administrator gives the reason, kept with the token and in the trail.
alter table api_token add column revoke_reason varchar(500);

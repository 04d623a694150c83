-- Several nodes on one database (issue 18): the card signing keys live here, shared by every node, instead of files on
-- one machine. The private JWK is sealed (AES-256-GCM, shared.SealedText) under koshi.border.card-keys.seal-key, so a
-- dump of the database alone does not give the keys. The key with the highest serial signs; all of them verify.
create table border_card_key (
    kid varchar(80) primary key,
    serial bigint not null,
    issued_at timestamp with time zone not null,
    sealed_jwk varchar(4000) not null,
    constraint border_card_key_serial unique (serial)
);

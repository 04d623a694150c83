-- A registry of :persons persons with two source records each, and a national re-link run over all of them as the
-- Spark job would write it: every person's records in one cluster, except that every 100th person's second record is
-- a cluster of its own (a split proposal each) and every 100th person (offset 50) is in the previous person's
-- cluster (a merge proposal each). Used by bench/relink-reconcile.sh.
insert into identity_person (id, person_number, surname, given_name, birth_date, sex, citizenship, record_count, created_at, updated_at)
select g, 'B' || lpad(g::text, 10, '0'), 'S' || g, 'G' || g, '1970-01-01', 'F', 'UZB', 2, now(), now()
from generate_series(1, :persons) g;

insert into identity_source_record (id, source, source_record_id, payload, received_at, person_number, resolution, turn_taken)
select r, 'border', 'RL-' || r,
       json_build_object('source', 'border', 'recordId', 'RL-' || r,
               'surname', (array['KARIMOVA','YUSUPOVA','ISMOILOVA','RAHIMOVA','TURSUNOVA','NAZAROVA','SAIDOVA','ALIEVA'])[1 + (g * 7) % 8] || chr(65 + (g / 8) % 26) || chr(65 + (g / 208) % 26),
               'givenName', (array['MADINA','DILNOZA','GULNORA','NILUFAR','SHAHNOZA','ZARINA','MOHIRA','FERUZA'])[1 + (g * 3) % 8],
               'patronymic', null,
               'birthDate', to_char(date '1960-01-01' + (g % 15000), 'YYYY-MM-DD'),
               'sex', 'F', 'citizenship', 'UZB', 'documentNumber', null, 'nationalId', null, 'address', null, 'phone', null)::text,
       now(), 'B' || lpad(g::text, 10, '0'), 'NEW_PERSON', 0
from (select g, 2 * g - 1 as r from generate_series(1, :persons) g
      union all select g, 2 * g from generate_series(1, :persons) g) x;
select setval('identity_source_record_seq', 2 * :persons + 1);

insert into identity_relink_run (id, status, started_at, written_at, record_count, cluster_count)
values (1, 'WRITING', now() - interval '1 hour', null, 2 * :persons, null);
select setval(pg_get_serial_sequence('identity_relink_run', 'id'), 1); -- the Spark job's next run is 2
insert into identity_relink_cluster (run_id, source_record_id, cluster_id)
select 1, r, case when g % 100 = 0 and r = 2 * g then r
                  when g % 100 = 50 then 2 * (g - 1) - 1
                  else 2 * g - 1 end
from (select g, 2 * g - 1 as r from generate_series(1, :persons) g
      union all select g, 2 * g from generate_series(1, :persons) g) x;
update identity_relink_run set status = 'WRITTEN', written_at = now(),
       cluster_count = (select count(distinct cluster_id) from identity_relink_cluster where run_id = 1) where id = 1;
insert into api_token (name, agency_code, token_hash, token_hint, scopes, created_by, created_at)
values ('relink bench', 'KOSHI-OPS', encode(sha256('koshi-bench-relink'::bytea), 'hex'), 'koshi-bench', 'identity:relink', 'bench', now());
analyze;

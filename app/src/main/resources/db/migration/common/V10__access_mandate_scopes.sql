-- Scopes follow mandates (issue 11): expulsions, bans and guardians get scopes of their own instead of
-- stay:write (held by the labour ministry and akimats too) and crossings:write. Tokens that may keep the act
-- under the law are given its new scope: the migration police's systems (which held stay:write) expel, ban
-- and record guardians; the border service's systems (which held crossings:write) ban and record guardians.
-- Labour ministry and akimat tokens keep stay:write for registrations and permits only.
update api_token set scopes = scopes || ' bans:write expulsions:write guardians:write'
where agency_code in (select code from agency where type = 'MIGRATION_POLICE')
  and (' ' || scopes || ' ') like '% stay:write %';

update api_token set scopes = scopes || ' bans:write guardians:write'
where agency_code in (select code from agency where type = 'BORDER_SERVICE')
  and (' ' || scopes || ' ') like '% crossings:write %';

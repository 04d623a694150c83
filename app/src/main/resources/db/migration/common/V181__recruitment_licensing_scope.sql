-- The unused recruitment:write scope (issue 14) becomes recruitment:licensing, the labour authority's alone:
-- reviewing applications and acting on licences. Agencies' tokens lose it (an agency applies on the public site).
update api_token set scopes = trim(replace(' ' || scopes || ' ', ' recruitment:write ', ' recruitment:licensing '))
where agency_code in (select code from agency where type = 'LABOUR_MINISTRY');
update api_token set scopes = trim(replace(' ' || scopes || ' ', ' recruitment:write ', ' '))
where agency_code not in (select code from agency where type = 'LABOUR_MINISTRY');

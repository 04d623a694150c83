-- Issue 15: internal resettlers (citizens moving between regions under the resettlement programme) answer the same
-- survey with Kazakhstan as their country and the region they live in now, which is never recommended back to them.
alter table kandas_survey add column current_region varchar(16);

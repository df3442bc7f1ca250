-- The statements LawyerPool.candidates runs for a case in Chengguan (620102), with their plans: each must read
-- lawyers_provider_region through its prefix index, never scan the providers.
-- Usage: psql "$DB" -f bench/assignment/explain-candidates.sql
EXPLAIN (ANALYZE, BUFFERS)
SELECT p.id, p.kind, p.name, p.status, p.valid_until, o.name AS organisation_name
FROM lawyers_provider p JOIN lawyers_organisation o ON o.id = p.organisation_id
WHERE p.id IN (SELECT r.provider_id FROM lawyers_provider_region r WHERE r.prefix IN ('', '62', '6201', '620102'))
  AND p.status <> 'REMOVED';
EXPLAIN (ANALYZE, BUFFERS)
SELECT x.provider_id, x.code FROM lawyers_provider_specialty x
WHERE x.provider_id IN (SELECT r.provider_id FROM lawyers_provider_region r WHERE r.prefix IN ('', '62', '6201', '620102'));

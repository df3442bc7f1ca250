-- Assignment history for the assignment benchmark, after generate-providers.sql: :cases past cases (default run:
-- 100,000) each accepted by a bench provider (one in four still open, the rest ended), each with its assisted person
-- and one opposing party, so the conflict check reads realistic tables. One assisted person in two has an ID key
-- (bench placeholders 'benchkey<n>'); one case in 20,000 was for someone called 张伟 (name key zhangwei), held by a
-- provider serving Chengguan, so the timed cases, whose opposing parties include a 张伟, hit real conflicts.
-- Usage: psql "$DB" -v cases=100000 -f bench/assignment/generate-history.sql
\set ON_ERROR_STOP on
BEGIN;

CREATE TEMP TABLE bench_p AS
SELECT id, name, organisation_id, row_number() OVER (ORDER BY id) - 1 AS n FROM lawyers_provider WHERE licence_number LIKE 'BENCH%';
CREATE TEMP TABLE bench_local AS
SELECT p.id, p.name, p.organisation_id, row_number() OVER (ORDER BY p.id) - 1 AS n
FROM lawyers_provider p JOIN lawyers_provider_region r ON r.provider_id = p.id
WHERE p.licence_number LIKE 'BENCH%' AND r.prefix IN ('62', '6201', '620102');
CREATE TEMP TABLE bench_org AS SELECT id, name FROM lawyers_organisation;

INSERT INTO assignment_case (subject_kind, subject_id, subject_number, centre_id, unit_path, region_code, matter_code, lawyers_only,
    deadline_timer_id, status, opened_at, updated_at)
SELECT 'APPLICATION', 900000000 + g, 'BENCH-' || g, r.id, r.unit_path, '620102', 'A31.5', FALSE, 0,
       CASE WHEN g % 4 = 0 THEN 'ACCEPTED' ELSE 'ENDED' END, now() - (g % 1500) * interval '1 day', now()
FROM generate_series(1, :cases) AS g
CROSS JOIN (SELECT id, unit_path FROM network_unit WHERE parent_id IS NULL ORDER BY id LIMIT 1) r;

CREATE TEMP TABLE bench_case AS
SELECT id, subject_id - 900000000 AS g FROM assignment_case WHERE subject_number LIKE 'BENCH-%';

INSERT INTO assignment_party (case_id, side, name, name_key, id_number_key, party_role)
SELECT c.id, 'ASSISTED', CASE WHEN c.g % 20000 = 0 THEN '张伟' ELSE '历史受援人' || c.g END,
       CASE WHEN c.g % 20000 = 0 THEN 'zhangwei' ELSE 'lishishouyuanren' || c.g END,
       CASE WHEN c.g % 2 = 0 THEN 'benchkey' || c.g END, 'APPLICANT'
FROM bench_case c;
INSERT INTO assignment_party (case_id, side, name, name_key, id_number_key, party_role)
SELECT c.id, 'OPPOSING', '历史对方' || c.g, 'lishiduifang' || c.g, NULL, 'OPPOSING' FROM bench_case c;

INSERT INTO assignment_offer (case_id, provider_id, provider_name, organisation_id, organisation_name, status, offered_at, offered_by,
    rotation_first, answered_at)
SELECT c.id, p.id, p.name, p.organisation_id, o.name, CASE WHEN c.g % 4 = 0 THEN 'ACCEPTED' ELSE 'ENDED' END,
       now() - (c.g % 1500) * interval '1 day', 'bench', TRUE, now() - (c.g % 1500) * interval '1 day'
FROM bench_case c
JOIN bench_p p ON p.n = (c.g * 7919) % (SELECT count(*) FROM bench_p)
JOIN bench_org o ON o.id = p.organisation_id
WHERE c.g % 20000 <> 0;
INSERT INTO assignment_offer (case_id, provider_id, provider_name, organisation_id, organisation_name, status, offered_at, offered_by,
    rotation_first, answered_at)
SELECT c.id, p.id, p.name, p.organisation_id, o.name, 'ENDED', now() - (c.g % 1500) * interval '1 day', 'bench', TRUE,
       now() - (c.g % 1500) * interval '1 day'
FROM bench_case c
JOIN bench_local p ON p.n = (c.g / 20000) % (SELECT count(*) FROM bench_local)
JOIN bench_org o ON o.id = p.organisation_id
WHERE c.g % 20000 = 0;
UPDATE assignment_case c SET offer_id = o.id, provider_id = o.provider_id FROM assignment_offer o
WHERE o.case_id = c.id AND c.subject_number LIKE 'BENCH-%';

COMMIT;
ANALYZE assignment_case;
ANALYZE assignment_party;
ANALYZE assignment_offer;
SELECT COUNT(*) AS history_cases FROM assignment_case WHERE subject_number LIKE 'BENCH-%';

-- Grows the lawyer pool to national size for benchmarks of the assignment: :providers providers (default run: 200,000)
-- spread over every county of network_division (about 2,975), ten law firms per county, each provider serving their
-- county, one in ten also their prefecture and one in a hundred their whole province; two specialties each, a few
-- Uyghur and sign-language speakers, a mix of statuses (85% active, 5% applied, 5% suspended, 5% active but past
-- their valid-until day), workloads of 0–11 open cases, and a disciplinary record for one in fifty.
-- All rows belong to the first root unit (the province centre of the demo data). The personal data is a placeholder:
-- these providers cannot be revealed or edited through the pages, only listed and chosen.
-- Usage (PostgreSQL, on a database LegalAid has migrated):
--   psql "$DB" -v providers=200000 -f bench/assignment/generate-providers.sql
-- Takes well under a minute on 2 cores. Rows are marked by licence numbers starting with BENCH.
\set ON_ERROR_STOP on
BEGIN;

CREATE TEMP TABLE bench_county AS
SELECT code, row_number() OVER (ORDER BY code) - 1 AS n FROM network_division WHERE level = 3;

INSERT INTO lawyers_organisation (kind, name, credit_code, division_code, unit_id, unit_path, active, created_at, updated_at)
SELECT 'LAW_FIRM', 'Bench firm ' || c.code || '-' || f, 'B' || c.code || lpad(f::text, 3, '0') || 'BENCH000', c.code,
       r.id, r.unit_path, TRUE, now(), now()
FROM bench_county c CROSS JOIN generate_series(1, 10) AS f
CROSS JOIN (SELECT id, unit_path FROM network_unit WHERE parent_id IS NULL ORDER BY id LIMIT 1) r;

CREATE TEMP TABLE bench_firm AS
SELECT o.id, c.n AS county, (row_number() OVER (PARTITION BY o.division_code ORDER BY o.id) - 1) AS k
FROM lawyers_organisation o JOIN bench_county c ON c.code = o.division_code
WHERE o.credit_code LIKE 'B%BENCH000';
CREATE INDEX ON bench_firm (county, k);

INSERT INTO lawyers_provider (kind, name, id_number_enc, id_number_key, id_number_masked, phone_enc, phone_masked,
    licence_number, first_practice_date, criminal_defence_since, organisation_id, unit_id, unit_path, region_code, status,
    valid_until, duty_lawyer, max_open_cases, open_cases, last_assigned_at, created_at, updated_at)
SELECT CASE WHEN g % 10 = 0 THEN 'GRASSROOTS_WORKER' ELSE 'LAWYER' END,
       '测试律师' || g,
       'bench:not-encrypted', md5('bench-id-' || g) || md5('bench-key-' || g), '000000********0000', NULL, NULL,
       'BENCH' || lpad(g::text, 9, '0'),
       current_date - ((g * 37) % 9000),
       CASE WHEN g % 3 = 0 THEN current_date - ((g * 37) % 9000) / 2 END,
       f.id, r.id, r.unit_path, c.code,
       CASE WHEN g % 20 = 1 THEN 'APPLIED' WHEN g % 20 = 2 THEN 'SUSPENDED' ELSE 'ACTIVE' END,
       CASE WHEN g % 20 = 1 THEN NULL WHEN g % 20 = 3 THEN current_date - 10 ELSE current_date + (g % 365) END,
       g % 4 = 0, NULL, g % 12, now() - (g % 1000) * interval '1 hour', now(), now()
FROM generate_series(1, :providers) AS g
JOIN bench_county c ON c.n = g % (SELECT count(*) FROM bench_county)
JOIN bench_firm f ON f.county = c.n AND f.k = (g / 7) % 10
CROSS JOIN (SELECT id, unit_path FROM network_unit WHERE parent_id IS NULL ORDER BY id LIMIT 1) r;

CREATE TEMP TABLE bench_provider AS
SELECT id, substring(licence_number FROM 6)::int AS g, region_code FROM lawyers_provider WHERE licence_number LIKE 'BENCH%';

INSERT INTO lawyers_provider_region (provider_id, prefix) SELECT id, region_code FROM bench_provider;
INSERT INTO lawyers_provider_region (provider_id, prefix) SELECT id, substring(region_code, 1, 4) FROM bench_provider WHERE g % 10 = 5;
INSERT INTO lawyers_provider_region (provider_id, prefix) SELECT id, substring(region_code, 1, 2) FROM bench_provider WHERE g % 100 = 7;

INSERT INTO lawyers_provider_specialty (provider_id, code)
SELECT p.id, (ARRAY['CRIMINAL','JUVENILE','LABOUR','FAMILY','TRAFFIC','MEDICAL','CONTRACT','ADMINISTRATIVE','STATE_COMPENSATION','OTHER'])[p.g % 10 + 1]
FROM bench_provider p;
INSERT INTO lawyers_provider_specialty (provider_id, code)
SELECT p.id, (ARRAY['CRIMINAL','JUVENILE','LABOUR','FAMILY','TRAFFIC','MEDICAL','CONTRACT','ADMINISTRATIVE','STATE_COMPENSATION','OTHER'])[(p.g / 10 + 3) % 10 + 1]
FROM bench_provider p WHERE (p.g / 10 + 3) % 10 <> p.g % 10;

INSERT INTO lawyers_provider_language (provider_id, code) SELECT id, 'ug' FROM bench_provider WHERE g % 33 = 0;
INSERT INTO lawyers_provider_language (provider_id, code) SELECT id, 'csl' FROM bench_provider WHERE g % 97 = 0;

INSERT INTO lawyers_discipline (provider_id, decided_on, authority, sanction, until_on, recorded_by, recorded_at)
SELECT id, current_date - (g % 2000), '司法局', CASE WHEN g % 100 = 0 THEN '停止执业' ELSE '警告' END,
       CASE WHEN g % 100 = 0 THEN current_date + 30 END, 'bench', now()
FROM bench_provider WHERE g % 50 = 0;

COMMIT;
ANALYZE lawyers_organisation;
ANALYZE lawyers_provider;
ANALYZE lawyers_provider_region;
ANALYZE lawyers_provider_specialty;
ANALYZE lawyers_provider_language;
ANALYZE lawyers_discipline;
SELECT COUNT(*) AS providers FROM lawyers_provider;

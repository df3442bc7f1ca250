-- Grows the demo network to national size: :per_county liaison points under each of Gansu's county centres
-- (86 counties x 8,200 = about 705,000 units), then refreshes the planner statistics.
-- Usage: psql "$DB" -v per_county=8200 -f bench/tree/generate.sql
WITH counties AS (
    SELECT id, division_code, unit_path, name
    FROM network_unit
    WHERE kind = 'CENTRE' AND division_code LIKE '62%' AND division_code NOT LIKE '%00'
),
generated AS (
    SELECT nextval('network_unit_seq') AS new_id, c.id AS parent_id, c.division_code, c.unit_path, c.name, g
    FROM counties c CROSS JOIN generate_series(1, :per_county) AS g
)
INSERT INTO network_unit (id, code, name, kind, division_code, parent_id, unit_path, depth, address, phone, opening_hours,
                          active, version, created_at, updated_at)
SELECT new_id, division_code || '-B' || lpad(g::text, 5, '0'), replace(name, '法律援助中心', '') || '第' || g || '联络点',
       'LIAISON_POINT', division_code, parent_id, unit_path || new_id || '/', 4, NULL, '12348', NULL,
       TRUE, 0, now(), now()
FROM generated;
ANALYZE network_unit;
SELECT COUNT(*) AS units FROM network_unit;

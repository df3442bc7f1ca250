-- PostgreSQL: indexes that keep the unit tree fast at national size (about 700,000 units).
-- Prefix matches (data scope on unit_path, code and division code prefixes) need pattern-ops b-trees under a
-- non-C collation; name fragments ("LIKE '%…%'") need trigram indexes. pg_trgm is a trusted extension (PG 13+).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX network_unit_path_pattern ON network_unit (unit_path text_pattern_ops);
CREATE INDEX network_unit_code_pattern ON network_unit (code text_pattern_ops);
CREATE INDEX network_unit_division_pattern ON network_unit (division_code text_pattern_ops);
CREATE INDEX network_unit_name_trgm ON network_unit USING gin (name gin_trgm_ops);
CREATE INDEX network_division_code_pattern ON network_division (code text_pattern_ops);
CREATE INDEX access_account_path_pattern ON access_account (unit_path text_pattern_ops);
CREATE INDEX access_audit_event_path_pattern ON access_audit_event (actor_unit_path text_pattern_ops);

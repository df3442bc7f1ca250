-- PostgreSQL: the data-scope prefix match on complaints (the recording unit's path or the receiving centre's path)
-- uses an index only with text_pattern_ops under a non-C collation.
CREATE INDEX wages_complaint_path_pattern ON wages_complaint (unit_path text_pattern_ops);
CREATE INDEX wages_complaint_target_path_pattern ON wages_complaint (target_unit_path text_pattern_ops);

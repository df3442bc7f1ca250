-- PostgreSQL: the data-scope prefix match (unit_path LIKE '/…/%') uses an index only with text_pattern_ops under a
-- non-C collation.
CREATE INDEX duty_shift_path_pattern ON duty_shift (unit_path text_pattern_ops);
CREATE INDEX duty_help_path_pattern ON duty_help (unit_path text_pattern_ops);
CREATE INDEX duty_help_name_pattern ON duty_help (person_name text_pattern_ops);

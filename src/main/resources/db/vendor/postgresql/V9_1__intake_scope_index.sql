-- PostgreSQL: the data-scope prefix match on applications uses an index under a non-C collation.
CREATE INDEX intake_application_path_pattern ON intake_application (unit_path text_pattern_ops);

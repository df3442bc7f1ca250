-- PostgreSQL: the data-scope prefix match on persons uses an index under a non-C collation.
CREATE INDEX people_person_path_pattern ON people_person (unit_path text_pattern_ops);

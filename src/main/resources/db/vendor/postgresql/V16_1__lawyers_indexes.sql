-- PostgreSQL: the data-scope prefix match (unit_path LIKE '/…/%') and the list's name and licence prefix searches
-- use an index only with text_pattern_ops under a non-C collation.
CREATE INDEX lawyers_organisation_path_pattern ON lawyers_organisation (unit_path text_pattern_ops);
CREATE INDEX lawyers_provider_path_pattern ON lawyers_provider (unit_path text_pattern_ops);
CREATE INDEX lawyers_provider_licence_pattern ON lawyers_provider (licence_number text_pattern_ops);
CREATE INDEX lawyers_import_path_pattern ON lawyers_import (unit_path text_pattern_ops);

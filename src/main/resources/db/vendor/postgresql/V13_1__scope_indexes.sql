-- PostgreSQL: the data-scope prefix match (unit_path LIKE '/…/%') uses an index only with text_pattern_ops under a
-- non-C collation. One per table that staff lists read through the scope gate.
CREATE INDEX network_person_path_pattern ON network_person (unit_path text_pattern_ops);
CREATE INDEX deadlines_timer_path_pattern ON deadlines_timer (unit_path text_pattern_ops);
CREATE INDEX deadlines_alert_path_pattern ON deadlines_alert (unit_path text_pattern_ops);
CREATE INDEX documents_issued_path_pattern ON documents_issued (unit_path text_pattern_ops);
CREATE INDEX eligibility_decision_path_pattern ON eligibility_decision (unit_path text_pattern_ops);
CREATE INDEX eligibility_commitment_path_pattern ON eligibility_commitment (unit_path text_pattern_ops);
CREATE INDEX objections_objection_path_pattern ON objections_objection (unit_path text_pattern_ops);

-- PostgreSQL: the audit trail refuses UPDATE, DELETE and TRUNCATE.
CREATE FUNCTION access_audit_event_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'access_audit_event is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER access_audit_event_append_only
    BEFORE UPDATE OR DELETE ON access_audit_event
    FOR EACH ROW EXECUTE FUNCTION access_audit_event_refuse_change();

CREATE TRIGGER access_audit_event_no_truncate
    BEFORE TRUNCATE ON access_audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION access_audit_event_refuse_change();

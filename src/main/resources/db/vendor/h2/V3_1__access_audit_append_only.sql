-- H2: the audit trail refuses UPDATE and DELETE (a Java trigger of the access module).
CREATE TRIGGER access_audit_event_append_only
    BEFORE UPDATE, DELETE ON access_audit_event
    FOR EACH ROW CALL 'org.legalaid.access.AuditAppendOnlyTrigger';

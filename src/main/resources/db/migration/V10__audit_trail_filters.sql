-- The audit trail is filtered by kind and by person (issue 18): indexes for both, newest first within each.
CREATE INDEX ix_audit_event_action ON audit_event (action, id);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, id);

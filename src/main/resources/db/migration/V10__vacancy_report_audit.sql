-- A provider's vacancy report is audited by its own history row (vacancy.control.ReportAudit) instead of by a copy
-- in audit_entry: the row already says when, with which key, and the report; it gains the key's label and role.
-- The report before it is the service's previous row. So the busiest write there is writes its report once, not
-- three times (state, history, audit before and after). Rows written before this migration have no actor: their
-- reports are in audit_entry already.
ALTER TABLE vacancy_history ADD COLUMN actor VARCHAR(100);
ALTER TABLE vacancy_history ADD COLUMN actor_role VARCHAR(20);

-- The audit lists newest first, narrows by time and counts what it found (only rows with an actor are its): an index
-- that only ever grows at its newest end, and holds all the audit's count needs, so counting does not read the rows.
CREATE INDEX ix_vacancy_history_reported ON vacancy_history (reported_at DESC, actor);

-- The history's foreign key to care_service goes. Its rows are written only by the vacancy writer, in the transaction
-- that has just updated the service's own row, and care services are never deleted (the register deregisters them).
-- On Derby a foreign key keeps an index of its own (service_id, beside the primary key's (service_id, version)):
-- a second random-order index insert and a lookup on every report.
ALTER TABLE vacancy_history DROP CONSTRAINT fk_vacancy_history_service;

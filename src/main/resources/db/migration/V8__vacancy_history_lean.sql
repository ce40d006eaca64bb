-- A vacancy report's history row is written with every report, so every index on the history is paid for on the
-- busiest write there is. A service's history is read by time, but its rows are already found by the service through
-- uq_vacancy_history_version (service_id, version), and a service has at most a few reports a day: the time index
-- saved little on reads and cost an index insert on every report.
DROP INDEX ix_vacancy_history_time;

-- Two indexes fewer on the busiest write there is, a provider's vacancy report (each one is paid for on every report).
--
-- 1. A history row is known by its service and the version of the report it records: (service_id, version), unique
--    already, becomes the primary key, and the random id column it made redundant goes, with its index.
ALTER TABLE vacancy_history DROP CONSTRAINT pk_vacancy_history;
ALTER TABLE vacancy_history DROP CONSTRAINT uq_vacancy_history_version;
ALTER TABLE vacancy_history DROP COLUMN id;
ALTER TABLE vacancy_history ADD CONSTRAINT pk_vacancy_history PRIMARY KEY (service_id, version);

-- 2. care_service's (available_now, vacancy_reported_at) index changed with every report (the report time always
--    moves) but served no query well: the directory search narrows by place, council or kind first (their own
--    indexes), and the stale list is per council.
DROP INDEX ix_care_service_vacancy;
